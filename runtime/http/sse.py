"""Server-sent-events framing of the chat stream and the payloads of its events (the HTTP contract)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Final, TypedDict

_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")


class Usage(TypedDict):
    """Token usage of one answer, as the ``done`` event carries it."""

    inputTokens: int
    outputTokens: int


def _data_lines(payload: str) -> str:
    """``data:`` lines for a payload; a line break inside it starts a new ``data:`` line."""
    return "".join(f"data: {line}\n" for line in _LINE_BREAK.split(payload))


def format_event(event_id: int, data: Mapping[str, object]) -> bytes:
    """One SSE event: ``id: N``, ``data: <compact JSON>`` and a blank line, UTF-8 encoded."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return f"id: {int(event_id)}\n{_data_lines(payload)}\n".encode()


def format_comment(text: str = "ping") -> bytes:
    """An SSE comment line (``: ping``) with NO blank line of its own: the heartbeat.

    Every client ignores a comment line, and without a blank line after it nothing is dispatched, so clients
    that turn each comment-plus-blank-line into an empty message (``@microsoft/fetch-event-source``) see
    nothing either. Heartbeats are only sent between events, so the next event's own lines and blank line
    follow and parse as usual; the bytes still flow, which keeps CloudFront's origin read timeout away.
    """
    return "".join(f": {line}\n" for line in _LINE_BREAK.split(text)).encode()


def session_event(session_id: str) -> dict[str, object]:
    """The first event of every POST stream."""
    return {"type": "session", "sessionId": session_id}


def token_event(content: str) -> dict[str, object]:
    """One model delta, already re-identified."""
    return {"type": "token", "content": content}


def done_event(stop_reason: str | None = None, usage: Usage | None = None) -> dict[str, object]:
    """The last event on success; the history stream's ``done`` carries neither field."""
    event: dict[str, object] = {"type": "done"}
    if stop_reason is not None:
        event["stopReason"] = stop_reason
    if usage is not None:
        event["usage"] = {
            "inputTokens": int(usage["inputTokens"]),
            "outputTokens": int(usage["outputTokens"]),
        }
    return event


def error_event(code: str, message: str, retryable: bool) -> dict[str, object]:
    """The last event on failure."""
    return {"type": "error", "code": code, "message": message, "retryable": bool(retryable)}


def tool_event(name: str, status: str) -> dict[str, object]:
    """A tool call's progress: status ``started``, ``done`` or ``error``; never its input or result (they
    may hold personal data)."""
    return {"type": "tool", "name": name, "status": status}


def message_event(
    role: str,
    content: str,
    created_at: str,
    complete: bool = True,
    tools: list[str] | None = None,
    *,
    sent_to_model: str | None = None,
    tool_calls: list[dict[str, object]] | None = None,
) -> dict[str, object]:
    """One stored message of the history: role ``user`` or ``assistant``, with the original values.

    ``complete`` is always present: false for an answer cut short (a failed or stopped turn); ``tools`` (the
    names of the tools an answer used) only when there were any. ``sentToModel`` (a user message as the model
    received it) and ``toolCalls`` (an answer's tool inputs and results as the model saw them) hold
    placeholders, never the values behind them (``runtime.http.history_items``).
    """
    event: dict[str, object] = {
        "type": "message",
        "role": role,
        "content": content,
        "createdAt": created_at,
        "complete": bool(complete),
    }
    if tools:
        event["tools"] = list(tools)
    if sent_to_model is not None:
        event["sentToModel"] = sent_to_model
    if tool_calls:
        event["toolCalls"] = list(tool_calls)
    return event
