"""Identifiers written in their own form (a birth date, then a dash or slash and the serial), and without a label
where their country is in the market; numbers that only look like them stay what they are."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.phone import market_regions
from runtime.privacy.spans import merge_spans


def merged(text: str, language: str) -> list[tuple[str, str]]:
    """The merged spans of ``text`` with the phone forms of ``language``'s countries."""
    spans = merge_spans(detect_builtin(text, market_regions([language])), text)
    return [(s.entity_type, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize(
    ("language", "text", "entity_type", "value"),
    [
        ("lv", "Mans kods ir 020385-12343, paldies", "PK_LV", "020385-12343"),  # a leading 0: still not a phone
        ("lv", "kods 020385\u201312343", "PK_LV", "020385\u201312343"),  # en dash
        ("is", "Kennitalan mín er 150792-0459.", "KENNITALA_IS", "150792-0459"),
        ("cs", "narozen 1915, číslo 150312/123", "RC_", "150312/123"),  # nine digits, before 1954
        ("sk", "moje číslo 480512/456", "RC_", "480512/456"),
    ],
)
def test_an_identifier_in_its_birth_date_form_is_that_identifier(
    language: str, text: str, entity_type: str, value: str
) -> None:
    assert any(t.startswith(entity_type) and v == value for t, v in merged(text, language))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Karta tal-identità: 0123456M", "0123456M"),
        ("Jien 0123456M, grazzi", "0123456M"),
        ("ID 012\u00ad3456M", "012\u00ad3456M"),
        ("my number is 654321G", "654321G"),
    ],
)
def test_a_maltese_identity_card_number_is_found_in_malta_without_its_label(text: str, value: str) -> None:
    assert ("ID_MT", value) in merged(text, "mt")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Bestellung 0123456M ist unterwegs"),  # Malta not in the market: a code like any other
        ("mt", "Il-prezz huwa 1500000M"),  # a round number is an amount
        ("cs", "Zavolejte mi na telefon 150792-0459"),  # a phone word introduces it
        ("cs", "Objednávka 2024/123 ze dne 12.03.2024"),
    ],
)
def test_look_alikes_are_not_identifiers(language: str, text: str) -> None:
    assert not [t for t, _ in merged(text, language) if t not in ("PHONE",)]


@pytest.mark.parametrize(
    "text",
    [
        "A TAJ-számom 012 345 675.",
        "Társadalombiztosítási azonosító jelem: 012 345 675",
        "a TAJ-kártyámon 012 345 675 áll",
    ],
)
def test_a_hungarian_social_security_number_after_its_inflected_label(text: str) -> None:
    assert ("TAJ_HU", "012 345 675") in merged(text, "hu")


def test_a_whole_number_valid_as_a_phone_of_one_market_country_is_no_other_countrys_id() -> None:
    # 06410290926 is a German landline number; it passes a Belgian number's check too (BE is in the de market).
    assert merged("Rückruf bitte: 06410290926", "de") == [("PHONE", "06410290926")]


@pytest.mark.parametrize("value", ["3453 682061 57997", "3486 217102 91075"])
def test_an_amex_number_grouped_as_printed_is_a_card_not_a_french_social_security_number(value: str) -> None:
    assert merged(f"Carte {value} perdue", "fr") == [("CARD", value)]


def test_a_portuguese_mobile_number_is_not_a_nif() -> None:
    assert merged("Ligue para 963293737 amanhã", "pt") == [("PHONE", "963293737")]
    assert merged("NIF 999999990", "pt") == [("NIF_PT", "999999990")]
