"""Professional and academic titles before a signed name are no part of it. The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_sign_titles import after_titles, title_token
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Ing. Radmila Horáková", "Radmila Horáková"),
        ("mag. Boštjan Kralj", "Boštjan Kralj"),
        ("doc. dr. Aušrinė Petrauskienė", "Aušrinė Petrauskienė"),
        ("Dipl.-Ing. Gerlinde Haas", "Gerlinde Haas"),
        ("dott.ssa Benedetta Riva", "Benedetta Riva"),
        ("Eng.º Tomé Lacerda", "Tomé Lacerda"),
        ("инж. Веселин Колев", "Веселин Колев"),
        ("Nutar Joseph Grech", "Joseph Grech"),
        ("prof. dr hab. Ewa Nowicka", "Ewa Nowicka"),
    ],
)
def test_titles_before_a_name_are_left_out(value: str, name: str) -> None:
    assert value[after_titles(value, 0, len(value)) :] == name


@pytest.mark.parametrize("value", ["Ing Larsson", "Don Johnson", "Anna Berg", "Dr.", "Di Stefano", "Da Costa"])
def test_a_given_name_a_particle_or_a_lone_title_stays(value: str) -> None:
    assert after_titles(value, 0, len(value)) == 0


def test_a_title_is_written_with_its_dot_or_is_no_given_name() -> None:
    assert title_token("Mgr.")
    assert title_token("Nutar")
    assert not title_token("Ing")  # a given name too, without its dot
    assert not title_token("A")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("S pozdravem\n\nIng. Radmila Horáková\njednatelka | Kolín\ntel.: 602 111 222", "Radmila Horáková"),
        ("Lep pozdrav\nmag. Boštjan Kralj\nvodja prodaje\nT: 041 555 666", "Boštjan Kralj"),
        ("From: Nutar Joseph Grech <jgrech@example.com>\nSubject: Kuntratt\n\nGħażiż klijent", "Joseph Grech"),
    ],
)
def test_a_signature_or_a_sender_line_keeps_the_name_without_its_title(text: str, expected: str) -> None:
    assert expected in found(text)
    assert not any(name.endswith(expected) and name != expected for name in found(text))
