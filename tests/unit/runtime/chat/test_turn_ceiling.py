"""ChatTurn and the stack-wide daily token ceiling, with in-memory ports: checked at start together with the
session load, the model never called once it is spent, every turn's tokens counted, the metric line clean."""

from __future__ import annotations

import asyncio
import io
import json
from contextlib import redirect_stdout
from dataclasses import dataclass, field

import pytest

from runtime.chat.ceiling import ServiceBudgetExhausted, ceiling_reached
from runtime.chat.model_events import Delta, Failed
from runtime.chat.session import StorageUnavailable
from runtime.chat.token_count import estimate_tokens
from runtime.chat.turn import ChatTurn
from runtime.settings import Settings
from tests.unit.runtime.chat.fakes import (
    FakeDetector,
    FakeModels,
    FakePrompts,
    FakeSessionStore,
    Pause,
    RecordingSink,
    answer,
)
from tests.unit.runtime.chat.test_turn import EMAIL, ENV, MESSAGE, NAME


class FakeDailyUsage:
    """Today's count in memory; `delay` slows the read, `failure` makes both calls fail."""

    def __init__(self, used: int = 0) -> None:
        self.count = used
        self.delay = 0.0
        self.failure: Exception | None = None
        self.reads = 0
        self.added: list[int] = []
        self.read_started = asyncio.Event()

    async def used(self) -> int:
        self.reads += 1
        self.read_started.set()
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.failure is not None:
            raise self.failure
        return self.count

    async def add(self, tokens: int) -> int:
        if self.failure is not None:
            raise self.failure
        self.added.append(tokens)
        self.count += tokens
        return self.count


@dataclass
class CeilingWorld:
    """The turn's collaborators with a daily count and a ceiling of `ceiling` tokens."""

    ceiling: int = 100
    daily: FakeDailyUsage = field(default_factory=FakeDailyUsage)
    sessions: FakeSessionStore = field(default_factory=lambda: FakeSessionStore(budget=1000))
    models: FakeModels = field(default_factory=FakeModels)
    detector: FakeDetector = field(default_factory=lambda: FakeDetector({NAME: "NAME", EMAIL: "EMAIL"}))

    def turn(self, message: str = MESSAGE, session_id: str | None = None) -> ChatTurn:
        settings = Settings.from_env({**ENV, "CHAT_DAILY_TOKEN_CEILING": str(self.ceiling)})
        return ChatTurn(
            sessions=self.sessions,
            models=self.models,
            detector=self.detector,
            prompts=FakePrompts(),
            settings=settings,
            message=message,
            session_id=session_id,
            daily=self.daily,
        )

    async def chat(self, message: str = MESSAGE, session_id: str | None = None) -> tuple[ChatTurn, RecordingSink]:
        turn = self.turn(message, session_id)
        await turn.start()
        sink = RecordingSink()
        async with asyncio.timeout(5):
            await turn.run(sink)
        return turn, sink


def test_ceiling_reached() -> None:
    assert ceiling_reached(100, 100) and ceiling_reached(101, 100)
    assert not ceiling_reached(99, 100)
    assert not ceiling_reached(10**12, 0)  # 0: no ceiling


async def test_a_spent_ceiling_stops_a_new_session_before_the_model_and_stores_nothing() -> None:
    world = CeilingWorld(ceiling=100, daily=FakeDailyUsage(used=100))
    world.detector.delay = 1.0  # still running when the ceiling is checked
    turn = world.turn()
    with pytest.raises(ServiceBudgetExhausted):
        await turn.start()
    await asyncio.sleep(0.01)
    assert world.models.streams == []
    assert world.sessions.sessions == {} and world.sessions.calls == ["begin", "release"]  # lease given back
    assert world.detector.cancelled == 1
    assert world.daily.added == []


async def test_a_spent_ceiling_stops_a_known_session_too() -> None:
    world = CeilingWorld(ceiling=100)
    first, _ = await world.chat("Hello")
    session_id = first.record.session_id
    before = list(world.sessions.sessions[session_id].messages)
    world.daily.count = 150
    with pytest.raises(ServiceBudgetExhausted):
        await world.turn("Again", session_id).start()
    assert len(world.models.streams) == 1
    assert world.sessions.sessions[session_id].messages == before


async def test_the_count_is_read_together_with_the_session_load() -> None:
    world = CeilingWorld(ceiling=1000)
    first, _ = await world.chat("Hello")
    world.daily.delay = 0.2
    world.sessions.calls.clear()
    world.daily.read_started.clear()
    turn = world.turn("Again", first.record.session_id)
    starting = asyncio.ensure_future(turn.start())
    await asyncio.wait_for(world.daily.read_started.wait(), 0.1)
    assert world.sessions.calls == ["load", "begin"]  # both requests out before either answered
    await starting
    assert turn.stats.timings["sessionReadyMs"] >= 200


async def test_every_turn_adds_what_the_model_reported() -> None:
    world = CeilingWorld(ceiling=1000)
    world.models.queue(answer("Hi", usage=(30, 7)))
    turn, sink = await world.chat()
    assert sink.last["type"] == "done"
    assert world.daily.added == [37]
    assert turn.stats.daily_tokens == 37


