"""A whole date, then an amount or a count, is no identifier even when its eleven or so digits pass a check (a
PESEL, an EGN, an AMKA); an identifier written in a date's shape (a birth number and its serial) still is."""

import pytest
from stdnum.pl import pesel

from runtime.privacy.detectors import detect_builtin

_DATE_THEN_AMOUNT = (
    "Am {d}.{m}.20{y} {n} Euro abgebucht, ist das richtig?",
    "Op {d}-{m}-20{y} {n} euro betaald.",
    "De {d}/{m}/20{y} {n} EUR ginn ofgebucht.",
)


def _national(text: str) -> list[str]:
    kinds = ("PESEL_PL", "EGN_BG", "AMKA_GR", "BSN_NL", "EMSO_SI", "PK_LV", "RRN_BE", "SVNR_AT", "FODSELSNUMMER_NO")
    return [text[s.start : s.end] for s in detect_builtin(text) if s.entity_type in kinds]


_SHORT_YEAR_THEN_AMOUNT = (
    "Płatność {d}.{m}.{y} {n} zł, proszę o potwierdzenie.",
    "Overweg {d}/{m}/{y} {n} euro.",
    "Platba {d}.{m}.{y} {n} Kč prošla.",
    "Betalt {d}-{m}-{y} {n} kr.",
)


@pytest.mark.parametrize("frame", _SHORT_YEAR_THEN_AMOUNT)
def test_a_date_with_a_two_digit_year_then_an_amount_is_no_identifier(frame: str) -> None:
    texts = [
        frame.format(d=f"{day:02d}", m=f"{month:02d}", y="26", n=amount)
        for day in range(1, 29)
        for month in range(1, 13)
        for amount in (1234, 517, 5000)
    ]
    assert [text for text in texts if _national(text)] == []


@pytest.mark.parametrize("frame", ["{d}/{m}/{y} {n}", "{d}-{m}-{y} {n}", "{d} {m} 20{y} {n} €"])
def test_a_date_then_a_number_is_neither_a_phone_nor_an_identifier(frame: str) -> None:
    texts = [
        frame.format(d=f"{day:02d}", m=f"{month:02d}", y="26", n=amount)
        for day in range(1, 29, 3)
        for month in range(1, 13)
        for amount in (517, 83, 99999)
    ]
    assert [text for text in texts if detect_builtin(text)] == []


def test_a_phone_number_in_pairs_is_still_a_phone() -> None:
    assert [s.entity_type for s in detect_builtin("appelle-moi au 06.12.34.56.78")] == ["PHONE"]


def test_a_two_digit_year_date_is_still_an_identifier_when_its_serial_follows_a_dash() -> None:
    # a Danish CPR number is a birth date and its serial after a dash
    assert "CPR_DK" in [s.entity_type for s in detect_builtin("CPR-nummer 070761-4285")]


@pytest.mark.parametrize("frame", _DATE_THEN_AMOUNT)
def test_a_date_then_an_amount_is_no_identifier(frame: str) -> None:
    # every day of a year and a three-digit amount: some of them pass a national identifier's check
    texts = [
        frame.format(d=f"{day:02d}", m=f"{month:02d}", y="27", n=amount)
        for day in range(1, 29)
        for month in range(1, 13)
        for amount in (517, 83, 227)
    ]
    assert [text for text in texts if _national(text)] == []


def test_identifiers_in_a_date_s_shape_are_still_found() -> None:
    assert pesel.is_valid("44051401359")
    assert _national("Mój PESEL: 44051401359") == ["44051401359"]
    assert "HETU_FI" in [s.entity_type for s in detect_builtin("Henkilötunnus 131052-308T")]
