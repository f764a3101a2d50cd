"""Names announced by their context, in lower case or in capitals (pure): after an introduction, a relation,
a contact phrase or a greeting (``jmenuji se``, ``minu naine``, ``tady``, ``hi``), or before a word that follows
names (``gergely vagyok``, ``pekka here``).
"""

from __future__ import annotations

from runtime.privacy.detectors.name_announced_pair import announced_pair
from runtime.privacy.detectors.name_inflection import (
    family_name,
    inflected_given,
)
from runtime.privacy.detectors.name_phrases import (
    CONTACTS_INDEX,
    GREETINGS_INDEX,
    LOWER_END,
    PHRASE_ENDS,
    RELATIONS_INDEX,
    WEAK_INDEX,
    after_introduction,
    after_known_phrase,
    after_sure_phrase,
    before_after_name_word,
    ends_phrase,
)
from runtime.privacy.detectors.name_places import (
    PLACE_WORDS,
    in_place,
)
from runtime.privacy.detectors.name_relation_languages import common_elsewhere
from runtime.privacy.detectors.name_run import (
    NEVER_IN_NAME,
    TITLE_WORDS,
    after_contact,
    given_key,
    known_lower_word,
    known_upper_word,
    name_end,
    one_rare_word,
    same_case_particle,
    surname_like,
)
from runtime.privacy.detectors.name_text import (
    Words,
)
from runtime.privacy.detectors.name_title_cases import title_needs_its_pair
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
)


def _announced(words: Words, index: int, key: str) -> bool:
    """Whether the context says a name begins at word ``index`` (folded ``key``), in any letter case: after a
    phrase after which any word is a name (``jmenuji se``, ``kona mi``: a known name or a word too rare to be a
    common one), or after a phrase or before a word that announce a known given name (``tady vojtěch``, ``hi
    anna``, ``gergely vagyok``)."""
    sure = after_sure_phrase(words, index)
    before = not sure and before_after_name_word(words, index)
    if not (sure or before or after_known_phrase(words, index)):
        return False  # most words: no phrase before them, no ``vagyok`` after them
    known = given_key(key) or (key not in COMMON_WORDS and key not in NOT_NAMES and inflected_given(key))
    if sure:
        if not after_introduction(words, index):  # after a relation (``minu naine``): a given name, not a verb
            known = known or common_elsewhere(words, index, key)  # ``min man jim``: a word in Czech only
            return known and (key not in FREQUENT_WORDS or key in GIVEN_NAMES)
        return known or (key not in COMMON_WORDS and family_name(key)) or surname_like(key, words.words[index])
    if before:  # a given name that is also a word counts before ``vagyok`` or a call's verb (``vesna pokliče``),
        # and a word too rare to be a common one when a phrase comes before it too (``láttu hrafn hringja``)
        listed = key in GIVEN_NAMES and key not in NOT_NAMES
        rare = key not in FREQUENT_WORDS and key not in COMMON_WORDS and len(key) >= 3
        inflected = known and key not in FREQUENT_WORDS  # ``nadie me llamó``: nobody, not a case of ``Nadia``
        return inflected or listed or (rare and index > 0 and words.folded[index - 1] in PHRASE_ENDS)
    if words.follows(index, CONTACTS_INDEX) and key in FAMILY_NAMES and key not in COMMON_WORDS:
        return True
    return known and (key not in FREQUENT_WORDS or _name_closes(words, index))


def _name_closes(words: Words, index: int) -> bool:
    """Whether a lower-case or capitals name may end or go on at word ``index``: the text ends or a punctuation
    mark, a conjunction or pronoun (``LOWER_CASE_NAME_END``) or a known family name follows (``tady vojtěch,``,
    ``ja sam tomislav i``; not ``sono felice di``: a name that is a frequent word needs it)."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return True
    key = words.folded[following]
    return key in LOWER_END or (key in FAMILY_NAMES and key not in COMMON_WORDS) or family_name(key)


def announced_name(words: Words, index: int) -> int:
    """End of a name in lower case or in capitals announced by its context (see ``_announced``), or ``index``."""
    word, key = words.words[index], words.folded[index]
    upper = word.isupper() and len(word) >= 2
    if index > 0 and words.folded[index - 1] not in PHRASE_ENDS and not before_after_name_word(words, index):
        return index  # the common case, decided at once
    if not (upper or word.islower()) or len(key) < 2 or key in NEVER_IN_NAME or key in LOWER_END:
        return index
    if key in PLACE_WORDS or (index > 0 and in_place(words, index - 1)):
        return index  # a phrase's word inside a place's name introduces nobody (``ул. „баба тонка“``)
    if not _announced(words, index, key):
        return announced_pair(words, index)  # ``minha filha luna paiva``: a given name that is a word, a surname
    end = name_end(words, index, same_case_particle, _announced_upper_word if upper else _announced_lower_word)
    end = max(one_rare_word(words, index, end), index + 1)
    return end if end > index + 1 else max(end, announced_pair(words, index))


def _announced_upper_word(words: Words, index: int) -> bool:
    return known_upper_word(words, index) and words.folded[index] not in COMMON_WORDS


def _announced_lower_word(words: Words, index: int) -> bool:
    return known_lower_word(words, index) and words.folded[index] not in COMMON_WORDS


def phrase_word(words: Words, index: int) -> bool:
    """Whether word ``index`` ends a phrase before a name (``ben`` in ``ik ben joost``, ``sem`` in ``sem
    matej``): it begins no name itself."""
    if words.folded[index] not in PHRASE_ENDS:
        return False
    if ends_phrase(words, index):
        return True
    following = index + 1
    return (
        following < len(words.words)
        and words.joined(index, following)
        and any(() in phrases.get(words.folded[index], ()) for phrases in (WEAK_INDEX, GREETINGS_INDEX))
        and given_key(words.folded[following])
    )


def named_after_phrase(words: Words, index: int, key: str) -> bool:
    """Whether a lower-case or capitals word ``index`` (folded ``key``) that follows a phrase or title is a name
    there: after a title or a contact phrase a known name, after a relation a given name (``mano žmona``
    goes on with a verb: ``nori``, ``mäi mann huet``); a frequent word only when it is a given name as written
    (``o meu marido rui``; not ``rääkisin eile pangaga``: yesterday, not a case of ``Eila``)."""
    titled = words.folded[index - 1] in TITLE_WORDS and not title_needs_its_pair(words, index)
    if key in FREQUENT_WORDS and key not in GIVEN_NAMES and not (titled and key in FAMILY_NAMES):
        return False  # a frequent word, unless a known family name after a title (``г-жа димитрова``)
    if (words.folded[index - 1] in TITLE_WORDS and not title_needs_its_pair(words, index)) or after_contact(
        words, index
    ):
        return True
    if in_place(words, index - 1):
        return False  # a relation's word inside a place's name (``ул. „баба тонка“``)
    return words.follows(index, RELATIONS_INDEX) and (key in GIVEN_NAMES or inflected_given(key))
