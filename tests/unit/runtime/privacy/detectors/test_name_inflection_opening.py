"""A given name's case opening a sentence counts by a long case ending only; words and short endings stay. The
words are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_inflection import opening_case
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gáborral és Évával közös számlát nyitnánk.", ["Gáborral", "Évával"]),  # hu: -val after a consonant
        ("Piotrowi wysłałam wczoraj pieniądze.", ["Piotrowi"]),  # pl: -owi
    ],
)
def test_a_given_names_case_opening_a_sentence_is_a_name(text: str, expected: list[str]) -> None:
    assert sorted(found(text)) == sorted(expected)


@pytest.mark.parametrize("key", ["petra", "anna", "marka", "mama", "pieniadze"])
def test_names_words_and_short_endings_are_no_opening_case(key: str) -> None:
    assert not opening_case(key)


def test_the_hungarian_household_suffix_is_undone() -> None:
    assert opening_case("peterekhez")
