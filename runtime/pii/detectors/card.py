"""Payment card numbers: 13 to 19 digits (spaces or dashes between groups) passing the Luhn check."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from runtime.pii.detectors.checksums import luhn_valid
from runtime.pii.detectors.numbers import NumberChunk, digit_groups
from runtime.pii.types import CARD, SOURCE_BUILTIN, PiiSpan

_MIN, _MAX = 13, 19
_ISSUER_FIRST_DIGITS: Final = frozenset(
    "23456"
)  # Mastercard 2/5, Amex/Diners/JCB 3, Visa 4, Discover/Maestro 6
_FOREIGN_SEPARATORS: Final = frozenset("+()./")


def is_card_number(digits: str) -> bool:
    """13-19 digits, a card issuer's leading digit and a valid Luhn check."""
    return _MIN <= len(digits) <= _MAX and digits[0] in _ISSUER_FIRST_DIGITS and luhn_valid(digits)


def _in_groups(chunk: NumberChunk) -> list[PiiSpan]:
    """Card numbers made of consecutive digit groups of a longer chunk (longest first, left to right)."""
    groups = digit_groups(chunk)
    spans: list[PiiSpan] = []
    first = 0
    while first < len(groups):
        best = None
        digits = ""
        for last in range(first, len(groups)):
            digits += groups[last][2]
            if len(digits) > _MAX:
                break
            if is_card_number(digits):
                best = last
        if best is None:
            first += 1
            continue
        spans.append(PiiSpan(groups[first][0], groups[best][1], CARD, SOURCE_BUILTIN))
        first = best + 1
    return spans


def detect(chunks: Sequence[NumberChunk]) -> list[PiiSpan]:
    """Spans of the card numbers among the number chunks of a message."""
    spans: list[PiiSpan] = []
    for chunk in chunks:
        count = len(chunk.digits)
        if count < _MIN or any(c in _FOREIGN_SEPARATORS for c in chunk.text):
            continue
        if count <= _MAX and is_card_number(chunk.digits):
            spans.append(PiiSpan(chunk.start, chunk.end, CARD, SOURCE_BUILTIN))
        elif chunk.digits != chunk.text:
            spans.extend(_in_groups(chunk))
    return spans
