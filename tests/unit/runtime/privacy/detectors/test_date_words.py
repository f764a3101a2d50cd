"""Dates of birth whose day is written in words, in the languages that write dates so."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.date_words import worded_dates
from runtime.privacy.spans import merge_spans


def birth_dates(text: str) -> list[str]:
    """The BIRTH_DATE values of ``text`` after merging."""
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == "BIRTH_DATE"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("I was born on the fourth of July 1979 in Galway", "fourth of July 1979"),
        ("Date of birth: twenty-second of June, 1979", "twenty-second of June, 1979"),
        ("born July fourth, 1979", "July fourth, 1979"),
        ("geboren am vierten Juli 1979", "vierten Juli 1979"),
        ("Ich bin am zweiundzwanzigsten Juni 1979 geboren", "zweiundzwanzigsten Juni 1979"),
        ("geboren op tweeëntwintigste juni 1979", "tweeëntwintigste juni 1979"),
        ("née le premier juillet 1979", "premier juillet 1979"),
        ("je suis né le vingt-deux juin 1979", "vingt-deux juin 1979"),
        ("nací el cuatro de julio de 1979", "cuatro de julio de 1979"),
        ("nasci a vinte e dois de junho de 1979", "vinte e dois de junho de 1979"),
        ("sono nata il ventidue giugno 1979", "ventidue giugno 1979"),
        ("född den tjugoandra juni 1979", "tjugoandra juni 1979"),
        ("født den toogtyvende juni 1979", "toogtyvende juni 1979"),
        ("født den fjerde juli 1979", "fjerde juli 1979"),
    ],
)
def test_a_day_in_words_after_a_birth_label(text: str, date: str) -> None:
    assert birth_dates(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "We met on the fourth of July 2019 in Galway",  # a date in words without a birth label
        "I was born in July 1979",  # a month and a year name no day
        "born, and the first payment in July 2019 failed",  # a day word away from the month
        "Die Rechnung vom vierten Juli 2019 ist bezahlt",
    ],
)
def test_other_dates_in_words_stay(text: str) -> None:
    assert birth_dates(text) == []


def test_a_day_word_needs_a_month_beside_it() -> None:
    assert worded_dates("the third payment 1979") == []
    assert worded_dates("the third of Smarch 1979") == []
    text = "the third of March 1979"
    assert [text[start:end] for start, end in worded_dates(text)] == ["third of March 1979"]
