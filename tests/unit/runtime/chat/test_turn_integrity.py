"""ChatTurn under concurrency, with in-memory ports: one turn at a time per session (the lease), the session
budget and the daily ceiling before every model call (tool rounds included), nothing spent left uncounted."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from runtime.chat.model_events import Delta, ModelRequest
from runtime.chat.session import SessionBusy
from runtime.chat.turn import ChatTurn
from runtime.privacy.detection import DetectionUnavailable
from runtime.settings import Settings
from tests.unit.runtime.chat.fakes import (
    FakeDetector,
    FakeModels,
    FakeModelStream,
    FakePrompts,
    FakeSessionStore,
    Pause,
    RecordingSink,
    answer,
    tool_request,
    toolbox,
)
from tests.unit.runtime.chat.test_turn import ENV
from tests.unit.runtime.chat.test_turn_ceiling import FakeDailyUsage

LOAN = {"principal": 150000, "annualRatePercent": 3.5, "years": 30}
#: Every model call of the looping model: (input, output) tokens.
CALL_USAGE = (800, 200)


class LoopingModels(FakeModels):
    """A model that asks for the calculator on every call, `CALL_USAGE` tokens each, after `delay` seconds."""

    def __init__(self, delay: float = 0.005) -> None:
        super().__init__()
        self.delay = delay

    def __call__(self, request: ModelRequest, /) -> FakeModelStream:
        call = (f"t{len(self.streams)}", "loan_calculator", LOAN)
        stream = FakeModelStream(request, [Pause(self.delay), *tool_request(call, usage=CALL_USAGE)])
        self.streams.append(stream)
        return stream


def make_turn(
    sessions: FakeSessionStore,
    models: FakeModels,
    env: dict[str, str],
    session_id: str | None = None,
    daily: FakeDailyUsage | None = None,
    message: str = "How much per month?",
) -> ChatTurn:
    return ChatTurn(
        sessions=sessions,
        models=models,
        detector=FakeDetector(),
        prompts=FakePrompts(),
        settings=Settings.from_env(env),
        message=message,
        session_id=session_id,
        daily=daily,
        tools=toolbox(),
    )


async def run_turn(turn: ChatTurn) -> RecordingSink:
    await turn.start()
    sink = RecordingSink()
    async with asyncio.timeout(10):
        await turn.run(sink)
    return sink


async def test_concurrent_tool_looping_sessions_stay_inside_the_documented_overshoot_bound() -> None:
    ceiling, sessions_at_once = 5000, 8
    env = {**ENV, "CHAT_DAILY_TOKEN_CEILING": str(ceiling), "CHAT_SESSION_TOKEN_BUDGET": "1000000"}
    daily, models, store = FakeDailyUsage(), LoopingModels(), FakeSessionStore(budget=1_000_000)
    turns = [make_turn(store, models, env, daily=daily) for _ in range(sessions_at_once)]
    sinks = await asyncio.gather(*(run_turn(turn) for turn in turns))
    largest_call = sum(CALL_USAGE)
    # The bound of docs/operations.md: the calls in flight when the ceiling is crossed (one per running turn)
    # times the largest call.
    assert daily.count <= ceiling + sessions_at_once * largest_call
    assert daily.count == sum(daily.added) == len(models.streams) * largest_call
    assert {sink.last["code"] for sink in sinks} == {"service_budget_exhausted"}
    assert all(sink.last["retryable"] is False for sink in sinks)
    # Each session's count holds every call it made (none lost, none twice).
    assert sum(stored.tokens_used for stored in store.sessions.values()) == daily.count


async def test_tool_rounds_stop_before_the_call_that_the_session_budget_has_no_room_for() -> None:
    env = {**ENV, "CHAT_SESSION_TOKEN_BUDGET": "2500", "CHAT_MAX_TOOL_ROUNDS": "10"}
    store, models = FakeSessionStore(budget=2500), LoopingModels(delay=0)
    turn = make_turn(store, models, env)
    sink = await run_turn(turn)
    assert sink.last["code"] == "token_budget_exhausted"
    assert len(models.streams) == 3  # 0, 1000, 2000 spent before each call: the fourth is never made
    assert store.sessions[turn.record.session_id].tokens_used == 3 * sum(CALL_USAGE)


async def test_a_message_for_a_session_with_a_turn_running_is_refused_before_any_model_call() -> None:
    store, models = FakeSessionStore(), FakeModels()
    first = make_turn(store, models, ENV)
    await run_turn(first)
    session_id = first.record.session_id
    models.queue([Delta("A long"), Pause(0.3), *answer(" answer.")])
    running = make_turn(store, models, ENV, session_id)
    await running.start()
    streaming = asyncio.ensure_future(running.run(sink := RecordingSink()))
    await asyncio.sleep(0.05)
    calls = len(models.streams)
    for _ in range(5):
        with pytest.raises(SessionBusy):
            await make_turn(store, models, ENV, session_id).start()
    assert len(models.streams) == calls  # no model call for a refused message
    await streaming
    assert sink.last["type"] == "done" and sink.text == "A long answer."
    stored = store.sessions[session_id]
    assert [m.content for m in stored.messages if m.role == "assistant"][-1] == "A long answer."
    after = await run_turn(make_turn(store, models, ENV, session_id))  # the lease was given back
    assert after.last["type"] == "done"
    assert stored.tokens_used == 3 * (12 + 5)


async def test_a_turn_failing_before_the_model_gives_the_session_back() -> None:
    store, models = FakeSessionStore(), FakeModels()
    first = make_turn(store, models, ENV)
    await run_turn(first)
    session_id = first.record.session_id
    failing = make_turn(store, models, ENV, session_id)
    assert isinstance(failing._detector, FakeDetector)
    failing._detector.failure = DetectionUnavailable("DetectPiiEntities", "ServiceUnavailable")
    sink = await run_turn(failing)
    assert sink.last["code"] == "pii_detection_unavailable"
    assert store.sessions[session_id].lease is None and store.released_tokens == {session_id: 0}
    assert (await run_turn(make_turn(store, models, ENV, session_id))).last["type"] == "done"


async def test_a_message_too_large_to_store_is_refused_before_the_model_and_not_retryable() -> None:
    store, models = FakeSessionStore(item_limit=10), FakeModels()
    turn = make_turn(store, models, ENV, message="a message longer than ten characters")
    sink = await run_turn(turn)
    assert sink.types == ["session", "error"]
    assert sink.last["code"] == "storage_limit_exceeded" and sink.last["retryable"] is False
    assert models.streams == [] and store.sessions == {}  # never called, nothing stored


async def test_a_client_leaving_mid_answer_still_counts_the_call_with_the_tool_configuration() -> None:
    store, models = FakeSessionStore(), FakeModels()
    first = make_turn(store, models, ENV)
    await run_turn(first)
    session_id = first.record.session_id
    spent_before = store.sessions[session_id].tokens_used
    models.queue([Delta("Partial"), Pause(5), *answer(" never")])
    leaving = make_turn(store, models, ENV, session_id)
    await leaving.start()

    def leave(event: Any) -> None:
        if isinstance(event, dict) and event.get("type") == "token":
            leaving.on_disconnect()

    await asyncio.wait_for(leaving.run(RecordingSink(after_event=leave)), 2)
    request = models.streams[-1].request
    assert request.tool_config is not None
    spent = store.sessions[session_id].tokens_used - spent_before
    # No usage came back: the estimate covers the tool configuration too (4 characters a token).
    assert spent >= len(str(request.tool_config)) // 4
