"""Relay one model call's stream to the client: deltas re-identified and sent at once, heartbeats on silence.

The relay keeps the raw (pseudonymized) answer for storage and collects what the stream says besides text:
stop reason, usage, a failure, tool calls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from runtime.chat import errors
from runtime.chat.model_events import Delta, Ended, Failed, Finished, ToolCall, ToolCalls, ToolUseEvent, Usage
from runtime.chat.ports import EventSink, ModelStream
from runtime.logging_setup import log_event
from runtime.privacy.pseudonymize import Vault
from runtime.privacy.reidentify import StreamingReidentifier


@dataclass
class RelayedAnswer:
    """What one model call gave: the raw answer text and what ended it."""

    text: str
    stop_reason: str | None
    usage: dict[str, int] | None
    failure: errors.StreamError | None
    calls: list[ToolCall] = field(default_factory=list)
    deltas: int = 0
    #: Bedrock refused the call before any stream (`Failed.refused`): nothing to count.
    refused: bool = False


async def relay_answer(
    model: ModelStream,
    vault: Vault,
    sink: EventSink,
    heartbeat_seconds: float,
    on_first_visible: Callable[[], None],
) -> RelayedAnswer:
    """Send the model's deltas re-identified with `vault` until the stream ends; `on_first_visible` is called
    before the first token event that shows text."""
    reidentifier = StreamingReidentifier(vault.mapping)
    parts: list[str] = []
    answer = RelayedAnswer("", None, None, None)
    calls = ToolCalls()
    shown = False
    while True:
        event = await model.next_event(heartbeat_seconds)
        if event is None:
            await sink.ping()
        elif isinstance(event, Delta):
            parts.append(event.text)
            answer.deltas += 1
            visible = reidentifier.feed(event.text)
            if visible:
                if not shown:
                    shown = True
                    on_first_visible()
                await sink.token(visible)
        elif isinstance(event, ToolUseEvent):
            calls.feed(event)
        elif isinstance(event, Finished):
            answer.stop_reason = event.stop_reason
        elif isinstance(event, Usage):
            answer.usage = {"inputTokens": event.input_tokens, "outputTokens": event.output_tokens}
        elif isinstance(event, Failed):
            answer.failure = errors.model_error(event.aws_code)
            answer.refused = event.refused
            log_event("model.failed", logging.WARNING, code=event.aws_code)
        elif isinstance(event, Ended):
            break
    tail = reidentifier.flush()
    if tail:
        await sink.token(tail)
    answer.text = "".join(parts)
    answer.calls = calls.calls()
    return answer
