"""One tool round of a turn, and the exchange the rounds build (see docs/tools.md).

`run_tools` runs the calls the model asked for at once: each call's input gets the session's own values back
(`runtime.tools.placeholders.resolve_input`) just before it runs, inside the function; each result, as soon
as its tool finishes, goes through detection (the same `Detector` as the user's messages) and is then
pseudonymized with the session's vault, in call order, before any of it goes back to the model. The page
hears `tool` events (name and status only) and heartbeats while tools or detection take long. Detection
failing raises `DetectionUnavailable`: the caller fails closed (the model is not called again; the turn ends
with `tool_result_detection_unavailable`, since the user's message did reach the model).

`Exchange` holds what the rounds add to the conversation after the user's message (assistant messages with
`toolUse` blocks, user messages with `toolResult` blocks, the final text): sent to the model in the next
round and stored with the answer, so that later turns replay it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from runtime.chat import errors
from runtime.chat.model_events import ModelRequest, ToolCall
from runtime.chat.ports import Detector, EventSink, ToolRunner
from runtime.futures import discard
from runtime.logging_setup import log_event
from runtime.privacy.detection import Detection, DetectionUnavailable
from runtime.privacy.pseudonymize import Vault
from runtime.settings import Settings
from runtime.tools.outcome import ToolOutcome
from runtime.tools.placeholders import pseudonymize_result, resolve_input, result_text
from runtime.tools.specs import TOOL_NAME


@dataclass
class Exchange:
    """The Converse messages a turn's tool rounds add, the tools used, and the vault entries results added."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)
    new_entries: dict[str, str] = field(default_factory=dict)
    rounds: int = 0

    def ask(self, text: str, calls: Sequence[ToolCall]) -> None:
        """The model's message of a round: its text (if any) and its tool calls (if any)."""
        blocks: list[dict[str, Any]] = [{"text": text}] if text.strip() else []
        blocks.extend(call.block() for call in calls)
        if blocks:
            self.messages.append({"role": "assistant", "content": blocks})
        for call in calls:
            if call.name not in self.tools:
                self.tools.append(call.name)

    def answer(self, results: list[dict[str, Any]], new_entries: dict[str, str]) -> None:
        """The tools' results of a round (a user message of `toolResult` blocks)."""
        self.rounds += 1
        self.messages.append({"role": "user", "content": results})
        self.new_entries.update(new_entries)

    def storage(self) -> dict[str, Any]:
        """The keyword arguments of `SessionStore.append_assistant_message` for what the rounds added."""
        return {"new_vault": self.new_entries, "tools": self.tools, "exchange": self.stored()}

    def stored(self) -> list[dict[str, Any]] | None:
        """What to store: the messages, when tools ran (None otherwise); never an unanswered tool call."""
        if not self.rounds:
            return None
        messages = list(self.messages)
        last = messages[-1] if messages else None
        if last is not None and last["role"] == "assistant" and any("toolUse" in b for b in last["content"]):
            texts = [block for block in last["content"] if "text" in block]
            messages[-1:] = [{"role": "assistant", "content": texts}] if texts else []
        return messages


@dataclass(frozen=True)
class ModelRound:
    """What one model call of a turn produced: raw text, stop reason, usage, failure, tool calls."""

    text: str
    stop_reason: str | None
    usage: dict[str, int]
    failure: errors.StreamError | None
    calls: list[ToolCall]


#: The turn's next model call for a request (streamed to the page, tokens counted).
CallModel = Callable[[ModelRequest], Awaitable[ModelRound]]
#: (whole raw answer, last stop reason, usage of every call, failure).
RoundsResult = tuple[str, str | None, dict[str, int], errors.StreamError | None]


