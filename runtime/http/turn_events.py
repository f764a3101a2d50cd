"""The turn's events (`runtime.chat.ports.EventSink`) as the HTTP contract's server-sent events.

The turn says what happened (`session`, `token`, `tool`, `done`, `error`, heartbeats); this adapter gives each
its payload (`runtime.http.sse`) and hands it to the response's stream (`runtime.http.event_stream`), which
numbers and frames it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from runtime.chat.ports import ToolStatus
from runtime.errors import ErrorCode
from runtime.http import sse


class EventWriter(Protocol):
    """Writes one event's payload, or a heartbeat (`runtime.http.event_stream.EventSink`)."""

    async def event(self, data: Mapping[str, object]) -> None:
        """Send one event."""
        ...

    async def ping(self) -> None:
        """Send a heartbeat comment."""
        ...


class TurnEvents:
    """A turn's `EventSink` writing the contract's events to `writer`."""

    def __init__(self, writer: EventWriter) -> None:
        self._writer = writer

    async def session(self, session_id: str) -> None:
        """`{"type":"session","sessionId":...}`."""
        await self._writer.event(sse.session_event(session_id))

    async def token(self, content: str) -> None:
        """`{"type":"token","content":...}`."""
        await self._writer.event(sse.token_event(content))

    async def tool(self, name: str, status: ToolStatus) -> None:
        """`{"type":"tool","name":...,"status":...}`."""
        await self._writer.event(sse.tool_event(name, status))

    async def done(self, stop_reason: str | None, usage: Mapping[str, int]) -> None:
        """`{"type":"done","stopReason":...,"usage":{...}}`."""
        totals = sse.Usage(inputTokens=usage["inputTokens"], outputTokens=usage["outputTokens"])
        await self._writer.event(sse.done_event(stop_reason, totals))

    async def error(self, error: ErrorCode) -> None:
        """`{"type":"error","code":...,"message":...,"retryable":...}`."""
        await self._writer.event(sse.error_event(error.code, error.message, error.retryable))

    async def ping(self) -> None:
        """The `: ping` heartbeat."""
        await self._writer.ping()
