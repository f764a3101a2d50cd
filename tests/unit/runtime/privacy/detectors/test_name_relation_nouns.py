"""Bare relation nouns before a name, in their cases, in the languages the name detector covers alone."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.name_relation_nouns import RELATION_NOUNS, relation_nouns
from runtime.privacy.detectors.names import detect


def test_nouns_that_are_names_are_left_out() -> None:
    """A noun that is a known name is no relation word (``pan Wnuk`` stays a surname)."""
    assert "wnuk" in RELATION_NOUNS
    kept = relation_nouns(lambda key: key == "wnuk")
    assert "wnuk" not in kept
    assert "sąsiadka" in kept


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tašča Ana Kastelic prosi za spremembo naslova.", "Ana Kastelic"),
        ("Kartico naročam za hčer Laro Kern.", "Laro Kern"),
        ("Ech hu mengem Brudder Tom Thill Suen geschéckt.", "Tom Thill"),
        ("Dukra Gabija nori atsidaryti studento sąskaitą.", "Gabija"),
        ("Rozmawiałem z pan Wnuk o kredycie.", "Wnuk"),
    ],
)
def test_name_after_a_relation_noun(text: str, name: str) -> None:
    """The name after the noun is found, without the noun."""
    assert [text[span.start : span.end] for span in detect(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Moja siostra mieszka w Krakowie od roku.",
        "Sąsiadka mówi, że bank jest zamknięty w sobotę.",
        "Viru Keskus juures on meie kontor.",
        "Kolega z pracy poleca konto oszczędnościowe.",
    ],
)
def test_ordinary_text_left_alone(text: str) -> None:
    """A relation noun before a place or a common word marks nothing."""
    assert detect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Лидл на ул. „Баба Тонка“ ми изтегли 35 лв. два пъти",
        "лидл на ул. „баба тонка“ ми изтегли 35 лв. два пъти",
        "ЛИДЛ НА УЛ. „БАБА ТОНКА“ МИ ИЗТЕГЛИ 35 ЛВ. ДВА ПЪТИ",
    ],
)
def test_relation_word_inside_a_street_name_introduces_nobody(text: str) -> None:
    """A relation word that is part of a street's name (after the street's abbreviation) names no relative."""
    assert detect(text) == []


@pytest.mark.parametrize("text", ["Баба Тонка ми се обади вчера.", "моята баба тонка иска карта"])
def test_relation_word_outside_a_place_still_introduces_the_name(text: str) -> None:
    """The same relation word with no street before it still introduces the name after it."""
    assert [text[span.start : span.end].lower() for span in detect(text)] == ["тонка"]
