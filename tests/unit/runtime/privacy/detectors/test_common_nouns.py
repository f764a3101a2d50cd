"""German nouns, capitalized mid-sentence, that look like an inflected given name (``Stelle``, ``Sache``) are
common words (``common_words.txt.gz``), no lone names. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


@pytest.mark.parametrize(
    "text",
    ["Die Rate ist pro Monat fällig.", "Zahlung für Monat Mai.", "Gute Sache, danke.", "Wir gehen zum Markt.",
     "Das steht an erster Stelle."],
)  # fmt: skip
def test_german_nouns_are_no_names(text: str) -> None:
    assert [span for span in names.detect(text) if span.entity_type == NAME] == []


def test_a_given_name_beside_them_is_still_a_name() -> None:
    text = "Die Rate zahlt Mona Weber pro Monat."
    assert [text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME] == ["Mona Weber"]
