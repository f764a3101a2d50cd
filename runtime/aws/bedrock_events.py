"""Bedrock `ConverseStream` events without I/O: one stream event (a dict) as the turn's model event
(`runtime.chat.model_events`). The adapter (`runtime.aws.bedrock`) only sends and reads.

Tool use arrives as a content block: `contentBlockStart.start.toolUse {toolUseId, name}`, then
`contentBlockDelta.delta.toolUse.input` pieces of one JSON text, then `contentBlockStop`; the message stops
with `stopReason: tool_use`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from runtime.chat.model_events import (
    BlockStopped,
    Delta,
    Finished,
    ModelEvent,
    ToolInputDelta,
    ToolUseStarted,
    Usage,
)


def model_event(event: Mapping[str, Any]) -> ModelEvent | None:
    """The model event of one ConverseStream event, or None for those the chat ignores (message starts,
    text block starts, empty deltas, anything unknown)."""
    if "contentBlockDelta" in event:
        block = event["contentBlockDelta"]
        delta = block.get("delta", {})
        if "toolUse" in delta:
            piece = delta["toolUse"].get("input")
            return ToolInputDelta(int(block.get("contentBlockIndex", 0)), piece) if piece else None
        text = delta.get("text")
        return Delta(text) if text else None
    if "contentBlockStart" in event:
        block = event["contentBlockStart"]
        tool_use = block.get("start", {}).get("toolUse")
        if tool_use is None:
            return None
        return ToolUseStarted(int(block.get("contentBlockIndex", 0)), str(tool_use["toolUseId"]), str(tool_use["name"]))
    if "contentBlockStop" in event:
        return BlockStopped(int(event["contentBlockStop"].get("contentBlockIndex", 0)))
    if "messageStop" in event:
        return Finished(str(event["messageStop"].get("stopReason", "end_turn")))
    if "metadata" in event:
        usage = event["metadata"].get("usage", {})
        return Usage(int(usage.get("inputTokens", 0)), int(usage.get("outputTokens", 0)))
    return None
