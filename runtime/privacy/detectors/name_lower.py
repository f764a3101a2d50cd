"""Names typed in lower case that a place in the message announces (pure), where no capital marks them:

- the writer's given name at the opening, before a word for "here" (``kaija tässä, voitteko soittaa``, ``hallå,
  helena här igen``, ``bokić, marijan ovdje``, ``ann her, kan dere ringe``) or after a greeting and an "I am" or
  "here is" phrase (``slt c jacques,``, ``ola é o samuel,``, ``hola soy lara``, ``здрасти, тук е денис от``):
  a listed given name that is no word more often something else, or a word too rare to be a common one that a
  mark or a "from" ends (``денис от 3-ти етаж``, ``moien, hei ass gülten,``);
- a given name and a surname in a message typed without capitals (an IBAN or a code in capitals allowed: ``den
  tilhører bertram toft, det er husleje``, ``wpisz mi do kontaktow michał pezda tel``): a listed given name (one
  that is frequent in texts too: ``michał``, ``emil``) and a word too rare to be a common one, or a listed family
  name, that a mark, the message's end, a digit or a frequent word ends.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.intro_phrases import GREETINGS, WEAK
from runtime.privacy.detectors.name_brands import brand_end
from runtime.privacy.detectors.name_calendar import feast
from runtime.privacy.detectors.name_inflection import family_name
from runtime.privacy.detectors.name_lower_birth import birth_line_names
from runtime.privacy.detectors.name_lower_cue import cued_names
from runtime.privacy.detectors.name_lower_words import RARE_SURNAME_LETTERS, ends_name, given
from runtime.privacy.detectors.name_opening import MAX_OPENING
from runtime.privacy.detectors.name_phrases import intro_index
from runtime.privacy.detectors.name_places import in_place, in_town, place_after, street_word
from runtime.privacy.detectors.name_signoff import AFTER_THANKS, CLOSING_KEYS, rare_name
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_verbs import verb_form
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    RARE_GIVEN_NAMES,
    word_set,
)
from runtime.privacy.normalize import fold


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(word) for word in words.split())


#: The words for "here" a writer puts after their name at the opening (``kaija tässä``, ``ann her``), as typed
#: (folded, the Swedish ``här`` would be ``har``: has).
_HERE: Final = word_set("""
here hier ici aqui aquí qui qua tässä tassa täällä taalla her här hér cia čia te šeit seit ovdje ovde tu tukaj
tady itt siin hawn anseo εδώ εδω тук
""")
#: "I am" and "here is" as people open a message, besides ``intro_phrases.WEAK`` (``é o``, ``eto``).
_MORE_INTROS: Final = (
    "c", "cest", "é o", "é a", "e o", "e a", "sou eu o", "sou eu a", "soy yo", "aquí", "eto", "eto ja", "ja",
    "hier", "hei ass", "hei as", "its", "im", "είμαι η", "είμαι ο", "ειμαι η", "ειμαι ο",
)  # fmt: skip
_INTROS: Final = intro_index((*WEAK, *_MORE_INTROS))
#: The last words of the "here is" and "this is" phrases (``тук е``, ``hei ass``, ``c``): a word the lists lack
#: may be the name after them, not after "I am" (``ich bin umgezogen``, ``ik ben verhuisd``).
_HERE_IS: Final = _folded("е ass ist is c cest o eto je ir yra on met")
_GREETINGS: Final = intro_index(GREETINGS)
#: The last words of the "I am" phrases: an adjective follows them as often as a name (``sono felice``).
_I_AM: Final = _folded("""
am im sono soy sou suis bin ben jestem jsem som är er olen vagyok sam sem esmu esu είμαι съм sunt sinn jien
""")
#: Words for "from" after a writer's name (``денис от 3-ти етаж``, ``anna iz 3.b``).
_FROM: Final = _folded("""
от from de z ze iz aus van fra frá från iš no din από ó minn vu vun da del dal of
""")
_MARKS: Final = frozenset(",.!?;:")
#: The words a payee's, a contact's or a person's name follows (to, for, as, account, contacts, belongs to), as
#: typed (folded, the French ``à`` would be the Hungarian article ``a``).
_BEFORE_PAIR: Final = word_set("""
to for till til an à para pro pra per pour für fur voor naar aan dla pre za lui un chuig le lil għal
για за konto kontaktow kontaktu kontakty kontakt tilhører tilhorer tilhör tilhor belongs als as som
como come comme jako ako kao kot kui kā ka kaip ca bħala mar hedder heter heiter heiti heißt heisst called named
""")


def _greeting_end(words: Words) -> int:
    """The index of the first word after a greeting that opens the message (0 when none opens it)."""
    for last in range(min(2, len(words.words) - 1), -1, -1):
        if words.folded[last] in _GREETINGS and words.phrase_start(last, _GREETINGS) == 0:
            return last + 1 if words.joined_run(0, last) else 0
    return 0


def _excluded(key: str) -> bool:
    return key in CLOSING_KEYS or key in AFTER_THANKS or key in _HERE or key in _FROM


def _closed(words: Words, index: int) -> bool:
    """Whether a mark, the message's end or a "from" comes right after word ``index``."""
    after = words.text[words.spans[index][1] :].lstrip(" ")
    if not after or after[0] in _MARKS:
        return True
    return index + 1 < len(words.words) and words.folded[index + 1] in _FROM and words.joined(index, index + 1)


