"""An ASGI response that streams server-sent events from a producer and reports client disconnects.

Unlike Starlette's `StreamingResponse`, the producer is never cancelled when the client goes away: it is
told (`EventSink.gone`, plus an `on_disconnect` callback) so it can stop the model stream and still store
the partial answer. Each event is sent as soon as it is produced (no buffering, no compression).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping

from starlette.types import Message, Receive, Scope, Send

from runtime.http.sse import format_comment, format_event

SSE_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]


class EventSink:
    """Where a producer writes events; numbering of `id:` lines is handled here.

    The response's status and headers go out with the first write (`start`), so a producer can do urgent
    work (start the model call) before any response work.
    """

    def __init__(self, send: Send, start: Message | None = None) -> None:
        self._send = send
        self._start = start
        self._next_id = 1
        self.gone = False
        self.events_sent = 0

    async def begin(self) -> None:
        """Send the response start if it has not been sent yet."""
        if self._start is not None:
            start, self._start = self._start, None
            await self._send(start)

    async def event(self, data: Mapping[str, object]) -> None:
        """Send one event (silently dropped once the client is gone)."""
        if self.gone:
            return
        frame = format_event(self._next_id, data)
        self._next_id += 1
        self.events_sent += 1
        await self.begin()
        await self._send({"type": "http.response.body", "body": frame, "more_body": True})

    async def ping(self) -> None:
        """Send the `: ping` heartbeat comment."""
        if not self.gone:
            await self.begin()
            await self._send({"type": "http.response.body", "body": format_comment("ping"), "more_body": True})


Producer = Callable[[EventSink], Awaitable[None]]


class EventStreamResponse:
    """200 `text/event-stream` whose body is written by `producer(sink)`; `headers` are added to the SSE ones
    (one of the same name replaces it: the history's `cache-control: no-store`)."""

    def __init__(
        self,
        producer: Producer,
        on_disconnect: Callable[[], None] | None = None,
        headers: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        self._producer = producer
        self._on_disconnect = on_disconnect
        extra = headers or []
        replaced = {name for name, _ in extra}
        self._headers = [header for header in SSE_HEADERS if header[0] not in replaced] + extra

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the producer while watching for the client going away."""
        sink = EventSink(send, {"type": "http.response.start", "status": 200, "headers": self._headers})

        async def watch() -> None:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    sink.gone = True
                    if self._on_disconnect is not None:
                        self._on_disconnect()
                    return

        watcher = asyncio.ensure_future(watch())
        try:
            await self._producer(sink)
        finally:
            watcher.cancel()
        if not sink.gone:
            await sink.begin()
            await send({"type": "http.response.body", "body": b"", "more_body": False})
