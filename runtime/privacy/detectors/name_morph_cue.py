"""Names the lists lack, told by their place (pure): two capitalized words after a weak introduction (``ja sam
Lovro Brlas``, ``sem Aleks Dolenc``, ``είμαι ο Φιλήμων Χαρτερός``), a rare Cyrillic or Greek word that speaks
(``Още нещо – Тотьо пита``, ``Ο Θεόδουλος από το φροντιστήριο είπε``), a rare word whose birthday or name day
it is (``за имения ден на Цоня``).

A weak introduction (``I am``, ``this is``: ``name_phrases.WEAK_INDEX``) announces a name only when a known given
name follows it, since ``ich bin Student`` and ``this is Lidl`` follow it as often; of them, those saying "I am"
count here. Two capitalized words there, both rare (no frequent or common word, no place's word, no town, letters
only), the second ending the clause, are a person's given name and family name however foreign to the lists: a
shop, a town or an adjective and its noun would be a frequent word or a town. Bulgarian and Greek capitalize names
and places only inside a sentence, and a place does not speak: a rare capitalized word there before a speech verb
is a person (not an institution by its ending, nor a Greek word without its article, as shops speak too).
``name_morph`` tells family names by their form; this module by their place.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_morph import (
    after_place_preposition,
    form_ending,
    greek_letters,
    opening_word,
    plain_word,
)
from runtime.privacy.detectors.name_phrases import PHRASE_ENDS, WEAK_INDEX, said_follows
from runtime.privacy.detectors.name_places import PLACE_WORDS
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import COMMON_WORDS, FREQUENT_WORDS, GIVEN_NAMES, NOT_NAMES
from runtime.privacy.detectors.town_names import town_form
from runtime.privacy.normalize import fold

#: The Greek articles a name takes after ``είμαι`` (I am): ``είμαι ο Φιλήμων``, ``είμαι η Ξανθή``.
_GREEK_ARTICLES: Final = frozenset(fold(word) for word in ("ο", "η"))


#: The weak introductions that say "I am" (``ja sam``, ``аз съм``, ``είμαι``) or a caller's "here", not "this is"
#: or "here is", which shops, apps and places follow as often (``this is Lidl Plus``, ``c'est Carrefour Market``).
_I_AM: Final = frozenset(
    fold(phrase)
    for phrase in (
        "i am", "i'm", "sou", "eu sou", "soy", "yo soy", "je suis", "ich bin", "sono", "io sono", "ik ben",
        "jestem", "jag är", "jeg er", "eg er", "ég er", "olen", "ma olen", "jsem", "som", "ja som", "sunt",
        "eu sunt", "είμαι", "vagyok", "ja sam", "sam", "jaz sam", "sem", "jaz sem", "es esmu", "aš esu", "аз съм",
        "jien", "ech sinn",
        # a caller's "here" (``tu Servác``, ``εδώ η Μαλβίνα``): the writer, not a place
        "tu", "tady", "täällä", "εδώ", "itt", "čia", "hawn", "hier spricht",
    )
)  # fmt: skip


def _weak_cue(words: Words, index: int) -> bool:
    """Whether a weak introduction saying "I am" (or one and a Greek article) ends right before word ``index``."""
    before = index - 1
    if before > 0 and words.folded[before] in _GREEK_ARTICLES and words.joined(before, index):
        before -= 1  # ``είμαι ο Φιλήμων``
        index -= 1
    if before < 0 or words.folded[before] not in PHRASE_ENDS or not words.follows(index, WEAK_INDEX):
        return False
    start = words.phrase_start(before, WEAK_INDEX)
    return start is not None and " ".join(words.folded[start : before + 1]) in _I_AM


def cued_pair(words: Words, index: int) -> bool:
    """Whether the capitalized words ``index`` and the next, both rare, follow a weak introduction and end the
    clause (``a ja sam Lovro Brlas, OIB…``): a person's name the lists lack."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following) or not _weak_cue(words, index):
        return False
    if not plain_word(words, index) or not plain_word(words, following):
        return False
    if town_form(words.folded[index]) or town_form(words.folded[following]):
        return False  # ``this is Kaunas``
    third = following + 1
    return third >= len(words.words) or not words.joined(following, third) or words.words[third].islower()


#: Endings of Bulgarian nouns naming institutions and services (``Топлофикация``, ``Прокуратурата``,
#: ``Дружеството``), folded: they say and ask things as people do.
_INSTITUTION_ENDINGS: Final = ("ция", "ията", "ство", "ството", "ура", "урата", "ия")


def _cyrillic_or_greek(word: str) -> bool:
    """Whether a word is written in Cyrillic or Greek letters."""
    return "\u0400" <= word[:1] <= "\u04ff" or greek_letters(word)


