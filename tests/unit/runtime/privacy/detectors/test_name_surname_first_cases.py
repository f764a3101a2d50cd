"""Names written surname first with the case ending on the given name (Hungarian: ``Kovács Annának``,
``Mészáros Péterrel``, even opening a sentence), the doubled consonant of ``-val``/``-vel`` undone, and a given name
that is frequent only for being a name continuing a lower-case name. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_inflection import base_forms, case_of_given
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A pénzt Farkas Gábornak küldtem el.", ["Farkas Gábornak"]),
        ("Felhívtam Balogh Zsoltot ma reggel.", ["Balogh Zsoltot"]),
        ("Mészáros Gáborral beszéltem tegnap.", ["Mészáros Gáborral"]),  # opening a sentence
        ("a nevem varga erzsébet", ["varga erzsébet"]),  # a given name frequent only as a name
    ],
)
def test_surname_first_with_the_given_name_in_a_case(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_the_doubled_consonant_of_the_instrumental_is_undone() -> None:
    assert "gabor" in base_forms("gaborral")
    assert "janos" in base_forms("janossal")
    assert case_of_given("zsolttal")


def test_a_word_is_no_case_of_a_given_name_by_the_icelandic_ending() -> None:
    assert not case_of_given("hall")  # not ``Hallur``
    assert found("We met at Golden Hall yesterday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kérem, utalja át a pénzt takács ildikó számlájára", ["takács ildikó"]),  # after a noun
        ("tegnap beszéltem juhász etelkával", ["juhász etelkával"]),
        ("ma reggel hívott lakatos gizella", ["lakatos gizella"]),
    ],
)
def test_a_hungarian_family_name_comes_first_after_any_word(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["jieħu post valur", "ez egy nagy ünnep volt", "a fekete kártya díja"])
def test_other_words_before_a_given_name_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text", ["Quanto costa la carta Oro il primo anno?", "il primo anno è gratis", "o primo anno da conta"]
)
def test_a_common_word_before_a_word_that_is_only_a_case_of_a_given_name_stays(text: str) -> None:
    assert found(text) == []  # ``anno`` reads as a case of Anna, ``primo`` is a surname and an ordinary word
