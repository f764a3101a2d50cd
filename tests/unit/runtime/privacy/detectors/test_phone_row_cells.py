"""A phone number in a pasted row, the next cell a date (``…,21 32 14 35,07.02.1988``), is a phone number: the
comma after it opens the next cell, not a decimal amount's cents. An amount with its decimal comma is still no
phone number. The examples are this suite's own."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.types import PHONE

ROWS = [
    ("Navn,Mobil,Født\nKari Nordmann,41 22 33 44,12.03.1984\nlag en liste", "41 22 33 44", ("NO",)),
    ("Name,Telefon,Geburtstag\nJonas Berg,0151 2345 6789,1979-04-02", "0151 2345 6789", ("DE",)),
]


@pytest.mark.parametrize(("message", "number", "regions"), ROWS)
def test_a_phone_before_a_date_cell_is_found(message: str, number: str, regions: tuple[str, ...]) -> None:
    """The row's phone number is found."""
    assert (number, PHONE) in {(message[s.start : s.end], s.entity_type) for s in detect_builtin(message, regions)}


@pytest.mark.parametrize("message", ["Saldoen er 12345678,50 kr nå", "betalte 4 512 300,25 for huset"])
def test_an_amount_with_decimals_is_no_phone(message: str) -> None:
    """A decimal comma after a number makes it an amount."""
    assert PHONE not in {s.entity_type for s in detect_builtin(message, ("NO",))}
