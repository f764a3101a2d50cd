"""IBANs of every SEPA country: any letter case, compact or grouped, validated by length and mod 97."""

from __future__ import annotations

import re
from typing import Final

from runtime.pii.detectors.checksums import iban_valid
from runtime.pii.detectors.scan import TextScan
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
# The rest of an IBAN of each length: single spaces or dashes allowed between characters; then no letter
# or digit may follow.
_REST: Final = {
    length: re.compile(rf"(?:[ \u00a0\u202f\-]?[A-Za-z0-9]){{{length - 4}}}(?![^\W_])")
    for length in set(SEPA_IBAN_LENGTHS.values())
}
_NOT_ALNUM: Final = re.compile(r"[^A-Za-z0-9]")


def detect(scan: TextScan) -> list[PiiSpan]:
    """Spans of the checksum-valid SEPA IBANs in a message (they start near a digit: the check digits)."""
    text = scan.text
    spans: list[PiiSpan] = []
    for window_start, window_end in scan.windows:
        for match in _START.finditer(text, window_start, window_end):
            start = match.start()
            if spans and start < spans[-1].end:
                continue
            length = SEPA_IBAN_LENGTHS.get(text[start : start + 2].upper())
            if length is None or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")):
                continue
            rest = _REST[length].match(text, start + 4)
            if rest is not None and iban_valid((text[start : start + 4] + _NOT_ALNUM.sub("", rest.group())).upper()):
                spans.append(PiiSpan(start, rest.end(), IBAN, SOURCE_BUILTIN))
    return spans