def writer_here(words: Words) -> tuple[int, int] | None:
    """The span of the writer's given name in lower case at the opening (see the module), or None."""
    index = _greeting_end(words) if words.folded[0] in _FIRST_WORDS else 0
    if index == 0 and len(words.words) > 2 and words.text[words.spans[0][1] : words.spans[1][0]] in (", ", "! "):
        index = 1  # ``bokić, marijan ovdje``: a greeting the lists lack, then the name and "here"
    if index >= len(words.words) - 1:
        return None
    gap = words.text[words.spans[index - 1][1] : words.spans[index][0]] if index else ""
    if index and gap not in (" ", ", ", "! ", ","):
        return None
    if words.words[index + 1].lower() in _HERE and words.joined(index, index + 1) and _here_name(words, index):
        return words.spans[index]
    return _introduced(words, index) if words.folded[0] in _FIRST_WORDS else None


def _here_name(words: Words, index: int) -> bool:
    """Whether word ``index``, before a word for "here", is the writer's name: a listed given name, or a word too
    rare to be a common one when a comma, a ``!`` or the end follows "here" (not ``leparkoltam itt:``, I parked
    here)."""
    key = words.folded[index]
    if not words.words[index].islower() or _excluded(key) or key in _HERE:
        return False
    if given(key):
        return True
    after = words.text[words.spans[index + 1][1] :].lstrip(" ")
    return rare_name(key) and (not after or after[0] in ",!") and not verb_form(words.words[index])


def _name_goes_on(words: Words, index: int) -> bool:
    """Whether a listed name in lower case follows word ``index`` (``lennart meri``)."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return False
    key = words.folded[following]
    return words.words[following].islower() and (key in GIVEN_NAMES or key in FAMILY_NAMES)


def _introduced(words: Words, start: int) -> tuple[int, int] | None:
    """The given name after an "I am" or "here is" phrase at ``start`` (after a greeting or opening the message)."""
    for index in range(min(start + 3, len(words.words) - 1), start, -1):  # the longest phrase first
        heads = _INTROS.get(words.folded[index - 1], ())
        if not any(
            index - 1 - len(head) == start and tuple(words.folded[start : index - 1]) == head for head in heads
        ) or not words.joined_run(start, index):
            continue
        key = words.folded[index]
        if not words.words[index].islower() or _excluded(key):
            return None
        here_is = words.folded[index - 1] in _HERE_IS  # "here is" or "this is", not "I am" (``ich bin umgezogen``)
        if _name_goes_on(words, index) or in_place(words, index):
            return None  # ``olen lennart meri lennujaamas``: a whole name (a place's here) is the pair rules'

        i_am = words.folded[index - 1] in _I_AM
        if start == 0 and i_am and not (_closed(words, index) and key not in FREQUENT_WORDS):
            return None  # "I am" opening the message without a greeting: an adjective as often (``sono felice``)
        if given(key) or (here_is and rare_name(key) and _closed(words, index)):
            return words.spans[index]
        return None
    return None


#: The first words of the greetings and phrases: a message that opens with none of them may still open with the
#: writer's name before a word for "here".
_FIRST_WORDS: Final = frozenset(
    (head[0] if head else last) for index in (_INTROS, _GREETINGS) for last, heads in index.items() for head in heads
)


def lower_pair(words: Words) -> list[tuple[int, int]]:
    """The given names and surnames of a message typed without capitals (see the module)."""
    if any(word[:1].isupper() and not word.isupper() for word in words.words):
        return []
    found: list[tuple[int, int]] = []
    count = len(words.words)
    for index in range(count - 1):
        key = words.folded[index]
        if key not in GIVEN_NAMES or key in NOT_NAMES or key in COMMON_WORDS:
            continue
        if not words.words[index].islower() or not words.joined(index, index + 1) or len(key) < 3:
            continue
        if not _pair_cue(words, index) or in_place(words, index) or brand_end(words, index, index + 2) > index:
            continue
        if in_town(words, index, index + 2) or place_after(words, index, index + 2) or feast(words, index, index + 2):
            continue  # (``an silvester``: New Year's Eve)
        second = words.folded[index + 1]
        word = words.words[index + 1]
        if (
            not word.islower()
            or second in COMMON_WORDS
            or second in NOT_NAMES
            or _excluded(second)
            or street_word(second)
        ):
            continue
        surname = (second in FAMILY_NAMES and second not in FREQUENT_WORDS) or family_name(second)
        rare = rare_name(second) and len(second) <= RARE_SURNAME_LETTERS and not verb_form(word)
        if key in RARE_GIVEN_NAMES and not surname:
            continue  # a rare given name (``ľudomil``) with a listed or surname-like surname only
        if (surname or rare) and second not in GIVEN_NAMES and ends_name(words, index + 1, _MARKS):
            found.append((words.spans[index][0], words.spans[index + 1][1]))
    return found


def _pair_cue(words: Words, index: int) -> bool:
    """Whether a payee's or contact's word (``_BEFORE_PAIR``) or a colon comes right before word ``index``."""
    if index == 0:
        return False
    gap = words.text[words.spans[index - 1][1] : words.spans[index][0]]
    return (gap == " " and words.words[index - 1].lower() in _BEFORE_PAIR) or gap == ": "


def lower_names(words: Words) -> list[tuple[int, int]]:
    """The spans of the names typed in lower case that the message announces (see the module)."""
    if not words.words or len(words.words) < 2:
        return []
    found = lower_pair(words)
    found.extend(cued_names(words))
    found.extend(birth_line_names(words))
    here = writer_here(words)
    if here is not None and words.spans.index(here) <= MAX_OPENING:
        found.append(here)
    return found
