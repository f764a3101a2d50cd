"""A phone number written after a date with only a space between (one run of digits and separators)."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.phone import market_regions


def phones(text: str, language: str) -> list[str]:
    """The PHONE values of ``text`` for a market of ``language``."""
    return [text[s.start : s.end] for s in detect_builtin(text, market_regions([language])) if s.entity_type == "PHONE"]


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        ("Sanne de Vries 03-04-1979 0687654321", "nl", "0687654321"),
        ("Karl Huber 03.04.1979 0664 1234567", "de", "0664 1234567"),
        ("Rui Neves 03/04/1979 912 345 678", "pt", "912 345 678"),
    ],
)
def test_a_phone_number_after_a_date(text: str, language: str, number: str) -> None:
    assert phones(text, language) == [number]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Termin am 03.04.2025 14 30 im Büro", "de"),  # a time after the date
        ("Am 03.04.2025 1234567 Punkte gesammelt", "de"),  # a count too short for a number without a phone word
        ("Rechnung vom 03.04.2025 1500 EUR", "de"),
    ],
)
def test_other_numbers_after_a_date_stay(text: str, language: str) -> None:
    assert phones(text, language) == []
