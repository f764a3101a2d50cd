"""runtime.privacy.comprehend_plan: which Comprehend calls a message makes, in which order, on which chunks."""

from __future__ import annotations

import pytest

from runtime.privacy.comprehend_plan import (
    DETECT_DOMINANT_LANGUAGE,
    DETECT_ENTITIES,
    DETECT_PII_ENTITIES,
    PlannedCall,
    call_spans,
    follow_up_calls,
    plan_calls,
)
from runtime.privacy.comprehend_results import calls_per_message
from runtime.privacy.types import PiiSpan


def shape(calls: tuple[PlannedCall, ...] | list[PlannedCall]) -> list[tuple[str, str | None, int]]:
    return [(call.operation, call.language, call.offset) for call in calls]


def test_one_pii_language_pii_call_then_entities() -> None:
    plan = plan_calls("Olá, sou a Ana", ["en"])
    assert shape(plan.calls) == [(DETECT_PII_ENTITIES, "en", 0), (DETECT_ENTITIES, "en", 0)]
    assert all(call.text == "Olá, sou a Ana" for call in plan.calls)
    assert plan.language_call is None


def test_language_without_pii_support_gets_entities_only() -> None:
    plan = plan_calls("Olá", ["pt"])
    assert shape(plan.calls) == [(DETECT_ENTITIES, "pt", 0)]


def test_several_languages_language_call_first_then_pii_then_entities_in_configured_order() -> None:
    plan = plan_calls("Hola, soy Ana", ["pt", "es", "en"])
    assert shape(plan.calls) == [
        (DETECT_DOMINANT_LANGUAGE, None, 0),
        (DETECT_PII_ENTITIES, "es", 0),
        (DETECT_PII_ENTITIES, "en", 0),
        (DETECT_ENTITIES, "pt", 0),
        (DETECT_ENTITIES, "es", 0),
        (DETECT_ENTITIES, "en", 0),
    ]
    assert plan.language_call == PlannedCall(DETECT_DOMINANT_LANGUAGE, "Hola, soy Ana")
    assert plan.span_calls == plan.calls[1:]


def test_unsupported_configured_language_is_not_queried() -> None:
    plan = plan_calls("Tere", ["et", "en"])
    assert shape(plan.calls) == [
        (DETECT_DOMINANT_LANGUAGE, None, 0),
        (DETECT_PII_ENTITIES, "en", 0),
        (DETECT_ENTITIES, "en", 0),
    ]
    assert plan.entity_languages == ("en",)


def test_long_text_every_call_per_chunk_language_call_on_the_first_chunk() -> None:
    text = "Ana Silva mora em Lisboa " * 4  # 100 bytes
    plan = plan_calls(text, ["pt", "en"], max_bytes=40)
    assert len(plan.chunks) == 3
    offsets = [offset for offset, _ in plan.chunks]
    assert plan.language_call == PlannedCall(DETECT_DOMINANT_LANGUAGE, plan.chunks[0][1])
    assert shape(plan.span_calls) == [
        *((DETECT_PII_ENTITIES, "en", offset) for offset in offsets),
        *((DETECT_ENTITIES, "pt", offset) for offset in offsets),
        *((DETECT_ENTITIES, "en", offset) for offset in offsets),
    ]
    for call in plan.span_calls:
        assert text[call.offset : call.offset + len(call.text)] == call.text
        assert len(call.text.encode()) <= 40


def test_empty_text_plans_no_call() -> None:
    plan = plan_calls("", ["pt", "en"])
    assert plan.calls == ()


@pytest.mark.parametrize("languages", [["en"], ["pt"], ["pt", "en"], ["es", "en", "de"], ["et"], ["et", "lv"]])
def test_a_short_message_makes_calls_per_message(languages: list[str]) -> None:
    assert len(plan_calls("Ana", languages).calls) == calls_per_message(languages)


def test_follow_up_in_a_supported_language_that_was_not_configured() -> None:
    plan = plan_calls("Guten Tag " * 6, ["pt", "en"], max_bytes=32)
    more = follow_up_calls(plan, "de")
    assert shape(more) == [(DETECT_ENTITIES, "de", offset) for offset, _ in plan.chunks]
    assert [call.text for call in more] == [chunk for _, chunk in plan.chunks]


@pytest.mark.parametrize("detected", ["pt", "en", "xx", None])
def test_no_follow_up_for_a_queried_unsupported_or_unknown_language(detected: str | None) -> None:
    assert follow_up_calls(plan_calls("Olá", ["pt", "en"]), detected) == []


def test_parameters() -> None:
    assert PlannedCall(DETECT_ENTITIES, "x", 3, "pt").parameters() == {"Text": "x", "LanguageCode": "pt"}
    assert PlannedCall(DETECT_DOMINANT_LANGUAGE, "x").parameters() == {"Text": "x"}


def test_call_spans_by_operation_shifted_by_the_chunk_offset() -> None:
    response = {
        "Entities": [
            {"Type": "PERSON", "Score": 0.9, "BeginOffset": 0, "EndOffset": 3},
            {"Type": "EMAIL", "Score": 0.9, "BeginOffset": 4, "EndOffset": 9},
        ]
    }
    entities = call_spans(PlannedCall(DETECT_ENTITIES, "t", 10, "en"), response, 0.5, lambda _: True)
    assert entities == [PiiSpan(10, 13, "NAME", "comprehend-entities", 0.9)]
    pii = call_spans(PlannedCall(DETECT_PII_ENTITIES, "t", 10, "en"), response, 0.5, lambda kind: kind == "EMAIL")
    assert pii == [PiiSpan(14, 19, "EMAIL", "comprehend-pii", 0.9)]
    with pytest.raises(ValueError):
        call_spans(PlannedCall(DETECT_DOMINANT_LANGUAGE, "t"), {}, 0.5, lambda _: True)
