"""The text detection reads (pure): a message without what hides a value, and the way back to the message.

People paste values with invisible characters inside (a zero-width space, soft hyphen, word joiner, BOM or bidi
mark: Unicode category Cf) and write numbers with every separator there is (spaces of any width, tabs, en and em
dashes, underscores). The view drops the invisible characters, writes every space as ``" "`` (a run of them
between two digits as one), every dash as ``"-"`` (between two digits without the spaces around it: ``4111 – 1111``
reads ``4111-1111``, and a slash alike: ``030 / 123`` reads ``030/123``), an underscore between the groups of a
code that holds digits as ``"-"`` (``BG80_BNBG_9661_1020_3456_78``; ``ana_silva`` keeps it), a tab between a
number's groups as ``" "`` (``+(371)\t2462 6772``; the tabs between the cells of a pasted table and between words
stay tabs), the digits of every script and the full-width forms as ASCII; letters keep their case and accents. A
span found in the view maps back to the whole value as written, the invisible characters inside it included.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from runtime.privacy.types import PiiSpan

__all__ = ["TextView", "text_view", "view_char"]

#: Horizontal spaces of every width (category Zs) and the tab: each reads as one ASCII space (a tab only inside a
#: number).
_SPACES: Final = "\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
#: Dashes people put between digit groups: each reads as ``-``.
_DASHES: Final = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
_FULL_WIDTH: Final = range(0xFF01, 0xFF5F)
# Where the view may differ from the text: runs of characters outside ASCII, tabs and underscores (a simple
# class: found at C speed, so ASCII prose costs next to nothing).
_CANDIDATES: Final = re.compile(r"[^\x00-\x08\x0a-\x5e\x60-\x7f]+")
_DASH_CLASS: Final = "".join(sorted(_DASHES))
# Between two digits: two or more spaces (one space in the view), or a dash or slash with spaces around it (the
# dash or slash: ``030 / 123 456 78``).
_DIGIT_GAP: Final = re.compile(
    rf"(?<=\d)(?:[{_SPACES}]{{2,}}|[{_SPACES}]+[{_DASH_CLASS}\-/][{_SPACES}]*|[{_DASH_CLASS}\-/][{_SPACES}]+)(?=\d)"
)


@lru_cache(maxsize=4096)
def view_char(char: str) -> str:
    """How one character reads in the view (``""`` for an invisible one); ``_`` and the tab are left to their
    context."""
    if char in _DASHES:
        return "-"
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if category == "Zs":
        return " "
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    if ord(char) in _FULL_WIDTH:
        return chr(ord(char) - 0xFEE0)
    return char


def _joins_digits(source: str, index: int) -> bool:
    """Whether the character at ``index`` has a digit (of any script) on either side."""
    return any(0 <= i < len(source) and source[i].isdecimal() for i in (index - 1, index + 1))


def _in_code(source: str, index: int) -> bool:
    """Whether the underscore at ``index`` joins two groups of one code that holds a digit (``23XI_CMS7``)."""
    size = len(source)
    if index == 0 or index + 1 >= size or not (source[index - 1].isalnum() and source[index + 1].isalnum()):
        return False
    start = index
    while start > 0 and (source[start - 1].isalnum() or source[start - 1] == "_"):
        start -= 1
    end = index + 1
    while end < size and (source[end].isalnum() or source[end] == "_"):
        end += 1
    return any(c.isdecimal() for c in source[start:end])


def _underscore(source: str, index: int) -> str:
    """How the underscore at ``index`` reads: ``-`` between digit groups or a code's groups, else itself."""
    return "-" if _joins_digits(source, index) or _in_code(source, index) else "_"


