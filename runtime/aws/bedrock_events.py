"""Bedrock `ConverseStream` without I/O: the request's keyword arguments, and one stream event (a dict) as a
model event. The adapter (`runtime.aws.bedrock`) only sends and reads; what a failure means for the client
is the chat layer's business (`runtime.chat.errors.model_error` maps `Failed.aws_code`).

Tool use arrives as a content block: `contentBlockStart.start.toolUse {toolUseId, name}`, then
`contentBlockDelta.delta.toolUse.input` pieces of one JSON text, then `contentBlockStop`; the message stops
with `stopReason: tool_use`. `ToolCalls` assembles those events into the calls of one answer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from runtime.settings import Settings


@dataclass(frozen=True)
class Delta:
    """A piece of the answer's text."""

    text: str


@dataclass(frozen=True)
class ToolUseStarted:
    """The model starts a tool call (content block `index`)."""

    index: int
    tool_use_id: str
    name: str


@dataclass(frozen=True)
class ToolInputDelta:
    """A piece of the JSON text of a tool call's input."""

    index: int
    text: str


@dataclass(frozen=True)
class BlockStopped:
    """Content block `index` is complete."""

    index: int


@dataclass(frozen=True)
class Finished:
    """The model stopped (`messageStop`); usage arrives with the trailing `metadata` event."""

    stop_reason: str


@dataclass(frozen=True)
class Usage:
    """Token counts of the answer."""

    input_tokens: int
    output_tokens: int


@dataclass(frozen=True)
class Failed:
    """The call or the stream failed with this AWS error code (or exception class name)."""

    aws_code: str


@dataclass(frozen=True)
class Ended:
    """No more events."""


#: The events `ToolCalls` assembles.
ToolUseEvent = ToolUseStarted | ToolInputDelta | BlockStopped
ModelEvent = Delta | ToolUseStarted | ToolInputDelta | BlockStopped | Finished | Usage | Failed | Ended


@dataclass(frozen=True)
class ToolCall:
    """One complete tool request of the model: `arguments` is the parsed input (None when its JSON text is
    not a JSON object: the call is then answered with an error result)."""

    tool_use_id: str
    name: str
    arguments: dict[str, Any] | None

    def block(self) -> dict[str, Any]:
        """The `toolUse` content block of the assistant message that asked for it."""
        return {"toolUse": {"toolUseId": self.tool_use_id, "name": self.name, "input": self.arguments or {}}}


@dataclass
class ToolCalls:
    """Collects the tool calls of one streamed answer, in the order the model made them."""

    _started: dict[int, tuple[str, str]] = field(default_factory=dict)
    _inputs: dict[int, list[str]] = field(default_factory=dict)

    def feed(self, event: ToolUseEvent) -> None:
        """Take one tool-use event (a stop of a text block is ignored)."""
        if isinstance(event, ToolUseStarted):
            self._started[event.index] = (event.tool_use_id, event.name)
            self._inputs[event.index] = []
        elif isinstance(event, ToolInputDelta) and event.index in self._inputs:
            self._inputs[event.index].append(event.text)

    def calls(self) -> list[ToolCall]:
        """Every call started so far, with its input parsed."""
        found = []
        for index in sorted(self._started):
            tool_use_id, name = self._started[index]
            found.append(ToolCall(tool_use_id, name, _parse_input("".join(self._inputs[index]))))
        return found


def _parse_input(text: str) -> dict[str, Any] | None:
    """A tool input's JSON text as an object (empty text: no arguments)."""
    if not text.strip():
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def converse_request(
    settings: Settings,
    system_prompt: str,
    messages: list[dict[str, Any]],
    tool_config: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The keyword arguments of `converse_stream` (pseudonymized messages only: see `runtime.chat.turn`), with
    the stack's tools when there are any."""
    request: dict[str, Any] = {
        "modelId": settings.bedrock_model_id,
        "messages": messages,
        "system": [{"text": system_prompt}],
        "inferenceConfig": {"maxTokens": settings.max_output_tokens},
    }
    if tool_config:
        request["toolConfig"] = tool_config
    if settings.guardrail_id and settings.guardrail_version:
        request["guardrailConfig"] = {
            "guardrailIdentifier": settings.guardrail_id,
            "guardrailVersion": settings.guardrail_version,
        }
    return request


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
