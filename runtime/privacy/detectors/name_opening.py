"""A name at the opening of a message, in lower case or in capitals (pure): a greeting, then a "here is" or "I
am" phrase, then the writer's name, as people open a message in a hurry (``hola soy marta vidal``, ``dobry den
tady ondřej krátký``, ``tere siin mari tamm``, ``moien hei jang weber``, ``haigh ciarán o bríain anseo``).

No capital shows where such a name ends, but the place says a name comes: the first words of the message, a
greeting and a phrase (or a greeting alone when a word such as ``here``, ``anseo`` follows the name). There two
words are the name when each may be one: a listed given name (one that is a word too: ``tine``, ``ales``) then
a listed family or given name, a word with a surname's ending (even a frequent word: ``urban``, ``peska``) or a
word too rare to be a common one; or, after a greeting, a rare word then a listed name (``hoi met kajus
dries``); an Irish particle typed without its accent (``o``, ``ni``) between them. Two rare words are no name
(``olen järgmisel nädalal``: next week), and one word alone is left to the other rules (``hola soy nueva``).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.intro_phrases import GREETINGS, WEAK
from runtime.privacy.detectors.name_inflection import family_name
from runtime.privacy.detectors.name_phrases import AFTER_NAME, LOWER_END, intro_index
from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words
from runtime.privacy.detectors.name_words import COMMON_WORDS, FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES, NOT_NAMES

#: "Here is" and "I am" as people open a message, besides ``intro_phrases.WEAK``: typed without apostrophe or
#: abbreviated (``its``, ``c`` for ``c'est``), and the words for "here" (``siin``, ``hei``, ``te``).
_MORE_OPENINGS: Final = ("its", "im", "c", "cest", "siin", "hei", "te", "šeit", "itt", "hér", "ici", "aqui", "qui")
_OPENINGS: Final = intro_index((*WEAK, *_MORE_OPENINGS))
_GREETINGS: Final = intro_index(GREETINGS)
#: The most words a greeting and a phrase take at the opening (``dobrý den, tady je``).
MAX_OPENING: Final = 6
#: Irish particles as typed without their accents (``o``, ``ni``, ``ui``) or in lower case (``mac``, ``nic``).
_OPENING_PARTICLES: Final = NAME_PARTICLES | frozenset({"o", "ni", "ui", "mac", "nic", "mhic"})
_RARE_LETTERS: Final = 14


def _rare(key: str) -> bool:
    return 3 <= len(key) <= _RARE_LETTERS and key not in FREQUENT_WORDS and key not in COMMON_WORDS and key.isalpha()


def _excluded(key: str) -> bool:
    return len(key) < 3 or key in NOT_NAMES or key in LOWER_END or key in AFTER_NAME


def _opening_end(words: Words, index: int) -> int | None:
    """Where the greeting that opens the message ends (a word index) when a phrase or the name follows it at
    ``index``, or None."""
    last = index - 1
    start = words.phrase_start(last, _OPENINGS) if words.folded[last] in _OPENINGS else None
    if start is not None and not words.joined_run(start, last + 1):
        return None
    phrase = start is not None
    start = index if start is None else start
    if start == 0:
        return 0 if phrase and not any(char.isalnum() for char in words.text[: words.spans[0][0]]) else None
    greeting = words.phrase_start(start - 1, _GREETINGS) if words.folded[start - 1] in _GREETINGS else None
    if greeting != 0 or any(char.isalnum() for char in words.text[: words.spans[0][0]]):
        return None
    gap = words.text[words.spans[start - 1][1] : words.spans[start][0]]
    return start if gap in (" ", ", ", "! ") and words.joined_run(0, start - 1) else None


def opening_name(words: Words, index: int) -> int:
    """End of a name of two words (particles between them) in one letter case at word ``index``, at the opening
    of the message (see the module), or ``index``."""
    if index == 0 or index > MAX_OPENING:
        return index
    word, key = words.words[index], words.folded[index]
    same_case = str.isupper if word.isupper() and len(word) >= 2 else str.islower
    if not same_case(word) or _excluded(key) or not (key in GIVEN_NAMES or _rare(key)):
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
    listed = second in FAMILY_NAMES or family_name(second) or second in GIVEN_NAMES
    if _excluded(second) or not (listed or (key in GIVEN_NAMES and _rare(second))):
        return index  # two rare words are no name (``olen järgmisel nädalal``: next week)
    if key not in GIVEN_NAMES and phrase_end == 0:
        return index  # a rare first word needs a greeting before the phrase (``ech sinn nächst woch``)
    phrase = phrase_end < index
    if not phrase and not (last + 1 < count and words.joined(last, last + 1) and words.folded[last + 1] in AFTER_NAME):
        return index  # a greeting alone: ``here`` or ``anseo`` must follow the name
    return last + 1
