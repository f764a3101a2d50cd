"""Passport numbers as people write them in prose: before their label, after the label in its cases, after the
issuing country or whose passport it is; and dates and codes near a passport word that are no passport number."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.spans import merge_spans


def merged(text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in merge_spans(detect_builtin(text), text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("AB1234567 is my passport number.", "AB1234567"),
        ("X846Z16T ass meng Passnummer.", "X846Z16T"),
        ("231677396 este numărul pașaportului meu.", "231677396"),
        ("W paszporcie mam numer GH6986276.", "GH6986276"),
        ("Matkustan passilla BA0500913.", "BA0500913"),
        ("Putujem s putovnicom 930512370.", "930512370"),
        ("Potujem s potnim listom HW0470263.", "HW0470263"),
        ("utlevelszam: vl0782702", "vl0782702"),  # typed without diacritics, in lower case
        ("Nummer meines Reisepasses: EZV40CPM2", "EZV40CPM2"),  # mostly letters
        ("Pașaport românesc nr. 231677396", "231677396"),  # the country, a number word, digits only
        ("Pas Éireannach KH9690187", "KH9690187"),
        ("Der Reisepass meiner Frau: NMPX1XG0S", "NMPX1XG0S"),  # whose passport it is, a colon
        ("Pas manželky: 39909884", "39909884"),
        ("Jag reser på pass 38624127.", "38624127"),
        ("Lietuvos pasas 94841935", "94841935"),
        ("Nr paszp. TA6693052", "TA6693052"),
    ],
)
def test_a_passport_number_in_prose_is_found(text: str, number: str) -> None:
    assert ("PASSPORT", number) in merged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Az útlevelem 2027.05.12-én lejár.",  # an expiry date after the passport word
        "Order AB1234567 ships on 12.05.2027, the passport photo is ready.",  # too far, another sentence's word
        "Boarding pass 123456789, gate 12.",
        "Bestellnr. AB1234567, Lieferung am 12.05.2027.",
    ],
)
def test_dates_and_codes_near_a_passport_word_stay(text: str) -> None:
    assert not any(kind == "PASSPORT" for kind, _ in merged(text))


def test_a_code_before_a_passport_word_with_other_words_between_stays() -> None:
    assert not any(kind == "PASSPORT" for kind, _ in merged("Ref AB1234567 for the passport photo, thanks"))


@pytest.mark.parametrize(
    ("text", "number"),
    [("paszport nr ab 1234567 ważny do 2030", "ab 1234567"), ("numero passaporto ya 1234567", "ya 1234567")],
)
def test_a_passport_number_typed_in_lower_case_with_a_space_is_found(text: str, number: str) -> None:
    assert ("PASSPORT", number) in merged(text)
