"""The text detection reads (pure): a message without what hides a value, and the way back to the message.

People paste values with invisible characters inside (a zero-width space, soft hyphen, word joiner, BOM or bidi
mark: Unicode category Cf) and write numbers with every separator there is (spaces of any width, tabs, en and em
dashes, underscores). The view drops the invisible characters, writes every space as ``" "`` (a run of them
between two digits as one), every dash as ``"-"``, an underscore next to a digit as ``"-"``, the digits of
every script and the full-width forms as ASCII; letters keep their case and accents. A span found in the view
maps back to the whole value as written, the invisible characters inside it included.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from runtime.privacy.types import PiiSpan

__all__ = ["TextView", "text_view", "view_char"]

#: Horizontal spaces of every width (category Zs) and the tab: each reads as one ASCII space.
_SPACES: Final = "\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
#: Dashes people put between digit groups: each reads as ``-``.
_DASHES: Final = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
_FULL_WIDTH: Final = range(0xFF01, 0xFF5F)
# What may change in the view: a run of spaces, and any character outside printable ASCII, line breaks and "_".
_SPECIAL: Final = re.compile(rf"[{_SPACES}]{{2,}}|[^\n\r\x20-\x5e\x60-\x7e]|_")


def view_char(char: str) -> str:
    """How one character reads in the view (``""`` for an invisible one); ``_`` is left to its context."""
    if char in _DASHES:
        return "-"
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if category == "Zs" or char == "\t":
        return " "
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    if ord(char) in _FULL_WIDTH:
        return chr(ord(char) - 0xFEE0)
    return char


def _is_digit(source: str, index: int) -> bool:
    return 0 <= index < len(source) and unicodedata.decimal(source[index], None) is not None


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


def _replacement(source: str, start: int, end: int) -> tuple[str, range]:
    """What ``source[start:end]`` (one match of ``_SPECIAL``) reads as, and the source index of each character."""
    if end - start > 1:  # a run of spaces: one space between two digits, else as long as it is
        if _is_digit(source, start - 1) and _is_digit(source, end):
            return " ", range(start, start + 1)
        return " " * (end - start), range(start, end)
    char = source[start]
    if char == "_":
        joins_digits = _is_digit(source, start - 1) or _is_digit(source, end)
        return ("-" if joins_digits else "_"), range(start, end)
    read = view_char(char)
    return read, range(start, start + len(read))


def text_view(source: str) -> TextView:
    """The view of ``source`` that detection reads (see the module docstring); linear in its length."""
    parts: list[str] = []
    offsets: list[int] | None = None  # built from the first change of length on
    position = 0
    for match in _SPECIAL.finditer(source):
        start, end = match.span()
        read, indices = _replacement(source, start, end)
        if offsets is None and len(read) != end - start:
            offsets = list(range(start))
        elif offsets is not None:
            offsets.extend(range(position, start))
        if offsets is not None:
            offsets.extend(indices)
        parts.append(source[position:start])
        parts.append(read)
        position = end
    if position == 0:
        return TextView(source, source, None)
    parts.append(source[position:])
    if offsets is not None:
        offsets.extend(range(position, len(source)))
    return TextView(source, "".join(parts), None if offsets is None else tuple(offsets))
