"""Pet forms and case forms of given names read as the names they come from: diminutive suffixes of the zone's
languages, Estonian genitive stems and weak grades, Polish genitives of names in -ia, Bulgarian vocatives, long
Hungarian endings on pet names; nouns that end alike stay words. The words are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_inflection import inflected_given, long_case, main_name_case
from runtime.privacy.detectors.name_pet_forms import pet_form
from runtime.privacy.normalize import fold
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize("word", ["Paulinho", "Joaninha", "Pedrito", "Jonukas", "Tonček", "Évike", "Zsuzsika"])
def test_a_diminutive_of_a_listed_name_is_a_pet_form(word: str) -> None:
    assert pet_form(fold(word))


@pytest.mark.parametrize("word", ["Casino", "Bambino", "Cappuccino", "Kuchen", "Baška", "Sorellina"])
def test_a_word_ending_as_a_diminutive_is_no_pet_form(word: str) -> None:
    assert not pet_form(fold(word))


@pytest.mark.parametrize("word", ["Kalevile", "Jaaguga", "Mardilt", "Petrukui", "Tončku", "Marii", "Иванке"])
def test_a_case_of_a_name_or_of_its_pet_form_is_a_given_name(word: str) -> None:
    assert inflected_given(fold(word))


def test_a_long_ending_counts_on_a_pet_name_ending_in_a_vowel_only() -> None:
    assert long_case(fold("Jancsinak"))  # to Jancsi
    assert not long_case(fold("Goldissa"))  # a card's name with the Finnish linking vowel


def test_a_main_names_case_is_told_from_a_rarer_name_spelled_alike() -> None:
    assert main_name_case("marty")  # of Marta
    assert not main_name_case("marta")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Käisin Jaaguga poes ja ta unustas oma koti.", ["Jaaguga"]),  # et
        ("Wczoraj byliśmy u Marty na kolacji.", ["Marty"]),  # pl
        ("A Aninha quer abrir uma conta jovem.", ["Aninha"]),  # pt
    ],
)
def test_an_inflected_or_pet_name_alone_mid_sentence_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Onko Visa Goldissa matkavakuutus?",
        "Ima li u mjestu Baška Voda bankomat?",
    ],
)
def test_towns_and_products_stay_ordinary(text: str) -> None:
    assert found(text) == []
