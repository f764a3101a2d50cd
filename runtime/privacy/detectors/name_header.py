"""Given names heading a pasted table's columns (pure): a split bill, a rota or a score sheet names a column for
each person (``Despesa;Rita;Joana;Total``, ``| Dia | Rita | Joana |``, ``Ausgabe,Lena,Jonas``).

A header's cells name columns, and ``name_pasted`` drops the names found in them; a cell that is a single known
given name, in a header where another cell is one too, names a person all the same. A given name that is more
often a word (``NOT_NAMES``, ``COMMON_WORDS``: ``May``, ``June``, ``Rosa``) does not count, nor does the first
cell (the rows' labels: ``Dia``).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.columns import header_lines
from runtime.privacy.detectors.name_words import COMMON_WORDS, GIVEN_NAMES, NOT_NAMES
from runtime.privacy.normalize import fold

#: A header's cell separators, in the order ``columns`` reads them.
_SEPARATORS: Final = (";", "\t", "|", ",")
#: The fewest cells of a header that must be given names.
_MIN_NAMES: Final = 2
_QUOTES: Final = " \t\"'*"


def header_names(text: str) -> list[tuple[int, int]]:
    """The offsets of the given names heading the columns of the tables in ``text``."""
    found: list[tuple[int, int]] = []
    for start, end in header_lines(text):
        line = text[start:end]
        separator = next((candidate for candidate in _SEPARATORS if candidate in line), None)
        if separator is None:
            continue
        names: list[tuple[int, int]] = []
        offset = start
        for position, cell in enumerate(line.split(separator)):
            value = cell.strip(_QUOTES)
            if position and _given_name(value):
                first = offset + cell.index(value)
                names.append((first, first + len(value)))
            offset += len(cell) + len(separator)
        if len(names) >= _MIN_NAMES:
            found.extend(names)
    return found


def _given_name(value: str) -> bool:
    """Whether a header's cell is one capitalized known given name that is no word more often."""
    if not value.isalpha() or not value[:1].isupper() or not value[1:].islower():
        return False
    key = fold(value)
    return key in GIVEN_NAMES and key not in NOT_NAMES and key not in COMMON_WORDS
