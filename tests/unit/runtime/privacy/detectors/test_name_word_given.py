"""A given name that is also a word, in lower case or capitals, before a known family name that is no word:
the pair is a name; an article or demonstrative before a noun that is a surname too stays. The sentences are
this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("olen mari tamm ja mul on küsimus", ["mari tamm"]),  # ``mari`` is a word too
        ("moi, täällä mika laaksonen", ["mika laaksonen"]),
        ("hej, det är ove lindqvist", ["ove lindqvist"]),
    ],
)
def test_a_given_name_that_is_a_word_before_a_family_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "clicca sulla casella accanto alla firma",  # articles with a preposition before nouns
        "abre esta pestaña del navegador",
        "questa marca non mi piace",
    ],
)
def test_function_words_before_a_noun_stay(text: str) -> None:
    assert found(text) == []


def test_slovenian_family_names_borne_by_one_biography_are_listed() -> None:
    from runtime.privacy.detectors.name_words import FAMILY_NAMES

    assert {"bevk", "ahcin", "besednjak"} <= FAMILY_NAMES  # one Wikipedia biography each
    assert found("nakazilo je poslala ana besednjak") == ["ana besednjak"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sąskaitos savininkė RASA VAITKUTIENĖ", ["RASA VAITKUTIENĖ"]),  # a married name after a frequent word
        ("halló, ég heiti gunnar stefánsson", ["gunnar stefánsson"]),  # a patronymic that is a frequent word too
    ],
)
def test_a_surname_no_word_ends_as_makes_the_pair(text: str, expected: list[str]) -> None:
    assert found(text) == expected
