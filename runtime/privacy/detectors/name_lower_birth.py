"""A person's name typed in lower case right before a birth label and its date (pure): ``reet kurvits sünd
02.08.1963``, ``holubová věra nar. 19.06.2007``, ``jorrisen, tess geb. 11-01-1944``, ``пеева чоно роден
13.12.1970``. A form's line puts the name there, in either order, the surname first as often.

The words before the label (``birth_dates.LABELS``: born, ``geb.``, ``né le``, ``nar.``, ``роден``...) and the date
are taken back to the first that may not be a name's: a frequent word that is no listed name, a common word, or a
word of another case; the name must open the message, a line, a sentence or a clause after a comma, and no
relation's word come inside (``tchyně ester čermáková, nar.``: the relation's rule takes that one). Up to four
words, a comma after the first allowed (``surname, given``); one of them a listed given or family name, and two
words at least unless the one is a listed given name; unlisted words before two are a label's, not the name's
(``eastát esther soolachán``).
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from runtime.privacy.detectors.birth_dates import LABELS
from runtime.privacy.detectors.name_inflection import family_name
from runtime.privacy.detectors.name_lower_words import given
from runtime.privacy.detectors.name_phrases import RELATIONS_INDEX
from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words
from runtime.privacy.detectors.name_words import COMMON_WORDS, FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES, NOT_NAMES

#: A birth label, then the date's first digit (a colon, a dash or a short word such as ``le``, ``il``, ``am``
#: between them).
_BIRTH: Final = re.compile(
    rf"(?:{'|'.join(LABELS)})(?![^\W_])[ \t]*[:\-]?[ \t]*(?:[^\W\d_]{{1,3}}\.?[ \t]+)?\d", re.IGNORECASE
)
_DIGIT: Final = re.compile(r"\d")
_MAX_WORDS: Final = 4
#: How far after a label's first letter the date's first digit may be (``date of birth: 1``).
_LABEL_REACH: Final = 32
#: The endings of Bulgarian surnames (folded).
_CYRILLIC_ENDINGS: Final = ("ов", "ев", "ова", "ева", "ски", "ска")


def _name_word(words: Words, index: int) -> bool:
    """Whether word ``index`` may be part of a name in lower case: a listed given name or a particle (``věra``, a
    frequent word too), or no frequent nor common word."""
    key, word = words.folded[index], words.words[index]
    if not word.islower() or key in NOT_NAMES or len(key) < 2:
        return False
    if key in NAME_PARTICLES or key in GIVEN_NAMES:
        return True
    return key not in FREQUENT_WORDS and key not in COMMON_WORDS  # (``was``, ``son``: surnames, and words)


def _opens_name(key: str) -> bool:
    """Whether a word may open the name: a particle, or no frequent nor common word (``my son tom``: not ``son``)."""
    return key in NAME_PARTICLES or (key not in FREQUENT_WORDS and key not in COMMON_WORDS)


def _run_start(words: Words, last: int) -> tuple[int, int | None]:
    """The first word of the name run that ends with word ``last``, and the word after its comma (or None)."""
    first, comma = last, None
    while first > 0 and last - first + 1 < _MAX_WORDS and _name_word(words, first - 1):
        gap = words.text[words.spans[first - 1][1] : words.spans[first][0]]
        if gap == ", " and comma is None:
            comma = first
        elif gap != " ":
            break
        first -= 1
    while first < last and not _opens_name(words.folded[first]):
        first += 1
    if comma is not None and comma <= first:
        comma = None
    return first, comma


def _surname_shape(key: str) -> bool:
    """Whether a word has a surname's ending (``family_name``; the Bulgarian ``-ов``, ``-ева``: ``дачев``)."""
    return family_name(key) or (len(key) >= 5 and key.endswith(_CYRILLIC_ENDINGS))


def _line_start(words: Words, first: int) -> bool:
    """Whether word ``first`` opens the message, a line, a sentence or a clause after a comma: a form's line, not
    a relation's name (``my mother-in-law jodie norris, born``: the relation's rule takes that one)."""
    if words.after_break(first):
        return True
    return words.text[words.spans[first - 1][1] : words.spans[first][0]].strip(" ") == ","


def _after_relation(words: Words, first: int, last: int) -> bool:
    """Whether a relation's word comes before one of the words ``first..last`` (``tchyně ester``)."""
    return any(words.follows(inner, RELATIONS_INDEX) for inner in range(first + 1, last + 1))


def _listed(key: str) -> bool:
    """Whether a word is a listed name, a particle or has a surname's ending."""
    return key in GIVEN_NAMES or key in FAMILY_NAMES or key in NAME_PARTICLES or _surname_shape(key)


def _taken(words: Words, first: int, last: int) -> bool:
    """Whether the run ``first..last`` holds a listed name or a word with a surname's ending (``дачев``), and two
    words unless the one is a given name."""
    keys = [key for key in words.folded[first : last + 1] if key not in NAME_PARTICLES]
    if not keys or not any(key in GIVEN_NAMES or key in FAMILY_NAMES or _surname_shape(key) for key in keys):
        return False
    return len(keys) >= 2 or given(keys[0])


def birth_line_names(words: Words) -> list[tuple[int, int]]:
    """The spans of the names typed in lower case before a birth label and its date (see the module)."""
    text = words.text
    digits = [match.start() for match in _DIGIT.finditer(text)]
    if not digits:
        return []
    found: list[tuple[int, int]] = []
    for label in range(1, len(words.words)):
        last, start = label - 1, words.spans[label][0]
        after = bisect.bisect_left(digits, start)
        if after == len(digits) or digits[after] >= start + _LABEL_REACH:
            continue  # (cheap tests first: a date's digit close after the word)
        if text[words.spans[last][1] : start] not in (" ", ", "):
            continue
        if not _name_word(words, last) or not _BIRTH.match(text, start):
            continue
        first, comma = _run_start(words, last)
        if not _line_start(words, first) or _after_relation(words, first, last):
            continue
        while last - first > 1 and first != comma and not _listed(words.folded[first]):
            first += 1  # ``eastát esther soolachán``, ``izziņa izdota inta zeltiņa``: a label's words before the name
        if comma is not None and comma <= first:
            comma = None
        if not _taken(words, first, last):
            continue
        if comma is None:
            found.append((words.spans[first][0], words.spans[last][1]))
        else:
            found.append((words.spans[first][0], words.spans[comma - 1][1]))
            found.append((words.spans[comma][0], words.spans[last][1]))
    return found
