"""Validation of a chat request before anything is stored or called (pure).

Each failure is an `HttpProblem` with the status and code of the HTTP contract.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

#: The request header carrying the session id (HTTP header names are case-insensitive); absent on the first
#: `POST /c` of a session. Declared here once: the edge's new-session rate rule matches on it too.
SESSION_HEADER = "x-session-id"
#: `secrets.token_urlsafe(32)`: 43 characters of the URL-safe base64 alphabet (256 random bits).
SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{43}$")
#: Worst-case JSON expansion of the message's bytes (`\uXXXX` escapes) plus the envelope.
JSON_OVERHEAD_FACTOR = 6
JSON_ENVELOPE_BYTES = 1024


@dataclass(frozen=True)
class HttpProblem(Exception):
    """A request rejected before the stream starts: `{"error": {"code", "message"}}` with `status`."""

    status: int
    code: str
    message: str

    def body(self) -> dict[str, dict[str, str]]:
        """The JSON body of the error response."""
        return {"error": {"code": self.code, "message": self.message}}


def body_limit(max_message_bytes: int) -> int:
    """The largest request body worth reading for a message of at most `max_message_bytes`."""
    return max_message_bytes * JSON_OVERHEAD_FACTOR + JSON_ENVELOPE_BYTES


def check_content_type(content_type: str | None) -> None:
    """415 unless the request says it is JSON (`application/json`, any parameters)."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise HttpProblem(415, "unsupported_media_type", "Send the message as application/json.")


def check_session_id(value: str | None, required: bool) -> str | None:
    """The session id of the `X-Session-Id` header (None when absent and optional); 400 when malformed."""
    if value is None or value == "":
        if required:
            raise HttpProblem(400, "missing_session_id", "The X-Session-Id header is required.")
        return None
    if not SESSION_ID.match(value):
        raise HttpProblem(400, "invalid_session_id", "The X-Session-Id header is malformed.")
    return value


def parse_message(body: bytes, max_message_bytes: int) -> str:
    """The message of a `{"message": "<text>"}` body; 400 or 413 problems otherwise."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HttpProblem(400, "invalid_utf8", "The request body is not valid UTF-8.") from None
    try:
        data = json.loads(text)
    except ValueError:
        raise HttpProblem(400, "invalid_json", "The request body is not valid JSON.") from None
    if not isinstance(data, dict) or "message" not in data:
        raise HttpProblem(400, "missing_message", 'The body must be {"message": "<text>"}.')
    message = data["message"]
    if not isinstance(message, str):
        raise HttpProblem(400, "invalid_message", "The message must be a string.")
    try:
        size = len(message.encode("utf-8"))
    except UnicodeEncodeError:
        raise HttpProblem(400, "invalid_utf8", "The message contains invalid characters.") from None
    if not message.strip():
        raise HttpProblem(400, "empty_message", "The message is empty.")
    if size > max_message_bytes:
        raise HttpProblem(
            413,
            "message_too_large",
            f"The message is {size} bytes (UTF-8); the limit is {max_message_bytes} bytes.",
        )
    return message
