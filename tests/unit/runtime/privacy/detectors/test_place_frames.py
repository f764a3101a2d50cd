"""place_frames: the words around a name that make it a place's (a landmark's town, a journey's ends, where a bus
goes, a street after ``de pe``, an Irish place, a town before the word for a town), and the people beside them."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.place_frames import (
    before_town_word,
    elided,
    from_on,
    irish_place,
    journey,
    town_of_place,
    travel_to,
)


def _at(text: str, word: str) -> tuple[Words, int]:
    words = Words(text)
    return words, words.words.index(word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("vicino all'Arena di Verona", "Verona", True),
        ("alla stazione di Verona", "Verona", True),
        ("a casa di Alba", "Alba", False),  # someone's home
        ("il gatto di Verona", "Verona", False),  # no kind of place
    ],
)
def test_a_landmark_s_town(text: str, word: str, expected: bool) -> None:
    words, index = _at(text, word)
    assert town_of_place(words, index) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("minn Lija għal Mosta", "Lija", True),
        ("minn Mosta għal Lija", "Lija", True),
        ("from Stanley to Douglas", "Stanley", True),
        ("from Anna to Maria", "Anna", False),  # no town
        ("naam van Merle Van Verdun en er", "Merle", False),  # a particle inside the name
    ],
)
def test_a_journey_s_ends(text: str, word: str, expected: bool) -> None:
    words, index = _at(text, word)
    end = len(words.words) if word == "Merle" else index + 1
    assert journey(words, index, end) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Автобусът до Васил Левски", "Васил", True),
        ("от гарата до Александър Невски", "Александър", True),
        ("dalla stazione a Vittorio Emanuele", "Vittorio", True),
        ("il biglietto del treno a Paolo Rossi", "Paolo", False),  # the ticket's, given to someone
        ("писмо до Васил Петров", "Васил", False),
    ],
)
def test_where_a_bus_goes(text: str, word: str, expected: bool) -> None:
    words, index = _at(text, word)
    assert travel_to(words, index) is expected


def test_a_street_after_de_pe_an_irish_place_and_a_town_word() -> None:
    words, index = _at("poșta de pe Ion Creangă", "Ion")
    assert from_on(words, index)
    words, index = _at("am vorbit cu Ion Creangă", "Ion")
    assert not from_on(words, index)
    words, index = _at("i Cionn tSáile", "Cionn")
    assert irish_place(words, index, index + 2)
    words, index = _at("le Máire Mhac an tSaoi", "Máire")
    assert not irish_place(words, index, index + 2)  # a surname after the article
    words, index = _at("Van Gyula városban fiók?", "Gyula")
    assert before_town_word(words, index, index + 1)
    assert elided("all'aeroporto") == "aeroporto" and elided("il-knisja") == "knisja"