@dataclass
class ToolRounds:
    """The tool rounds of one turn, after the model's first answer asked for tools."""

    tools: ToolRunner
    detector: Detector
    vault: Vault
    sink: EventSink
    settings: Settings
    gone: Callable[[], bool]

    async def run(
        self, request: ModelRequest, exchange: Exchange, first: ModelRound, call_model: CallModel
    ) -> RoundsResult:
        """Run the tools the model asked for, then call it again with their (pseudonymized) results, round
        after round, until it answers without tools. At most `CHAT_MAX_TOOL_ROUNDS` rounds
        (`tool_rounds_exhausted`); detection failing on a result is `tool_result_detection_unavailable`;
        `call_model` checks the session budget and the daily ceiling before each call (a refused call is a
        round with that failure); a client leaving stops after the running tools. `exchange` holds what exists
        in every case."""
        answer, current, usage = first.text, first, dict(first.usage)
        while True:
            exchange.ask(current.text, current.calls)
            if exchange.rounds >= self.settings.max_tool_rounds:
                return answer, current.stop_reason, usage, errors.TOOL_ROUNDS_EXHAUSTED
            try:
                results, added = await run_tools(
                    current.calls, self.tools, self.detector, self.vault, self.sink, self.settings.heartbeat_seconds
                )
            except DetectionUnavailable as unavailable:
                log_event("pii.detection.failed", logging.WARNING, operation=unavailable.operation,
                          code=unavailable.error, step="tool_result")  # fmt: skip
                return answer, current.stop_reason, usage, errors.TOOL_RESULT_PII_UNAVAILABLE
            exchange.answer(results, added)
            if self.gone():
                return answer, current.stop_reason, usage, None
            request = request.followed_by(exchange.messages[-2:])
            current = await call_model(request)
            usage = {key: usage[key] + current.usage[key] for key in ("inputTokens", "outputTokens")}
            answer += current.text
            if current.failure is not None or self.gone() or current.stop_reason != "tool_use" or not current.calls:
                exchange.ask(current.text, [])
                return answer, current.stop_reason, usage, current.failure


def event_name(call: ToolCall) -> str:
    """The tool's name as the page hears it (a name the model made up in another form is `unknown`)."""
    return call.name if TOOL_NAME.match(call.name) else "unknown"


async def run_tools(
    calls: Sequence[ToolCall],
    tools: ToolRunner,
    detector: Detector,
    vault: Vault,
    sink: EventSink,
    heartbeat: float,
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Run `calls` concurrently; return their `toolResult` blocks (pseudonymized, call order) and the vault
    entries the results added. Raises `DetectionUnavailable` (every other problem is an error result)."""
    for call in calls:
        await sink.tool(event_name(call), "started")
    running: dict[asyncio.Future[ToolOutcome], ToolCall] = {
        asyncio.ensure_future(_run_one(call, tools, vault)): call for call in calls
    }
    outcomes: dict[str, ToolOutcome] = {}
    detections: dict[str, tuple[str, asyncio.Future[Detection]]] = {}
    pending: set[asyncio.Future[ToolOutcome]] = set(running)
    try:
        while pending:
            done, pending = await asyncio.wait(pending, timeout=heartbeat, return_when=asyncio.FIRST_COMPLETED)
            if not done:
                await sink.ping()
            for task in done:
                call = running[task]
                outcome = outcomes[call.tool_use_id] = task.result()
                await sink.tool(event_name(call), "done" if outcome.status == "success" else "error")
                text = result_text(outcome.result)
                detections[call.tool_use_id] = (text, detector.start(text))
        blocks: list[dict[str, Any]] = []
        before = set(vault.mapping)
        for call in calls:
            text, detecting = detections[call.tool_use_id]
            detection = await _with_heartbeats(detecting, sink, heartbeat)
            pseudonymized, _ = pseudonymize_result(text, detection.spans, vault)
            result = {"toolUseId": call.tool_use_id, "content": [{"text": pseudonymized}]}
            result["status"] = outcomes[call.tool_use_id].status
            blocks.append({"toolResult": result})
    except BaseException:
        leftovers: list[asyncio.Future[Any]] = [*pending, *(detecting for _, detecting in detections.values())]
        discard(leftovers)
        raise
    added = {placeholder: value for placeholder, value in vault.mapping.items() if placeholder not in before}
    return blocks, added


async def _run_one(call: ToolCall, tools: ToolRunner, vault: Vault) -> ToolOutcome:
    """One call, with the session's values put into its input at the last moment."""
    if call.arguments is None:
        return ToolOutcome.error("the tool input is not a JSON object")
    return await tools.run(call.name, resolve_input(call.arguments, vault.mapping))


async def _with_heartbeats(future: asyncio.Future[Detection], sink: EventSink, heartbeat: float) -> Detection:
    while not future.done():
        await asyncio.wait({future}, timeout=heartbeat)
        if not future.done():
            await sink.ping()
    return future.result()
