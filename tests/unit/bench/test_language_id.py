"""bench.language_id: the per-language figures of the identification and their table."""

from __future__ import annotations

from bench.language_id import LANGUAGES, measure, messages, table
from runtime.privacy.language_id import LanguageGuess


def test_every_zone_language_has_short_messages_to_measure_on() -> None:
    for language in LANGUAGES:
        found = messages(language)
        assert len(found) >= 25, language
        assert all(3 <= len(message.split()) <= 30 for message in found)


def test_a_guess_that_always_says_danish_is_right_for_danish_and_for_the_calls_of_norwegian() -> None:
    def danish(text: str) -> LanguageGuess:
        return LanguageGuess((("da", 0.99), ("nb", 0.01)), len(text))

    def portuguese(text: str) -> LanguageGuess:
        return LanguageGuess((("pt", 0.99),), len(text))

    da, nb, pt = (measure(danish, language, portuguese) for language in ("da", "nb", "pt"))
    assert (da.zone, da.calls_right, da.trusted, da.calls_pt_en) == (1.0, 1.0, 1.0, 0.0)
    assert (da.model_alone, pt.model_alone) == (0.0, 1.0)  # the first stage's own figure
    assert (nb.zone, nb.calls_right) == (0.0, 1.0)  # neither makes a Comprehend call
    assert (pt.zone, pt.calls_right) == (0.0, 0.0)
    lines = table([da, nb])
    assert lines[-1].startswith(f"| **all** | {da.messages + nb.messages} | ")
