"""comprehend_plan with CHAT_COMPREHEND_SPECULATIVE=false: DetectEntities waits for the detected language."""

from __future__ import annotations

from runtime.privacy.comprehend_plan import (
    DETECT_DOMINANT_LANGUAGE,
    DETECT_ENTITIES,
    DETECT_PII_ENTITIES,
    follow_up_calls,
    plan_calls,
)

TEXT = "Olá, chamo-me Maria Fernandes."


def operations(calls: object) -> list[tuple[str, str | None]]:
    return [(call.operation, call.language) for call in calls]  # type: ignore[attr-defined]


def test_not_speculative_sends_the_language_and_pii_calls_first() -> None:
    plan = plan_calls(TEXT, ("pt", "en", "es"), speculative=False)
    assert operations(plan.calls) == [
        (DETECT_DOMINANT_LANGUAGE, None),
        (DETECT_PII_ENTITIES, "en"),
        (DETECT_PII_ENTITIES, "es"),
    ]
    assert operations(follow_up_calls(plan, "pt")) == [(DETECT_ENTITIES, "pt")]


def test_an_unknown_or_unsupported_language_queries_every_configured_one() -> None:
    plan = plan_calls(TEXT, ("pt", "en"), speculative=False)
    expected = [(DETECT_ENTITIES, "pt"), (DETECT_ENTITIES, "en")]
    assert operations(follow_up_calls(plan, None)) == expected
    assert operations(follow_up_calls(plan, "xx")) == expected


def test_a_supported_language_not_configured_is_queried_alone() -> None:
    plan = plan_calls(TEXT, ("pt", "en"), speculative=False)
    assert operations(follow_up_calls(plan, "de")) == [(DETECT_ENTITIES, "de")]


def test_speculative_and_single_language_plans_are_unchanged() -> None:
    speculative = plan_calls(TEXT, ("pt", "en"))
    assert operations(speculative.calls) == [
        (DETECT_DOMINANT_LANGUAGE, None),
        (DETECT_PII_ENTITIES, "en"),
        (DETECT_ENTITIES, "pt"),
        (DETECT_ENTITIES, "en"),
    ]
    assert follow_up_calls(speculative, "pt") == []
    single = plan_calls(TEXT, ("pt",), speculative=False)
    assert operations(single.calls) == [(DETECT_ENTITIES, "pt")]
    assert follow_up_calls(single, "pt") == []
