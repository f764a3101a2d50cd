"""runtime.aws.bedrock_events: ConverseStream's events as the turn's model events."""

from __future__ import annotations

from typing import Any

import pytest

from runtime.aws.bedrock_events import model_event
from runtime.chat.model_events import (
    BlockStopped,
    Delta,
    Finished,
    ToolCall,
    ToolCalls,
    ToolInputDelta,
    ToolUseStarted,
    Usage,
)


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ({"contentBlockDelta": {"delta": {"text": "Olá"}, "contentBlockIndex": 0}}, Delta("Olá")),
        ({"messageStop": {"stopReason": "max_tokens"}}, Finished("max_tokens")),
        ({"messageStop": {}}, Finished("end_turn")),
        ({"metadata": {"usage": {"inputTokens": 12, "outputTokens": 7, "totalTokens": 19}}}, Usage(12, 7)),
        ({"metadata": {}}, Usage(0, 0)),
    ],
)
def test_events_the_chat_uses(event: dict[str, Any], expected: object) -> None:
    assert model_event(event) == expected


@pytest.mark.parametrize(
    "event",
    [
        {"messageStart": {"role": "assistant"}},
        {"contentBlockStart": {"start": {}, "contentBlockIndex": 0}},
        {"contentBlockDelta": {"delta": {"text": ""}}},
        {"contentBlockDelta": {"delta": {"toolUse": {"input": ""}}}},
        {},
    ],
)
def test_other_events_are_ignored(event: dict[str, Any]) -> None:
    assert model_event(event) is None


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (
            {
                "contentBlockStart": {
                    "start": {"toolUse": {"toolUseId": "tu-1", "name": "calc"}},
                    "contentBlockIndex": 1,
                }
            },
            ToolUseStarted(1, "tu-1", "calc"),
        ),
        (
            {"contentBlockDelta": {"delta": {"toolUse": {"input": '{"a":'}}, "contentBlockIndex": 1}},
            ToolInputDelta(1, '{"a":'),
        ),
        ({"contentBlockStop": {"contentBlockIndex": 1}}, BlockStopped(1)),
        ({"messageStop": {"stopReason": "tool_use"}}, Finished("tool_use")),
    ],
)
def test_tool_use_events(event: dict[str, Any], expected: object) -> None:
    assert model_event(event) == expected


def test_tool_calls_are_assembled_from_streamed_json_pieces_in_block_order() -> None:
    events: list[dict[str, Any]] = [
        {"contentBlockDelta": {"delta": {"text": "Let me compute."}, "contentBlockIndex": 0}},
        {"contentBlockStop": {"contentBlockIndex": 0}},
        {"contentBlockStart": {"start": {"toolUse": {"toolUseId": "b", "name": "calc"}}, "contentBlockIndex": 2}},
        {"contentBlockDelta": {"delta": {"toolUse": {"input": '{"iban": "[IB'}}, "contentBlockIndex": 2}},
        {"contentBlockStart": {"start": {"toolUse": {"toolUseId": "a", "name": "echo"}}, "contentBlockIndex": 1}},
        {"contentBlockDelta": {"delta": {"toolUse": {"input": '{"x": 1'}}, "contentBlockIndex": 1}},
        {"contentBlockDelta": {"delta": {"toolUse": {"input": 'AN_1]"}'}}, "contentBlockIndex": 2}},
        {"contentBlockDelta": {"delta": {"toolUse": {"input": "}"}}, "contentBlockIndex": 1}},
        {"contentBlockStop": {"contentBlockIndex": 2}},
        {"contentBlockStop": {"contentBlockIndex": 1}},
        {"messageStop": {"stopReason": "tool_use"}},
    ]
    calls = ToolCalls()
    for raw in events:
        event = model_event(raw)
        if isinstance(event, ToolUseStarted | ToolInputDelta | BlockStopped):
            calls.feed(event)
    assert calls.calls() == [ToolCall("a", "echo", {"x": 1}), ToolCall("b", "calc", {"iban": "[IBAN_1]"})]
    assert calls.calls()[1].block() == {"toolUse": {"toolUseId": "b", "name": "calc", "input": {"iban": "[IBAN_1]"}}}
