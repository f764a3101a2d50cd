"""runtime.privacy.comprehend_results: byte-limited chunks, Comprehend answers to spans, language choice."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runtime.privacy.comprehend_results import (
    calls_per_message,
    chunk_text,
    dominant_language,
    follow_up_language,
    person_entity_spans,
    pii_entity_spans,
)
from runtime.privacy.types import PiiSpan


def test_short_text_is_one_chunk() -> None:
    assert chunk_text("Olá João") == [(0, "Olá João")]
    assert chunk_text("") == []


def test_chunks_respect_the_byte_limit_and_cut_between_words() -> None:
    text = "João da Silva " * 20
    chunks = chunk_text(text, max_bytes=40)
    assert "".join(chunk for _, chunk in chunks) == text
    for offset, chunk in chunks:
        assert len(chunk.encode()) <= 40
        assert text[offset : offset + len(chunk)] == chunk
        assert chunk.endswith(" ") or offset + len(chunk) == len(text)


@given(st.text(min_size=1, max_size=300), st.integers(min_value=4, max_value=50))
def test_chunks_cover_any_text_exactly(text: str, limit: int) -> None:
    chunks = chunk_text(text, max_bytes=limit)
    assert "".join(chunk for _, chunk in chunks) == text
    assert all(len(chunk.encode()) <= limit for _, chunk in chunks)
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in chunks)


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


def test_languages() -> None:
    assert dominant_language([{"LanguageCode": "en", "Score": 0.2}, {"LanguageCode": "pt-BR", "Score": 0.7}]) == "pt"
    assert dominant_language([]) is None
    assert follow_up_language("de", ["pt", "en"]) == "de"
    assert follow_up_language("pt", ["pt", "en"]) is None
    assert follow_up_language("xx", ["pt", "en"]) is None
    assert follow_up_language(None, ["pt"]) is None


@pytest.mark.parametrize(
    ("languages", "calls"),
    [(["en"], 2), (["pt"], 1), (["pt", "en"], 4), (["pt", "en", "es", "de", "fr", "it"], 9), (["pt", "xx"], 2)],
)
def test_calls_per_message_counts_every_call_a_message_makes_at_once(languages: list[str], calls: int) -> None:
    assert calls_per_message(languages) == calls
