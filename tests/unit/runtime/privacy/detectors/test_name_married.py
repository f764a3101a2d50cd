"""A Hungarian married woman's name in ``-né`` (``name_married``) and an Italian name after an elided preposition
(``dell'Ornella``); written new for this suite."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin, names
from runtime.privacy.spans import merge_spans


def found(text: str) -> list[str]:
    """The NAME values of ``text`` after merging."""
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tegnap Fazekasné felhívott a számla miatt.", "Fazekasné"),
        ("Bodnárné Pintér Erika a könyvelőnk.", "Bodnárné Pintér Erika"),
        ("Küldtem egy e-mailt Fazekasnénak a bérletről.", "Fazekasnénak"),
        ("A szomszéd, Takács Ferencné, kérte, hogy írjak.", "Takács Ferencné"),
    ],
)
def test_a_married_name_in_ne(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text", ["Szép lenne, ha menne.", "Tenné ezt valaki helyettem?", "A Fazekasné utca 5."])
def test_words_in_ne_that_are_no_name(text: str) -> None:
    assert names.detect(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Devo fare gli auguri dell'Ornella entro stasera.", "Ornella"),
        ("Ho prestato 30 euro all'Ilaria Boschetti.", "Ilaria Boschetti"),
        ("Il pacco è arrivato dall'Alessandro ieri.", "Alessandro"),
    ],
)
def test_a_name_after_an_elided_preposition_without_it(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    "text", ["Il sito dell'Agenzia delle Entrate non funziona.", "Vado all'Esselunga dopo il lavoro."]
)
def test_an_institution_after_an_elided_preposition_stays(text: str) -> None:
    assert found(text) == []
