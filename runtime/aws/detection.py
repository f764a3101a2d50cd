"""Personal-data detection: Amazon Comprehend calls concurrently with the built-in detectors.

All Comprehend calls start at once: `DetectEntities` (PERSON) in every configured language,
`DetectPiiEntities` in those of them it supports (en, es), and `DetectDominantLanguage` when several languages
are configured. The built-in detectors run on the event loop while those calls are in flight, so detection
takes about as long as the slowest single call. Should the message turn out to be in a supported language
that is not configured, one more `DetectEntities` call follows in that language. A span found by any call is
kept (over-pseudonymizing is harmless; a missed name is a leak). Any failed call raises
`DetectionUnavailable`: the caller must not call the model (fail closed).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from runtime.aws.clients import AwsClients, aws_error_code
from runtime.privacy.comprehend_results import (
    ENTITY_LANGUAGES,
    PII_LANGUAGES,
    chunk_text,
    dominant_language,
    follow_up_language,
    person_entity_spans,
    pii_entity_spans,
)
from runtime.privacy.detectors import detect_builtin
from runtime.privacy.types import PiiSpan
from runtime.settings import Settings


class DetectionUnavailable(Exception):
    """A detection call failed: the message must not reach the model."""

    def __init__(self, operation: str, error: str) -> None:
        super().__init__(f"{operation} failed: {error}")
        self.operation = operation
        self.error = error


@dataclass(frozen=True)
class Detection:
    """What detection found: spans (unmerged), the message's language when known, Comprehend calls made."""

    spans: list[PiiSpan]
    language: str | None
    comprehend_calls: int


class Detector:
    """Runs every detector for one message (one instance per container)."""

    def __init__(self, settings: Settings, clients: AwsClients) -> None:
        self._settings = settings
        self._clients = clients

    async def detect(self, text: str) -> Detection:
        """Find personal data in `text`; raise `DetectionUnavailable` when any Comprehend call fails."""
        return await self.start(text)

    def start(self, text: str) -> asyncio.Task[Detection]:
        """Schedule every Comprehend call for `text` now; the returned task completes the detection.

        Each call is a task of its own, created before the caller goes on, so the calls are sent at the
        event loop's next turn, ahead of whatever the caller schedules next (session load, response).
        """
        if not self._settings.comprehend_enabled:
            return asyncio.ensure_future(self._builtin_only(text))
        chunks = chunk_text(text)
        settings = self._settings
        languages = [lang for lang in settings.languages if lang in ENTITY_LANGUAGES]
        jobs: list[Awaitable[list[PiiSpan]]] = []
        # On one vCPU the requests leave one after the other: the slowest kind (DetectPiiEntities) goes first.
        for code in (lang for lang in settings.languages if lang in PII_LANGUAGES):
            jobs.extend(self._pii(offset, chunk, code) for offset, chunk in chunks)
        for code in languages:
            jobs.extend(self._entities(offset, chunk, code) for offset, chunk in chunks)
        several = len(settings.languages) > 1
        language_job = asyncio.ensure_future(self._language(chunks[0][1])) if several else None
        tasks = [asyncio.ensure_future(job) for job in jobs]
        detection = asyncio.ensure_future(self._complete(text, chunks, languages, tasks, language_job))
        calls: list[asyncio.Future[Any]] = [*tasks, *([language_job] if language_job else [])]
        # Cancelled before it ran (the request was rejected meanwhile): the calls are not wanted either.
        detection.add_done_callback(lambda done: _cancel(calls) if done.cancelled() else None)
        return detection

    async def _builtin_only(self, text: str) -> Detection:
        return Detection(detect_builtin(text), self._settings.default_language, 0)

    async def _complete(
        self,
        text: str,
        chunks: list[tuple[int, str]],
        languages: list[str],
        tasks: Sequence[asyncio.Future[list[PiiSpan]]],
        language_job: asyncio.Future[str | None] | None,
    ) -> Detection:
        """Built-in detection while the calls are in flight, then every call's spans (and the follow-up)."""
        settings = self._settings
        calls = len(tasks) + (1 if language_job else 0)
        try:
            await asyncio.sleep(0)  # the caller's own calls (session load) are sent first
            spans = detect_builtin(text)  # on the loop, while the calls are in flight
            for result in await asyncio.gather(*tasks):
                spans.extend(result)
            language: str | None = settings.default_language
            if language_job is not None:
                language = await language_job
            extra = follow_up_language(language, languages)
            if extra is not None:
                more = await asyncio.gather(*(self._entities(off, chunk, extra) for off, chunk in chunks))
                calls += len(chunks)
                for result in more:
                    spans.extend(result)
        except BaseException:
            _cancel([*tasks, *([language_job] if language_job else [])])
            raise
        return Detection(spans, language, calls)

    async def _call(self, operation: str, **kwargs: Any) -> dict[str, Any]:
        client = self._clients.comprehend()
        method = getattr(client, _METHODS[operation])
        try:
            response: dict[str, Any] = await self._clients.run(lambda: method(**kwargs))
        except Exception as error:
            raise DetectionUnavailable(operation, aws_error_code(error)) from error
        return response

    async def _entities(self, offset: int, chunk: str, language: str) -> list[PiiSpan]:
        response = await self._call("DetectEntities", Text=chunk, LanguageCode=language)
        return person_entity_spans(response.get("Entities", []), offset, self._settings.comprehend_min_score)

    async def _pii(self, offset: int, chunk: str, language: str) -> list[PiiSpan]:
        response = await self._call("DetectPiiEntities", Text=chunk, LanguageCode=language)
        settings = self._settings
        return pii_entity_spans(
            response.get("Entities", []), offset, settings.comprehend_min_score, settings.pii_type_enabled
        )

    async def _language(self, chunk: str) -> str | None:
        response = await self._call("DetectDominantLanguage", Text=chunk)
        return dominant_language(response.get("Languages", []))


def _cancel(tasks: Iterable[asyncio.Future[Any]]) -> None:
    """Cancel unfinished calls, without "exception never retrieved" warnings for the finished ones."""
    for task in tasks:
        task.cancel()
        task.add_done_callback(lambda t: t.cancelled() or t.exception())


_METHODS = {
    "DetectEntities": "detect_entities",
    "DetectPiiEntities": "detect_pii_entities",
    "DetectDominantLanguage": "detect_dominant_language",
}
