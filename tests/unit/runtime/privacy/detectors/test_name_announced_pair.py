"""A given name and a family name in lower case or in capitals right after a relation or an introduction, in the
languages of the zone, and the verbs and places that follow such phrases left alone. The messages are this
file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_announced_pair import announced_pair
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("minha filha beatriz magalhães quer abrir conta", "beatriz magalhães"),  # pt
        ("min dotter aud haugen", "aud haugen"),  # sv
        ("a fiam kovács bence", "kovács bence"),  # hu: family name first
        ("mano sūnus jonas petrauskas", "jonas petrauskas"),  # lt: a surname's ending
        ("fratele meu lucențiu oprea", "lucențiu oprea"),  # ro: a rare given name, a known family name
        ("mijn dochter lizz wildschut", "lizz wildschut"),  # nl
        ("mans brālis jānis kalniņš", "jānis kalniņš"),  # lv
        ("a húgom, szabó eszter", "szabó eszter"),  # hu: a comma after the relation
        ("MINHA FILHA BEATRIZ MAGALHÃES QUER ABRIR CONTA", "BEATRIZ MAGALHÃES"),  # in capitals
    ],
)
def test_a_pair_after_a_relation_is_one_name(text: str, expected: str) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "moja hči gre študirat v tujino",  # sl: a given name that is a word (goes), a verb after it
        "mano draugė gintarė turi sąskaitą",  # lt: a name, then a verb that is a name too (has)
        "mi hermano quiere saber el saldo",  # es: two frequent words
        "mia moglie ha perso la carta",  # it
        "olen kohas lennart meri tänaval",  # et: "I am" at a place, not a name
        "ech sinn nächst woch zu lëtzebuerg",  # lb: "I am" next week
    ],
)
def test_words_after_a_phrase_that_are_no_pair(text: str) -> None:
    words = Words(text)
    assert all(announced_pair(words, index) <= index + 1 for index in range(len(words.words)))


def test_after_i_am_a_pair_needs_a_listed_given_name_and_a_known_family_name() -> None:
    assert "sanne de vries" in found("hallo, ik ben sanne de vries en ik heb een vraag")  # nl: particles between
    words = Words("hallo, ik ben kohas lennart")
    assert announced_pair(words, 3) == 3
