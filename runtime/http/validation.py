"""Validation of a chat request before anything is stored or called (pure).

Each failure is an `HttpProblem` of a pre-stream error declared in `runtime.errors`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from runtime import errors as contract
from runtime.errors import ErrorCode

#: The request header carrying the session id (HTTP header names are case-insensitive); absent on the first
#: `POST /c` of a session. Declared here once: the edge's new-session rate rule matches on it too.
SESSION_HEADER = "x-session-id"
#: `secrets.token_urlsafe(32)`: 43 characters of the URL-safe base64 alphabet (256 random bits).
SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{43}$")
#: Worst-case JSON expansion of the message's bytes (`\uXXXX` escapes) plus the envelope.
JSON_OVERHEAD_FACTOR = 6
JSON_ENVELOPE_BYTES = 1024
#: The deepest nesting of arrays and objects a request body may have (`{"message": ...}` is 1).
MAX_JSON_DEPTH = 32
#: Unicode categories that show nothing on their own: controls, format characters (zero-width space, joiners,
#: word joiner, BOM, ...), separators, combining marks.
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})
#: Letters and symbols that render blank (Hangul fillers, the blank Braille pattern).
INVISIBLE_CHARACTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


@dataclass(frozen=True)
class HttpProblem(Exception):
    """A request rejected before the stream starts: `{"error": {"code", "message"}}` with `status`."""

    status: int
    code: str
    message: str

    @classmethod
    def of(cls, error: ErrorCode, case: str | None = None, **values: object) -> HttpProblem:
        """The problem of a declared pre-stream error, its message (of `case`) filled from `values`."""
        assert error.status is not None, f"{error.code} is a stream error"
        return cls(error.status, error.code, error.text(case, **values))

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
        raise HttpProblem.of(contract.UNSUPPORTED_MEDIA_TYPE)


def check_session_id(value: str | None, required: bool) -> str | None:
    """The session id of the `X-Session-Id` header (None when absent and optional); 400 when malformed."""
    if value is None or value == "":
        if required:
            raise HttpProblem.of(contract.MISSING_SESSION_ID)
        return None
    if not SESSION_ID.match(value):
        raise HttpProblem.of(contract.INVALID_SESSION_ID)
    return value


def parse_message(body: bytes, max_message_bytes: int) -> str:
    """The message of a `{"message": "<text>"}` body; 400 or 413 problems otherwise."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HttpProblem.of(contract.INVALID_UTF8) from None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise HttpProblem.of(contract.INVALID_JSON) from None
    if nesting_depth(data) > MAX_JSON_DEPTH:
        raise HttpProblem.of(contract.INVALID_JSON)
    if not isinstance(data, dict) or "message" not in data:
        raise HttpProblem.of(contract.MISSING_MESSAGE)
    message = data["message"]
    if not isinstance(message, str):
        raise HttpProblem.of(contract.INVALID_MESSAGE)
    try:
        size = len(message.encode("utf-8"))
    except UnicodeEncodeError:
        raise HttpProblem.of(contract.INVALID_UTF8, "message") from None
    if not has_visible_character(message):
        raise HttpProblem.of(contract.EMPTY_MESSAGE)
    if size > max_message_bytes:
        raise HttpProblem.of(contract.MESSAGE_TOO_LARGE, size=size, limit=max_message_bytes)
    return message


def nesting_depth(data: Any) -> int:
    """How deep arrays and objects nest in parsed JSON (a scalar is 0), without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        deepest = max(deepest, depth + 1)
        stack.extend((child, depth + 1) for child in children)
    return deepest


def has_visible_character(text: str) -> bool:
    """Whether `text` shows anything: a character that is neither whitespace nor invisible on its own."""
    return any(
        not char.isspace()
        and char not in INVISIBLE_CHARACTERS
        and unicodedata.category(char) not in INVISIBLE_CATEGORIES
        for char in text
    )
