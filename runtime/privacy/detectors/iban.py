"""IBANs of every SEPA country: any letter case, compact or grouped, validated by length and ISO 7064 mod 97-10."""

from __future__ import annotations

import re
from typing import Final

from stdnum.iso7064 import mod_97_10

from runtime.privacy.detectors.scan import TextScan
from runtime.privacy.types import IBAN, SOURCE_BUILTIN, PiiSpan

#: IBAN length of each country of the SEPA schemes' geographical scope (EPC list; overseas territories
#: and Crown dependencies use their parent's code: FR, PT, ES, FI, GB).
SEPA_IBAN_LENGTHS: Final[dict[str, int]] = {
    "AD": 24, "AL": 28, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22,
    "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "RS": 22, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "VA": 22,
}  # fmt: skip

#: How many of each country's BBAN characters are digits by the IBAN registry's format (``n`` positions;
#: ``c`` positions may be digits or letters): ``PT`` 21n -> 21, ``GB`` 4a14n -> 14, ``IT`` 1a10n12c -> 10.
BBAN_MIN_DIGITS: Final[dict[str, int]] = {
    "AD": 8, "AL": 8, "AT": 16, "BE": 12, "BG": 6, "CH": 5, "CY": 8, "CZ": 20, "DE": 18, "DK": 14,
    "EE": 16, "ES": 20, "FI": 14, "FR": 12, "GB": 14, "GI": 0, "GR": 7, "HR": 17, "HU": 24, "IE": 14,
    "IS": 22, "IT": 10, "LI": 5, "LT": 16, "LU": 3, "LV": 0, "MC": 12, "MD": 0, "ME": 18, "MK": 5,
    "MT": 5, "NL": 10, "NO": 11, "PL": 24, "PT": 21, "RO": 0, "RS": 18, "SE": 20, "SI": 15, "SK": 20,
    "SM": 10, "VA": 18,
}  # fmt: skip

# Between characters: a space, dash, dot or slash (the text view reads every space and dash as these); between
# groups also a tab, two spaces, a dash with spaces around it or a line break (``BG80  BNBG``, ``MT84 - MALT``, an IBAN
# pasted from a statement over two lines).
_SEPARATOR: Final = r"[ \u00a0\u202f\-./]"
_GROUP_GAP: Final = r"(?:[ \t\u00a0\u202f]{1,2}|[ \u00a0\u202f]?(?:[\-./]|\r?\n)[ \u00a0\u202f]?)"
# Country code and check digits, optionally separated ("PT50", "PT 50", "PT-50"); the letter classes only
# let through pairs that can start a SEPA country code (few words do).
_FIRST: Final = "".join(sorted({c[0] for c in SEPA_IBAN_LENGTHS}))
_SECOND: Final = "".join(sorted({c[1] for c in SEPA_IBAN_LENGTHS}))
_START: Final = re.compile(rf"[{_FIRST}{_FIRST.lower()}][{_SECOND}{_SECOND.lower()}]{_SEPARATOR}?[0-9]{{2}}")
# One character of an IBAN after its first four, with the gap before it: the rest of an IBAN of ``length`` is
# ``length - 4`` of these in a row, then no letter or digit may follow (one pattern for every length).
_NEXT_CHAR: Final = re.compile(rf"{_GROUP_GAP}?[A-Za-z0-9]")
_WORD_CHAR: Final = re.compile(r"[^\W_]")
_NOT_ALNUM: Final = re.compile(r"[^A-Za-z0-9]")


def _rest_end(text: str, position: int, count: int) -> int:
    """Where the ``count`` characters of an IBAN after ``position`` end (single gaps allowed between them), or -1
    when there are fewer or a letter or digit follows."""
    for _ in range(count):
        char = _NEXT_CHAR.match(text, position)
        if char is None:
            return -1
        position = char.end()
    return -1 if _WORD_CHAR.match(text, position) is not None else position


# A word of prose in lower case (an IBAN's letters are a bank's short code: ``NWBK``, ``abna``).
_PROSE_WORD: Final = re.compile(r"[a-z]{5,}")


def _shaped_like_an_iban(country: str, bban: str, separated_start: bool, written: str = "") -> bool:
    """Whether a candidate has the shape of an IBAN (the mod-97 check comes after).

    A separator between country code and check digits makes prose such as ``de 20 pessoas na sala ontem``
    a candidate (``de`` is a country code in many languages, and 1 in 97 of such phrases pass mod 97), so
    those candidates must also carry at least the digits their country's BBAN format requires, and no word of
    five lower-case letters or more as written (``Mogu li 01.06.2027 otplatiti 22 €``).
    """
    if not separated_start:
        return True
    return sum(c.isdigit() for c in bban) >= BBAN_MIN_DIGITS[country] and _PROSE_WORD.search(written) is None


def iban_valid(iban: str) -> bool:
    """ISO 13616 check of a compact, upper-case IBAN: ISO 7064 mod 97-10 over the BBAN, country and check digits."""
    rearranged = iban[4:] + iban[:4]
    return rearranged.isascii() and rearranged.isalnum() and mod_97_10.is_valid(rearranged)


def detect(scan: TextScan) -> list[PiiSpan]:
    """Spans of the checksum-valid SEPA IBANs in a message (they start near a digit: the check digits)."""
    text = scan.text
    spans: list[PiiSpan] = []
    for window_start, window_end in scan.windows:
        for match in _START.finditer(text, window_start, window_end):
            start = match.start()
            if spans and start < spans[-1].end:
                continue
            country = text[start : start + 2].upper()
            length = SEPA_IBAN_LENGTHS.get(country)
            if length is None or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")):
                continue
            rest_end = _rest_end(text, match.end(), length - 4)
            if rest_end < 0:
                continue
            bban = _NOT_ALNUM.sub("", text[match.end() : rest_end]).upper()
            check_end = match.end()
            written = text[match.end() : rest_end]
            if _shaped_like_an_iban(country, bban, check_end - start > 4, written) and iban_valid(
                country + text[check_end - 2 : check_end] + bban
            ):
                spans.append(PiiSpan(start, rest_end, IBAN, SOURCE_BUILTIN))
    return spans
