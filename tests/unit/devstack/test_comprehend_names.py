"""The Comprehend LOCAL STAND-IN finds whole names (a listed given name, surnames and particles) and says what it
cannot find."""

from __future__ import annotations

import pytest

from devstack.standins.comprehend import answer
from devstack.standins.comprehend_names import GIVEN_NAMES, PARTICLES, capabilities, find_names


def names(text: str) -> list[str]:
    return [text[start:end] for start, end in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Olá, sou a Ana Silva e o meu IBAN é PT50.", ["Ana Silva"]),
        ("O meu nome é João da Silva.", ["João da Silva"]),
        ("Me llamo José de la Fuente y mi amigo es Carlos García.", ["José de la Fuente", "Carlos García"]),
        ("Je suis Anne-Marie Lefèvre, amie de Pierre d'Almeida.", ["Anne-Marie Lefèvre", "Pierre d'Almeida"]),
        ("Ich heiße Ursula von der Leyen und Sie?", ["Ursula von der Leyen"]),
        ("Mi chiamo Marco di Stefano.", ["Marco di Stefano"]),
        ("Ik ben Jan van der Berg.", ["Jan van der Berg"]),
        ("A Ana Luísa Gonçalves vem jantar.", ["Ana Luísa Gonçalves"]),
        ("Hello, Alice Johnson and Robert Smith.", ["Alice Johnson", "Robert Smith"]),
    ],
)
def test_whole_names_with_their_surnames_and_particles(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A Silva também quer saber.",  # a surname alone: no listed given name
        "joao da silva e maria fernandes",  # lower case, like a model that relies on capitals
        "Sou a Małgorzata Kowalska.",  # a given name that is not listed
        "Bom dia, tudo bem?",
    ],
)
def test_what_the_stand_in_misses(text: str) -> None:
    assert names(text) == []


def test_a_name_stops_at_punctuation_a_line_break_a_dangling_particle_or_a_pronoun() -> None:
    assert names("Ana, Silva") == ["Ana"]
    assert names("Ana\nSilva") == ["Ana"]
    assert names("Ana da") == ["Ana"]
    assert names("Jürgen Müller und Sie") == ["Jürgen Müller"]
    assert names("Ana e Maria Fernandes") == ["Ana", "Maria Fernandes"]  # "e" joins two people


def test_the_api_answers_carry_whole_names_with_code_point_offsets() -> None:
    text = "Olá 👋, sou a Ana Silva; mail ana@example.pt"
    status, body = answer("DetectEntities", "pt", text, None)
    assert status == 200
    [person] = [e for e in body["Entities"] if e["Type"] == "PERSON"]
    assert person["Text"] == "Ana Silva" and text[person["BeginOffset"] : person["EndOffset"]] == "Ana Silva"
    status, body = answer("DetectPiiEntities", "en", text, None)
    assert [(e["Type"], text[e["BeginOffset"] : e["EndOffset"]]) for e in body["Entities"]] == [
        ("NAME", "Ana Silva"),
        ("EMAIL", "ana@example.pt"),
    ]


def test_it_covers_the_market_languages_and_says_what_it_finds_and_misses() -> None:
    assert set(GIVEN_NAMES) >= {"pt", "es", "fr", "de", "it", "en"}
    assert set(PARTICLES) == set(GIVEN_NAMES)
    said = "\n".join(capabilities())
    assert f"{sum(map(len, GIVEN_NAMES.values()))} listed given names" in said
    assert "finds" in said and "misses" in said and "surname alone" in said
    assert "own detectors still run" in said
