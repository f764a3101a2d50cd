"""A short passport word before a passport-shaped code in lower case, or over a number field."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.spans import merge_spans


def passports(text: str) -> list[str]:
    """The PASSPORT values of ``text`` after merging."""
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == "PASSPORT"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("narozen 3. 4. 1979, pas xy1234567", "xy1234567"),  # a message typed in lower case
        ("født 03-04-1979 / pas k12345678", "k12345678"),
        ("sündinud 03.04.1979, pass ab1234567", "ab1234567"),
        ("gim. 1979-04-03, pasas zz7654321", "zz7654321"),
        ("Cineál cáipéise: pas\nUimhir: K12345678", "K12345678"),  # the document type, then its number
    ],
)
def test_a_short_passport_word_and_its_number(text: str, number: str) -> None:
    assert passports(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "je ne trouve pas ab1234567",  # the French negation
        "ik heb pas 12345678 betaald",  # Dutch "only", then a number of digits only
        "pas ab 1234567 nie",  # letters apart from the digits
    ],
)
def test_other_words_and_codes_stay(text: str) -> None:
    assert passports(text) == []