async def test_a_turn_without_reported_usage_adds_an_estimate() -> None:
    world = CeilingWorld(ceiling=1000)
    world.models.queue(answer("Hi", " there", usage=None))
    turn, _ = await world.chat()
    assert len(world.daily.added) == 1
    estimate = world.daily.added[0]
    assert estimate == turn.stats.input_tokens + turn.stats.output_tokens
    assert turn.stats.input_tokens > 0 and turn.stats.output_tokens == 2  # one per delta


async def test_a_call_bedrock_refused_before_any_stream_counts_nothing() -> None:
    world = CeilingWorld(ceiling=1000)
    world.models.queue([Failed("ThrottlingException", refused=True)])
    turn, sink = await world.chat()
    assert sink.last["code"] == "model_throttled"
    assert world.daily.added == [0] and world.sessions.sessions[turn.record.session_id].tokens_used == 0


async def test_a_call_failing_after_its_stream_began_counts_its_estimate() -> None:
    world = CeilingWorld(ceiling=1000)
    world.models.queue([Delta("Dear"), Failed("ModelStreamErrorException")])
    turn, sink = await world.chat()
    assert sink.last["code"] == "model_stream_error"
    [added] = world.daily.added
    assert added == estimate_tokens(world.models.streams[0].request) + 1  # the input, one token per delta
    assert world.sessions.sessions[turn.record.session_id].tokens_used == added


async def test_a_client_that_leaves_mid_answer_still_counts_its_tokens() -> None:
    world = CeilingWorld(ceiling=1000)
    world.models.queue([*answer("a")[:1], Pause(5), *answer("b")[1:]])
    turn = world.turn()
    await turn.start()
    sink = RecordingSink(after_event=lambda event: turn.on_disconnect() if event["type"] == "token" else None)
    async with asyncio.timeout(5):
        await turn.run(sink)
    assert len(world.daily.added) == 1 and world.daily.added[0] > 0


async def test_a_turn_under_the_ceiling_passes_and_may_overshoot_it() -> None:
    world = CeilingWorld(ceiling=40, daily=FakeDailyUsage(used=39))
    world.models.queue(answer("Hi", usage=(30, 7)))
    _, sink = await world.chat()
    assert sink.last["type"] == "done"
    assert world.daily.count == 76  # a running turn finishes: the overshoot is its own tokens
    with pytest.raises(ServiceBudgetExhausted):
        await world.turn().start()


async def test_no_ceiling_no_count() -> None:
    world = CeilingWorld(ceiling=0, daily=FakeDailyUsage(used=10**9))
    _, sink = await world.chat()
    assert sink.last["type"] == "done"
    assert world.daily.reads == 0 and world.daily.added == []


async def test_an_unreadable_count_fails_start_as_storage_unavailable() -> None:
    world = CeilingWorld(ceiling=1000)
    world.daily.failure = StorageUnavailable("ProvisionedThroughputExceededException")
    with pytest.raises(StorageUnavailable):
        await world.turn().start()
    assert world.models.streams == []


async def test_a_failed_count_after_the_answer_does_not_fail_the_turn() -> None:
    world = CeilingWorld(ceiling=1000)
    turn = world.turn()
    await turn.start()
    world.daily.failure = StorageUnavailable("InternalServerError")
    sink = RecordingSink()
    await turn.run(sink)
    assert sink.last["type"] == "done"


async def test_the_metric_line_of_a_turn_carries_counts_and_nothing_personal() -> None:
    world = CeilingWorld(ceiling=1000)
    world.models.queue(answer("Hello [NAME_1]", usage=(30, 7)))
    out = io.StringIO()
    with redirect_stdout(out):
        turn, sink = await world.chat(f"My IBAN is DE89370400440532013000, I am {NAME}, mail {EMAIL}.")
    session_id = turn.record.session_id
    emf = [json.loads(line) for line in out.getvalue().splitlines() if line.startswith('{"_aws"')]
    assert len(emf) == 1
    line = emf[0]
    directive = line["_aws"]["CloudWatchMetrics"][0]
    assert directive["Namespace"] == "SovereignChat"
    assert line["InputTokens"] == 30 and line["OutputTokens"] == 7 and line["DailyTokensUsed"] == 37
    assert line["Pii.NAME"] == 1 and line["Pii.EMAIL"] == 1
    assert line["TimeToFirstTokenMs"] <= line["TurnDurationMs"]
    assert not any(key.startswith("Error.") for key in line)
    text = json.dumps(line)
    for secret in (NAME, "Carlos", "García", EMAIL, "DE89370400440532013000", session_id, "Hello"):
        assert secret not in text
    assert set(line) == {"_aws", *(metric["Name"] for metric in directive["Metrics"])}
    assert all(isinstance(value, int | float) for key, value in line.items() if key != "_aws")
    assert sink.text == f"Hello {NAME}"  # the user did get the name back: only the metric line lacks it
