"""Personal-data detection: the planned Amazon Comprehend calls concurrently with the built-in detectors.

The message's language is identified on the function (`runtime.privacy.language_id`, no AWS call); every
call of the plan (`runtime.privacy.comprehend_plan.plan_message`: only the calls that language needs, every
configured language's when unsure, none for a message of frequent words alone: `runtime.privacy.comprehend_skip`)
starts at once, in plan order. The built-in detectors run on the event loop
while those calls are in flight, so detection takes about as long as the slowest single call. A span found by
any call is kept (over-pseudonymizing is harmless; a missed name is a leak). Any failed call raises
`DetectionUnavailable`: the caller must not call the model (fail closed).

Comprehend itself is a port (`Comprehend`): the AWS adapter (`runtime.aws.comprehend.Comprehend`) sends one
planned call and raises `DetectionUnavailable` when it fails; tests pass in-memory ones.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from runtime.futures import discard
from runtime.privacy.comprehend_plan import PlannedCall, Quiet, call_spans, plan_message, trusted_language
from runtime.privacy.comprehend_skip import CallSkipper, skip_allowed
from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.phone import market_regions
from runtime.privacy.language_id import LanguageGuess, LanguageIdentifier
from runtime.privacy.text_view import TextView, text_view
from runtime.privacy.types import PiiSpan
from runtime.settings import Settings

#: A message's language guess (`LanguageIdentifier.identify`).
Identify = Callable[[str], LanguageGuess]
#: Waits until the requests handed over so far have left (`runtime.aws.departures.Departures.left`).
Departed = Callable[[], Awaitable[None]]
#: What an identifier that failed (its model did not load) tells: nothing, so every configured call is made.
UNSURE = LanguageGuess((), 0)


class DetectionUnavailable(Exception):
    """A detection call failed: the message must not reach the model."""

    def __init__(self, operation: str, error: str) -> None:
        super().__init__(f"{operation} failed: {error}")
        self.operation = operation
        self.error = error


class Comprehend(Protocol):
    """Sends one planned Amazon Comprehend call (`runtime.privacy.comprehend_plan.PlannedCall`)."""

    def send(self, call: PlannedCall) -> Awaitable[dict[str, Any]]:
        """The API's answer to `call` (an adapter may hand its request over at once, before it is awaited);
        `DetectionUnavailable` when the call fails."""
        ...


@dataclass(frozen=True)
class Detection:
    """What detection found: spans (unmerged), the message's language when known, Comprehend calls made."""

    spans: list[PiiSpan]
    language: str | None
    comprehend_calls: int


class Detector:
    """Runs every detector for one message (one instance per container)."""

    def __init__(
        self,
        settings: Settings,
        comprehend: Comprehend,
        identify: Identify | None = None,
        quiet: Quiet | None = None,
        departed: Departed | None = None,
    ) -> None:
        """`departed`: waits until the requests handed over so far have left (the AWS adapter's
        `Departures.left`); the built-in detectors run after it, so that their CPU does not hold those back."""
        self._settings = settings
        self._departed = departed
        self._comprehend = comprehend
        self._regions = market_regions(settings.languages)  # national phone forms of the market
        if identify is None and settings.comprehend_enabled:
            identify = LanguageIdentifier(in_background=True).identify  # the model loads beside the start-up
        if quiet is None and settings.comprehend_enabled and skip_allowed(settings.pii_type_enabled):
            # A message of frequent words alone skips Comprehend; the stack's languages' words are sorted out first.
            quiet = CallSkipper(in_background=True, languages=settings.languages)
        self._identify = identify
        self._quiet = quiet

    async def detect(self, text: str) -> Detection:
        """Find personal data in `text`; raise `DetectionUnavailable` when any Comprehend call fails."""
        return await self.start(text)

    def start(self, text: str) -> asyncio.Task[Detection]:
        """Schedule every planned Comprehend call for `text` now; the returned task completes the detection.

        Each call is handed to the Comprehend port before this returns (the AWS adapter queues it for a worker
        thread at once), ahead of whatever the caller schedules next.
        """
        if not self._settings.comprehend_enabled or self._identify is None:
            return asyncio.ensure_future(self._builtin_only(text))
        # Comprehend reads the text as the built-in detectors do: without invisible characters (spans mapped back).
        view = text_view(text)
        guess = self._guess(self._identify, view.text)
        plan = plan_message(view.text, self._settings.languages, guess, quiet=self._quiet)
        # Each call is handed to the port now (an adapter may send it at once); plan order is sending order.
        tasks = [asyncio.ensure_future(self._spans(call, self._comprehend.send(call))) for call in plan.calls]
        language = trusted_language(guess) or guess.language
        detection = asyncio.ensure_future(self._complete(view, tasks, language))
        # Cancelled before it ran (the request was rejected meanwhile): the calls are not wanted either.
        detection.add_done_callback(lambda done: discard(tasks) if done.cancelled() else None)
        return detection

    @staticmethod
    def _guess(identify: Identify, text: str) -> LanguageGuess:
        """The message's language guess; unsure (every configured call) should the identifier fail."""
        try:
            return identify(text)
        except Exception:  # the model did not load: never fewer calls
            return UNSURE

    async def _builtin_only(self, text: str) -> Detection:
        return Detection(detect_builtin(text, self._regions), self._settings.default_language, 0)

    async def _complete(
        self, view: TextView, tasks: Sequence[asyncio.Future[list[PiiSpan]]], language: str | None
    ) -> Detection:
        """Built-in detection while the calls are in flight, then every call's spans."""
        try:
            await asyncio.sleep(0)  # the caller's own calls (session load) are handed over first
            if self._departed is not None:
                await self._departed()  # and leave before the built-in detectors take the CPU
            spans = detect_builtin(view.source, self._regions, view)  # on the loop, while the calls are in flight
            for result in await asyncio.gather(*tasks):
                spans.extend(view.source_spans(result))
        except BaseException:
            discard(tasks)
            raise
        return Detection(spans, language, len(tasks))

    async def _spans(self, call: PlannedCall, answer: Awaitable[dict[str, Any]]) -> list[PiiSpan]:
        response = await answer
        settings = self._settings
        return call_spans(call, response, settings.comprehend_min_score, settings.pii_type_enabled)
