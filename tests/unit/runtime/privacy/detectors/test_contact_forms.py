"""Phones, e-mails and ids in forms people write them: a dot after the bracketed area code, a payment app's number,
a case ending glued to an e-mail by a hyphen, a Hungarian label typed without accents; a PPS number or a phone on the
line over a short passport label stays what it is."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.phone import market_regions
from runtime.privacy.spans import merge_spans


def found(text: str, language: str) -> list[tuple[str, str]]:
    spans = merge_spans(detect_builtin(text, market_regions([language])), text)
    return [(s.entity_type, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize(
    ("text", "language", "phone"),
    [
        ("call me on (0161).4960871 after work", "en", "(0161).4960871"),
        ("ligue (351).912.345.678 à noite", "pt", "(351).912.345.678"),
        ("обадете се на (0887).123.456", "bg", "(0887).123.456"),
        ("vippsnummer 4123 8877, merk med navn", "nb", "4123 8877"),
        ("mobilepay 2233 4455 når du henter", "da", "2233 4455"),
        ("swisha till 070-123 45 67", "sv", "070-123 45 67"),
    ],
)
def test_a_phone_in_a_written_form_is_found(text: str, language: str, phone: str) -> None:
    assert ("PHONE", phone) in found(text, language)


@pytest.mark.parametrize(
    ("text", "language", "email"),
    [
        ("Lähetin sen aino.virtanen@elisanet.fi-osoitteeseen eilen", "fi", "aino.virtanen@elisanet.fi"),
        ("Írjon a kiss.peter@freemail.hu-ra, köszönöm", "hu", "kiss.peter@freemail.hu"),
        ("Saatsin kirja mari.tamm@mail.ee-le", "et", "mari.tamm@mail.ee"),
    ],
)
def test_an_email_with_a_case_ending_glued_by_a_hyphen_is_found(text: str, language: str, email: str) -> None:
    assert ("EMAIL", email) in found(text, language)


@pytest.mark.parametrize(
    ("text", "value"),
    [("taj szamom 737 261 759, igy jo?", "737 261 759"), ("a tb szama 737 261 759", "737 261 759")],
)
def test_a_hungarian_label_typed_without_accents_labels_its_id(text: str, value: str) -> None:
    assert ("TAJ_HU", value) in found(text, "hu")


@pytest.mark.parametrize(
    ("text", "language", "kind", "value"),
    [
        ("Uimhir PSP: 1234567T\nPas: PA1234567", "ga", "PPS_IE", "1234567T"),
        ("Puhelin: (+358) 401234567\nPassi: PF1234567", "fi", "PHONE", "(+358) 401234567"),
        ("Tlf: 22 33 44 55\nPass: NB1234567", "nb", "PHONE", "22 33 44 55"),
    ],
)
def test_a_value_on_the_line_over_a_passport_label_keeps_its_type(
    text: str, language: str, kind: str, value: str
) -> None:
    assert (kind, value) in found(text, language)


@pytest.mark.parametrize(
    "text", ["order (2024).1234567 shipped", "Det kostet 450 kr på vipps", "see page (12).3 of the manual"]
)
def test_dotted_codes_and_amounts_near_phone_words_stay(text: str) -> None:
    assert not any(kind == "PHONE" for kind, _ in found(text, "en"))


@pytest.mark.parametrize(
    ("text", "language", "phone", "email"),
    [
        ("HELISTAGE 5123 4567 VÕI KIRJUTAGE MARI.KASK@KOOL.EE, PALUN", "et", "5123 4567", "MARI.KASK@KOOL.EE"),
        ("HÍVJON A 06-1/234 5678 SZÁMON VAGY ÍRJON A BELA@PELDA.HU CÍMRE", "hu", "06-1/234 5678", "BELA@PELDA.HU"),
    ],
)
def test_a_phone_and_an_email_in_capitals_are_no_street(text: str, language: str, phone: str, email: str) -> None:
    spans = found(text, language)
    assert ("PHONE", phone) in spans
    assert ("EMAIL", email) in spans
    assert not any(kind == "ADDRESS" for kind, _ in spans)


@pytest.mark.parametrize(
    ("text", "language", "kind", "value"),
    [
        ("KODĒĻ MANA KARTE 4111 1111 1111 1111 NETIEK PIEŅEMTA VEIKALĀ?", "lv", "CARD", "4111 1111 1111 1111"),
        ("TELL HIM TO RING ME ON 7912 3456 AFTER 5", "mt", "PHONE", "7912 3456"),
    ],
)
def test_a_number_in_capitals_is_no_house_number(text: str, language: str, kind: str, value: str) -> None:
    spans = found(text, language)
    assert (kind, value) in spans
    assert not any(kind == "ADDRESS" for kind, _ in spans)
