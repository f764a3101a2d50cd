"""Ordinary messages to a bank's assistant, in every market language, keep their words: the contexts that
announce a name (greetings, introductions, relation words, ``vagyok``/``here``), words that end like surnames
and places, holidays and products named for people hold no person. The messages are this suite's own
(``tests/fixtures/name_precision/<language>.txt``, one a line, ``#`` starts a comment), not a corpus's."""

from __future__ import annotations

from pathlib import Path

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.market_languages import EUROPEAN_REGIONS, MARKET_LANGUAGES
from runtime.privacy.types import NAME

FIXTURES = Path(__file__).resolve().parents[4] / "fixtures" / "name_precision"
#: ``no`` is written as ``nb`` or ``nn``.
LANGUAGES = sorted(MARKET_LANGUAGES - {"no"})
MINIMUM_MESSAGES = 40


def messages(language: str) -> list[str]:
    """The ordinary messages of one language's fixture."""
    lines = (FIXTURES / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_enough_messages(language: str) -> None:
    assert len(messages(language)) >= MINIMUM_MESSAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_ordinary_messages_hold_no_name(language: str) -> None:
    found = {}
    for text in messages(language):
        names = [text[s.start : s.end] for s in detect_builtin(text, EUROPEAN_REGIONS) if s.entity_type == NAME]
        if names:
            found[text] = names
    assert found == {}
