"""A known given name in lower case takes a rare word as its surname after a preposition that names a person
(``door``, ``naar``, ``an``, ``til``), and a lower-case particle begins no name written surname first. The
sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("betaald door maya vrijhoeven gisteren", ["maya vrijhoeven"]),
        ("ich habe es an anna grubmüller geschickt", ["anna grubmüller"]),
        ("jeg sendte pengene til ingrid skaugvoll", ["ingrid skaugvoll"]),
        ("van maya vrijhoeven", ["maya vrijhoeven"]),  # ``van`` is the preposition here, not a surname
    ],
)
def test_a_rare_surname_after_a_preposition(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_a_verb_before_the_pair_still_leaves_it() -> None:
    assert found("ta andis tühja lubaduse") == []  # Estonian: a verb and a noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ontem paguei à olga roosileht a renda", ["olga roosileht"]),  # pt: a whole message in lower case
        ("wir haben vincenc tavčar das geld überwiesen", ["vincenc tavčar"]),  # de: after a verb
        ("kas saaksite tiiu sobolev kontot kontrollida?", ["tiiu sobolev"]),  # et
        ("please check marijan eržen", ["marijan eržen"]),  # en: at the message's end
    ],
)
def test_a_rare_surname_anywhere_in_a_message_typed_all_in_lower_case(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_in_a_message_with_capitals_a_lower_case_pair_is_words() -> None:
    assert found("Wir haben vincenc tavčar das Geld überwiesen") == []  # capitals elsewhere: no hurried typing


def test_in_a_message_typed_in_lower_case_a_pair_before_more_rare_words_is_words() -> None:
    assert found("ta andis tühja lubaduse") == []  # et: a verb, an adjective and its noun
