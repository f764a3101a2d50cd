"""Incremental server-sent-events parsing for the timing clients (pure)."""

from __future__ import annotations

import json
from typing import Any


class SseParser:
    """Feed decoded text chunks; get the JSON `data:` payload of every event completed by each chunk.

    Accepts LF and CRLF line ends (sse-starlette uses CRLF); comments (`: ping`) are skipped.
    """

    def __init__(self) -> None:
        self._buffer = ""

    def feed(self, chunk: str) -> list[dict[str, Any]]:
        """The events completed by `chunk`, in order."""
        self._buffer = (self._buffer + chunk).replace("\r\n", "\n")
        events: list[dict[str, Any]] = []
        while "\n\n" in self._buffer:
            block, self._buffer = self._buffer.split("\n\n", 1)
            data = [line[5:].removeprefix(" ") for line in block.split("\n") if line.startswith("data:")]
            if data:
                events.append(json.loads("\n".join(data)))
        return events
