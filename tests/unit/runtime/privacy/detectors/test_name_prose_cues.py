"""Cues around a name in plain prose: a parent's name field, an address opening the message, a speech verb after
the name (with where the person is from between), a relation before a bracket or a dash."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.name_fields import name_key
from runtime.privacy.spans import merge_spans
from runtime.privacy.types import NAME


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == NAME]


@pytest.mark.parametrize(
    "key", ["Όνομα Πατέρα", "Anyja neve", "Isem tal-Missier", "Imię ojca", "Tėvo vardas", "Namn på far", "Nome da mãe"]
)
def test_a_parents_name_field_names_a_name(key: str) -> None:
    assert name_key(key)


@pytest.mark.parametrize("key", ["Nome do banco", "Rodné číslo", "Születési hely"])
def test_other_fields_do_not(key: str) -> None:
    assert not name_key(key)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mirosława, jeśli to czytasz, oddzwoń do mnie.", "Mirosława"),
        ("Hjördís, ef þú lest þetta, hringdu í mig.", "Hjördís"),
        ("Wojciech powiedział, że przeleje pieniądze jutro.", "Wojciech"),
        ("Radovan je rekel, da bo denar prišel.", "Radovan"),
        ("Fenna van de bakkerij zei dat jullie een pinautomaat uitlenen.", "Fenna"),
        ("Oliver from the garage said to call him after five.", "Oliver"),
        ("Moja siostra (Helena Kruk) chce otworzyć konto.", "Helena Kruk"),
        ("Mans brālis — Edgars Liepiņš — grib kontu.", "Edgars Liepiņš"),
    ],
)
def test_the_cue_announces_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Sofia, Plovdiv and Varna have branches open on Saturday.",
        "Paris from above said nothing about the fee.",
        "Róża, tulipan i bez kosztują razem 40 zł.",
    ],
)
def test_towns_and_words_opening_a_message_are_left_alone(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    "key",
    [
        "Apellidos y nombre como en el DNI",
        "Name laut Ausweis",
        "Perekonnanimi ja eesnimi nagu passis",
        "Prezime i ime kao na osobnoj",
        "Efternavn og fornavn som i passet",
    ],
)
def test_a_name_field_with_where_it_is_copied_from(key: str) -> None:
    """A note of where the value is copied from after the field's name leaves it a name field."""
    assert name_key(key)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("¿Puede firmar su madre Nieves Urquiza por él?", "Nieves Urquiza"),
        ("Seine Schwester Hiltrud Oberle ruft morgen an.", "Hiltrud Oberle"),
        ("Jej syn Kacper Zawada chce założyć konto.", "Kacper Zawada"),
        ("Η κόρη της η Φωτεινή Λάμπρου θέλει λογαριασμό.", "Φωτεινή Λάμπρου"),
        ("Dóttir hennar Vigdís Hrafnsdóttir vill opna reikning.", "Vigdís Hrafnsdóttir"),
    ],
)
def test_another_persons_relation_announces_the_name(text: str, name: str) -> None:
    """A relation with a third person's possessive announces the name as one with ``my`` does."""
    assert _names(text) == [name]
