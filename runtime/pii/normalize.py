"""Normalization of personal values for equality, and case/accent folding of text with offsets kept."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from runtime.pii.types import CARD, IBAN, NAME, NATIONAL_ID_TYPES, PHONE

#: Types compared ignoring spacing, punctuation and case (``DE89 3704…`` == ``de893704…``).
COMPACT_TYPES: Final = frozenset({IBAN, CARD, PHONE, "BANK_ACCOUNT", *NATIONAL_ID_TYPES})
_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")
#: Types compared ignoring case and accents (``José`` == ``jose``).
ACCENT_FREE_TYPES: Final = frozenset({NAME})


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """A character without accents, case-folded (may be empty or longer: ``ß`` -> ``ss``)."""
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """``text`` without accents, case-folded."""
    if text.isascii():
        return text.lower()
    return "".join(map(fold_char, text))


def fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """Folded text and, for each of its characters, the index of the character of ``text`` it came from.

    The offsets are None when they are the identity (ASCII text folds char by char). ASCII runs are folded
    in bulk; only the other characters one by one.
    """
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _NON_ASCII.finditer(text):
        start = match.start()
        if start > position:
            parts.append(text[position:start].lower())
            offsets.extend(range(position, start))
        folded = fold_char(match.group())
        parts.append(folded)
        offsets.extend([start] * len(folded))
        position = start + 1
    parts.append(text[position:].lower())
    offsets.extend(range(position, len(text)))
    return "".join(parts), offsets


def compact(value: str) -> str:
    """Letters and digits only, case-folded; a leading ``+`` counts as ``00`` (phone numbers)."""
    stripped = value.strip()
    head = "00" if stripped.startswith("+") else ""
    return head + "".join(c for c in stripped if c.isalnum()).casefold()


def equality_key(entity_type: str, value: str) -> tuple[str, str]:
    """The key two values of a type share when they are "the same value" for pseudonymization."""
    if entity_type in COMPACT_TYPES:
        return "compact", compact(value)
    if entity_type in ACCENT_FREE_TYPES:
        return "folded", " ".join(fold(value).split())
    return "text", " ".join(unicodedata.normalize("NFC", value).casefold().split())
