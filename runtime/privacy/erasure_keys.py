"""What the erasure index hashes: normalized personal values and session ids (pure: no KMS, no I/O).

A vault entry is found again by its value without storing the value in clear for the lookup: an index item
carries a keyed hash (HMAC-SHA-256 under a KMS key, `runtime.aws.keyed_hash`) of the value's *index message*,
`v1|<kind>|<key>`, where `(kind, key)` is the value's equality key for pseudonymization
(`runtime.privacy.value_keys.equality_key`: IBANs, cards, phones and national ids without spacing, punctuation or
case; names without case or accents; any other text case-folded with its spacing collapsed). Two spellings the
chat treats as one value therefore hash alike.

An operator looking a value up does not know the type the detectors gave it: `lookup_messages` gives the
index message of the value under every kind, and for a phone number its national and international forms
(`+351 912 345 678` is also `912345678` in the vault of someone who typed it the Portuguese way).

The erasure record names a session by the keyed hash of `session_message(id)`: the same key, another prefix,
so that a session id and a value never share a hash.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy import types
from runtime.privacy.phone_numbers import international_forms, national_forms, phone_digits, split_international
from runtime.privacy.placeholders import parse_placeholder
from runtime.privacy.value_keys import equality_key

#: The version of the index message's layout: a new normalization gets a new prefix, never a silent change.
KEY_VERSION: Final = "v1"
#: Types whose equality keys differ (one per kind of `equality_key`), used for a value of unknown type.
_KIND_PROBES: Final = (types.PHONE, types.IBAN, types.NAME, types.EMAIL)


def entity_type_of(placeholder: str) -> str:
    """The entity type a placeholder names (`[IBAN_2]` -> `IBAN`); free text for a malformed one."""
    parsed = parse_placeholder(placeholder)
    return parsed[0] if parsed is not None else ""


def index_message(entity_type: str, value: str) -> bytes:
    """The bytes hashed for a vault value of `entity_type` (its normalized form with the layout version)."""
    kind, key = equality_key(entity_type, value)
    return _message(kind, key)


def _message(kind: str, key: str) -> bytes:
    return f"{KEY_VERSION}|{kind}|{key}".encode()


def _phone_variants(value: str) -> list[bytes]:
    """The index messages of the other written forms of a phone number (national <-> international)."""
    parsed = phone_digits(value)
    if parsed is None:
        return []
    international, digits = parsed
    forms: list[str] = []
    if international:
        split = split_international(digits)
        if split is not None:
            forms.extend(national_forms(*split))
    else:
        for significant, codes in international_forms(digits):
            forms.extend(f"00{code}{significant}" for code in codes)
    return [_message("compact", form) for form in forms]


def lookup_messages(value: str, entity_type: str | None = None) -> list[bytes]:
    """Every index message a vault entry holding `value` may have been hashed from (of `entity_type` only when
    given), without repeats, in a stable order."""
    probes = (entity_type,) if entity_type else _KIND_PROBES
    messages = [index_message(probe, value) for probe in probes]
    if entity_type in (None, types.PHONE):
        messages.extend(_phone_variants(value))
    return list(dict.fromkeys(message for message in messages if not message.endswith(b"|")))


def session_message(session_id: str) -> bytes:
    """The bytes hashed to name a session in the erasure record (never the id itself)."""
    return f"{KEY_VERSION}|session|{session_id}".encode()
