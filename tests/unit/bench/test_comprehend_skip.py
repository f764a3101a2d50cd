"""bench.comprehend_skip: which messages skip Comprehend, and that none holding a value does."""

from __future__ import annotations

import pytest

from bench.comprehend_skip import MIX_STACK, chat_mix, corpora, measure, mix_use, table
from runtime.privacy.comprehend_plan import trusted_language
from runtime.privacy.comprehend_skip import CallSkipper
from runtime.privacy.language_id import LanguageGuess, LanguageIdentifier


def english(text: str) -> LanguageGuess:
    return LanguageGuess((("en", 0.99),), len(text))


def test_a_skipped_message_holding_a_value_is_counted_and_recall_compared() -> None:
    corpus = [
        ("en", "Thanks, that helped.", ()),
        ("en", "My name is Alice Johnson.", (("NAME", 11, 24),)),
    ]
    # a skip test that skips everything, and built-in detectors that find nothing: the stand-in alone finds Alice
    figures = measure(corpus, english, lambda text, language: True, builtin_detect=lambda text, regions: [])
    assert (figures.messages, figures.with_values, figures.skipped, figures.skipped_with_values) == (2, 1, 2, 1)
    assert (figures.values, figures.found_before, figures.found_after) == (1, 1, 0)
    assert (figures.calls_before, figures.calls_after) == (2, 0)
    assert table({"x": figures})[-1].startswith("| x | 2 | 1 | 2 (100%) | 1 | 1/1 | 0/1 |")


def test_the_mix_holds_portuguese_and_english_messages_once_each() -> None:
    mix = chat_mix()
    texts = [text for _, text, _ in mix]
    assert len(texts) == len(set(texts))
    assert {language for language, _, _ in mix} == set(MIX_STACK)
    assert any(values for _, _, values in mix) and any(not values for _, _, values in mix)
    calls, units = mix_use(english, None)
    assert calls == pytest.approx(1.0) and units >= 3.0  # English trusted: DetectPiiEntities alone


@pytest.fixture(scope="module")
def identify() -> LanguageIdentifier:
    return LanguageIdentifier()


@pytest.mark.parametrize("name", ["personal_corpus", "messy_corpus"])
def test_no_message_of_the_personal_data_corpora_skips_comprehend(identify: LanguageIdentifier, name: str) -> None:
    quiet = CallSkipper()
    messages = corpora()[name]
    assert messages
    for _, text, values in messages:
        trusted = trusted_language(identify.identify(text))
        assert values
        assert trusted is None or not quiet(text, trusted), text
