"""A name at the opening of a message, in any letter case (pure): a greeting, then a "here is" or "I
am" phrase, then the writer's name, as people open a message in a hurry (``hola soy marta vidal``, ``dobry den
tady ondřej krátký``, ``tere siin mari tamm``, ``moien hei jang weber``, ``haigh ciarán o bríain anseo``).

No capital shows where such a name ends, but the place says a name comes: the first words of the message, a
greeting and a phrase (or a greeting alone when a word such as ``here``, ``anseo`` follows the name). There two
words are the name when each may be one: a listed given name (one that is a word too: ``tine``, ``ales``) then
a listed family or given name, a word with a surname's ending (even a frequent word: ``urban``, ``peska``) or a
word too rare to be a common one; or, after a greeting, a rare word then a listed name (``hoi met kajus
dries``); a family name then a given or rare one (Hungarian order: ``szia kovács réka vagyok``); a given name
that is more often a word before a listed surname; an Irish particle typed without its accent (``o``, ``ni``)
between them. Two rare words are no name (``olen järgmisel nädalal``: next week), and one word alone is left to
the other rules (``hola soy nueva``). Capitalized words follow the same rules (``Hoi, met Kaylee Brouwer``):
a greeting and a phrase announce a name that the lists may lack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from runtime.privacy.detectors.intro_phrases import GREETINGS, WEAK
from runtime.privacy.detectors.name_inflection import family_name
from runtime.privacy.detectors.name_phrases import AFTER_NAME, LOWER_END, intro_index
from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words
from runtime.privacy.detectors.name_verbs import verb_form
from runtime.privacy.detectors.name_words import COMMON_WORDS, FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES, NOT_NAMES

#: "Here is" and "I am" as people open a message, besides ``intro_phrases.WEAK``: typed without apostrophe or
#: abbreviated (``its``, ``c`` for ``c'est``), and the words for "here" (``siin``, ``hei``, ``te``).
_MORE_OPENINGS: Final = (
    "its", "im", "c", "cest", "siin", "hei", "te", "šeit", "itt", "hér", "ici", "aqui", "qui", "aš", "z tej strony",
    "tej strony", "s vámi", "hovorí", "mluví", "puhuu", "taler", "talar",
)  # fmt: skip
_OPENINGS: Final = intro_index((*WEAK, *_MORE_OPENINGS))
_GREETINGS: Final = intro_index(GREETINGS)
#: The first words of the greetings and phrases: a message that opens with none of them has no such opening.
OPENING_FIRST_WORDS: Final = frozenset(
    head[0] if head else last for index in (_OPENINGS, _GREETINGS) for last, heads in index.items() for head in heads
)
#: The most words a greeting and a phrase take at the opening (``dobrý den, tady je``).
MAX_OPENING: Final = 6
#: Irish particles as typed without their accents (``o``, ``ni``, ``ui``) or in lower case (``mac``, ``nic``).
_OPENING_PARTICLES: Final = NAME_PARTICLES | frozenset({"o", "ni", "ui", "mac", "nic", "mhic"})
_RARE_LETTERS: Final = 14


def _rare(key: str) -> bool:
    return 3 <= len(key) <= _RARE_LETTERS and key not in FREQUENT_WORDS and key not in COMMON_WORDS and key.isalpha()


def _excluded(key: str) -> bool:
    return len(key) < 3 or key in NOT_NAMES or key in LOWER_END or key in AFTER_NAME


def _case_of(word: str) -> Callable[[str], bool]:
    """The letter case a name's words share with ``word``: capitals, capitalized or lower case."""
    if word.isupper() and len(word) >= 2:
        return str.isupper
    return str.istitle if word[:1].isupper() else str.islower


def _pair(first: str, second: str) -> bool:
    """Whether two folded words may be a given name and a surname at the opening (see the module); a given name
    that is more often a word counts before a listed surname (``per ruud``), a listed family name before a given
    or rare one (Hungarian order: ``szabó boglárka``)."""
    surname = second in FAMILY_NAMES or family_name(second)
    if first in GIVEN_NAMES and (surname or second in GIVEN_NAMES or _rare(second)):
        return first not in NOT_NAMES or surname
    if first in FAMILY_NAMES and (second in GIVEN_NAMES or _rare(second)):
        return True
    return _rare(first) and (surname or second in GIVEN_NAMES)


def _opening_end(words: Words, index: int) -> int | None:
    """Where the greeting that opens the message ends (a word index) when a phrase or the name follows it at
    ``index``, or None."""
    if any(char.isalnum() for char in words.text[: words.spans[0][0]]):
        return None
    last = index - 1
    for head in _OPENINGS.get(words.folded[last], ()):  # ``olen`` and ``ma olen``: each may follow the greeting
        start = last - len(head)
        if start < 0 or tuple(words.folded[start:last]) != head or not words.joined_run(start, index):
            continue
        if start == 0 or _greeting_before(words, start):
            return start
    return index if _greeting_before(words, index) else None


def _greeting_before(words: Words, start: int) -> bool:
    """Whether a greeting opens the message and ends right before word ``start`` (a comma after it allowed)."""
    greeting = words.phrase_start(start - 1, _GREETINGS) if words.folded[start - 1] in _GREETINGS else None
    if greeting != 0:
        return False
    gap = words.text[words.spans[start - 1][1] : words.spans[start][0]]
    return gap in (" ", ", ", "! ") and words.joined_run(0, start - 1)


def opening_name(words: Words, index: int) -> int:
    """End of a name of two words (particles between them) in one letter case at word ``index``, at the opening
    of the message (see the module), or ``index``."""
    if index == 0 or index > MAX_OPENING or words.folded[0] not in OPENING_FIRST_WORDS:
        return index  # most messages open with no greeting and no introduction: decided at once
    word, key = words.words[index], words.folded[index]
    same_case = _case_of(word)
    if not same_case(word) or len(key) < 3 or key in LOWER_END or key in AFTER_NAME:
        return index
    phrase_end = _opening_end(words, index)
    if phrase_end is None:
        return index
    last = index + 1
    count = len(words.words)
    while last < count - 1 and last - index <= 2 and words.folded[last] in _OPENING_PARTICLES:
        last += 1  # ``ciarán o bríain``, ``sanne van dijk``
    if last >= count or not words.joined_run(index, last) or not same_case(words.words[last]):
        return index
    second = words.folded[last]
    if _excluded(second) or not _pair(key, second) or (second not in FAMILY_NAMES and verb_form(words.words[last])):
        return index  # two rare words are no name (``olen järgmisel nädalal``: next week)
    if key not in GIVEN_NAMES and phrase_end == 0:
        return index  # a rare first word needs a greeting before the phrase (``ech sinn nächst woch``)
    end = last + 1
    while end < count and end - index < _MAX_WORDS and words.joined(end - 1, end) and _listed(words, end, same_case):
        end += 1  # ``juan josé quirós``: more listed names
    phrase = phrase_end < index
    if not phrase and not (end < count and words.joined(end - 1, end) and words.folded[end] in AFTER_NAME):
        return index  # a greeting alone: ``here`` or ``anseo`` must follow the name
    return end


#: The most words a name at the opening takes.
_MAX_WORDS: Final = 4


def _listed(words: Words, index: int, same_case: Callable[[str], bool]) -> bool:
    """Whether word ``index`` is a listed given or family name in the name's case that goes on the name."""
    key = words.folded[index]
    if not same_case(words.words[index]) or _excluded(key) or key in COMMON_WORDS:
        return False
    return key in GIVEN_NAMES or key in FAMILY_NAMES
