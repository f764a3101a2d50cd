"""Names on an identity card or passport read from a photo and pasted without its labels (pure): the surname and
the given names in capitals, each on its own line, right above the date of birth (``ROU`` / ``POPESCU`` /
``MARCEL`` / ``08.09.1970`` / ``P28174489``); a country's or a sex's code may stand between them and the date.

A text recognizer drops a card's printed labels (``Surname / Nom``) and keeps its values one to a line; the two
lines above the date are the names when they are words in capitals that are known names or no frequent words,
one of them at least a known given or family name (not ``MENU`` / ``SPECIALS`` / ``12.03.2024``).
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.name_places import PLACE_WORDS
from runtime.privacy.detectors.name_words import FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES, NOT_NAMES, TOWNS
from runtime.privacy.normalize import fold

#: A date alone on its line (``08.09.1970``, ``2000-09-11``, ``13/08/1984``, ``13 08 1984``).
_DATE_LINE: Final = re.compile(r"[ \t]*(?:\d{1,2}[./ -]\d{1,2}[./ -](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})[ \t\r]*")
#: A line of one to three words (in capitals, checked apart; apostrophes or hyphens inside a word allowed).
_WORD: Final = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_NAME_LINE: Final = re.compile(rf"[ \t]*({_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t\r]*")
#: A country's or a sex's code between the names and the date (``ROU``, ``M``, ``F``).
_CODE_LINE: Final = re.compile(r"[ \t]*[A-Z]{1,3}[ \t\r]*")
#: The Irish particles a card writes in capitals (``Ó CREAG``, ``MAC AODHA``): no word to read as a name or not.
_PARTICLES: Final = frozenset({"Ó", "O", "NÍ", "UÍ", "MAC", "NIC", "MHIC"})
#: The name lines a card holds above its date: the surname and the given names.
_NAME_LINES: Final = 2
#: The most code lines between the names and the date.
_MAX_CODES: Final = 2


def card_names(text: str) -> list[tuple[int, int]]:
    """The offsets of the surname and given names of each card pasted without labels in ``text``."""
    if "\n" not in text:
        return []
    lines: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    found: list[tuple[int, int]] = []
    for index, (_, line) in enumerate(lines):
        if _DATE_LINE.fullmatch(line):
            found.extend(_names_above(lines, index))
    return found


def _names_above(lines: list[tuple[int, str]], date: int) -> list[tuple[int, int]]:
    """The two name lines above the date line ``date`` (past its code lines), or none."""
    above = date - 1
    codes = 0
    while above >= 0 and codes < _MAX_CODES and _CODE_LINE.fullmatch(lines[above][1]):
        above, codes = above - 1, codes + 1
    names: list[tuple[int, int]] = []
    for index in range(above, above - _NAME_LINES, -1):
        if index < 0:
            return []
        start, line = lines[index]
        match = _NAME_LINE.fullmatch(line)
        if match is None or not match.group(1).isupper() or all(len(word) < 2 for word in match.group(1).split()):
            return []
        names.append((start + match.start(1), start + match.end(1)))
    words = [
        fold(word) for _, line in (lines[above], lines[above - 1]) for word in line.split() if word not in _PARTICLES
    ]
    if not _read_as_names(words):
        return []
    return names


def _read_as_names(keys: list[str]) -> bool:
    """Whether the folded words of the name lines are names: each a known name or no frequent word, none a place's
    word or a town that is no given name (``MARIA`` is both), one a known given or family name."""
    known = [key in GIVEN_NAMES or key in FAMILY_NAMES for key in keys]
    if not any(is_known and key not in NOT_NAMES for key, is_known in zip(keys, known, strict=True)):
        return False
    return all(
        (is_known or key not in FREQUENT_WORDS) and key not in PLACE_WORDS and (key in GIVEN_NAMES or key not in TOWNS)
        for key, is_known in zip(keys, known, strict=True)
    )
