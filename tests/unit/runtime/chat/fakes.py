"""In-memory collaborators of `ChatTurn` (the ports of `runtime.chat.ports`), for unit tests.

Each write of the session store is all-or-nothing, like a DynamoDB transaction: a failure injected into a
step raises before anything of that step is applied.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from runtime.chat.model_events import (
    BlockStopped,
    Delta,
    Ended,
    Finished,
    ModelEvent,
    ModelRequest,
    ToolInputDelta,
    ToolUseStarted,
    Usage,
)
from runtime.chat.ports import PromptUnavailable
from runtime.chat.session import (
    BudgetExhausted,
    Lease,
    SessionBusy,
    SessionConflict,
    SessionNotFound,
    SessionRecord,
    StoredMessage,
    new_session_id,
)
from runtime.http.turn_events import TurnEvents
from runtime.privacy.detection import Detection, DetectionUnavailable
from runtime.privacy.types import PiiSpan
from runtime.tools.registry import BUILTINS, Tool, Toolbox
from runtime.tools.specs import ToolSpec


@dataclass
class StoredSession:
    """What the fake store holds for one session."""

    vault: dict[str, str] = field(default_factory=dict)
    tokens_used: int = 0
    messages: list[StoredMessage] = field(default_factory=list)
    usage: dict[int, dict[str, int] | None] = field(default_factory=dict)
    stop_reasons: dict[int, str | None] = field(default_factory=dict)
    #: The token of the lease held on the session (None: free).
    lease: str | None = None


class FakeSessionStore:
    """Sessions in a dict, one turn at a time (a lease per session, no expiry). `failures[step]` (load, begin,
    release, append_user_message, confirm_resend, append_assistant_message) is raised at that step, before
    anything is stored. `item_limit`: the size (characters) `oversized` refuses above."""

    def __init__(self, budget: int = 10_000, item_limit: int = 1_000_000) -> None:
        self.budget = budget
        self.item_limit = item_limit
        self.sessions: dict[str, StoredSession] = {}
        self.failures: dict[str, Exception] = {}
        #: Tokens added by `release` (turns that stored no answer), per session.
        self.released_tokens: dict[str, int] = {}
        self.calls: list[str] = []

    def _step(self, name: str) -> None:
        self.calls.append(name)
        failure = self.failures.get(name)
        if failure is not None:
            raise failure

    async def load(self, session_id: str) -> SessionRecord:
        self._step("load")
        stored = self.sessions.get(session_id)
        if stored is None:
            raise SessionNotFound()
        return SessionRecord(session_id, dict(stored.vault), stored.tokens_used, copy.deepcopy(stored.messages))

    async def begin(self, session_id: str | None, lease: Lease) -> SessionRecord:
        if session_id is None:
            self._step("begin")
            record = SessionRecord(new_session_id(), {}, 0, is_new=True, lease=lease)
            self.sessions[record.session_id] = StoredSession(lease=lease.token)
            return record
        record = await self.load(session_id)
        self._step("begin")
        stored = self.sessions[session_id]
        if stored.tokens_used >= self.budget:
            raise BudgetExhausted()
        if stored.lease is not None:
            raise SessionBusy()
        stored.lease = lease.token
        record.lease = lease
        return record

    async def release(self, record: SessionRecord, tokens: int) -> None:
        self._step("release")
        stored = self.sessions.get(record.session_id)
        if record.lease is None or stored is None or stored.lease != record.lease.token:
            raise SessionConflict()
        if record.is_new:
            del self.sessions[record.session_id]
        else:
            stored.lease = None
            stored.tokens_used += tokens
            self.released_tokens[record.session_id] = self.released_tokens.get(record.session_id, 0) + tokens
        record.lease = None

    def oversized(self, record: SessionRecord, content: str, surface_forms: list[str] | None) -> int | None:
        size = len(content) + sum(len(form) for form in surface_forms or [])
        return self.item_limit if size > self.item_limit else None

    def _writable(self, record: SessionRecord) -> StoredSession:
        stored = self.sessions.get(record.session_id)
        if stored is None or record.lease is None or stored.lease != record.lease.token:
            raise SessionConflict()
        return stored

    async def append_user_message(
        self,
        record: SessionRecord,
        seq: int,
        content: str,
        new_vault: dict[str, str],
        surface_forms: list[str] | None = None,
    ) -> None:
        self._step("append_user_message")
        stored = self._writable(record)
        if any(m.seq == seq for m in stored.messages) or any(p in stored.vault for p in new_vault):
            raise SessionConflict()
        stored.vault.update(new_vault)
        stored.messages.append(StoredMessage(seq, "user", content, "now", True, surface_forms))
        self.sessions[record.session_id] = stored
        record.is_new = False

    async def confirm_resend(self, record: SessionRecord) -> None:
        self._step("confirm_resend")
        stored = self._writable(record)
        if any(m.seq == record.next_seq for m in stored.messages):
            raise SessionConflict()

    async def append_assistant_message(
        self,
        record: SessionRecord,
        seq: int,
        content: str,
        complete: bool,
        stop_reason: str | None,
        usage: dict[str, int] | None,
        *,
        new_vault: Mapping[str, str] | None = None,
        tools: Sequence[str] | None = None,
        exchange: Sequence[Mapping[str, Any]] | None = None,
    ) -> None:
        self._step("append_assistant_message")
        stored = self._writable(record)
        if any(m.seq == seq for m in stored.messages):
            raise SessionConflict()
        if any(p in stored.vault for p in new_vault or {}):
            raise SessionConflict()
        stored.vault.update(new_vault or {})
        message = StoredMessage(seq, "assistant", content, "now", complete)
        message.tools = list(tools) if tools else None
        message.exchange = copy.deepcopy([dict(m) for m in exchange]) if exchange else None
        stored.messages.append(message)
        stored.usage[seq] = usage
        stored.stop_reasons[seq] = stop_reason
        stored.tokens_used += sum((usage or {}).values())
        stored.lease = None
        record.lease = None

    def roles(self, session_id: str) -> list[tuple[str, bool]]:
        """(role, complete) of every stored message of the session."""
        return [(m.role, m.complete) for m in self.sessions[session_id].messages]


@dataclass(frozen=True)
class Pause:
    """A script step: the model stays silent this long."""

    seconds: float


Step = ModelEvent | Pause


def answer(*pieces: str, stop: str = "end_turn", usage: tuple[int, int] | None = (12, 5)) -> list[Step]:
    """The script of a model answering `pieces` as deltas, then stopping (with usage unless None)."""
    script: list[Step] = [Delta(piece) for piece in pieces]
    script.append(Finished(stop))
    if usage is not None:
        script.append(Usage(*usage))
    return script


def tool_request(
    *calls: tuple[str, str, dict[str, Any]], text: str = "", usage: tuple[int, int] = (20, 6)
) -> list[Step]:
    """The script of a model asking for tools: optional text, then each (toolUseId, name, input) as a toolUse
    block whose JSON input arrives in two pieces, then `stopReason: tool_use`."""
    script: list[Step] = [Delta(text)] if text else []
    for index, (tool_use_id, name, arguments) in enumerate(calls, start=1):
        raw = json.dumps(arguments)
        middle = len(raw) // 2
        script += [ToolUseStarted(index, tool_use_id, name), ToolInputDelta(index, raw[:middle])]
        script += [ToolInputDelta(index, raw[middle:]), BlockStopped(index)]
    return [*script, Finished("tool_use"), Usage(*usage)]


class FakeModelStream:
    """Plays a script of model events; `cancel` ends it as the real stream does (no more events but `Ended`)."""

    def __init__(self, request: ModelRequest, script: list[Step]) -> None:
        self.request = request
        self._script = script
        self._queue: asyncio.Queue[ModelEvent] = asyncio.Queue()
        self._player: asyncio.Task[None] | None = None
        self.cancelled = False
        self.taken_up: asyncio.Future[None] | None = None
        self.request_sent: asyncio.Future[None] | None = None

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        self.taken_up = loop.create_future()
        self.request_sent = loop.create_future()
        self._player = asyncio.ensure_future(self._play())

    async def _play(self) -> None:
        assert self.taken_up is not None and self.request_sent is not None
        self.taken_up.set_result(None)
        self.request_sent.set_result(None)
        try:
            for step in self._script:
                if self.cancelled:
                    return
                if isinstance(step, Pause):
                    await asyncio.sleep(step.seconds)
                else:
                    self._queue.put_nowait(step)
                    await asyncio.sleep(0)
        finally:
            self._queue.put_nowait(Ended())

    async def next_event(self, timeout: float) -> ModelEvent | None:
        try:
            async with asyncio.timeout(timeout):
                return await self._queue.get()
        except TimeoutError:
            return None

    def cancel(self) -> None:
        self.cancelled = True
        if self._player is not None:
            self._player.cancel()  # ends with `Ended`, like the real stream once its socket is closed


class FakeModels:
    """The model-stream factory: each call plays the next queued script (a plain answer when none is queued)."""

    def __init__(self) -> None:
        self.scripts: list[list[Step]] = []
        self.streams: list[FakeModelStream] = []

    def queue(self, *scripts: list[Step]) -> None:
        self.scripts.extend(scripts)

    def __call__(self, request: ModelRequest, /) -> FakeModelStream:
        script = self.scripts.pop(0) if self.scripts else answer("Hello", " there.")
        stream = FakeModelStream(request, script)
        self.streams.append(stream)
        return stream

    def seen_text(self) -> str:
        """Everything every model request carried (system prompt and messages)."""
        parts: list[str] = []
        for stream in self.streams:
            parts.append(stream.request.system_prompt)
            parts.extend(json.dumps(message, ensure_ascii=False) for message in stream.request.messages)
            parts.append(json.dumps(stream.request.tool_config, ensure_ascii=False))
        return "\n".join(parts)


class FakeDetector:
    """Finds the given values literally (each with its type); optionally slow, or failing (fail closed)."""

    def __init__(self, values: Mapping[str, str] | None = None) -> None:
        self.values = dict(values or {})
        self.delay = 0.0
        self.failure: DetectionUnavailable | None = None
        self.started: list[str] = []
        self.cancelled = 0

    def start(self, text: str) -> asyncio.Future[Detection]:
        self.started.append(text)
        task = asyncio.ensure_future(self._detect(text))
        task.add_done_callback(lambda t: self._count_cancel(t))
        return task

    def _count_cancel(self, task: asyncio.Future[Detection]) -> None:
        if task.cancelled():
            self.cancelled += 1

    async def _detect(self, text: str) -> Detection:
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.failure is not None:
            raise self.failure
        spans = []
        for value, entity_type in self.values.items():
            start = text.find(value)
            while start >= 0:
                spans.append(PiiSpan(start, start + len(value), entity_type, "builtin"))
                start = text.find(value, start + len(value))
        return Detection(spans, "en", 0)


class FakePrompts:
    """A fixed system prompt, or `PromptUnavailable`."""

    def __init__(self, text: str = "You are a helpful assistant.") -> None:
        self.text = text
        self.available = True

    async def get(self) -> str:
        if not self.available:
            raise PromptUnavailable("down")
        return self.text


class EventRecorder:
    """Collects the payloads of events and the heartbeats in order; `after_event` runs after each event."""

    def __init__(self, after_event: Callable[[Mapping[str, object]], None] | None = None) -> None:
        self.items: list[Mapping[str, object] | str] = []
        self._after_event = after_event

    async def event(self, data: Mapping[str, object]) -> None:
        self.items.append(dict(data))
        if self._after_event is not None:
            self._after_event(data)

    async def ping(self) -> None:
        self.items.append("ping")


class RecordingSink(TurnEvents):
    """The turn's events as the HTTP stream's payloads (`runtime.http.turn_events`), collected in order."""

    def __init__(self, after_event: Callable[[Mapping[str, object]], None] | None = None) -> None:
        self.recorder = EventRecorder(after_event)
        super().__init__(self.recorder)

    @property
    def items(self) -> list[Mapping[str, object] | str]:
        return self.recorder.items

    @property
    def events(self) -> list[Mapping[str, object]]:
        return [item for item in self.items if not isinstance(item, str)]

    @property
    def types(self) -> list[object]:
        return [event["type"] for event in self.events]

    @property
    def text(self) -> str:
        return "".join(str(event["content"]) for event in self.events if event["type"] == "token")

    @property
    def last(self) -> Mapping[str, object]:
        return self.events[-1]


@dataclass
class FakeTool:
    """A tool that records what it received and returns `result` (after `delay` seconds), or fails."""

    spec: ToolSpec
    result: Any = None
    delay: float = 0.0
    timeout_seconds: float = 5.0
    received: list[dict[str, Any]] = field(default_factory=list)
    behaviour: Callable[[dict[str, Any]], Awaitable[Any]] | None = None

    async def call(self, arguments: dict[str, Any]) -> Any:
        self.received.append(arguments)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.behaviour is not None:
            return await self.behaviour(arguments)
        return self.result


def echo_tool(result: Any = None, delay: float = 0.0, timeout: float = 5.0) -> FakeTool:
    """A tool named `echo` that takes any object."""
    spec = ToolSpec("echo", "Echo", {"type": "object"})
    return FakeTool(spec, result, delay, timeout)


def toolbox(*tools: Tool, calculator: bool = True) -> Toolbox:
    """The real `Toolbox` with the built-in calculator (unless turned off) and `tools`."""
    return Toolbox([*([BUILTINS["loan_calculator"]] if calculator else []), *tools])
