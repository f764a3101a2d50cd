"""runtime.privacy.detection.Detector.start: every planned call reaches the Comprehend port before `start`
returns (an adapter can send it at once), not in a task's first step one event-loop turn later; the built-in
detectors run once the requests handed over have left."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from runtime.privacy import detection as detection_module
from runtime.privacy.comprehend_plan import PlannedCall
from runtime.privacy.detection import Detector
from runtime.privacy.types import PiiSpan
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


async def test_the_built_in_detectors_run_once_the_requests_handed_over_have_left(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    steps: list[str] = []
    leave = asyncio.Event()

    async def departed() -> None:
        steps.append("waiting for the requests to leave")
        await leave.wait()
        steps.append("requests left")

    def builtin(text: str, *args: Any, **kwargs: Any) -> list[PiiSpan]:
        steps.append("built-in detectors")
        return []

    monkeypatch.setattr(detection_module, "detect_builtin", builtin)
    port = HandedOver()
    detection = Detector(Settings.from_env(ENV), port, departed=departed).start(MESSAGE)
    for _ in range(5):
        await asyncio.sleep(0)
    assert steps == ["waiting for the requests to leave"]
    leave.set()
    for answer in port.answers:
        answer.set_result({})
    found = await detection
    assert steps[1:] == ["requests left", "built-in detectors"]
    assert found.comprehend_calls == len(port.handed) > 0


async def test_without_a_departure_port_the_built_in_detectors_run_in_the_next_loop_step() -> None:
    port = HandedOver()
    detection = Detector(Settings.from_env(ENV), port).start(MESSAGE)
    for answer in port.answers:
        answer.set_result({})
    found = await asyncio.wait_for(detection, 5)
    assert any(span.entity_type == "EMAIL" for span in found.spans)
