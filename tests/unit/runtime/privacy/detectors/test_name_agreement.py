"""A given name and a family name written in the same case: the first a case of a given name of any list (a
rare one, or one that is also a word), the second ending as it does or with a surname's ending; places and
institutions whose adjective agrees with their noun stay. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_inflection import listed_endings
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wczoraj spotkałem się z Zenobiuszem Grzelakiem w banku.", ["Zenobiuszem Grzelakiem"]),  # a rare name
        ("Platbu jsem poslal s Nadou Veselou minulý týden.", ["Nadou Veselou"]),  # a name that is also a word
        ("Jučer sam razgovarao s Nikolom Perom o kartici.", ["Nikolom Perom"]),  # masculine in -a, instrumental
        ("Poslala sam novac Nade Horvatić prošli tjedan.", ["Nade Horvatić"]),  # a word's form, then a surname
    ],
)
def test_a_pair_in_one_case_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mam konto w Nowym Sączu i w Zielonej Górze.",
        "Mám účet u Komerční Banky a s Českou Spořitelnou.",
        "Pojedziemy pod Zieloną Górą w sobotę.",
    ],
)
def test_places_and_institutions_in_one_case_stay(text: str) -> None:
    assert found(text) == []


def test_the_endings_of_a_listed_base() -> None:
    assert "em" in listed_endings("ludwikiem") or "iem" in listed_endings("ludwikiem")
    assert listed_endings("anna") == ()  # a given name itself has no case ending to undo


def test_a_shared_accusative_in_u_is_enough() -> None:
    assert found("Pārskaitīju naudu Veltu Ozolu vakar.") == ["Veltu Ozolu"]  # ``Velta`` is a word too
    assert found("Jdu ke Karlovu Mostu zítra.") == []  # no given name's case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wczoraj spotkałem się z zenobiuszem grzelakiem w banku.", ["zenobiuszem grzelakiem"]),  # pl, lower case
        ("pošli novac slavku andrašeku", ["slavku andrašeku"]),  # hr: dative, lower case
        ("pārskaitīju naudu zelmai kalējai", ["zelmai kalējai"]),  # lv
        ("JUČER SAM RAZGOVARAO S NIKOLOM PEROM O KARTICI.", ["NIKOLOM PEROM"]),  # hr, in capitals
    ],
)
def test_a_pair_in_one_case_is_a_name_in_lower_case_or_capitals(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mam konto w nowym sączu i w zielonej górze.",
        "mám účet u komerční banky a s českou spořitelnou.",
        "POJEDZIEMY POD ZIELONĄ GÓRĄ W SOBOTĘ.",
        "jdu ke karlovu mostu zítra.",
    ],
)
def test_places_and_institutions_in_one_case_stay_in_lower_case_or_capitals(text: str) -> None:
    assert found(text) == []
