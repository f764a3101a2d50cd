"""The Bedrock stand-in's event-stream encoder, checked by botocore's own decoder."""

from __future__ import annotations

import json
from typing import Any

import pytest
from botocore.eventstream import ChecksumMismatch, EventStreamBuffer

from devstack.standins.eventstream import encode_message, event_frame, exception_frame


def decode(data: bytes) -> list[Any]:  # botocore-stubs mistype EventStreamMessage.headers
    buffer = EventStreamBuffer()
    buffer.add_data(data)
    return list(buffer)


def test_event_frames_parse_with_botocore() -> None:
    frames = event_frame("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": "Olá [NAME_1] ✓"}})
    frames += exception_frame("throttlingException", "slow down")
    first, second = decode(frames)
    assert first.headers == {
        ":event-type": "contentBlockDelta",
        ":content-type": "application/json",
        ":message-type": "event",
    }
    assert json.loads(first.payload)["delta"]["text"] == "Olá [NAME_1] ✓"
    assert second.headers[":message-type"] == "exception"
    assert second.headers[":exception-type"] == "throttlingException"
    assert json.loads(second.payload) == {"message": "slow down"}


def test_frames_split_anywhere_still_parse() -> None:
    data = event_frame("messageStart", {"role": "assistant"}) + event_frame("messageStop", {"stopReason": "x"})
    buffer = EventStreamBuffer()
    messages: list[Any] = []
    for i in range(len(data)):
        buffer.add_data(data[i : i + 1])
        messages.extend(buffer)
    assert [m.headers[":event-type"] for m in messages] == ["messageStart", "messageStop"]


def test_corrupted_frame_fails_the_crc() -> None:
    data = bytearray(encode_message({":message-type": "event"}, b'{"a":1}'))
    data[-6] ^= 0xFF
    with pytest.raises(ChecksumMismatch):
        decode(bytes(data))
