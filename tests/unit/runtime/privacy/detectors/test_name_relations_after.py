"""A given name opening a sentence is a name when a relation describes it after it: a Hungarian relation in its
case (``Tünde lányomnak``) or a comma and a relation phrase (``Ágnes, a feleségem``); the relation stays out of
the name. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_phrases import relation_follows
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gizella lányomnak szeretnék kártyát igényelni.", ["Gizella"]),
        ("Ildikó nővéremmel beszéltem tegnap.", ["Ildikó"]),
        ("gizella lányomnak kártyát kérek", ["gizella"]),  # the relation is no part of the name
        ("Ildikó, a feleségem, holnap hívja önöket.", ["Ildikó"]),
        ("Marta, a minha mulher, vai ligar amanhã.", ["Marta"]),
    ],
)
def test_a_name_described_by_a_relation_after_it(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_a_comma_and_other_words_announce_nothing() -> None:
    """No relation after the comma: the relation does not announce the name (a message opening with a name and a
    comma addresses that person, see ``names``)."""
    assert not relation_follows(Words("Olivia, thanks for the quick help."), 0)
