"""A third person's name after a verb of naming (``Hann heitir Hraunar``), and things named the same way left alone."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.name_called import called_name
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.spans import merge_spans
from runtime.privacy.types import NAME


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == NAME]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hún heitir Sólveig og er fædd 1990.", "Sólveig"),
        ("Er heißt Wendelin Harms und wohnt in Kiel.", "Wendelin Harms"),
        ("Min søster hedder Karoline Friis og vil åbne konto.", "Karoline Friis"),
        ("Zakladatel se jmenuje Bořivoj Malý a chce účet.", "Bořivoj Malý"),
        ("Il s'appelle Anatole Perrin, il a ouvert un compte.", "Anatole Perrin"),
        ("Mi jefe se llama Eusebio Pardo y paga tarde.", "Eusebio Pardo"),
    ],
)
def test_the_name_after_the_verb_is_found(text: str, name: str) -> None:
    """After a person pronoun or a relation any capitalized word is the name; after a noun, a known pair."""
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Das heißt Sie müssen die Karte neu bestellen?",
        "Das Konto heißt Giro Plus, kann ich es wechseln?",
        "Appen hedder MobilePay, hvordan kobler jeg den til?",
        "Unser Hund heißt Bello und frisst viel.",
        "Det heter Autogiro hos er, eller hur?",
    ],
)
def test_things_named_so_are_left_alone(text: str) -> None:
    """A pronoun of a thing, or one unknown word after a noun: no person."""
    assert _names(text) == []


def test_only_words_right_after_the_verb() -> None:
    """The check is on the word right after the verb, not any word further on."""
    words = Words("Er heißt heute nicht mehr Wendelin")
    assert not called_name(words, 5)
    assert called_name(Words("Er heißt Wendelin"), 2)


def test_a_family_name_alone_after_a_noun() -> None:
    """A family name that is no given name is a person's, even after a noun (a mailbox, a doorbell)."""
    assert _names("Dørklokken hedder Kristoffersen, ring bare på.") == ["Kristoffersen"]
