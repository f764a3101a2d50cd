"""ChatTurn driven with in-memory ports: what is streamed, what is stored, what the model sees."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import pytest

from runtime.chat.model_events import Delta, Failed
from runtime.chat.session import (
    BudgetExhausted,
    SessionConflict,
    SessionNotFound,
    StorageUnavailable,
)
from runtime.chat.turn import ChatTurn
from runtime.privacy.detection import DetectionUnavailable
from runtime.settings import Settings
from tests.unit.runtime.chat.fakes import (
    FakeDetector,
    FakeModels,
    FakePrompts,
    FakeSessionStore,
    Pause,
    RecordingSink,
    StoredSession,
    answer,
)
from tests.unit.runtime.settings_env import minimal_env

ENV = minimal_env({"CHAT_HEARTBEAT_SECONDS": "0.05", "CHAT_SESSION_TOKEN_BUDGET": "1000"})
NAME = "Carlos García"
EMAIL = "carlos@example.com"
MESSAGE = f"I am {NAME}, write to {EMAIL}."


@dataclass
class World:
    """The turn's collaborators, shared by the turns of one test."""

    sessions: FakeSessionStore = field(default_factory=lambda: FakeSessionStore(budget=1000))
    models: FakeModels = field(default_factory=FakeModels)
    detector: FakeDetector = field(default_factory=lambda: FakeDetector({NAME: "NAME", EMAIL: "EMAIL"}))
    prompts: FakePrompts = field(default_factory=FakePrompts)
    settings: Settings = field(default_factory=lambda: Settings.from_env(ENV))

    def turn(self, message: str = MESSAGE, session_id: str | None = None) -> ChatTurn:
        return ChatTurn(
            sessions=self.sessions,
            models=self.models,
            detector=self.detector,
            prompts=self.prompts,
            settings=self.settings,
            message=message,
            session_id=session_id,
        )

    async def chat(self, message: str = MESSAGE, session_id: str | None = None) -> tuple[ChatTurn, RecordingSink]:
        turn = self.turn(message, session_id)
        await turn.start()
        sink = RecordingSink()
        async with asyncio.timeout(5):
            await turn.run(sink)
        return turn, sink

    def stored(self, session_id: str) -> StoredSession:
        return self.sessions.sessions[session_id]


async def test_a_turn_streams_the_answer_reidentified_and_stores_both_sides_pseudonymized() -> None:
    world = World()
    world.models.queue(answer("Hello [NAME", "_1], I will write to [EMAIL_1].", usage=(40, 9)))
    turn, sink = await world.chat()

    session_id = turn.record.session_id
    assert sink.types[0] == "session" and sink.events[0]["sessionId"] == session_id
    assert sink.types[1:-1] == ["token"] * (len(sink.types) - 2)
    assert sink.text == f"Hello {NAME}, I will write to {EMAIL}."
    assert sink.last == {"type": "done", "stopReason": "end_turn", "usage": {"inputTokens": 40, "outputTokens": 9}}

    stored = world.stored(session_id)
    assert [(m.role, m.content, m.complete) for m in stored.messages] == [
        ("user", "I am [NAME_1], write to [EMAIL_1].", True),
        ("assistant", "Hello [NAME_1], I will write to [EMAIL_1].", True),
    ]
    assert stored.vault == {"[NAME_1]": NAME, "[EMAIL_1]": EMAIL}
    assert stored.tokens_used == 49
    assert stored.messages[0].surface_forms is not None
    seen = world.models.seen_text()
    assert "[NAME_1]" in seen and NAME not in seen and EMAIL not in seen and "Carlos" not in seen


async def test_the_next_turn_replays_the_history_and_pseudonymizes_known_values_detection_missed() -> None:
    world = World()
    first, _ = await world.chat()
    session_id = first.record.session_id
    world.detector.values.clear()  # detection finds nothing this time: the vault still knows the values
    world.models.queue(answer("Noted, [NAME_1]."))
    _, sink = await world.chat(f"Remember, {NAME} is me.", session_id)

    assert sink.text == f"Noted, {NAME}."
    request = world.models.streams[-1].request
    assert [m["role"] for m in request.messages] == ["user", "assistant", "user"]
    assert request.messages[-1]["content"][0]["text"] == "Remember, [NAME_1] is me."
    assert NAME not in world.models.seen_text()
    assert [m.seq for m in world.stored(session_id).messages] == [1, 2, 3, 4]


