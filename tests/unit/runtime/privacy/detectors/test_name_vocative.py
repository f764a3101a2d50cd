"""Bulgarian given names in the vocative (``Иване``, ``Николино``) after a greeting or a thanks; words that end
so stay words. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Здравей, Николино, как си?", ["Николино"]),
        ("Благодаря ти, Стефане, за помощта.", ["Стефане"]),
    ],
)
def test_a_bulgarian_vocative_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["Добре, утре ще дойда в клона.", "Мило ми е, че помогнахте."])
def test_words_in_e_and_o_stay(text: str) -> None:
    assert found(text) == []
