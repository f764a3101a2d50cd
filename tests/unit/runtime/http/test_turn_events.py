"""runtime.http.turn_events: the turn's events as the HTTP contract's SSE payloads, in the order given."""

from __future__ import annotations

from collections.abc import Mapping

from runtime import errors
from runtime.http.event_stream import EventSink
from runtime.http.turn_events import TurnEvents


class Writer:
    def __init__(self) -> None:
        self.items: list[Mapping[str, object] | str] = []

    async def event(self, data: Mapping[str, object]) -> None:
        self.items.append(dict(data))

    async def ping(self) -> None:
        self.items.append("ping")


async def test_each_event_has_its_contract_payload() -> None:
    writer = Writer()
    events = TurnEvents(writer)
    await events.session("s" * 43)
    await events.token("Olá")
    await events.ping()
    await events.tool("loan_calculator", "started")
    await events.done("end_turn", {"inputTokens": 12, "outputTokens": 5})
    await events.error(errors.SESSION_BUSY)
    assert writer.items == [
        {"type": "session", "sessionId": "s" * 43},
        {"type": "token", "content": "Olá"},
        "ping",
        {"type": "tool", "name": "loan_calculator", "status": "started"},
        {"type": "done", "stopReason": "end_turn", "usage": {"inputTokens": 12, "outputTokens": 5}},
        {"type": "error", "code": "session_busy", "message": errors.SESSION_BUSY.message, "retryable": True},
    ]


async def test_on_the_response_stream_they_are_numbered_sse_frames() -> None:
    sent: list[bytes] = []

    async def send(message: Mapping[str, object]) -> None:
        body = message.get("body")
        if isinstance(body, bytes):
            sent.append(body)

    events = TurnEvents(EventSink(send))
    await events.token("a\nb")
    await events.error(errors.MODEL_THROTTLED)
    assert sent == [
        b'id: 1\ndata: {"type":"token","content":"a\\nb"}\n\n',
        b'id: 2\ndata: {"type":"error","code":"model_throttled","message":"The model is receiving too many requests '
        b'right now.","retryable":true}\n\n',
    ]
