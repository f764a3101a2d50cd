"""The person an address is in the care of (``name_care_of``), numbered roles and birth names in field keys, a
given-name column beside a surname column; written new for this suite."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.name_care_of import care_of
from runtime.privacy.detectors.name_fields import client_key, name_key
from runtime.privacy.spans import merge_spans


def names(text: str) -> list[str]:
    """The NAME values of ``text`` after merging."""
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == "NAME"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mottagare: Elsa Lind\nc/o Sandberg\nStorgatan 4", ["Sandberg"]),
        ("Modtager: Jens Holm c/o Birgit Dahl, Vestergade 3", ["Birgit Dahl"]),
        ("Empfänger: Jonas Kurz\nC/O Familie Brandl\nLindenweg 2", ["Brandl"]),
    ],
)
def test_the_words_after_care_of(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in care_of(text)] == expected


@pytest.mark.parametrize("text", ["the c/o address is wrong", "we use a c/o service", "1/o"])
def test_care_of_without_a_name(text: str) -> None:
    assert care_of(text) == []


def test_a_company_in_care_of_stays() -> None:
    assert "Regus Ltd" not in names("Send it to Jane Doe c/o Regus Ltd, 5 High Street")


@pytest.mark.parametrize("key", ["Cestující č. 2", "Guest 1", "Passagéier", "Contribuable", "Naam ouder/verzorger"])
def test_a_numbered_or_further_role(key: str) -> None:
    assert client_key(key) or name_key(key)


@pytest.mark.parametrize("key", ["Nom de naissance", "Nome de nascimento", "Prénoms", "Name 2"])
def test_a_birth_name_or_a_numbered_name(key: str) -> None:
    assert name_key(key)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ime gosta;Prezime;Broj sobe\nLucija;Vuković;12\nNikola;Barić;14", "Lucija"),
        ("Nome ospite;Cognome;Camera\nBeatrice;Lanfranchi;3", "Beatrice"),
        ("Passagier: Gerlinde Haas · Sitz: 12C · Gepäck: 1", "Gerlinde Haas"),
    ],
)
def test_a_given_name_column_beside_a_surname_column(text: str, value: str) -> None:
    assert value in names(text)