@dataclass(frozen=True, slots=True)
class TextView:
    """A message (``source``) as detection reads it (``text``).

    ``offsets[i]`` is the index in ``source`` of ``text[i]``'s character (strictly increasing); None when the
    view is the message itself.
    """

    source: str
    text: str
    offsets: tuple[int, ...] | None

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``source`` that the non-empty view span ``[start, end)`` was read from.

        From its first character to its last one: the invisible characters between them belong to it.
        """
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1

    def source_spans(self, spans: Iterable[PiiSpan]) -> list[PiiSpan]:
        """Spans of the view as spans of ``source`` (empty ones dropped)."""
        if self.offsets is None:
            return [s for s in spans if s.end > s.start]
        mapped: list[PiiSpan] = []
        for span in spans:
            if span.end > span.start:
                start, end = self.source_span(span.start, span.end)
                mapped.append(PiiSpan(start, end, span.entity_type, span.source, span.score))
        return mapped


def _read(source: str) -> list[str] | None:
    """What each character of ``source`` reads as (``""``: dropped), or None when the view is ``source``."""
    read: list[str] | None = None
    table_tabs = _table_tabs(source) if "\t" in source else frozenset()
    for match in _CANDIDATES.finditer(source):
        if match.group().isalpha() and max(match.group()) < "\uff01":
            continue  # letters read as they are (full-width ones excepted)
        for index in range(match.start(), match.end()):
            char = source[index]
            if char == "_":
                view = _underscore(source, index)
            elif char == "\t":
                view = " " if index not in table_tabs and _inside_number(source, index) else "\t"
            else:
                view = view_char(char)
            if view != char:
                if read is None:
                    read = list(source)
                read[index] = view
    if read is not None or any(pair in source for pair in _GAP_HINTS):
        for gap in _DIGIT_GAP.finditer(source):
            start, end = gap.span()
            if any(i in table_tabs for i in range(start, end)):
                continue  # the empty cells of a pasted table
            if read is None:
                read = list(source)
            dash = next((i for i in range(start, end) if source[i] in "-/" or source[i] in _DASHES), None)
            kept = start if dash is None else dash
            read[start:end] = [""] * (end - start)
            read[kept] = " " if dash is None else "/" if source[dash] == "/" else "-"
    return read


_GAP_HINTS: Final = ("  ", " -", "- ", " /", "/ ", "\t")
_NUMBER_BEFORE: Final = frozenset("0123456789)")
_BLANK: Final = frozenset(("", " ", "\t"))  # what a tab's neighbours may be before the number's groups
_NUMBER_AFTER: Final = frozenset("0123456789(+")


def _inside_number(source: str, index: int) -> bool:
    """Whether the tab at ``index`` separates two groups of one number (``+(371)\t2462 6772``): a digit, ``)`` or
    a letter after a digit before it and a digit, ``(`` or ``+`` after it, spaces and invisible characters aside."""
    before = index - 1
    while before >= 0 and view_char(source[before]) in _BLANK:
        before -= 1
    after = index + 1
    while after < len(source) and view_char(source[after]) in _BLANK:
        after += 1
    return (
        before >= 0
        and after < len(source)
        and (view_char(source[before]) in _NUMBER_BEFORE or _digit_letter(source, before))
        and view_char(source[after]) in _NUMBER_AFTER
    )


def _digit_letter(source: str, index: int) -> bool:
    """Whether the character at ``index`` is a letter right after a digit, a group of a code that holds letters
    (Corsica's ``2A``/``2B`` in a French social-security number: ``2\t08\t01\t2B\t033``)."""
    return source[index].isalpha() and index > 0 and view_char(source[index - 1]).isdigit()


def _table_tabs(source: str) -> frozenset[int]:
    """Where the tabs of pasted tab-separated tables are: a line of headers (a tab, no digit) and the lines right
    after it with as many tabs. Those tabs stay tabs: they split cells, not a number's groups."""
    tabs: set[int] = set()
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in source.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    index = 0
    while index < len(lines):
        line = lines[index][1]
        count = line.count("\t")
        row = index + 1
        if count and not any(char.isdigit() for char in line):
            while row < len(lines) and lines[row][1].count("\t") == count:
                row += 1
            if row > index + 1:
                for first, text in lines[index:row]:
                    tabs.update(first + i for i, char in enumerate(text) if char == "\t")
        index = row
    return frozenset(tabs)


def text_view(source: str) -> TextView:
    """The view of ``source`` that detection reads (see the module docstring); linear in its length."""
    read = _read(source)
    if read is None:
        return TextView(source, source, None)
    text = "".join(read)
    if len(text) == len(source):
        return TextView(source, text, None)
    return TextView(source, text, tuple(i for i, char in enumerate(read) if char))