async def test_a_message_resent_after_a_failed_answer_is_stored_once() -> None:
    world = World()
    first, _ = await world.chat("Hello")
    session_id = first.record.session_id
    world.models.queue(
        [Delta("Dear [NAME_1], the"), Failed("ModelStreamErrorException")],
        answer("Dear [NAME_1], the answer."),
    )
    _, failed = await world.chat(MESSAGE, session_id)
    assert failed.last["code"] == "model_stream_error" and failed.last["retryable"] is True
    assert failed.text == f"Dear {NAME}, the"

    _, retried = await world.chat(MESSAGE, session_id)
    assert retried.last["type"] == "done"
    assert world.sessions.roles(session_id) == [
        ("user", True),
        ("assistant", True),
        ("user", True),
        ("assistant", False),
        ("assistant", True),
    ]
    assert world.sessions.calls.count("confirm_resend") == 1
    replayed = world.models.streams[-1].request.messages
    assert [m["role"] for m in replayed] == ["user", "assistant", "user"]  # not the failed partial answer
    assert replayed[-1]["content"][0]["text"] == "I am [NAME_1], write to [EMAIL_1]."


async def test_a_spent_budget_stops_the_turn_before_anything_starts_streaming() -> None:
    world = World()
    first, _ = await world.chat("Hello")
    session_id = first.record.session_id
    world.stored(session_id).tokens_used = 1000
    before = list(world.stored(session_id).messages)
    world.detector.delay = 1.0  # still running when the budget is checked
    turn = world.turn("Again", session_id)
    with pytest.raises(BudgetExhausted):
        await turn.start()
    await asyncio.sleep(0.01)
    assert world.detector.cancelled == 1  # the detection started for it is not left running
    assert len(world.models.streams) == 1  # only the first turn called the model
    assert world.stored(session_id).messages == before


async def test_a_budget_spent_meanwhile_is_an_error_event_and_stops_the_model() -> None:
    world = World()
    first, _ = await world.chat("Hello")
    session_id = first.record.session_id
    world.sessions.failures["append_user_message"] = BudgetExhausted()
    world.models.queue([Delta("A long"), Pause(10), *answer(" answer")])
    _, sink = await world.chat("Again", session_id)
    assert sink.last["code"] == "token_budget_exhausted" and sink.last["retryable"] is False
    assert world.models.streams[-1].cancelled
    assert world.sessions.roles(session_id) == [("user", True), ("assistant", True)]


@pytest.mark.parametrize(
    ("failure", "raised"),
    [(SessionNotFound(), SessionNotFound), (StorageUnavailable("InternalServerError"), StorageUnavailable)],
)
async def test_a_session_that_cannot_be_loaded_fails_start(failure: Exception, raised: type[Exception]) -> None:
    world = World()
    first, _ = await world.chat("Hello")
    world.sessions.failures["load"] = failure
    world.detector.delay = 1.0  # still running when the load fails
    turn = world.turn("Again", first.record.session_id)
    with pytest.raises(raised):
        await turn.start()
    await asyncio.sleep(0.01)
    assert world.detector.cancelled == 1
    assert len(world.models.streams) == 1


async def test_an_unknown_session_id_is_not_found() -> None:
    with pytest.raises(SessionNotFound):
        await World().turn("Hello", "no-such-session").start()


@pytest.mark.parametrize(
    ("failure", "code"),
    [(StorageUnavailable("InternalServerError"), "storage_unavailable"), (SessionConflict(), "session_busy")],
)
async def test_storing_the_user_message_failing_stores_nothing_and_stops_the_model(
    failure: Exception, code: str
) -> None:
    world = World()
    world.sessions.failures["append_user_message"] = failure
    world.models.queue([Delta("Hello"), Pause(10), *answer(" there")])
    _, sink = await world.chat()
    assert sink.types[0] == "session" and sink.last["type"] == "error" and sink.last["code"] == code
    assert world.models.streams[0].cancelled
    assert world.sessions.sessions == {}  # the new session was never created
    assert "append_assistant_message" not in world.sessions.calls


