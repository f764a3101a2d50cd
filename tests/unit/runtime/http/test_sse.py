"""SSE framing and the event payloads of the HTTP contract."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runtime.http.sse import (
    done_event,
    error_event,
    format_comment,
    format_event,
    message_event,
    session_event,
    token_event,
)


def parse(frame: bytes) -> tuple[str, dict[str, object]]:
    """A minimal SSE parser as a browser's EventSource would apply it (id, data lines joined by \\n)."""
    text = frame.decode("utf-8")
    assert text.endswith("\n\n")
    event_id, data = None, []
    for line in text[:-2].split("\n"):
        field, _, value = line.partition(": ")
        if field == "id":
            event_id = value
        elif field == "data":
            data.append(value)
        else:
            raise AssertionError(f"unexpected line {line!r}")
    assert event_id is not None
    return event_id, json.loads("\n".join(data))


def test_event_layout_is_exact() -> None:
    assert format_event(7, token_event("olá")) == 'id: 7\ndata: {"type":"token","content":"olá"}\n\n'.encode()


def test_comment() -> None:
    assert format_comment() == b": ping\n"
    assert format_comment("keep-alive") == b": keep-alive\n"
    assert format_comment("a\nb") == b": a\n: b\n"


def test_heartbeat_between_events_dispatches_nothing_and_keeps_the_next_event() -> None:
    stream = format_event(1, session_event("s")) + format_comment() + format_comment()
    stream += format_event(2, token_event("x"))
    blocks = [block for block in stream.decode().split("\n\n") if block]
    assert len(blocks) == 2  # the heartbeats add no event boundary of their own
    assert blocks[1].startswith(": ping\n: ping\nid: 2\n")
    assert parse(blocks[1].removeprefix(": ping\n: ping\n").encode() + b"\n\n") == ("2", token_event("x"))


def test_payloads_of_the_contract() -> None:
    assert session_event("abc") == {"type": "session", "sessionId": "abc"}
    assert token_event("x") == {"type": "token", "content": "x"}
    assert done_event("end_turn", {"inputTokens": 12, "outputTokens": 34}) == {
        "type": "done",
        "stopReason": "end_turn",
        "usage": {"inputTokens": 12, "outputTokens": 34},
    }
    assert done_event() == {"type": "done"}
    assert error_event("throttled", "Try again", retryable=True) == {
        "type": "error",
        "code": "throttled",
        "message": "Try again",
        "retryable": True,
    }
    assert message_event("user", "Olá", "2025-01-01T00:00:00Z") == {
        "type": "message",
        "role": "user",
        "content": "Olá",
        "createdAt": "2025-01-01T00:00:00Z",
        "complete": True,
    }
    assert message_event("assistant", "Par", "2025-01-01T00:00:01Z", complete=False)["complete"] is False


@pytest.mark.parametrize("content", ["line1\nline2", "cr\rlf\r\n", "\u2028\u2029", 'quote " and \\', "😀 emoji", ""])
def test_content_round_trips_and_never_breaks_the_frame(content: str) -> None:
    frame = format_event(1, token_event(content))
    assert frame.count(b"\n\n") == 1 and frame.endswith(b"\n\n")
    assert parse(frame) == ("1", {"type": "token", "content": content})


@given(
    st.integers(0, 10**9), st.dictionaries(st.text(max_size=5), st.text(max_size=20) | st.integers() | st.booleans())
)
def test_any_payload_round_trips(event_id: int, data: dict[str, object]) -> None:
    frame = format_event(event_id, data)
    assert b"\r" not in frame
    assert parse(frame) == (str(event_id), data)


def test_non_finite_numbers_are_refused() -> None:
    with pytest.raises(ValueError):
        format_event(1, {"x": float("nan")})
