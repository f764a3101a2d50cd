"""runtime.chat.turn: the requests that need nothing computed (the session's lease and load, the daily count)
are sent before the message's language is identified and its detection calls follow."""

from __future__ import annotations

import asyncio

from runtime.chat.session import Lease, SessionRecord
from runtime.chat.turn import ChatTurn
from runtime.settings import Settings
from tests.unit.runtime.chat.fakes import FakeDetector, FakeModels, FakePrompts, FakeSessionStore, RecordingSink, answer
from tests.unit.runtime.chat.test_turn import ENV, MESSAGE, NAME
from tests.unit.runtime.chat.test_turn_ceiling import FakeDailyUsage


class OrderedSessions(FakeSessionStore):
    def __init__(self, order: list[str]) -> None:
        super().__init__(budget=1000)
        self.order = order

    async def begin(self, session_id: str | None, lease: Lease) -> SessionRecord:
        self.order.append("session lease and load")
        return await super().begin(session_id, lease)


class OrderedDetector(FakeDetector):
    def __init__(self, order: list[str]) -> None:
        super().__init__({NAME: "NAME"})
        self.order = order

    def start(self, text: str) -> asyncio.Future:  # type: ignore[type-arg]
        self.order.append("detection")
        return super().start(text)


class OrderedDaily(FakeDailyUsage):
    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    async def used(self) -> int:
        self.order.append("daily count")
        return await super().used()


def ordered_turn(order: list[str], sessions: OrderedSessions, session_id: str | None) -> ChatTurn:
    models = FakeModels()
    models.queue(answer("Hi."))
    return ChatTurn(
        sessions=sessions,
        models=models,
        detector=OrderedDetector(order),
        prompts=FakePrompts(),
        settings=Settings.from_env(ENV),
        message=MESSAGE,
        session_id=session_id,
        daily=OrderedDaily(order),
    )


async def test_the_session_and_the_daily_count_are_requested_before_detection_starts() -> None:
    order: list[str] = []
    sessions = OrderedSessions(order)
    session_id: str | None = None
    for _ in ("a new session", "a stored session"):
        order.clear()
        turn = ordered_turn(order, sessions, session_id)
        await turn.start()
        assert order == ["session lease and load", "daily count", "detection"]
        sink = RecordingSink()
        await turn.run(sink)
        assert sink.last["type"] == "done"
        session_id = turn.record.session_id
