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

With the language identified on the function (`runtime.privacy.language_id`), `plan_message` plans only the
calls that language needs (`language_calls`: DetectPiiEntities alone in en and es, whose NAME covers
DetectEntities' PERSON; DetectEntities alone in the other languages Comprehend reads; none in the others, left
to the built-in detectors), all sent at once: no DetectDominantLanguage, no follow-up. When the guess is unsure
(too few letters, or the languages making the same calls hold too little of the probability: short or mixed
text), the calls of every configured language and of the guess (`unsure_calls`), never fewer than that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from runtime.privacy.comprehend_results import (
    ENTITY_LANGUAGES,
    MAX_TEXT_BYTES,
    PII_LANGUAGES,
    chunk_sentences,
    chunk_text,
    follow_up_language,
    person_entity_spans,
    pii_entity_spans,
)
from runtime.privacy.language_id import LanguageGuess
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


#: A guess is trusted when the languages making the same calls as the most probable one hold at least this much
#: of the model's probability (measured on short chat messages: docs/language-id.md)...
MIN_CONFIDENCE = 0.9
#: ...and it was made from at least this many letters (a greeting or a lone name says little about a language).
MIN_LETTERS = 12


def language_calls(language: str) -> tuple[str, ...]:
    """The Comprehend operations a message in `language` needs: DetectPiiEntities alone where it reads the
    language (its NAME covers DetectEntities' PERSON), DetectEntities where only that reads it, else none."""
    if language in PII_LANGUAGES:
        return (DETECT_PII_ENTITIES,)
    if language in ENTITY_LANGUAGES:
        return (DETECT_ENTITIES,)
    return ()


def stack_calls(languages: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Per configured language, the Comprehend operations a message in it makes once identified (the review
    states these; a message whose language is unsure makes `unsure_calls`)."""
    return {language: language_calls(language) for language in languages}


def unsure_calls(languages: Sequence[str], guess: str | None = None) -> tuple[tuple[str, str], ...]:
    """(operation, language) of a message whose language is unsure: the calls of every configured language and
    of the most probable one, DetectPiiEntities first (the slowest kind leaves first)."""
    wanted = [*languages, *([guess] if guess else [])]
    calls = dict.fromkeys((operation, language) for language in wanted for operation in language_calls(language))
    return tuple(sorted(calls, key=lambda call: call[0] != DETECT_PII_ENTITIES))


def trusted_language(guess: LanguageGuess, min_confidence: float = MIN_CONFIDENCE) -> str | None:
    """The guessed language when it can be trusted to choose the calls, else None (unsure)."""
    top = guess.language
    if top is None or guess.letters < MIN_LETTERS:
        return None
    needs = language_calls(top)
    mass = sum(score for language, score in guess.scores if language_calls(language) == needs)
    return top if mass >= min_confidence else None


def message_calls(
    guess: LanguageGuess, languages: Sequence[str], min_confidence: float = MIN_CONFIDENCE
) -> tuple[tuple[str, str], ...]:
    """(operation, language) of every Comprehend call a message makes: its language's when trusted, else the
    calls of every configured language and of the guess (never fewer)."""
    trusted = trusted_language(guess, min_confidence)
    if trusted is not None:
        return tuple((operation, trusted) for operation in language_calls(trusted))
    return unsure_calls(languages, guess.language)


def plan_message(
    text: str,
    languages: Sequence[str],
    guess: LanguageGuess,
    max_bytes: int = MAX_TEXT_BYTES,
    min_confidence: float = MIN_CONFIDENCE,
) -> ComprehendPlan:
    """Every Comprehend call for `text`, sent at once: `message_calls` on every chunk (no language call, no
    follow-up)."""
    chunks = tuple(chunk_sentences(text, max_bytes))
    calls = message_calls(guess, languages, min_confidence)
    planned = tuple(PlannedCall(op, chunk, offset, lang) for op, lang in calls for offset, chunk in chunks)
    entity_languages = tuple(lang for op, lang in calls if op == DETECT_ENTITIES)
    return ComprehendPlan(planned, chunks, entity_languages)
