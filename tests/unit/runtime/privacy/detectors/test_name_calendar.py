"""Feasts and saints' days named after people are no person; the same names elsewhere still are."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME]


@pytest.mark.parametrize(
    "text",
    [
        "el día de Reyes no estaré disponible",
        "an bhfuil sibh oscailte Lá Fhéile Pádraig",
        "Oíche Nollag ní bheidh mé ar fáil",
        "vai pārskaitījumi notiek Jāņos",
        "na Mikuláša nebudem k zastihnutiu",
        "η πληρωμή φεύγει την Παρασκευή",
    ],
)
def test_a_feast_is_no_name(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ayer hablé con Reyes Martín sobre la tarjeta.", ["Reyes Martín"]),
        ("μίλησα με την Παρασκευή για την κάρτα", ["Παρασκευή"]),  # with Paraskevi: a person
        ("Labhair mé le Pádraig Ó Súilleabháin inné.", ["Pádraig Ó Súilleabháin"]),
    ],
)
def test_the_same_names_elsewhere_stay_names(text: str, expected: list[str]) -> None:
    assert found(text) == expected
