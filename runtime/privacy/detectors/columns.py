"""Cells of tables pasted into a message, with their column's header (pure).

A table is a line of headers (two or more, no digits) split by ``;``, a tab, ``|`` or ``,``, then the lines
right after it with as many cells (``Name;Geburtsdatum;Pass`` / ``Anna;12.03.1985;C01X00T47``). The detectors
read a column's header as the label of each of its cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

_SEPARATORS: Final = (";", "\t", "|", ",")
_QUOTES: Final = " \"'"


@dataclass(frozen=True, slots=True)
class Cell:
    """A data cell of a pasted table: its column's header and where its value is in the message."""

    header: str
    start: int
    end: int


def cells(text: str) -> list[Cell]:
    """Every data cell of the tables in ``text``, in order (none when the message has a single line)."""
    if "\n" not in text or not any(separator in text for separator in _SEPARATORS):
        return []
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line.rstrip("\r")))
        offset += len(line) + 1
    found: list[Cell] = []
    index = 0
    while index < len(lines):
        separator = _separator(lines[index][1])
        if separator is None:
            index += 1
            continue
        headers = [header.strip(_QUOTES) for header in lines[index][1].split(separator)]
        row = index + 1
        while row < len(lines) and lines[row][1].count(separator) == len(headers) - 1:
            found.extend(_row_cells(*lines[row], separator, headers))
            row += 1
        index = max(row, index + 1)
    return found


def _separator(line: str) -> str | None:
    """The separator of a header line, or None when the line is no header line (a digit, fewer than two cells)."""
    if any(char.isdigit() for char in line):
        return None
    separator = next((candidate for candidate in _SEPARATORS if candidate in line), None)
    if separator is None or not all(cell.strip(_QUOTES) for cell in line.split(separator)):
        return None
    return separator


def _row_cells(start: int, line: str, separator: str, headers: list[str]) -> list[Cell]:
    """The cells of one data line, each with its header, quotes and spaces around its value left out."""
    row: list[Cell] = []
    position = start
    for header, cell in zip(headers, line.split(separator), strict=True):
        value = cell.strip(_QUOTES)
        if value:
            lead = len(cell) - len(cell.lstrip(_QUOTES))
            row.append(Cell(header, position + lead, position + lead + len(value)))
        position += len(cell) + len(separator)
    return row
