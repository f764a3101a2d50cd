"""A given name that ends a greeting or a closing is the formula's word; the same name elsewhere is a person."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("schéinen Dag nach", []),
        ("Merci, e schéinen Dag!", []),
        ("Gëschter huet den Dag Hansen ugeruff.", ["Dag Hansen"]),
    ],
)
def test_a_greeting_word_is_no_name(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME] == expected
