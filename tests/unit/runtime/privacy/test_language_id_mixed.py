"""runtime.privacy.language_id_mixed: when the unmarked words of a message read as a language Comprehend reads."""

from __future__ import annotations

import pytest

from runtime.privacy.comprehend_plan import trusted_language
from runtime.privacy.language_id import LanguageGuess
from runtime.privacy.language_id_mixed import MIN_SHARE, reads_comprehend


@pytest.mark.parametrize(
    ("rest", "mixed"),
    [
        ((("en", 0.7), ("mt", 0.3)), True),
        ((("en", MIN_SHARE / 2), ("es", MIN_SHARE / 2), ("mt", 1 - MIN_SHARE)), True),  # pooled over all it reads
        ((("it", 0.5), ("mt", 0.3), ("hu", 0.2)), False),
        ((("ga", 0.9), ("en", 0.1)), False),
    ],
)
def test_the_rest_is_mixed_when_languages_comprehend_reads_hold_enough_of_it(
    rest: tuple[tuple[str, float], ...], mixed: bool
) -> None:
    assert reads_comprehend(rest) is mixed


def test_a_mixed_guess_is_not_trusted_whatever_its_scores() -> None:
    scores = (("mt", 0.99), ("it", 0.01))
    assert trusted_language(LanguageGuess(scores, 40)) == "mt"
    assert trusted_language(LanguageGuess(scores, 40, mixed=True)) is None
