"""runtime.privacy.detection.Detector.start: every planned call reaches the Comprehend port before `start`
returns (an adapter can send it at once), not in a task's first step one event-loop turn later."""

from __future__ import annotations

import asyncio
from typing import Any

from runtime.privacy.comprehend_plan import PlannedCall
from runtime.privacy.detection import Detector
from runtime.settings import Settings
from tests.unit.runtime.privacy.test_detection import ENV, MESSAGE


class HandedOver:
    """A port that records when each call is handed to it and answers it later."""

    def __init__(self) -> None:
        self.handed: list[PlannedCall] = []
        self.answers: list[asyncio.Future[dict[str, Any]]] = []

    def send(self, call: PlannedCall) -> asyncio.Future[dict[str, Any]]:
        self.handed.append(call)
        answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.answers.append(answer)
        return answer


async def test_the_planned_calls_are_handed_to_the_port_within_start() -> None:
    port = HandedOver()
    detection = Detector(Settings.from_env(ENV), port).start(MESSAGE)
    assert port.handed and not detection.done()  # no await yet
    for answer in port.answers:
        answer.set_result({})
    found = await detection
    assert found.comprehend_calls == len(port.handed)
