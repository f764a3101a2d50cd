"""One linear scan for number-like chunks (``+351 912 345 678``, ``4111-1111-…``, ``1234.56.782``).

Phone, card and numeric national-id detectors classify these chunks instead of each scanning the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

# Digit groups joined by exactly one separator (or a parenthesised group such as ``(0)``), all
# possessive: no backtracking, linear in the text.
_SEP: Final = r"(?:[ \u00a0.\-/]|[ \u00a0]?\([0-9]++\)[ \u00a0]?)"
_CHUNK: Final = re.compile(rf"\+?(?:\([0-9]++\)[ \u00a0]?)?[0-9]++(?:{_SEP}[0-9]++)*+")
_NOT_DIGIT: Final = str.maketrans("", "", " \u00a0.-/()+")
MIN_CHUNK_CHARS: Final = 7


@dataclass(frozen=True, slots=True)
class NumberChunk:
    """A number-like piece of text standing alone (no letter or digit glued to either end)."""

    start: int
    end: int
    text: str
    digits: str


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def find_number_chunks(text: str) -> list[NumberChunk]:
    """Every stand-alone number chunk of at least ``MIN_CHUNK_CHARS`` characters."""
    chunks: list[NumberChunk] = []
    size = len(text)
    for match in _CHUNK.finditer(text):
        start, end = match.span()
        if end - start < MIN_CHUNK_CHARS:
            continue
        if (start > 0 and _is_word_char(text[start - 1])) or (end < size and _is_word_char(text[end])):
            continue
        raw = match.group()
        chunks.append(NumberChunk(start, end, raw, raw.translate(_NOT_DIGIT)))
    return chunks


def digit_groups(chunk: NumberChunk) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each digit group of a chunk, with offsets in the message."""
    return [(chunk.start + m.start(), chunk.start + m.end(), m.group()) for m in _GROUP.finditer(chunk.text)]


_GROUP: Final = re.compile(r"[0-9]+")
