"""Places named for people, written in lower case or after words that may announce a person, stay places; a person
met at the same places is still found."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'agence de la rue victor hugo est fermée", []),
        ("we landed at john lennon airport and the atm ate my card", []),
        ("olen lennart meri lennujaamas ja kaart ei tööta", []),
        ("ich bin am flughafen franz josef strauß und die karte geht nicht", []),
        ("Wir sind am Flughafen Franz Josef Strauß gelandet.", []),
        ("Ich habe am Flughafen Anna getroffen.", ["Anna"]),  # a person met at the airport
        ("I met john smith at the airport", ["john smith"]),
        ("minu nimi on mari tamm", ["mari tamm"]),
    ],
)
def test_places_and_people(text: str, expected: list[str]) -> None:
    assert found(text) == expected
