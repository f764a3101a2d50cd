"""A disguised address whose local part is an ordinary word, after words asking to be written to or reached."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin


def emails(text: str) -> list[str]:
    """The EMAIL values of ``text``."""
    return [text[s.start : s.end] for s in detect_builtin(text) if s.entity_type == "EMAIL"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("you can reach me on maple at birchwood dot net", "maple at birchwood dot net"),
        ("my email address is river at stonebridge dot org", "river at stonebridge dot org"),
        ("WRITE TO ME: GARDEN AT HOLLOWAY DOT COM", "GARDEN AT HOLLOWAY DOT COM"),
    ],
)
def test_an_ordinary_word_as_the_local_part_after_a_cue(text: str, address: str) -> None:
    assert emails(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "I bought it at amazon dot com",  # no cue
        "contact us, we shop at amazon dot com",  # the cue in another clause
        "write to me when you arrive, I work at home dot com",
    ],
)
def test_a_sentence_with_at_and_dot_stays(text: str) -> None:
    assert emails(text) == []
