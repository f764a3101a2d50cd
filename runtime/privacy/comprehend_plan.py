"""Which Amazon Comprehend calls detection makes for a message, in which order (pure: no AWS calls).

The message's language is identified on the function (`runtime.privacy.language_id`); `plan_message` plans only the
calls that language needs (`language_calls`: DetectPiiEntities alone in en and es, whose NAME covers
DetectEntities' PERSON; DetectEntities alone in the other languages Comprehend reads; none in the others, left to
the built-in detectors; a stack none of whose configured languages Comprehend reads makes no call at all). When the
guess is unsure (too few letters, or the languages making the same calls hold too little of the probability: short
or mixed text; or another configured language making calls of its own holds a share of it: `stack_trusted`), the
calls of every configured language and of the guess (`unsure_calls`), never fewer. A message
whose trusted language Comprehend reads and which provably holds nothing it would add (`quiet`:
`runtime.privacy.comprehend_skip.nothing_to_add`) makes none. All calls are sent at once
(`runtime.privacy.detection`), DetectPiiEntities first (the slowest kind), each on every chunk of the message:
chunks end after a sentence and overlap, within Comprehend's byte limit
(`runtime.privacy.comprehend_results.chunk_sentences`). `stack_calls` states per configured language what a stack
calls (the review shows it).
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
    person_entity_spans,
    pii_entity_spans,
)
from runtime.privacy.language_id import LanguageGuess
from runtime.privacy.types import PiiSpan

DETECT_PII_ENTITIES = "DetectPiiEntities"
DETECT_ENTITIES = "DetectEntities"


@dataclass(frozen=True)
class PlannedCall:
    """One Comprehend call: the operation, the chunk of text (at `offset` code points into the message) and
    the language code it is made in."""

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
    """The calls to send at once for one message, its chunks and the languages DetectEntities is called in."""

    calls: tuple[PlannedCall, ...]
    chunks: tuple[tuple[int, str], ...]
    entity_languages: tuple[str, ...]


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
#: A configured language that makes Comprehend calls of its own and holds at least this much of the probability
#: while another language is guessed makes the guess unsure in that stack: trusted, the guess would drop that
#: language's calls (a Portuguese message read as Spanish or Italian, both of which pool with Portuguese above,
#: would be read by Comprehend in Spanish or Italian only).
RIVAL_SHARE = 0.05
#: The same for the reading before the word stage: a message mixing languages whose words of one only the word
#: stage weighs (English words are too common in every language's list to be listed).
MODEL_RIVAL_SHARE = 0.2


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
    states these; a message whose language is unsure makes `unsure_calls`, one in another language Comprehend
    reads makes that language's, in a stack that `calls_comprehend`)."""
    return {language: language_calls(language) for language in languages}


def calls_comprehend(languages: Sequence[str]) -> bool:
    """Whether a stack of these configured languages calls Comprehend at all: only when it reads one of them
    (a stack of languages it cannot read sends no message to it, whatever language a message is in)."""
    return any(language_calls(language) for language in languages)


def unsure_calls(languages: Sequence[str], guess: str | None = None) -> tuple[tuple[str, str], ...]:
    """(operation, language) of a message whose language is unsure: the calls of every configured language and
    of the most probable one, DetectPiiEntities first (the slowest kind leaves first)."""
    wanted = [*languages, *([guess] if guess else [])]
    calls = dict.fromkeys((operation, language) for language in wanted for operation in language_calls(language))
    return tuple(sorted(calls, key=lambda call: call[0] != DETECT_PII_ENTITIES))


def trusted_language(guess: LanguageGuess, min_confidence: float = MIN_CONFIDENCE) -> str | None:
    """The guessed language when it can be trusted to choose the calls, else None (unsure; a mixed message too)."""
    top = guess.language
    if top is None or guess.letters < MIN_LETTERS or guess.mixed:
        return None
    needs = language_calls(top)
    mass = sum(score for language, score in guess.scores if language_calls(language) == needs)
    return top if mass >= min_confidence else None


def stack_trusted(guess: LanguageGuess, languages: Sequence[str], min_confidence: float = MIN_CONFIDENCE) -> str | None:
    """The guess when trusted (`trusted_language`) and no other configured language making Comprehend calls holds
    `RIVAL_SHARE` of the probability or more, or `MODEL_RIVAL_SHARE` before the word stage (a mixed message whose
    words of one language that stage weighs), else None (unsure in this stack)."""
    trusted = trusted_language(guess, min_confidence)
    if trusted is None:
        return None
    rivals = (language for language in languages if language != trusted and language_calls(language))
    shares = [guess.share(language) for language in rivals]
    return None if any(final >= RIVAL_SHARE or model >= MODEL_RIVAL_SHARE for final, model in shares) else trusted


def message_calls(
    guess: LanguageGuess, languages: Sequence[str], min_confidence: float = MIN_CONFIDENCE
) -> tuple[tuple[str, str], ...]:
    """(operation, language) of every Comprehend call a message makes: its language's when trusted in this stack
    (`stack_trusted`), else the calls of every configured language and of the guess (never fewer); none in a
    stack that does not `calls_comprehend`."""
    if not calls_comprehend(languages):
        return ()
    trusted = stack_trusted(guess, languages, min_confidence)
    if trusted is not None:
        return tuple((operation, trusted) for operation in language_calls(trusted))
    return unsure_calls(languages, guess.language)


#: (text, trusted language) -> whether the message provably holds nothing Comprehend would add.
Quiet = Callable[[str, str], bool]


def plan_message(
    text: str,
    languages: Sequence[str],
    guess: LanguageGuess,
    max_bytes: int = MAX_TEXT_BYTES,
    min_confidence: float = MIN_CONFIDENCE,
    quiet: Quiet | None = None,
) -> ComprehendPlan:
    """Every Comprehend call for `text`, sent at once: `message_calls` on every chunk (no language call, no
    follow-up); none when the guess is trusted and `quiet` says the message holds nothing Comprehend would add
    (never when the guess is unsure)."""
    chunks = tuple(chunk_sentences(text, max_bytes))
    calls = message_calls(guess, languages, min_confidence)
    if calls and quiet is not None:
        trusted = stack_trusted(guess, languages, min_confidence)
        if trusted is not None and quiet(text, trusted):
            calls = ()
    planned = tuple(PlannedCall(op, chunk, offset, lang) for op, lang in calls for offset, chunk in chunks)
    entity_languages = tuple(lang for op, lang in calls if op == DETECT_ENTITIES)
    return ComprehendPlan(planned, chunks, entity_languages)
