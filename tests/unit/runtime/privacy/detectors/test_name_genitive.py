"""Given names in the possessive: the ``-s`` genitive before the word it owns and the apostrophe after a name
that ends in ``s``; plurals and words that end so stay words. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_genitive import with_possessive
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Evas lån er betalt nå.", ["Evas"]),  # opening a sentence
        ("Kan ni flytta pengar till Olofs sparkonto?", ["Olofs"]),
        ("Ich zahle auf Thomas' Konto ein.", ["Thomas'"]),  # a name in -s takes the apostrophe alone
        ("Overfør til Mads' konto i morgen.", ["Mads'"]),
        ("Bitte buchen Sie es auf Elisabeths Konto.", ["Elisabeths"]),  # the noun it owns is no part of it
        ("Vi har betalt Kirsten Holms' regning.", ["Kirsten Holms'"]),
    ],
)
def test_a_given_name_in_the_genitive_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Roses and tulips are on the card design.",  # the plural of a word that is a given name too
        "Alles ist in Ordnung mit dem Konto.",
        "Hans konto er tomt.",  # ``hans`` is the pronoun (his), written as the given name is
        "Marks and grades are not banking topics.",
    ],
)
def test_words_that_end_so_stay_words(text: str) -> None:
    assert found(text) == []


def test_the_apostrophe_joins_only_a_possessive() -> None:
    assert with_possessive("Anders' bil", 6) == 7
    assert with_possessive("Anna' bil", 4) == 4  # no sibilant before it
    assert with_possessive("Anders'en", 6) == 6  # a letter after it: no possessive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jeg kan ikke se ingrids overførsel", ["ingrids"]),  # da, lower case
        ("kan ni flytta pengar till olofs sparkonto?", ["olofs"]),  # sv
        ("ICH HABE IDAS KONTO GESPERRT", ["IDAS"]),  # de, in capitals
    ],
)
def test_a_genitive_in_lower_case_or_capitals_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "alles ist gut, danke",  # de: a word that ends so
        "hans konto er spærret",  # da: his, and a given name too
        "IDAS",  # nothing owned after it
        "idas Konto",  # the owned word in another case
    ],
)
def test_words_in_lower_case_that_end_so_stay_words(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Christiansens værksted sendte en forkert faktura.", ["Christiansens"]),  # da: opening a sentence
        ("Vi har betalt till Gustavssons bilverkstad.", ["Gustavssons"]),  # sv
        ("Is Penelope's card still blocked?", ["Penelope's"]),  # en: the apostrophe genitive
        ("Is Femke's pas al binnen?", ["Femke's"]),  # nl
    ],
)
def test_a_patronymic_surnames_or_an_apostrophe_genitive_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I was charged twice at Barclays yesterday.",  # a bank named for a family
        "I was at Guy's and St Thomas' last week.",  # a hospital: nothing owned after it
        "Let's meet at noon, what's the address?",  # words
        "Vi spiste på Jensens Bøfhus i går.",  # da: a restaurant, a capitalized noun after it
    ],
)
def test_shops_places_and_contractions_stay(text: str) -> None:
    assert found(text) == []
