"""Payment card numbers: 13 to 19 digits (spaces or dashes between groups) passing the Luhn check."""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.checksums import luhn_valid
from runtime.privacy.detectors.scan import TextScan
from runtime.privacy.types import CARD, SOURCE_BUILTIN, PiiSpan

_MIN, _MAX = 13, 19
_ISSUER_FIRST_DIGITS: Final = frozenset("23456")  # Mastercard 2/5, Amex/Diners/JCB 3, Visa 4, Discover/Maestro 6
# Cards are written in groups of 4 (Visa, Mastercard) or 4-6-5 / 4-6-4 (Amex, Diners) separated by spaces or
# dashes; other separators end a card.
_SEGMENT: Final = re.compile(r"[0-9]+(?:[ \u00a0\-][0-9]+)*")
_GROUP: Final = re.compile(r"[0-9]+")


def is_card_number(digits: str) -> bool:
    """13-19 digits, a card issuer's leading digit and a valid Luhn check."""
    return _MIN <= len(digits) <= _MAX and digits[0] in _ISSUER_FIRST_DIGITS and luhn_valid(digits)


def _in_groups(offset: int, segment: str) -> list[PiiSpan]:
    """Card numbers made of consecutive groups (a first group of 4 digits, then 3-6 each) of a segment."""
    groups = [(m.start(), m.end(), m.group()) for m in _GROUP.finditer(segment)]
    spans: list[PiiSpan] = []
    first = 0
    while first < len(groups):
        head = groups[first][2]
        best = None
        if len(head) == 4 and head[0] in _ISSUER_FIRST_DIGITS:
            digits = head
            for last in range(first + 1, len(groups)):
                group = groups[last][2]
                if not 3 <= len(group) <= 6 or len(digits) + len(group) > _MAX:
                    break
                digits += group
                if len(digits) >= _MIN and luhn_valid(digits):
                    best = last
        if best is None:
            first += 1
            continue
        spans.append(PiiSpan(offset + groups[first][0], offset + groups[best][1], CARD, SOURCE_BUILTIN))
        first = best + 1
    return spans


def detect(scan: TextScan) -> list[PiiSpan]:
    """Spans of the card numbers among the number chunks of a message."""
    spans: list[PiiSpan] = []
    for chunk in scan.chunks:
        if len(chunk.digits) < _MIN:
            continue
        plain = chunk.text.replace(" ", "").replace("-", "") == chunk.digits
        if plain and is_card_number(chunk.digits):
            spans.append(PiiSpan(chunk.start, chunk.end, CARD, SOURCE_BUILTIN))
            continue
        for segment in _SEGMENT.finditer(chunk.text):
            spans.extend(_in_groups(chunk.start + segment.start(), segment.group()))
    return spans
