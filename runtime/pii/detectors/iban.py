"""IBANs of every SEPA country: any letter case, compact or grouped, validated by length and mod 97."""

from __future__ import annotations

import re
from typing import Final

from runtime.pii.detectors.checksums import iban_valid
from runtime.pii.types import IBAN, SOURCE_BUILTIN, PiiSpan

#: IBAN length of each country of the SEPA schemes' geographical scope (EPC list; overseas territories
#: and Crown dependencies use their parent's code: FR, PT, ES, FI, GB).
SEPA_IBAN_LENGTHS: Final[dict[str, int]] = {
    "AD": 24, "AL": 28, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22,
    "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "RS": 22, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "VA": 22,
}  # fmt: skip

_START: Final = re.compile(r"[A-Za-z]{2}[0-9]{2}")
_SEPARATORS: Final = frozenset(" \u00a0\u202f-")


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _read(text: str, start: int, length: int) -> tuple[str, int] | None:
    """(compact upper-case IBAN, end offset) of exactly ``length`` characters from ``start``, single
    separators allowed between characters, or None when the text does not hold that many."""
    chars: list[str] = []
    index, size = start, len(text)
    while len(chars) < length:
        if index < size and _is_ascii_alnum(text[index]):
            chars.append(text[index])
            index += 1
        elif chars and index + 1 < size and text[index] in _SEPARATORS and _is_ascii_alnum(text[index + 1]):
            index += 1
        else:
            return None
    if index < size and (text[index].isalnum() or text[index] == "_"):
        return None
    return "".join(chars).upper(), index


def detect(text: str) -> list[PiiSpan]:
    """Spans of the checksum-valid SEPA IBANs in ``text``."""
    spans: list[PiiSpan] = []
    position = 0
    while True:
        match = _START.search(text, position)
        if match is None:
            return spans
        start = match.start()
        position = start + 1
        length = SEPA_IBAN_LENGTHS.get(text[start : start + 2].upper())
        if length is None or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")):
            continue
        found = _read(text, start, length)
        if found is not None and iban_valid(found[0]):
            spans.append(PiiSpan(start, found[1], IBAN, SOURCE_BUILTIN))
            position = found[1]
