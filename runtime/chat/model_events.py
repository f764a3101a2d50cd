"""What a model call is, for the turn: its request and the events of its answer (pure; imports nothing from the
project). The Bedrock adapter (`runtime.aws.bedrock`) turns a `ModelRequest` into a ConverseStream call and each
stream event into one of these events; what a failure means for the client is the turn's business
(`runtime.chat.errors.model_error` maps `Failed.aws_code`).

Messages are Converse-shaped (`runtime.chat.conversation`). Tool use arrives as a content block: `ToolUseStarted`,
then `ToolInputDelta` pieces of one JSON text, then `BlockStopped`; the message stops with `Finished("tool_use")`.
`ToolCalls` assembles those events into the calls of one answer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class ModelRequest:
    """One model call as the turn asks for it: the system prompt, the (pseudonymized) Converse messages, and
    the stack's `toolConfig` (None: no tools). Model, limits and guardrail are the adapter's settings."""

    system_prompt: str
    messages: list[dict[str, Any]]
    tool_config: dict[str, Any] | None = None

    def followed_by(self, messages: list[dict[str, Any]]) -> ModelRequest:
        """The same request with `messages` appended (the next call of a tool exchange)."""
        return replace(self, messages=[*self.messages, *messages])


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
    """The call or the stream failed with this AWS error code (or exception class name). `refused`: Bedrock
    answered the request with an error before any stream (throttled, invalid, denied): no model ran, no token
    was billed."""

    aws_code: str
    refused: bool = False


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
