"""A given name alone after a Nordic ``til``/``till`` (to) is the person it leads to; a town there stays a place.
The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_recipient import recipient
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeg må skrive til Ragnhild om festen.", ["Ragnhild"]),  # nb
        ("Ég sendi bréf til Guðmundar í gær.", ["Guðmundar"]),  # is: the genitive
        ("Kan du skicka pengarna till Margareta i kväll?", ["Margareta"]),  # sv
    ],
)
def test_a_given_name_after_til_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text", ["Vi kører til Aalborg på fredag.", "Vi åker till Ånge i sommar.", "Við förum til Akureyrar í vor."]
)
def test_a_town_after_til_stays_a_place(text: str) -> None:
    assert found(text) == []


def test_only_til_and_till_lead_to_a_person() -> None:
    assert recipient(Words("skriv til Ragnhild"), 2)
    assert not recipient(Words("skriv fra Ragnhild"), 2)
