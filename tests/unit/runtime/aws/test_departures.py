"""runtime.aws.departures: a call handed to a worker counts as pending until its request leaves (botocore's
`before-send`) or the call ends; `left()` waits for the calls handed over so far, at most `MAX_WAIT_SECONDS`."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from runtime.aws import departures as departures_module
from runtime.aws.clients import AwsClients
from runtime.aws.departures import Departures
from runtime.settings import Settings
from tests.unit.runtime.settings_env import minimal_env


@pytest.fixture(autouse=True)
def _patient(monkeypatch: pytest.MonkeyPatch) -> None:
    """`left()` waits long enough that only a departure (not its limit) ends the wait, unless a test says so."""
    monkeypatch.setattr(departures_module, "MAX_WAIT_SECONDS", 10.0)


async def _run_on_thread(job: object) -> threading.Thread:
    thread = threading.Thread(target=job)  # type: ignore[arg-type]
    thread.start()
    return thread


async def test_left_returns_at_once_when_nothing_was_handed_over() -> None:
    departures = Departures()
    started = time.monotonic()
    await departures.left()
    assert time.monotonic() - started < 1
    assert departures.pending == 0


async def test_left_returns_once_the_request_leaves_while_the_call_still_waits_for_its_answer() -> None:
    departures = Departures()
    answered = threading.Event()

    def call() -> str:
        departures.leaving()  # as botocore's before-send handler, on the worker thread
        answered.wait(5)
        return "answer"

    job = departures.track(call)
    assert departures.pending == 1
    thread = await _run_on_thread(job)
    await asyncio.wait_for(departures.left(), 1)
    assert departures.pending == 0 and thread.is_alive()  # the call still waits for its answer
    answered.set()
    thread.join(5)


async def test_a_call_that_fails_before_any_request_counts_as_left_when_it_ends() -> None:
    departures = Departures()

    def call() -> None:
        raise RuntimeError("no credentials")

    job = departures.track(call)
    failures: list[BaseException] = []

    def run() -> None:
        try:
            job()
        except RuntimeError as error:
            failures.append(error)

    thread = await _run_on_thread(run)
    await asyncio.wait_for(departures.left(), 1)
    thread.join(5)
    assert departures.pending == 0 and len(failures) == 1


async def test_left_waits_no_longer_than_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(departures_module, "MAX_WAIT_SECONDS", 0.01)
    departures = Departures()
    departures.track(lambda: None)  # handed over, never run: its request never leaves
    started = time.monotonic()
    await departures.left()
    assert 0.005 < time.monotonic() - started < 1
    assert departures.pending == 1


async def test_a_later_call_is_not_waited_for_by_an_earlier_left() -> None:
    departures = Departures()
    first = departures.track(lambda: None)
    waiting = asyncio.ensure_future(departures.left())
    await asyncio.sleep(0)
    departures.track(lambda: None)  # handed over after `left()` was called, never run
    thread = await _run_on_thread(first)
    await asyncio.wait_for(waiting, 5)
    thread.join(5)
    assert departures.pending == 1


async def test_the_clients_report_each_request_as_it_leaves() -> None:
    clients = AwsClients(Settings.from_env(minimal_env()))
    client = clients.dynamodb()
    released = threading.Event()

    def call() -> None:
        client.meta.events.emit("before-send.dynamodb.Query", request=None)  # botocore, once signed
        released.wait(5)

    future = clients.start(call)
    await asyncio.wait_for(clients.departures.left(), 1)
    assert clients.departures.pending == 0 and not future.done()
    released.set()
    await asyncio.wait_for(future, 5)
