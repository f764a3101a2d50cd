"""A small SSE client for the integration tests: parses events and comments, with arrival times."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass
class StreamResult:
    """Everything a chat stream delivered."""

    status: int
    headers: httpx.Headers
    events: list[dict[str, Any]] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    arrivals: list[float] = field(default_factory=list)  # time.monotonic() per event
    comments: list[str] = field(default_factory=list)
    json_body: Any = None

    @property
    def types(self) -> list[str]:
        return [event["type"] for event in self.events]

    @property
    def text(self) -> str:
        return "".join(event["content"] for event in self.events if event["type"] == "token")

    @property
    def session_id(self) -> str:
        assert self.events and self.events[0]["type"] == "session", self.events[:1]
        return str(self.events[0]["sessionId"])

    @property
    def last(self) -> dict[str, Any]:
        return self.events[-1]


def parse_block(block: str, result: StreamResult) -> None:
    data_lines = []
    for line in block.split("\n"):
        if line.startswith(":"):
            result.comments.append(line[1:].strip())
        elif line.startswith("id:"):
            result.ids.append(int(line[3:].strip()))
        elif line.startswith("data:"):
            data_lines.append(line[5:].removeprefix(" "))
    if data_lines:
        result.events.append(json.loads("\n".join(data_lines)))
        result.arrivals.append(time.monotonic())


def iterate_stream(response: httpx.Response, result: StreamResult, stop_after_tokens: int | None = None) -> None:
    buffer = ""
    tokens = 0
    for chunk in response.iter_text():
        buffer += chunk
        while "\n\n" in buffer:
            block, buffer = buffer.split("\n\n", 1)
            before = len(result.events)
            parse_block(block, result)
            if len(result.events) > before and result.events[-1]["type"] == "token":
                tokens += 1
                if stop_after_tokens is not None and tokens >= stop_after_tokens:
                    return


def chat(
    base_url: str,
    message: str | None = None,
    session_id: str | None = None,
    *,
    body: bytes | None = None,
    content_type: str = "application/json",
    method: str = "POST",
    stop_after_tokens: int | None = None,
    timeout: float = 30.0,
) -> StreamResult:
    """POST (or GET) /c and read the whole stream (or stop after N tokens, dropping the connection)."""
    headers = {"content-type": content_type} if method == "POST" else {}
    if session_id is not None:
        headers["x-session-id"] = session_id
    if body is None and message is not None:
        body = json.dumps({"message": message}).encode()
    with (
        httpx.Client(timeout=timeout) as client,
        client.stream(method, f"{base_url}/c", content=body, headers=headers) as response,
    ):
        result = StreamResult(response.status_code, response.headers)
        if response.headers.get("content-type", "").startswith("text/event-stream"):
            iterate_stream(response, result, stop_after_tokens)
        else:
            response.read()
            result.json_body = response.json() if response.content else None
    return result


def history(base_url: str, session_id: str) -> StreamResult:
    """GET /c for a session."""
    return chat(base_url, session_id=session_id, method="GET")
