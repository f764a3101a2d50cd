"""A household named by its surname after the word for family or a plural article; places and titles named so stay.
The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_family import family_named
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bij de familie Hazenberg is twee keer afgeschreven.", ["Hazenberg"]),  # nl
        ("Bij de familie Van den Heuvel is afgeschreven.", ["Van den Heuvel"]),  # nl: a particle first
        ("La famiglia Sartori del terzo piano non riceve la posta.", ["Sartori"]),  # it
        ("Familjen Bergström bor på tredje våningen.", ["Bergström"]),  # sv: the noun opening the sentence
        ("Los Quintero del quinto dicen que el cajero falla.", ["Quintero"]),  # es: the plural article
        ("On a dîné chez les Girardot hier soir.", ["Girardot"]),  # fr
        ("The gift was for the Hendersons next door.", ["Hendersons"]),  # en: the plural -s
    ],
)
def test_a_surname_after_the_word_for_family_or_a_plural_article_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I moved to Los Angeles last year.",  # a town
        "We watched Les Misérables at the theatre.",  # a title
        "We bought tickets for the Tate Modern.",  # a gallery: a surname's singular after "the"
        "Is the Barclays card worth it?",  # a bank named as a household is: what it sells follows
        "The Barclays app keeps crashing",
        "Is the Barclays Avios card worth it for 2,000 GBP a month?",
    ],
)
def test_places_and_titles_after_an_article_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "index"), [("La familia Real visitó la ciudad.", 2), ("la famiglia Reale", 2)])
def test_a_frequent_word_after_the_word_for_family_is_no_surname(text: str, index: int) -> None:
    assert not family_named(Words(text), index)  # the royal family
