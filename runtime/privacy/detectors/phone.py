"""Phone numbers: international (``+351 912 345 678``, ``0049 30 1234567``) and EU national formats.

A number chunk counts as a phone number only with a phone-like shape and enough digits: an international
prefix; or a trunk ``0`` and 9-12 digits (DE, FR, IT, NL, BE, AT, IE, ...); or 9 digits from 2-9 (ES, PT,
PL, ...); or 10 digits from 3 (IT mobile) or 2/69 (GR). With a phone keyword just before it ("tel.",
"Telefon", "móvil", ...) 7-15 digits in any shape suffice. Dates, thousands-separated amounts and
numbers next to a currency or percent sign, and round numbers (six trailing zeros) are not phone numbers.
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.scan import NumberChunk, TextScan
from runtime.privacy.types import PHONE, SOURCE_BUILTIN, PiiSpan

_DATE: Final = re.compile(
    r"[0-9]{1,2}[./\-][0-9]{1,2}[./\-](?:1[89]|2[01])[0-9]{2}|(?:1[89]|2[01])[0-9]{2}[./\-][0-9]{1,2}[./\-][0-9]{1,2}"
)
_THOUSANDS: Final = re.compile(r"[0-9]{1,3}(?:[.\u00a0 ][0-9]{3})+")
_CURRENCY_BEFORE: Final = re.compile(r"(?:[€$£¥%]|\b(?:eur|usd|gbp|chf))\s?\Z", re.IGNORECASE)
_CURRENCY_AFTER: Final = re.compile(r"\s?(?:[€$£¥%]|(?:eur|euros?|usd|gbp|chf|k€)\b)|,[0-9]", re.IGNORECASE)
_KEYWORD: Final = re.compile(
    r"\b(?:tel|tél|tlf|tlm|phone|telephone|téléphone|telefon|telefone|telefono|teléfono|telefoon|telemóvel|"
    r"telemovel|mobile|mobil|mobiel|móvil|movil|handy|portable|cellulare|cell|gsm|fax|whatsapp|rufnummer)\b",
    re.IGNORECASE,
)
_KEYWORD_WINDOW: Final = 32


def _has_keyword(text: str, start: int) -> bool:
    return _KEYWORD.search(text, max(0, start - _KEYWORD_WINDOW), start) is not None


def _next_to_amount_sign(text: str, chunk: NumberChunk) -> bool:
    before = text[max(0, chunk.start - 4) : chunk.start]
    return bool(_CURRENCY_BEFORE.search(before)) or bool(_CURRENCY_AFTER.match(text, chunk.end))


def is_phone(text: str, chunk: NumberChunk) -> bool:
    """Whether a number chunk of ``text`` is a phone number (see the module docstring for the rules)."""
    digits, raw = chunk.digits, chunk.text
    count = len(digits)
    if count < 7 or count > 17 or _DATE.match(raw) or _next_to_amount_sign(text, chunk):
        return False
    if raw.startswith("+"):
        return 8 <= count <= 15 and digits[0] != "0"
    if digits.startswith("00"):
        return 10 <= count <= 17 and digits[2] != "0"
    if _has_keyword(text, chunk.start):
        return count <= 15
    if digits[0] == "0":
        return 9 <= count <= 12
    if digits.endswith("000000") or (_THOUSANDS.fullmatch(raw) and ("." in raw or digits.endswith("000"))):
        return False
    if count == 9:
        return digits[0] != "1"
    return count == 10 and (digits[0] in "23" or digits.startswith("69"))


def detect(scan: TextScan) -> list[PiiSpan]:
    """Spans of the phone numbers among the number chunks of a message."""
    return [PiiSpan(c.start, c.end, PHONE, SOURCE_BUILTIN) for c in scan.chunks if is_phone(scan.text, c)]
