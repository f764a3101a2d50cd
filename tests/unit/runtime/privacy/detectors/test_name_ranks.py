"""A rank or profession after a title is a form of address, not a name; a surname after it still is. A Polish
infinitive in lower case is no Croatian surname after an unknown word."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Herr Doktor ist heute nicht da", []),
        ("Frau Präsidentin, ich bitte um Antwort", []),
        ("господин управителят не отговори", []),
        ("pan doradca powiedział, że karta przyjdzie", []),
        ("Herr Doktor Schneider ist heute nicht da", ["Schneider"]),
        ("Frau Richter hat angerufen", ["Richter"]),  # a rank that is a family name stays a name after a title
        ("pani kierownik oddziału obiecała oddzwonić", []),
        ("dzwoniła ana horvatić z banku", ["ana horvatić"]),  # a known given name before the surname
    ],
)
def test_forms_of_address(text: str, expected: list[str]) -> None:
    assert found(text) == expected
