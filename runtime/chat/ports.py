"""What a chat turn needs from the world, as interfaces (`typing.Protocol`).

The AWS adapters (`runtime.aws.sessions.SessionStore`, `runtime.aws.bedrock.ModelStream`,
`runtime.aws.detection.Detector`, `runtime.aws.prompt.PromptStore`, `runtime.aws.daily_usage.DailyUsage`)
satisfy them structurally, wired by `runtime.services`; tests drive the turn with in-memory ones.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from runtime.aws.bedrock_events import ModelEvent
from runtime.aws.detection import Detection
from runtime.chat.session import SessionRecord
from runtime.tools.registry import ToolOutcome


class SessionStore(Protocol):
    """Reads a session and writes the two sides of a turn, each write atomic.

    Failures: `SessionNotFound` (load), `StorageUnavailable`, `SessionConflict`, `BudgetExhausted` (writes of
    the user side), all from `runtime.chat.session`.
    """

    async def load(self, session_id: str) -> SessionRecord:
        """The session's vault, token count and history."""
        ...

    async def append_user_message(
        self,
        record: SessionRecord,
        seq: int,
        content: str,
        new_vault: dict[str, str],
        surface_forms: list[str] | None = None,
    ) -> None:
        """Store the pseudonymized user message with the vault entries it introduced (creates a new session)."""
        ...

    async def confirm_resend(self, record: SessionRecord) -> None:
        """Check that the session can take the answer of a re-sent message, storing nothing new."""
        ...

    async def append_assistant_message(
        self,
        record: SessionRecord,
        seq: int,
        content: str,
        complete: bool,
        stop_reason: str | None,
        usage: dict[str, int] | None,
        *,
        new_vault: Mapping[str, str] | None = None,
        tools: Sequence[str] | None = None,
        exchange: Sequence[Mapping[str, Any]] | None = None,
    ) -> None:
        """Store the pseudonymized answer and add its tokens to the session; an answer that used tools also
        stores their names, its Converse exchange and the vault entries its tool results introduced."""
        ...


class DailyUsage(Protocol):
    """The stack-wide count of tokens spent today (UTC), shared by every container; `StorageUnavailable` when
    it cannot be read or written."""

    async def used(self) -> int:
        """Tokens counted so far today."""
        ...

    async def add(self, tokens: int) -> int:
        """Add a turn's tokens atomically; the day's new total."""
        ...


class ModelStream(Protocol):
    """One model call whose events are read with `next_event`."""

    @property
    def taken_up(self) -> asyncio.Future[None] | None:
        """Resolved once the call is being built (None before `start` or when there is nothing to wait for)."""
        ...

    @property
    def request_sent(self) -> asyncio.Future[None] | None:
        """Resolved once the request has left (None before `start` or when there is nothing to wait for)."""
        ...

    def start(self) -> None:
        """Send the request (returns at once)."""
        ...

    async def next_event(self, timeout: float) -> ModelEvent | None:
        """The next event, or None after `timeout` seconds of silence."""
        ...

    def cancel(self) -> None:
        """Stop the call: no more tokens are generated."""
        ...


class ModelStreamFactory(Protocol):
    """Makes the model call for a Converse request (`runtime.aws.bedrock_events.converse_request`)."""

    def __call__(self, request: dict[str, Any], /) -> ModelStream:
        """A model stream for `request`, not started yet."""
        ...


class Detector(Protocol):
    """Finds personal data in a message (`DetectionUnavailable` when it cannot: fail closed)."""

    def start(self, text: str) -> asyncio.Future[Detection]:
        """Send every detection request for `text` now; the future completes the detection."""
        ...


class ToolRunner(Protocol):
    """The stack's tools (`runtime.tools.registry.Toolbox`): declared to the model, run by name."""

    def config(self) -> dict[str, Any] | None:
        """ConverseStream's `toolConfig` (None: no tools)."""
        ...

    async def run(self, name: str, arguments: Any) -> ToolOutcome:
        """Run one call (arguments with the session's values in place); every failure is an error outcome."""
        ...


class PromptStore(Protocol):
    """The system prompt (`PromptUnavailable` when it cannot be read)."""

    async def get(self) -> str:
        """The system prompt text."""
        ...


class EventSink(Protocol):
    """Where the turn writes its event stream (`runtime.http.event_stream.EventSink`)."""

    async def event(self, data: Mapping[str, object]) -> None:
        """Send one event."""
        ...

    async def ping(self) -> None:
        """Send a heartbeat comment."""
        ...
