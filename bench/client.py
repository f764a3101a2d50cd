"""HTTP/1.1 clients that timestamp every server-sent event on arrival, with as little client work as possible
between the clock and the socket (raw sockets + h11, no HTTP library buffering).

Times are `time.monotonic()`: CLOCK_MONOTONIC, the clock the model stand-in stamps its deltas with in
another process. `started` is taken right before the request's bytes are written.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import h11

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


def request_bytes(connection: h11.Connection, host: str, message: str, session_id: str | None) -> bytes:
    """The complete `POST /c` request (headers and body) as bytes, produced by `connection`."""
    body = json.dumps({"message": message}).encode()
    headers = [("host", host), ("content-type", "application/json"), ("content-length", str(len(body)))]
    if session_id:
        headers.append((SESSION_HEADER, session_id))
    parts = [
        connection.send(h11.Request(method="POST", target="/c", headers=headers)),
        connection.send(h11.Data(data=body)),
        connection.send(h11.EndOfMessage()),
    ]
    return b"".join(p for p in parts if p)


class ResponseReader:
    """Feeds received bytes to h11 and the SSE parser; stamps the events completed by each read."""

    def __init__(self, connection: h11.Connection, stream: TimedStream) -> None:
        self._connection = connection
        self._stream = stream
        self._parser = SseParser()
        self.finished = False

    def feed(self, data: bytes, now: float) -> None:
        """Process one read (`b""` = the server closed the connection)."""
        self._connection.receive_data(data)
        while True:
            event = self._connection.next_event()
            if event is h11.NEED_DATA:
                if not data:
                    raise ConnectionError("the server closed the connection mid-response")
                return
            if isinstance(event, h11.Response):
                self._stream.status = event.status_code
            elif isinstance(event, h11.Data):
                for parsed in self._parser.feed(bytes(event.data).decode("utf-8")):
                    self._stream.events.append((now, parsed))
            elif isinstance(event, h11.EndOfMessage):
                self.finished = True
                return
            elif isinstance(event, h11.ConnectionClosed):
                raise ConnectionError("the server closed the connection")


class ChatClient:
    """One keep-alive connection to an app, for sequential turns."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self._address = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._host = parts.netloc
        self._sock: socket.socket | None = None
        self._connection = h11.Connection(h11.CLIENT)

    def close(self) -> None:
        """Close the connection."""
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _socket(self) -> socket.socket:
        if self._sock is None:
            self._sock = socket.create_connection(self._address)
            self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._connection = h11.Connection(h11.CLIENT)
        return self._sock

    def post(self, message: str, session_id: str | None = None) -> TimedStream:
        """Send one message and read the whole event stream, timestamping each event."""
        sock = self._socket()
        payload = request_bytes(self._connection, self._host, message, session_id)
        stream = TimedStream(started=time.monotonic())
        sock.sendall(payload)
        reader = ResponseReader(self._connection, stream)
        while not reader.finished:
            data = sock.recv(65536)
            reader.feed(data, time.monotonic())
        if self._connection.our_state is h11.MUST_CLOSE or self._connection.their_state is h11.MUST_CLOSE:
            self.close()
        else:
            self._connection.start_next_cycle()
        return stream


async def post_chat_async(url: str, message: str, session_id: str | None = None) -> TimedStream:
    """One `POST /c` on its own connection (for many concurrent streams)."""
    parts = urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    try:
        connection = h11.Connection(h11.CLIENT)
        payload = request_bytes(connection, parts.netloc, message, session_id)
        stream = TimedStream(started=time.monotonic())
        writer.write(payload)
        response = ResponseReader(connection, stream)
        while not response.finished:
            data = await reader.read(65536)
            response.feed(data, time.monotonic())
        return stream
    finally:
        writer.close()
