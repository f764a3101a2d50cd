"""A given name the lists lack, mid-sentence, before a known family name: the pair is a name; a shopping centre
and its town, or a council and its city, stay places. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich habe mit Jaxon Brandt gesprochen.", ["Jaxon Brandt"]),
        ("Rozmawiałem z Oluwaseun Kowalczyk wczoraj.", ["Oluwaseun Kowalczyk"]),
        ("Hallo, ik ben Kaylani Visser.", ["Kaylani Visser"]),
    ],
)
def test_an_unknown_given_name_before_a_family_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jsem teď ve Westfield Stratford.",  # the second word is a town
        "Vi møtes på Amfi Voss i morgen.",
        "Scríobh mé chuig Comhairle Béal Feirste.",  # a third capitalized word: a council and its city
        "Nevaeh Brandt called yesterday.",  # opening a sentence: a capitalized word like any other
    ],
)
def test_places_and_sentence_openings_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Min bror Ola Brekke har en konto hos dere.", ["Ola Brekke"]),  # ``Ola`` is a greeting's word too
        ("Olá Ana, tudo bem?", ["Ana"]),  # the greeting itself stays
    ],
)
def test_a_greeting_word_after_a_relation_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pinigus pervedė Mantvydas Budreckis vakar.", ["Mantvydas Budreckis"]),
        ("Sąskaitą atidarė Ugnius Sakalys praėjusią savaitę.", ["Ugnius Sakalys"]),
        ("Studijuoju Vilniaus Universitetas.", []),  # a town's genitive
    ],
)
def test_two_lithuanian_nominatives_are_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_an_unknown_given_name_before_a_family_name_in_the_genitive() -> None:
    assert found("Pengarna gick till Nevaeh Lindqvists konto.") == ["Nevaeh Lindqvists"]
