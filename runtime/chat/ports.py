"""What a chat turn needs from the world, as interfaces (`typing.Protocol`), and the errors they raise.

The adapters satisfy them structurally, wired by `runtime.services`: AWS (`runtime.aws.sessions.SessionStore`,
`runtime.aws.bedrock.ModelStream`, `runtime.aws.prompt.PromptStore`, `runtime.aws.daily_usage.DailyUsage`),
detection (`runtime.privacy.detection.Detector`), the tools (`runtime.tools.registry.Toolbox`) and the HTTP
stream (`runtime.http.turn_events.TurnEvents` frames the `EventSink`'s events as server-sent events). Tests
drive the turn with in-memory ones.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Protocol

from runtime.chat.model_events import ModelEvent, ModelRequest
from runtime.chat.session import Lease, SessionRecord
from runtime.errors import ErrorCode
from runtime.privacy.detection import Detection
from runtime.tools.outcome import ToolOutcome

#: A tool call's progress as the client hears it.
ToolStatus = Literal["started", "done", "error"]


class PromptUnavailable(Exception):
    """The system prompt could not be read (and no cached copy is fresh)."""


class SessionStore(Protocol):
    """Reads a session and, one turn at a time (the turn's lease), writes the two sides of a turn.

    Failures: `SessionNotFound` (load, begin), `SessionBusy` and `BudgetExhausted` (begin), `StorageUnavailable`,
    `SessionConflict` (writes: the turn lost its lease), all from `runtime.chat.session`.
    """

    async def load(self, session_id: str) -> SessionRecord:
        """The session's vault, token count and history."""
        ...

    async def begin(self, session_id: str | None, lease: Lease) -> SessionRecord:
        """Take `lease` on the session (a new one when `session_id` is None) and load it."""
        ...

    async def release(self, record: SessionRecord, tokens: int) -> None:
        """End the lease of a turn that stored no answer, adding the `tokens` its model calls spent."""
        ...

    def oversized(self, record: SessionRecord, content: str, surface_forms: list[str] | None) -> int | None:
        """The store's size limit (bytes) that a user message of `content` and `surface_forms` would exceed, or
        None when it can be stored."""
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
        """Store the pseudonymized answer, add its tokens to the session and release the lease; an answer that
        used tools also stores their names, its Converse exchange and the vault entries its tool results
        introduced."""
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
    """Makes the model call for a request (the adapter adds the model and its limits: `runtime.aws.bedrock`)."""

    def __call__(self, request: ModelRequest, /) -> ModelStream:
        """A model stream for `request`, not started yet."""
        ...


class Detector(Protocol):
    """Finds personal data in a message (`runtime.privacy.detection.DetectionUnavailable` when it cannot: fail
    closed)."""

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
    """Where the turn hands its events, in order: `session` first, then tokens, tool progress and heartbeats,
    then `done` or `error` last (the HTTP layer frames them: `runtime.http.turn_events`)."""

    async def session(self, session_id: str) -> None:
        """The turn's session (first, once)."""
        ...

    async def token(self, content: str) -> None:
        """A piece of the answer, the user's own values already put back."""
        ...

    async def tool(self, name: str, status: ToolStatus) -> None:
        """A tool call's progress (never its input or result)."""
        ...

    async def done(self, stop_reason: str | None, usage: Mapping[str, int]) -> None:
        """The answer is complete and stored: why the model stopped, and the turn's `inputTokens` and
        `outputTokens`."""
        ...

    async def error(self, error: ErrorCode) -> None:
        """The turn failed (a stream error of `runtime.errors`)."""
        ...

    async def ping(self) -> None:
        """A heartbeat while nothing else is said."""
        ...
