"""HTTP clients that timestamp every server-sent event on arrival (time.monotonic: CLOCK_MONOTONIC, the
same clock the model stand-in stamps its deltas with in another process)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from bench.sse_parse import SseParser

SESSION_HEADER = "x-session-id"


@dataclass
class TimedStream:
    """One `POST /c` as the client saw it."""

    started: float
    status: int = 0
    events: list[tuple[float, dict[str, Any]]] = field(default_factory=list)

    @property
    def session_id(self) -> str | None:
        """The session id of the stream's `session` event."""
        return next((e["sessionId"] for _, e in self.events if e.get("type") == "session"), None)

    @property
    def token_arrivals(self) -> list[float]:
        """Arrival time of every token event."""
        return [at for at, e in self.events if e.get("type") == "token"]

    @property
    def done(self) -> bool:
        """Whether the stream ended with `done`."""
        return bool(self.events) and self.events[-1][1].get("type") == "done"

    @property
    def error(self) -> str | None:
        """The code of a final `error` event, else None."""
        last = self.events[-1][1] if self.events else {}
        return str(last.get("code")) if last.get("type") == "error" else None


def _request(url: str, message: str, session_id: str | None) -> tuple[str, bytes, dict[str, str]]:
    headers = {"content-type": "application/json"}
    if session_id:
        headers[SESSION_HEADER] = session_id
    return f"{url}/c", json.dumps({"message": message}).encode(), headers


def post_chat(client: httpx.Client, url: str, message: str, session_id: str | None = None) -> TimedStream:
    """Send one message and read the whole event stream, timestamping each event."""
    target, body, headers = _request(url, message, session_id)
    parser = SseParser()
    stream = TimedStream(started=time.monotonic())
    with client.stream("POST", target, content=body, headers=headers) as response:
        stream.status = response.status_code
        for chunk in response.iter_text():
            now = time.monotonic()
            stream.events.extend((now, event) for event in parser.feed(chunk))
    return stream


async def post_chat_async(
    client: httpx.AsyncClient, url: str, message: str, session_id: str | None = None
) -> TimedStream:
    """`post_chat` for many concurrent streams."""
    target, body, headers = _request(url, message, session_id)
    parser = SseParser()
    stream = TimedStream(started=time.monotonic())
    async with client.stream("POST", target, content=body, headers=headers) as response:
        stream.status = response.status_code
        async for chunk in response.aiter_text():
            now = time.monotonic()
            stream.events.extend((now, event) for event in parser.feed(chunk))
    return stream