async def test_storing_the_answer_failing_is_an_error_event_and_keeps_the_user_message_alone() -> None:
    world = World()
    world.sessions.failures["append_assistant_message"] = StorageUnavailable("InternalServerError")
    turn, sink = await world.chat()
    assert sink.text == "Hello there."
    assert sink.last["type"] == "error" and sink.last["code"] == "storage_unavailable"
    assert "done" not in sink.types
    session_id = turn.record.session_id
    assert world.sessions.roles(session_id) == [("user", True)]
    assert world.stored(session_id).tokens_used == 12 + 5  # the model was called: its tokens count (answer())


async def test_the_model_failing_mid_stream_stores_the_partial_answer_as_incomplete() -> None:
    world = World()
    world.models.queue([Delta("Dear [NAME_1], the"), Failed("ModelStreamErrorException")])
    turn, sink = await world.chat()
    assert sink.types == ["session", "token", "error"]
    assert sink.text == f"Dear {NAME}, the"
    assert sink.last["code"] == "model_stream_error"
    stored = world.stored(turn.record.session_id)
    assert [(m.role, m.content, m.complete) for m in stored.messages][1] == ("assistant", "Dear [NAME_1], the", False)
    assert stored.tokens_used > 0  # estimated when the model reported no usage


async def test_the_model_failing_before_any_token_stores_an_empty_incomplete_answer() -> None:
    world = World()
    world.models.queue([Failed("ThrottlingException")])
    turn, sink = await world.chat()
    assert sink.types == ["session", "error"]
    assert sink.last["code"] == "model_throttled" and sink.last["retryable"] is True
    assert world.sessions.roles(turn.record.session_id) == [("user", True), ("assistant", False)]


async def test_the_client_leaving_stops_the_model_and_stores_what_exists() -> None:
    world = World()
    world.models.queue([Delta("Dear [NAME_1],"), Pause(10), *answer(" more")])
    turn = world.turn()
    await turn.start()

    def leave_after_a_token(event: object) -> None:
        if isinstance(event, dict) and event["type"] == "token":
            turn.on_disconnect()

    sink = RecordingSink(after_event=leave_after_a_token)
    async with asyncio.timeout(2):  # the pause of the model is not waited for
        await turn.run(sink)
    assert world.models.streams[0].cancelled
    assert "done" not in sink.types and "error" not in sink.types
    stored = world.stored(turn.record.session_id)
    assert [(m.role, m.content, m.complete) for m in stored.messages] == [
        ("user", "I am [NAME_1], write to [EMAIL_1].", True),
        ("assistant", "Dear [NAME_1],", False),
    ]
    assert turn.stats.client_gone


async def test_the_client_leaving_during_detection_calls_no_model_and_stores_nothing() -> None:
    world = World()
    world.detector.delay = 0.2
    turn = world.turn()
    await turn.start()
    run = asyncio.ensure_future(turn.run(RecordingSink()))
    await asyncio.sleep(0.05)
    turn.on_disconnect()
    await run
    assert world.models.streams == []
    assert world.sessions.sessions == {}


async def test_heartbeats_while_detection_is_slow_come_after_the_session_event() -> None:
    world = World()
    world.detector.delay = 0.3  # six heartbeat intervals
    _, sink = await world.chat()
    first_token = next(i for i, item in enumerate(sink.items) if not isinstance(item, str) and item["type"] == "token")
    assert sink.items[0] == {"type": "session", "sessionId": sink.events[0]["sessionId"]}
    assert sink.items[1:first_token].count("ping") >= 3
    assert sink.types.count("session") == 1 and sink.last["type"] == "done"


async def test_heartbeats_while_the_model_is_silent() -> None:
    world = World()
    world.models.queue([Delta("Thinking"), Pause(0.3), *answer(" done")])
    _, sink = await world.chat()
    tokens = [i for i, item in enumerate(sink.items) if not isinstance(item, str) and item["type"] == "token"]
    assert sink.items[tokens[0] + 1 : tokens[1]].count("ping") >= 3
    assert sink.text == "Thinking done"


async def test_detection_failing_fails_closed() -> None:
    world = World()
    world.detector.failure = DetectionUnavailable("DetectPiiEntities", "ThrottlingException")
    _, sink = await world.chat()
    assert sink.types == ["session", "error"] and sink.last["code"] == "pii_detection_unavailable"
    assert world.models.streams == [] and world.sessions.sessions == {}


async def test_the_prompt_failing_calls_no_model() -> None:
    world = World()
    world.prompts.available = False
    _, sink = await world.chat()
    assert sink.last["code"] == "configuration_unavailable"
    assert world.models.streams == [] and world.sessions.sessions == {}
