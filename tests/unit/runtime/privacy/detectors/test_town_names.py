"""Towns of one word and their inflected forms; a town named like a person is a place only after a town word or
a locative preposition. The words are this file's own."""

import pytest

from runtime.privacy.detectors.town_names import person_town, town_form
from runtime.privacy.normalize import fold


@pytest.mark.parametrize(
    "word",
    ["Kaunas", "Šiaulių", "Vilniaus", "Tartus", "Tallinnas", "Rīgas", "Krakowa", "Krakowie", "Tampereella",
     "Győrben", "Αθήνας"],
)  # fmt: skip
def test_a_town_and_its_case_forms(word: str) -> None:
    assert town_form(fold(word))


@pytest.mark.parametrize("word", ["Anny", "Piotra", "Marka", "Jana", "Alba", "Milan"])
def test_given_names_and_their_forms_are_no_town_forms(word: str) -> None:
    assert not town_form(fold(word))


def test_a_town_named_like_a_person_is_told_apart() -> None:
    assert person_town("alba") and person_town("milan")
    assert not person_town("kaunas") and not person_town("anny")
