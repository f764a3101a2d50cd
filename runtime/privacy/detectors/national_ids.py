"""National, tax and social-security numbers of every EU/EEA state, GB and CH, validated by python-stdnum.

What is looked for, and how each state's numbers are written, is the table in ``national_id_catalog``;
this module only finds its candidates in a message and keeps those the validators accept.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Final

from runtime.privacy.detectors.card import is_card_number
from runtime.privacy.detectors.national_id_catalog import NUMERIC_BY_LENGTH, PATTERNED, NationalId
from runtime.privacy.detectors.phone import (
    announced,
    dialled_in,
    is_market_mobile,
    is_phone,
    names_a_reference,
    row_cell,
    signature_line,
    valid_in_market,
)
from runtime.privacy.detectors.scan import NumberChunk, TextScan
from runtime.privacy.types import SOURCE_BUILTIN, PiiSpan

#: Characters a numeric identifier may be written with (slashes only where the catalog's shape allows).
_NUMERIC_CHARS: Final = frozenset("0123456789 .-/\u00a0")
_PLAIN: Final = re.compile(r"[0-9]+(?:[ .\-\u00a0][0-9]+)*")
# A birth date, then a dash, slash or plus and the serial (``020385-12343``, ``150792-0459``, ``150312/123``): an
# identifier's own form, never a phone's, even with a leading 0.
# How cards are printed: 4-4-4-4 (and a shorter last group), Amex 4-6-5, Diners 4-6-4.
_CARD_GROUPS: Final = re.compile(
    r"[0-9]{4}(?:([ \-])[0-9]{4}(?:\1[0-9]{4}){1,2}(?:\1[0-9]{1,4})?|[ \-][0-9]{6}[ \-][0-9]{4,5})"
)
_BIRTH_FORM: Final = re.compile(r"[0-3][0-9][0-9]{4}[\-/+][0-9]{3,5}")
# A date with its four-digit year (``17.05.2027``, ``19 09 2026``) or its two-digit year after the same dot, slash or
# dash twice (``19.09.26``, ``19-09-26``), then a space and another number: a date and an amount (``am 17.05.2027 517
# €``, ``płatność 19.09.26 1234 zł``), never one identifier (identifiers written with a birth date keep its digits
# together or end it with a dash, and none writes a four-digit year).
_DATE_THEN_NUMBER: Final = re.compile(
    r"(?:[0-9]{1,2}([./\- ])[0-9]{1,2}\1(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}([./\-])[0-9]{1,2}\2[0-9]{1,2}"
    r"|(?:0?[1-9]|[12][0-9]|3[01])([./\-])(?:0?[1-9]|1[0-2])\3[0-9]{2})[ \u00a0][0-9]"
)


def _written_as(entry: NationalId, chunk: NumberChunk) -> bool:
    """Whether a chunk is written the way ``entry``'s numbers are."""
    if entry.shape is not None:
        return entry.shape.fullmatch(chunk.text) is not None
    return _PLAIN.fullmatch(chunk.text) is not None


def _numeric(scan: TextScan, regions: tuple[str, ...], phones: Collection[int] | None) -> list[PiiSpan]:
    spans: list[PiiSpan] = []
    for chunk in scan.chunks:
        entries = NUMERIC_BY_LENGTH.get(len(chunk.digits))
        if entries is None or not _NUMERIC_CHARS.issuperset(chunk.text) or _DATE_THEN_NUMBER.match(chunk.text):
            continue
        grouped = chunk.text != chunk.digits
        if announced(scan.text, chunk) or signature_line(scan.text, chunk) or names_a_reference(scan.text, chunk.start):
            continue  # "telefon 512 345 678", "podem ligar-lhe para 913277460", a number under a signature, an order
        if regions and row_cell(scan.text, chunk) and is_market_mobile(chunk.digits, regions):
            continue  # "MELISSA CORREIA;910718733;…": a pasted row's mobile number
        valid = [entry for entry in entries if _validates(entry, chunk)]
        if valid and _CARD_GROUPS.fullmatch(chunk.text) and is_card_number(chunk.digits, True):
            continue  # ``3453 682061 57997``: grouped as a card is printed, and a valid card number
        if not valid or _BIRTH_FORM.fullmatch(chunk.text):
            spans.extend(_spans(chunk, valid))  # ``020385-12343``: a birth date, then the serial
            continue
        if chunk.digits[0] == "0" and grouped and is_phone(scan.text, chunk):
            continue  # a grouped number with a trunk 0 (``020 7946 0958``) is dialled, not an id
        # Written whole and valid as a phone number of one of the market's countries (``0431143670`` in Finland,
        # ``06410290926`` in Germany), it is no other country's identifier; written in groups like a phone number
        # of the market, no other state's.
        region = dialled_in(chunk, regions) if regions and not grouped else None
        if region is not None:
            valid = [entry for entry in valid if entry.country == region]
        elif (
            regions
            and grouped
            and any(entry.country not in regions for entry in valid)
            and _market_phone(scan, chunk, regions, phones)
        ):
            valid = [entry for entry in valid if entry.country in regions]
        spans.extend(_spans(chunk, valid))
    return spans


def _market_phone(scan: TextScan, chunk: NumberChunk, regions: tuple[str, ...], phones: Collection[int] | None) -> bool:
    """Whether a number written in groups is a phone number of the market."""
    if phones is not None:
        return chunk.start in phones
    return is_phone(scan.text, chunk) or valid_in_market(scan.text, chunk, regions)


def _validates(entry: NationalId, chunk: NumberChunk) -> bool:
    """Whether the chunk is written as ``entry``'s numbers are and passes its check."""
    return entry.valid is not None and _written_as(entry, chunk) and entry.valid(chunk.digits)


def _spans(chunk: NumberChunk, entries: Iterable[NationalId]) -> list[PiiSpan]:
    return [PiiSpan(chunk.start, chunk.end, entry.entity_type, SOURCE_BUILTIN) for entry in entries]


def validator_input(entry: NationalId, written: str) -> str:
    """What ``entry``'s validator reads of a written number: its letters, digits and ``keep`` characters."""
    return "".join(c for c in written.upper() if c.isalnum() or c in entry.keep)


def _patterned(scan: TextScan, regions: tuple[str, ...]) -> list[PiiSpan]:
    spans: list[PiiSpan] = []
    for entry in PATTERNED:
        assert entry.shape is not None and entry.valid is not None
        if entry.market_only and entry.country not in regions:
            continue
        for start, end in scan.windows:
            for match in entry.shape.finditer(scan.text, start, end):
                code = validator_input(entry, match.group())
                # Letters may stand for digits (omocodia), but a code with no digit left is likelier a word.
                if (
                    any(c.isdigit() for c in code)
                    and entry.valid(code)
                    and not names_a_reference(scan.text, match.start())
                ):
                    spans.append(PiiSpan(match.start(), match.end(), entry.entity_type, SOURCE_BUILTIN))
    return spans


def detect(scan: TextScan, regions: tuple[str, ...] = (), phones: Collection[int] | None = None) -> list[PiiSpan]:
    """Spans of the checksum-valid national identifiers in a message.

    ``regions``: the market's countries; a number grouped like one of their phone numbers is not taken
    for another state's identifier (``210 123 4567`` in Greece is a phone, not a Bulgarian EGN).
    ``phones``: where the phone detector's numbers start, when it has run (else the phone rules are asked).
    """
    return [*_numeric(scan, regions, phones), *_patterned(scan, regions)]
