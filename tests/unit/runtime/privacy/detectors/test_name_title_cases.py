"""Titles in their cases before a surname (``gospodinu Babiću``, ``poniai Kazlauskienei``, ``doamnei Popescu``)."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.names import detect


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Molim proslijedite to gospodinu Babiću, on vodi moj predmet.", "Babiću"),
        ("Dokumentus perdaviau poniai Kazlauskienei skyriuje.", "Kazlauskienei"),
        ("Am predat documentele doamnei Popescu la sucursală.", "Popescu"),
        ("Prosím odovzdajte to pánovi Hudecovi, vybavuje moju žiadosť.", "Hudecovi"),
        ("Palun edastage see härra Saarele, ta tegeleb mu avaldusega.", "Saarele"),
        ("Παρακαλώ προωθήστε το στον κύριο Γεωργίου, χειρίζεται την υπόθεσή μου.", "Γεωργίου"),
    ],
)
def test_surname_after_a_title_in_its_case(text: str, name: str) -> None:
    """The surname after the title is found alone."""
    assert [text[span.start : span.end] for span in detect(text)] == [name]


def test_title_before_a_lower_case_word_marks_nothing() -> None:
    """A title before an ordinary word is no name."""
    assert detect("Prosím odovzdajte to pánovi z pobočky, vybavuje moju žiadosť.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lūdzu nododiet to Kalniņa kungam, viņš kārto manu lietu.", "Kalniņa"),
        ("Kérem, továbbítsák Nagy úrnak, ő intézi az ügyemet.", "Nagy"),
        ("Jeg ble ringt opp av Kari Dahl fra banken om lånet.", "Kari Dahl"),
    ],
)
def test_surname_before_a_title_or_after_av(text: str, name: str) -> None:
    """A surname before a title written after it, and a name after the Scandinavian ``av`` (no avenue)."""
    assert [text[span.start : span.end] for span in detect(text)] == [name]


def test_avenue_abbreviation_still_a_place() -> None:
    """``Av.`` and ``Av`` capitalized still begin a street, whose person's name is no name of the message."""
    assert detect("Moro na Av. João Pessoa.") == []


@pytest.mark.parametrize(
    ("text", "maiden"),
    [
        ("Konto mojej mamy, Haliny z domu Wiśniewskiej, zablokowane.", "Wiśniewskiej"),
        ("Manželka Jana, roz. Dvořáková, chce účet.", "Dvořáková"),
        ("Moja mama, rođena Kovač, ima račun.", "Kovač"),
    ],
)
def test_maiden_name(text: str, maiden: str) -> None:
    """The maiden name after ``z domu``, ``roz.``, ``rođena`` is found."""
    assert maiden in [text[span.start : span.end] for span in detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Je bankomat u Domu Jana Palacha?",
        "je bankomat u domu jana palacha?",
        "Pobočka je v Domu Karla Čapka.",
    ],
)
def test_domu_without_z_is_a_house_not_a_maiden_name(text: str) -> None:
    """``domu`` starts a maiden name only after ``z``: alone it is a house's (a building named after a person)."""
    assert detect(text) == []


def test_maiden_name_after_z_domu_is_still_found() -> None:
    """The maiden name after ``z domu`` stays a name."""
    text = "Mama Haliny z domu Kowalskiej dzwoniła."
    assert "Kowalskiej" in [text[span.start : span.end] for span in detect(text)]
