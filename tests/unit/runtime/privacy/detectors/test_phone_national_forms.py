"""National phone forms of every EU/EEA state, GB and CH, in the market's countries (libphonenumber)."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.phone import EUROPEAN_REGIONS, market_regions
from runtime.privacy.spans import merge_spans
from runtime.privacy.types import PHONE

# How people in each country write a national number: brackets, slashes, dashes and dots included.
NATIONAL_FORMS: dict[str, tuple[str, ...]] = {
    "AT": ("(01) 234 56 78", "0664/123 45 67", "01/234 56 78", "0316 123456", "0664-1234567"),
    "BE": ("(02) 123 45 67", "02/123.45.67", "0470/12.34.56", "04 123 45 67", "0470-12-34-56"),
    "BG": ("02 987 6543", "0888 123 456"),
    "HR": ("01 2345 678", "091 234 5678", "(01) 234-5678"),
    "CY": ("22 123456", "99 123456"),
    "CZ": ("602 123 456", "224 123 456"),
    "DK": ("32 12 34 56", "20 12 34 56"),
    "EE": ("5123 4567", "612 3456"),
    "FI": ("09 123 4567", "040 123 4567", "(09) 1234 567", "040-1234567"),
    "FR": ("01 23 45 67 89", "06.12.34.56.78", "06-12-34-56-78"),
    "DE": ("030/1234567", "(089) 12345678", "0171-1234567"),
    "GR": ("210 123 4567", "694 123 4567", "210-1234567"),
    "HU": ("(06 1) 234 5678", "06-1-234-5678", "06 30 123 4567", "06/30/123-4567", "(1) 234-5678"),
    "IS": ("551 2345", "690 1234", "551-2345"),
    "IE": ("(01) 234 5678", "087 123 4567", "01-234 5678"),
    "IT": ("06 1234 5678", "347 123 4567", "02/1234567"),
    "LV": ("6712 3456", "2123 4567"),
    "LI": ("235 12 34", "791 23 45"),
    "LT": ("8 612 34567", "(8 5) 212 3456", "8-612-34567"),
    "LU": ("621 123 456", "26 12 34 56"),
    "MT": ("2123 4567", "7912 3456"),
    "NL": ("020-1234567", "06-12345678", "(020) 123 4567"),
    "NO": ("22 12 34 56", "912 34 567"),
    "PL": ("22 123 45 67", "512 345 678", "(22) 123-45-67", "512-345-678"),
    "PT": ("21 123 4567", "912 345 678", "(21) 123 4567"),
    "RO": ("021 123 4567", "0721 234 567", "(021) 312.34.56", "0721-234-567"),
    "SK": ("02/1234 5678", "0905 123 456", "02/123 456 78"),
    "SI": ("01 234 56 78", "041 123 456", "(01) 234-56-78"),
    "ES": ("91 123 45 67", "612 34 56 78", "912-345-678"),
    "SE": ("08-123 456 78", "070-123 45 67", "08/12 34 56", "031-12 34 56"),
    "GB": ("020 7946 0958", "07700 900123", "(020) 7946 0958", "0161 496 0000"),
    "CH": ("044 123 45 67", "079 123 45 67", "044/123 45 67"),
}
CASES = [(country, form) for country, forms in NATIONAL_FORMS.items() for form in forms]


def merged(text: str, regions: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in merge_spans(detect_builtin(text, regions), text)]


def test_every_state_has_national_forms() -> None:
    assert set(NATIONAL_FORMS) == set(EUROPEAN_REGIONS)


@pytest.mark.parametrize(("country", "written"), CASES, ids=[f"{c}:{w}" for c, w in CASES])
def test_national_form_is_one_phone_in_its_market(country: str, written: str) -> None:
    text = f"Please call {written} tomorrow."
    assert merged(text, (country,)) == [(PHONE, written)]


@pytest.mark.parametrize(
    "text",
    [
        "The loan Ref. 2024/00123 ends on 15/06/2031.",  # a year, then a slash: a reference
        "Dossier 2023/4567-12 in behandeling.",
        "Vivo em Lisboa, código postal 1200-095.",  # a postcode, valid digits in AT or SE without their trunk 0
        "PSČ 110 00, Praha.",
        "Between 1990-2024 and 2025/2026.",
        "Kosten 1.350,50 € im Monat, 150 000 € insgesamt.",
    ],
)
def test_references_postcodes_and_amounts_are_no_phone_in_any_market(text: str) -> None:
    assert merged(text, EUROPEAN_REGIONS) == []


def test_grouped_like_a_market_phone_it_is_not_another_states_identifier() -> None:
    # 210 123 4567 passes Bulgaria's EGN check; in a Greek market it is an Athens number.
    assert merged("Call 210 123 4567.", market_regions(["el"])) == [(PHONE, "210 123 4567")]
    # ...and written as one run of digits it is still the identifier in a market that has it.
    assert merged("ЕГН 2101234567", market_regions(["bg"]))[0][0] == "EGN_BG"


def test_market_regions_follow_the_configured_languages() -> None:
    assert market_regions(["pt", "en"]) == ("PT", "GB", "IE", "MT")
    assert market_regions(["de-AT", "nl"])[:2] == ("AT", "DE")


@pytest.mark.parametrize(
    "text",
    [
        "Ma facture n° 2024-000457 s'élève à 1 250,00 €.",
        "Vorgangsnummer 2024-123456, bitte prüfen.",
        "Ordernumret 5512 3344 har inte kommit än.",
        "O número da encomenda é 912 345 678.",
    ],
)
def test_invoice_order_and_reference_numbers_are_no_phone(text: str) -> None:
    assert merged(text, EUROPEAN_REGIONS) == []


def test_a_phone_keyword_wins_over_a_reference_word() -> None:
    text = "Pedido 4471: ligue para o telemóvel 912 345 678."
    assert merged(text, ("PT",)) == [(PHONE, "912 345 678")]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ég bý í Reykjavík, sími 690 1234.", "690 1234"),  # is: the detectors read accents folded
        ("Tālrunis 2123 4567, paldies.", "2123 4567"),  # lv
        ("Τηλ. 2101 2345, ευχαριστώ.", "2101 2345"),  # el
        ("Телефон 2987 6543, благодаря.", "2987 6543"),  # bg
        ("Puhelin 1234 5678, kiitos.", "1234 5678"),  # fi
        ("Ring mig på 1234 5678.", "1234 5678"),  # sv
    ],
)
def test_a_phone_word_in_any_market_language_announces_a_number_outside_the_market(text: str, number: str) -> None:
    assert merged(text, ("PT",)) == [(PHONE, number)]


def test_a_number_a_phone_word_announces_is_no_identifier() -> None:
    # 512 345 678 passes Portugal's NIF check; after "telefon" it is the Polish mobile it looks like.
    assert merged("Nazywam się Anna, telefon 512 345 678.", ("PT",))[-1] == (PHONE, "512 345 678")
    assert merged("Telefon 030 1234567, NIF 245 678 913.", ("PT", "DE"))[-1] == ("NIF_PT", "245 678 913")
