"""bench.targets: the call, cost-share and identification targets judged from an identifier."""

from __future__ import annotations

from bench.language_id import LANGUAGES, messages
from bench.targets import CALLS_PER_MESSAGE, accuracy_checks, calls_check, share_checks
from bench.turn_cost import stack_assumptions
from runtime.privacy.language_id import LanguageGuess


def unsure(_: str) -> LanguageGuess:
    return LanguageGuess((), 0)


def always(language: str) -> LanguageGuess:
    return LanguageGuess(((language, 1.0),), 100)


def test_an_unsure_identifier_makes_every_configured_call_and_misses_the_call_target() -> None:
    check = calls_check(unsure, 60.0, stack_assumptions())
    assert not check.met
    assert "pt 2.00" in check.measured and "en 2.00" in check.measured  # DetectEntities(pt) + DetectPiiEntities(en)
    assert CALLS_PER_MESSAGE < 2


def test_a_sure_identifier_makes_one_call_a_message() -> None:
    check = calls_check(lambda _: always("pt"), 60.0, stack_assumptions())
    assert check.met and "conversation 1.00" in check.measured


def test_fewer_calls_lower_the_privacy_share_of_every_small_model() -> None:
    before = share_checks(unsure, 60.0, stack_assumptions())
    now = share_checks(lambda _: always("pt"), 60.0, stack_assumptions())
    assert len(before) == len(now) >= 2
    for slow, fast in zip(before, now, strict=True):
        assert float(fast.measured.split("%")[0]) < float(slow.measured.split("%")[0])


def test_accuracy_is_judged_per_configured_language() -> None:
    english_only = accuracy_checks(lambda _: always("en"), ["en"])
    assert english_only[0].met and english_only[0].measured == f"en 100.0% of {len(messages('en'))}"
    with_portuguese = accuracy_checks(lambda _: always("en"), ["en", "pt"])
    assert not with_portuguese[0].met and "pt 0.0%" in with_portuguese[0].measured
    assert not with_portuguese[1].met and f"1/{len(LANGUAGES)}" in with_portuguese[1].measured
