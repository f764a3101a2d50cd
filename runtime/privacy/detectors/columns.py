"""Cells of tables pasted into a message, with their column's header, and fields named in camel case (pure).

A table is a line of headers (two or more, no digits) split by ``;``, a tab, ``|`` or ``,``, then the lines
right after it with as many cells (``Name;Geburtsdatum;Pass`` / ``Anna;12.03.1985;C01X00T47``; a Markdown table's
outer bars and rule line left out). The detectors read a column's header as the label of each of its cells,
and a camel-case field's name as words (``"passportNumber": "X1234567"`` is labelled ``passport Number``).
"""

from __future__ import annotations

import re
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
    found: list[Cell] = []
    for table in _tables(text):
        headers = [header.strip(_QUOTES) for header in table.header.split(table.separator)]
        for start, line in table.rows:
            found.extend(_row_cells(start, line, table.separator, headers))
    return found


def header_lines(text: str) -> list[tuple[int, int]]:
    """Where the header lines of the tables in ``text`` are: words that name columns, not a person
    (``Nome;Telefone;Nascimento``). A line of commas is a header only over rows that hold digits (``Olá, Ana`` over
    ``Obrigada, Rui`` is a letter)."""
    return [
        (table.start, table.start + len(table.header))
        for table in _tables(text)
        if table.rows and (table.separator != "," or all(_has_digit(line) for _, line in table.rows))
    ]


def _has_digit(line: str) -> bool:
    return any(char.isdigit() for char in line)


@dataclass(frozen=True, slots=True)
class _Table:
    """A pasted table: its header line (where it starts, its text), its separator and its data lines."""

    start: int
    header: str
    separator: str
    rows: tuple[tuple[int, str], ...]


def _tables(text: str) -> list[_Table]:
    """The tables of ``text``: a header line, then the lines right after it with as many cells."""
    if "\n" not in text or not any(separator in text for separator in _SEPARATORS):
        return []
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append(_inner(offset, line.rstrip("\r")))
        offset += len(line) + 1
    tables: list[_Table] = []
    index = 0
    while index < len(lines):
        separator = _separator(lines[index][1])
        if separator is None:
            index += 1
            continue
        count = lines[index][1].count(separator)
        row = index + 1
        while row < len(lines) and lines[row][1].count(separator) == count:
            row += 1
        rows = tuple(line for line in lines[index + 1 : row] if _RULE.fullmatch(line[1]) is None)
        tables.append(_Table(*lines[index], separator, rows))
        index = max(row, index + 1)
    return tables


# A Markdown table's rule under its header (``|---|:---:|``).
_RULE: Final = re.compile(r"[\s:\-|]*-[\s:\-|]*")


def _inner(offset: int, line: str) -> tuple[int, str]:
    """A line where it starts and its text; a Markdown table's line (``| Navn | Pas |``) without its outer bars."""
    stripped = line.strip()
    if len(stripped) > 2 and stripped[0] == "|" and stripped[-1] == "|":
        first = line.index("|") + 1
        return offset + first, line[first : line.rindex("|")]
    return offset, line


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


# A field of pasted data (JSON, a form) whose name is written in camel case, and its value up to the field's end.
_CAMEL_FIELD: Final = re.compile(
    r"(?<![\w])[\"']?(?P<key>[a-z]+(?:[A-Z][a-z]*)+)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<value>[^\"'\n\r,;{}]{1,60}?)[ \t]*(?=[\"'\n\r,;}]|\Z)"
)
_CAMEL_HUMP: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")


def as_words(name: str) -> str:
    """A field's or column's name in camel case written as words (``dataNascita`` -> ``data Nascita``)."""
    return _CAMEL_HUMP.sub(" ", name)


def camel_case_fields(text: str) -> list[Cell]:
    """The values of the fields named in camel case (``"dataNascimento": "12/03/1985"``), each with its name
    written as words (``data Nascimento``) as its header."""
    if ":" not in text and "=" not in text:
        return []
    return [
        Cell(as_words(match.group("key")), match.start("value"), match.end("value"))
        for match in _CAMEL_FIELD.finditer(text)
    ]
