"""One capital letter and its dot (the end of an identifier, an initial) ends its sentence: the phrase after it
still introduces the name (``… C. Vagyok Szabó Anna``), while a street's abbreviation keeps its street (``C.
Mayor 5``). The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NI number JM 12 34 56 C. Vagyok Szabó Anna, lakcím Petőfi tér 3.", ["Szabó Anna"]),  # hu
        ("Ez a C. Vagyok Szabó Anna.", ["Szabó Anna"]),  # hu
        ("Mi número termina en B. Soy Lucía Ferrer y necesito ayuda.", ["Lucía Ferrer"]),  # es
    ],
)
def test_a_phrase_after_one_dotted_letter_still_introduces_the_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_a_street_abbreviation_before_a_name_is_still_a_street() -> None:
    assert found("Vivo en la C. Mayor 5 de Madrid.") == []
