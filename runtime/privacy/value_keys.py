"""When two written values are "the same value" for the vault: the key they share (pure)."""

from __future__ import annotations

import unicodedata
from typing import Final

from runtime.privacy.detectors.national_id_catalog import NATIONAL_ID_TYPES
from runtime.privacy.normalize import compact, fold, phone_compact
from runtime.privacy.types import ADDRESS, BIRTH_DATE, CARD, IBAN, NAME, PASSPORT, PHONE

#: Types compared ignoring spacing, punctuation and case (``DE89 3704…`` == ``de893704…``, ``12/03/1985`` ==
#: ``12.03.1985``).
COMPACT_TYPES: Final = frozenset({IBAN, CARD, PHONE, "BANK_ACCOUNT", PASSPORT, BIRTH_DATE, *NATIONAL_ID_TYPES})
#: Types compared ignoring case and accents (``José`` == ``jose``).
ACCENT_FREE_TYPES: Final = frozenset({NAME})


def equality_key(entity_type: str, value: str) -> tuple[str, str]:
    """The key two values of a type share when they are "the same value" for pseudonymization."""
    if entity_type == PHONE:
        return "compact", phone_compact(value)
    if entity_type in COMPACT_TYPES:
        return "compact", compact(value)
    if entity_type in ACCENT_FREE_TYPES:
        return "folded", " ".join(fold(value).split())
    visible = "".join(c for c in value if unicodedata.category(c) != "Cf")
    if entity_type == ADDRESS:
        visible = visible.rstrip(" .")  # a house number's closing dot: ``Váci utca 12.`` == ``Váci utca 12``
    return "text", " ".join(unicodedata.normalize("NFC", visible).casefold().split())
