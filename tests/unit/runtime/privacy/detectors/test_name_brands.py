"""Shops and makers named after people are no person; a title or a phrase before the same words still names one."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_brands import inside_brand
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME]


@pytest.mark.parametrize(
    "text",
    [
        "de betaling bij Albert Heijn werd geweigerd",
        "återbetalningen från Clas Ohlson har inte kommit",
        "refund from Marks and Spencer has not arrived",
        "refund from Marks & Spencer has not arrived",
        "die Lastschrift von Mercedes Benz ist doppelt",
        "de incasso van Philips staat er dubbel",
        "grąžinimas iš Maximos dar neatėjo",  # an inflected brand
        "maksājums Maximā tika noraidīts",
    ],
)
def test_a_brand_named_after_a_person_is_no_name(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ho parlato con il signor Ferrari ieri.", ["Ferrari"]),  # a title names a person
        ("Ontem falei com a Maria Ferreira sobre o cartão.", ["Maria Ferreira"]),
        ("Albert Novák volal včera.", ["Albert Novák"]),  # the first word of a brand, then no brand
    ],
)
def test_names_that_begin_like_brands_stay_names(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i bought tickets at the Royal Albert Hall with my card", []),  # a hall named for a person
        ("de tram naar het Johan Cruijff Arena rekende twee keer", []),
        ("Yesterday I met Albert Hall at the branch.", ["Albert Hall"]),  # a person whose surname is a place noun
    ],
)
def test_a_place_noun_after_a_name_run(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "index", "inside"),
    [
        ("refund from Marks and Spencer please", 4, True),  # Spencer
        ("a voucher for Dirk van den Broek today", 6, True),  # Broek: the fourth word of the brand
        ("refund from Marks and Spencer please", 2, False),  # Marks begins it
        ("my friend Lara Spencer paid", 3, False),
    ],
)
def test_a_word_inside_a_brands_name_is_told(text: str, index: int, inside: bool) -> None:
    assert inside_brand(Words(text), index) is inside
