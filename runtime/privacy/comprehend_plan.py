"""Which Amazon Comprehend calls detection makes for a message, in which order (pure: no AWS calls).

All planned calls are sent at once, in plan order (`runtime.privacy.detection` only sends them, through
`runtime.aws.comprehend`):
1. `DetectDominantLanguage` on the first chunk, when several languages are configured: its answer decides
   whether one more call follows, so it leaves first;
2. `DetectPiiEntities` in each configured language it supports (en, es), per chunk: the slowest kind, so it
   leaves before the `DetectEntities` calls;
3. `DetectEntities` (PERSON) in each configured language it supports, per chunk.
Should the message turn out to be in a supported language that is not configured, `follow_up_calls` plans
`DetectEntities` in that language for every chunk. Not speculative (`CHAT_COMPREHEND_SPECULATIVE=false`, with
several languages), step 3 waits for the language: `DetectEntities` in the detected language only (in every
configured one when it is unknown or not supported: never fail open), fewer calls for one round trip more.
Chunks stay under Comprehend's byte limit (`runtime.privacy.comprehend_results.chunk_text`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from runtime.privacy.comprehend_results import (
    ENTITY_LANGUAGES,
    MAX_TEXT_BYTES,
    PII_LANGUAGES,
    chunk_text,
    follow_up_language,
    person_entity_spans,
    pii_entity_spans,
)
from runtime.privacy.types import PiiSpan

DETECT_DOMINANT_LANGUAGE = "DetectDominantLanguage"
DETECT_PII_ENTITIES = "DetectPiiEntities"
DETECT_ENTITIES = "DetectEntities"


@dataclass(frozen=True)
class PlannedCall:
    """One Comprehend call: the operation, the chunk of text (at `offset` code points into the message) and
    the language code it is made in (None for `DetectDominantLanguage`, which takes none)."""

    operation: str
    text: str
    offset: int = 0
    language: str | None = None

    def parameters(self) -> dict[str, str]:
        """The call's request parameters (`Text`, and `LanguageCode` when it takes one)."""
        if self.language is None:
            return {"Text": self.text}
        return {"Text": self.text, "LanguageCode": self.language}


@dataclass(frozen=True)
class ComprehendPlan:
    """The calls to send at once for one message, and what a follow-up needs (chunks, languages queried)."""

    calls: tuple[PlannedCall, ...]
    chunks: tuple[tuple[int, str], ...]
    entity_languages: tuple[str, ...]
    #: `DetectEntities` waits for the detected language (not speculative).
    deferred: tuple[str, ...] = ()

    @property
    def language_call(self) -> PlannedCall | None:
        """The `DetectDominantLanguage` call, when planned."""
        return next((call for call in self.calls if call.operation == DETECT_DOMINANT_LANGUAGE), None)

    @property
    def span_calls(self) -> tuple[PlannedCall, ...]:
        """The calls whose answers hold spans (every call but the language one), in plan order."""
        return tuple(call for call in self.calls if call.operation != DETECT_DOMINANT_LANGUAGE)


def plan_calls(
    text: str, languages: Sequence[str], max_bytes: int = MAX_TEXT_BYTES, speculative: bool = True
) -> ComprehendPlan:
    """The Comprehend calls for `text` with these configured languages (see the module docstring)."""
    chunks = tuple(chunk_text(text, max_bytes))
    entity_languages = tuple(lang for lang in languages if lang in ENTITY_LANGUAGES)
    calls: list[PlannedCall] = []
    if len(languages) > 1 and chunks:
        calls.append(PlannedCall(DETECT_DOMINANT_LANGUAGE, chunks[0][1]))
    for lang in (lang for lang in languages if lang in PII_LANGUAGES):
        calls.extend(PlannedCall(DETECT_PII_ENTITIES, chunk, offset, lang) for offset, chunk in chunks)
    if calls and calls[0].operation == DETECT_DOMINANT_LANGUAGE and not speculative:
        return ComprehendPlan(tuple(calls), chunks, (), deferred=entity_languages)  # entities once known
    for lang in entity_languages:
        calls.extend(PlannedCall(DETECT_ENTITIES, chunk, offset, lang) for offset, chunk in chunks)
    return ComprehendPlan(tuple(calls), chunks, entity_languages)


def follow_up_calls(plan: ComprehendPlan, detected: str | None) -> list[PlannedCall]:
    """`DetectEntities` per chunk in the detected language when it is supported but was not queried (a deferred
    plan: in the detected language, else in every configured one)."""
    if plan.deferred:
        wanted = (detected,) if detected in ENTITY_LANGUAGES else plan.deferred
        return [PlannedCall(DETECT_ENTITIES, chunk, offset, lang) for lang in wanted for offset, chunk in plan.chunks]
    extra = follow_up_language(detected, plan.entity_languages)
    if extra is None:
        return []
    return [PlannedCall(DETECT_ENTITIES, chunk, offset, extra) for offset, chunk in plan.chunks]


def call_spans(
    call: PlannedCall,
    response: Mapping[str, Any],
    min_score: float,
    enabled: Callable[[str], bool],
) -> list[PiiSpan]:
    """The spans of a span call's answer, in message offsets (`enabled` filters DetectPiiEntities types)."""
    entities: Iterable[Mapping[str, Any]] = response.get("Entities", [])
    if call.operation == DETECT_PII_ENTITIES:
        return pii_entity_spans(entities, call.offset, min_score, enabled)
    if call.operation == DETECT_ENTITIES:
        return person_entity_spans(entities, call.offset, min_score)
    raise ValueError(f"{call.operation} answers hold no spans")
