"""Words naming a kind of place, before or after a name, in their case forms; ordinary words of the zone's
languages (verbs, prepositions) that share their letters are none. The words are this file's own."""

import pytest

from runtime.privacy.detectors.place_words import (
    place_type_after,
    place_type_apposed,
    place_type_before,
    place_type_inflected,
)
from runtime.privacy.normalize import fold


@pytest.mark.parametrize(
    "word",
    ["Mosteiro", "Einkaufszentrum", "Hauptbahnhof", "Séipéal", "Galleria", "Restaurante", "kavárna", "kohvik",
     "Muzeul", "Клон", "εστιατόριο"],
)  # fmt: skip
def test_kinds_of_place_before_a_name(word: str) -> None:
    assert place_type_before(fold(word))


@pytest.mark.parametrize(
    ("word", "capitalized"),
    [("lennujaamast", False), ("pilyje", False), ("vartų", False), ("templomban", False), ("kirikus", False),
     ("baznīcas", False), ("slottet", False), ("Abbey", True), ("Havn", True), ("Dom", True), ("tn", False)],
)  # fmt: skip
def test_kinds_of_place_after_a_name_in_their_cases(word: str, capitalized: bool) -> None:
    assert place_type_after(fold(word), capitalized)


@pytest.mark.parametrize(
    "word",
    # Finnish "for", "buys", "with it", "from the office"; Latvian "in the centre" + l; English verbs and nouns
    ["varten", "ostaa", "sillä", "konttorista", "central", "parks", "marked", "loss", "parkera", "var", "hid"],
)
def test_ordinary_words_are_no_kind_of_place_after_a_name(word: str) -> None:
    assert not place_type_after(fold(word), capitalized=False)


@pytest.mark.parametrize("word", ["hotel", "bar", "address", "station", "laden", "lékaři", "magazine", "palace"])
def test_words_a_relative_clause_or_a_person_may_follow_are_not_apposed(word: str) -> None:
    assert not place_type_apposed(fold(word))


@pytest.mark.parametrize("word", ["ресторант", "pobočka", "kavárna", "restoran", "bankomat"])
def test_lower_case_place_words_right_before_a_name(word: str) -> None:
    assert place_type_apposed(fold(word))


@pytest.mark.parametrize(
    "word", ["kawiarni", "kafiću", "restauraci", "kohvikus", "kavinėje", "ravintolassa", "kościele"]
)
def test_other_cases_are_place_words_only_capitalized_mid_sentence(word: str) -> None:
    assert place_type_inflected(fold(word))
    assert not place_type_before(fold(word))
    assert not place_type_apposed(fold(word))
