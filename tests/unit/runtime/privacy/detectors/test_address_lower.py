"""One-word streets and Nordic or German streets typed in lower case after a preposition of place."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.address_lower import after_place, typed_streets


def found(text: str) -> list[str]:
    """The streets ``typed_streets`` finds in ``text``."""
    return [text[span.start : span.end] for span in typed_streets(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("hos legen står jeg i solbakken 9, hos dere er det gamle", "solbakken 9"),
        ("hos läkaren står jag på bjorkvagen 9 men hos er", "bjorkvagen 9"),
        ("bij de huisarts sta ik op de kastanjehof 9 maar bij jullie", "kastanjehof 9"),
        ("beim arzt bin ich in der birkenring 12 gespeichert", "birkenring 12"),
        ("jeg står som lis holm på sankt hans gade 7, hos jer", "sankt hans gade 7"),
        ("eg står som per vik i grendatunet 3b, hos dykk", "grendatunet 3b"),
    ],
)
def test_lower_case_streets_after_a_preposition_of_place(text: str, street: str) -> None:
    assert found(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "vi var på hytta 3 dager i påsken",
        "ich stand in der warteschlange 3 stunden lang",
        "we met at the gathering 5 of them came",  # an English preposition: no one-word street
        "solbakken 9 er fin",  # no preposition of place before it
        "jeg bor i gata 5, hos dere",  # no name before the street word
    ],
)
def test_words_ending_as_streets_elsewhere_are_left_alone(text: str) -> None:
    assert found(text) == []


def test_after_place_reads_a_preposition_and_an_article() -> None:
    assert after_place("ik woon op de kerkhof", len("ik woon op de "))
    assert not after_place("ik zie de kerkhof", len("ik zie de "))
