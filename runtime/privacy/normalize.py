"""Case/accent folding of text with offsets kept, and the compact forms of numbers (pure)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")


_TRUNK_IN_PARENTHESES: Final = re.compile(r"\(\s*0\s*\)")


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """A character without accents, case-folded (may be empty or longer: ``ß`` -> ``ss``).

    A decimal digit of any script folds to its ASCII digit (``０`` and ``٣`` -> ``0`` and ``3``); an invisible
    format character (category Cf: zero-width space, soft hyphen, BOM...) folds to nothing.
    """
    if unicodedata.category(char) == "Cf":
        return ""
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _FoldTable(dict[int, str]):
    """``fold_char`` of each code point, for ``str.translate``: filled as characters are met (a bounded number kept),
    so that a text is folded at C speed rather than one Python call per character."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        if len(self) < _MAX_FOLD_TABLE:
            self[code] = folded
        return folded


_MAX_FOLD_TABLE: Final = 65536
_FOLD_TABLE: Final = _FoldTable()


def fold(text: str) -> str:
    """``text`` without accents, case-folded (each character as ``fold_char`` folds it)."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


def fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """Folded text and, for each of its characters, the index of the character of ``text`` it came from.

    The offsets are None when they are the identity: every character folds to exactly one (ASCII text, and
    most accented text: ``é`` -> ``e``). ASCII runs are folded in bulk; only the other characters one by one.
    """
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    offsets: list[int] | None = None  # built from the first character that does not fold to exactly one
    position = 0
    for match in _NON_ASCII.finditer(text):
        start = match.start()
        if start > position:
            parts.append(text[position:start].lower())
            if offsets is not None:
                offsets.extend(range(position, start))
        folded = fold_char(match.group())
        if offsets is None and len(folded) != 1:
            offsets = list(range(start))
        if offsets is not None:
            offsets.extend([start] * len(folded))
        parts.append(folded)
        position = start + 1
    parts.append(text[position:].lower())
    if offsets is not None:
        offsets.extend(range(position, len(text)))
    return "".join(parts), offsets


def source_span(text: str, offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` that the non-empty span ``[start, end)`` of its fold came from.

    ``offsets`` are ``fold_with_offsets(text)``'s; combining marks that folded away after the span's last
    character are included (they belong to it).
    """
    start, end = offsets[start], offsets[end - 1] + 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return start, end


def compact(value: str) -> str:
    """Letters and digits only, folded (``４`` is ``4``); a leading ``+`` counts as ``00`` (phone numbers)."""
    folded = fold(value).strip()
    head = "00" if folded.startswith("+") else ""
    return head + "".join(c for c in folded if c.isalnum())


def phone_compact(value: str) -> str:
    """``compact`` of a phone number; an international one without the ``(0)`` written after its code."""
    key = compact(value)
    if key.startswith("00") and "(" in value:
        key = compact(_TRUNK_IN_PARENTHESES.sub("", fold(value), count=1))
    return key
