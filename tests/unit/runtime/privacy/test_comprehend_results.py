"""runtime.privacy.comprehend_results: Comprehend answers to spans, the most calls a message makes at once
(chunks: test_comprehend_chunks)."""

from __future__ import annotations

import pytest

from runtime.privacy.comprehend_plan import plan_message
from runtime.privacy.comprehend_results import calls_per_message, person_entity_spans, pii_entity_spans
from runtime.privacy.language_id import LanguageGuess
from runtime.privacy.types import PiiSpan


def test_pii_entities_filtered_by_type_and_score_and_shifted() -> None:
    entities = [
        {"Type": "NAME", "Score": 0.9, "BeginOffset": 0, "EndOffset": 4},
        {"Type": "EMAIL", "Score": 0.4, "BeginOffset": 5, "EndOffset": 9},
        {"Type": "URL", "Score": 0.99, "BeginOffset": 10, "EndOffset": 12},
    ]
    spans = pii_entity_spans(entities, 100, 0.5, lambda kind: kind != "URL")
    assert spans == [PiiSpan(100, 104, "NAME", "comprehend-pii", 0.9)]


def test_only_person_entities_become_names() -> None:
    entities = [
        {"Type": "PERSON", "Score": 0.8, "BeginOffset": 3, "EndOffset": 7},
        {"Type": "ORGANIZATION", "Score": 0.99, "BeginOffset": 8, "EndOffset": 12},
        {"Type": "PERSON", "Score": 0.2, "BeginOffset": 13, "EndOffset": 15},
    ]
    assert person_entity_spans(entities, 0, 0.5) == [PiiSpan(3, 7, "NAME", "comprehend-entities", 0.8)]


@pytest.mark.parametrize(
    ("languages", "calls"),
    [(["en"], 2), (["pt"], 2), (["pt", "en"], 3), (["pt", "en", "es", "de", "fr", "it"], 7), (["pl", "nl"], 0)],
)
def test_calls_per_message_is_the_most_a_short_message_makes_at_once(languages: list[str], calls: int) -> None:
    assert calls_per_message(languages) == calls
    unsure = LanguageGuess((("de", 0.5), ("da", 0.5)), 40)  # every configured language and an unconfigured one
    most = len(plan_message("Hallo", languages, unsure).calls)
    assert most <= calls and (most == calls or "de" in languages)
