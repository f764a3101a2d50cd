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