def speaking_word(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index`` in Cyrillic or Greek letters, rare and alone inside a sentence (or after
    a Greek article opening it), says or asks something, or is where a speaker is from before a speech verb
    (``Още нещо – Тотьо пита``, ``Ο Θεόδουλος από το φροντιστήριο είπε``): Bulgarian and Greek capitalize names and
    places only there, and a place does not speak."""
    word = words.words[index]
    if not _cyrillic_or_greek(word) or not plain_word(words, index) or town_form(words.folded[index]):
        return False
    if after_place_preposition(words, index):
        return False  # a street (``στην Μιαούλη λέει``: the surgery in that street says)
    if words.folded[index].endswith(_INSTITUTION_ENDINGS):
        return False  # an institution speaks too (``Топлофикация пита``, ``Агенцията каза``)
    if greek_letters(word) and (index == 0 or words.folded[index - 1] not in _GREEK_ARTICLES):
        return False  # a Greek person takes its article (``ο Θεόδουλος``), a shop or a service often none
    if index > 0 and words.words[index - 1][:1].isupper():
        before = words.folded[index - 1]
        if not (before in _GREEK_ARTICLES and words.after_break(index - 1)) and not opening_word(words, index - 1):
            return False  # a word of a longer name, left to the rules of runs (not ``Ο Θεόδουλος``, ``Днес Тотьо``)
    elif words.after_break(index):
        return False  # any word is capitalized opening a sentence
    return said_follows(words, index)


#: The words before a person's name that tell a birthday or a name day is theirs (folded, as written before the
#: name): only people have them, so a rare capitalized word there is one however foreign to the lists.
_CELEBRATIONS: Final = tuple(
    tuple(fold(phrase).split())
    for phrase in (
        # bg
        "рожден ден на", "рождения ден на", "рождения си ден на", "имен ден на", "имения ден на",
        # el
        "γενέθλια της", "γενέθλια του", "γενέθλια τής", "γιορτή της", "γιορτή του", "ονομαστική γιορτή της",
        "γιορτάζει η", "γιορτάζει ο", "γιορτάζει αύριο η", "γιορτάζει αύριο ο",
        # ro, cs, sk, hr, sl, lt, lv, hu-free (case endings carry it there)
        "ziua lui", "ziua de naștere a lui", "ziua de nastere a lui", "ziua de naștere a", "onomastica lui",
        "narozeninám pro", "narozeniny pro", "svátek pro", "narodeniny pre", "meniny pre",
        "rođendan za", "rođendanu za", "imendan za", "rojstni dan za", "god za",
        "gimtadienio proga", "vārda dienā",
    )
)  # fmt: skip
_CELEBRATION_LAST: Final = frozenset(phrase[-1] for phrase in _CELEBRATIONS)


def celebrated(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index`` follows a birthday's or a name day's words naming whose it is
    (``за имения ден на Цоня``, ``για τα γενέθλια της Σωφρονίας``, ``de ziua lui Mitruț``): a person, not a town, a
    place's word, a common word, a frequent one the lists hold no given name (``Мама``) or one known as no name."""
    if index == 0 or words.folded[index - 1] not in _CELEBRATION_LAST or not words.words[index].istitle():
        return False  # the common case, decided at once
    key = words.folded[index]
    if not words.words[index].isalpha() or len(key) < 3 or key in COMMON_WORDS or key in NOT_NAMES:
        return False
    if key in PLACE_WORDS or town_form(key) or not words.joined(index - 1, index):
        return False
    if key in FREQUENT_WORDS and key not in GIVEN_NAMES:
        return False  # a relation capitalized (``рождения ден на Мама``): a word the lists know, no name
    for phrase in _CELEBRATIONS:
        first = index - len(phrase)
        if first >= 0 and tuple(words.folded[first:index]) == phrase and words.joined_run(first, index - 1):
            return True
    return False


#: The fewest letters of a family name in lower case after "I am" (``муев``): the cue carries the rest.
_LOWER_SURNAME_LETTERS: Final = 4


def cued_lower_pair(words: Words, index: int) -> bool:
    """Whether the lower-case words ``index`` and the next, both rare, follow an introduction saying "I am" and the
    second ends as a family name does (``здрасти аз съм авел муев``, ``jsem bohdana hrdličková``)."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return False
    first, second = words.words[index], words.words[following]
    if not (first.islower() and second.islower() and first.isalpha() and second.isalpha()):
        return False
    if len(first) < 3 or len(second) < _LOWER_SURNAME_LETTERS or not form_ending(second):
        return False
    if not _weak_cue(words, index):
        return False
    return all(
        key not in FREQUENT_WORDS and key not in COMMON_WORDS and key not in NOT_NAMES and key not in PLACE_WORDS
        for key in (words.folded[index], words.folded[following])
    )
