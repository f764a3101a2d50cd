"""A scanned or pasted passport's lines (one value a line, the passport named anywhere in the message) give its
number and its holder's date of birth; the same lines without a passport word, an order's code, and a recent date
stay as written. The examples are this suite's own."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.types import BIRTH_DATE, PASSPORT

SCANS = [
    (
        "HRV\nKOVAČ\nIVANA\n14.02.1969\nAB4471023\nskenirala sam putovnicu, je li dobro očitano?",
        "AB4471023",
        "14.02.1969",
    ),
    ("POL\nNOWAK\nPIOTR\n1985-11-30\nEZ9012345\nczy paszport dobrze się zeskanował?", "EZ9012345", "1985-11-30"),
    ("Passport details from the app:\nGBR\nHUGHES\nMEGAN\n03/07/1991\nK12345678", "K12345678", "03/07/1991"),
    ("Dados do passaporte\nTitular\tRui Lopes\nNúmero\tCB8823145\nNascimento\t12/12/1977", "CB8823145", None),
    ("10:01 ja: imaš številko potnega lista?\n10:02 on: ja PB5566123", "PB5566123", None),
]


@pytest.mark.parametrize(("message", "number", "born"), SCANS)
def test_a_scanned_passport_gives_its_number_and_birth_date(message: str, number: str, born: str | None) -> None:
    """The code that is a line's value is the passport's; a date of its own line years back is the birth date."""
    found = {(message[s.start : s.end], s.entity_type) for s in detect_builtin(message)}
    assert (number, PASSPORT) in found
    if born is not None:
        assert (born, BIRTH_DATE) in found


LEFT_ALONE = [
    "Bestellung\nAB4471023\nwann kommt das Paket?",
    "Order AB4471023\nand the passport photos are separate",
    "Passport renewal booked\n14.02.2026\nwhat do I bring?",
    "LOT\nWAW-LHR\n12.05.1998\nthe old ticket stub, nice memory",
]


@pytest.mark.parametrize("message", LEFT_ALONE)
def test_codes_and_dates_without_a_passport_stay(message: str) -> None:
    """No passport number without the word, after an order's word; no birth date recent or outside a passport."""
    found = {s.entity_type for s in detect_builtin(message)}
    assert PASSPORT not in found
    assert BIRTH_DATE not in found
