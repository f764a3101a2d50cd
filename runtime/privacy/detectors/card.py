"""Payment card numbers of the major schemes, every length they issue, validated by Luhn (python-stdnum).

A number is a card when its leading digits (IIN range) belong to a scheme that issues numbers of its
length: Visa 13/16/19, Mastercard 16, Amex 15, Diners 14/16, Discover, JCB and UnionPay 16-19, Maestro
12-19. Maestro's short numbers (12-15 digits) count only when written in groups of four (``6759 6498
2643``); after a card label they are found by ``labelled_ids`` too. Cards are written compact or in
groups (4-4-4-4, Amex/Diners 4-6-5 / 4-6-4) joined by spaces or dashes, or by dots or slashes when the first
group has four digits; other separators end a card.
"""

from __future__ import annotations

import re
from typing import Final

from stdnum import luhn

from runtime.privacy.detectors.scan import TextScan
from runtime.privacy.types import CARD, SOURCE_BUILTIN, PiiSpan

_MIN, _MAX = 12, 19
_MAESTRO_SHORT: Final = range(12, 16)

#: ``(first digits low, first digits high, lengths, Maestro)``: IIN ranges by scheme, compared on as many
#: leading digits as the bounds have.
_SCHEMES: Final[tuple[tuple[str, str, frozenset[int], bool], ...]] = (
    ("4", "4", frozenset({13, 16, 19}), False),  # Visa
    ("51", "55", frozenset({16}), False),  # Mastercard
    ("2221", "2720", frozenset({16}), False),  # Mastercard 2-series
    ("34", "34", frozenset({15}), False),  # American Express
    ("37", "37", frozenset({15}), False),
    ("300", "305", frozenset({14, 16}), False),  # Diners Club
    ("36", "36", frozenset({14, 16}), False),
    ("38", "39", frozenset({14, 16}), False),
    ("6011", "6011", frozenset(range(16, 20)), False),  # Discover
    ("644", "649", frozenset(range(16, 20)), False),
    ("65", "65", frozenset(range(16, 20)), False),
    ("3528", "3589", frozenset(range(16, 20)), False),  # JCB
    ("62", "62", frozenset(range(16, 20)), False),  # UnionPay
    ("50", "50", frozenset(range(12, 20)), True),  # Maestro
    ("56", "69", frozenset(range(12, 20)), True),
)
# Digit groups joined by spaces or dashes, or by dots or slashes (``4111.1111.1111.1111``: found in groups).
_SEGMENT: Final = re.compile(r"[0-9]+(?:[ \u00a0\-./][0-9]+)*")
_GROUP: Final = re.compile(r"[0-9]+")


def scheme_lengths(digits: str) -> tuple[frozenset[int], frozenset[int]]:
    """The lengths issued in the IIN ranges ``digits`` starts in: ``(other schemes', Maestro's)``."""
    lengths: tuple[set[int], set[int]] = (set(), set())
    for low, high, allowed, maestro in _SCHEMES:
        head = digits[: len(low)]
        if len(head) == len(low) and low <= head <= high:
            lengths[maestro].update(allowed)
    return frozenset(lengths[0]), frozenset(lengths[1])


def is_card_number(digits: str, grouped_by_four: bool = False) -> bool:
    """A scheme's IIN and length and a valid Luhn check; a short Maestro number only ``grouped_by_four``."""
    if not _MIN <= len(digits) <= _MAX:
        return False
    schemes, maestro = scheme_lengths(digits)
    size = len(digits)
    if size not in schemes and not (size in maestro and (size not in _MAESTRO_SHORT or grouped_by_four)):
        return False
    return luhn.is_valid(digits)


def _by_four(groups: list[str]) -> bool:
    """Whether digit groups are laid out as cards print them: fours, the last one 1-4 digits."""
    return len(groups) >= 3 and all(len(g) == 4 for g in groups[:-1]) and 1 <= len(groups[-1]) <= 4


def _in_groups(offset: int, segment: str) -> list[PiiSpan]:
    """Card numbers made of consecutive groups (a first group of 4 digits, then 1-6 each) of a segment."""
    groups = [(m.start(), m.end(), m.group()) for m in _GROUP.finditer(segment)]
    spans: list[PiiSpan] = []
    first = 0
    while first < len(groups):
        best = None
        if len(groups[first][2]) == 4:
            digits = groups[first][2]
            for last in range(first + 1, len(groups)):
                group = groups[last][2]
                if len(group) > 6 or len(digits) + len(group) > _MAX:
                    break
                digits += group
                if is_card_number(digits, _by_four([g[2] for g in groups[first : last + 1]])):
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
        if plain and is_card_number(chunk.digits, _by_four(_GROUP.findall(chunk.text))):
            spans.append(PiiSpan(chunk.start, chunk.end, CARD, SOURCE_BUILTIN))
            continue
        for segment in _SEGMENT.finditer(chunk.text):
            spans.extend(_in_groups(chunk.start + segment.start(), segment.group()))
    return spans
