"""runtime.privacy.comprehend_plan: a planned call's parameters and the spans of its answer (which calls a
message makes: test_comprehend_plan_language)."""

from __future__ import annotations

import pytest

from runtime.privacy.comprehend_plan import DETECT_ENTITIES, DETECT_PII_ENTITIES, PlannedCall, call_spans
from runtime.privacy.types import PiiSpan


def test_parameters() -> None:
    assert PlannedCall(DETECT_ENTITIES, "x", 3, "pt").parameters() == {"Text": "x", "LanguageCode": "pt"}


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
        call_spans(PlannedCall("DetectKeyPhrases", "t", 0, "en"), {}, 0.5, lambda _: True)
