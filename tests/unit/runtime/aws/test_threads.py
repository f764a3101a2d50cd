"""The model-stream worker pool: jobs run on reused daemon threads, concurrently when several are open."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

import pytest

from runtime.aws.threads import DaemonThreadPool


def _eventually(condition: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + 5
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.001)
    return True


def test_an_idle_worker_is_reused() -> None:
    pool = DaemonThreadPool("test-stream")
    names: list[str] = []
    for _ in range(3):
        finished = threading.Event()

        def job(done: threading.Event = finished) -> None:
            names.append(threading.current_thread().name)
            done.set()

        pool.submit(job)
        assert finished.wait(5)
        assert _eventually(lambda: pool.idle == 1)  # the worker is back before the next job
    assert pool.workers == 1
    assert names == ["test-stream"] * 3
    assert all(t.daemon for t in threading.enumerate() if t.name == "test-stream")


def test_busy_workers_make_room_for_more_jobs_and_survive_errors() -> None:
    pool = DaemonThreadPool("test-busy")
    release = threading.Event()
    started = [threading.Event(), threading.Event()]
    for event in started:

        def hold(running: threading.Event = event) -> None:
            running.set()
            release.wait(5)

        pool.submit(hold)
    assert all(event.wait(5) for event in started)  # both run at once: two workers
    assert pool.workers == 2

    def failing() -> None:
        raise RuntimeError("the job's own failure")

    pool.submit(failing)
    release.set()
    after = threading.Event()
    pool.submit(after.set)
    assert after.wait(5)


def test_a_prestarted_worker_takes_the_first_job() -> None:
    pool = DaemonThreadPool("test-pre")
    pool.prestart()
    assert _eventually(lambda: pool.idle == 1)
    ran = threading.Event()
    pool.submit(ran.set)
    assert ran.wait(5)
    assert pool.workers == 1


async def test_run_returns_the_result_or_raises_the_error_of_the_job() -> None:
    pool = DaemonThreadPool("test-run")
    assert await pool.run(lambda a, b: (a + b, threading.current_thread().name), 2, 3) == (5, "test-run")

    def failing() -> None:
        raise ValueError("the job's own failure")

    with pytest.raises(ValueError, match="own failure"):
        await pool.run(failing)


async def test_a_cancelled_run_abandons_the_result_and_the_worker_survives() -> None:
    pool = DaemonThreadPool("test-cancel")
    release = threading.Event()
    task = asyncio.ensure_future(pool.run(lambda: release.wait(5) and "late"))
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    release.set()
    assert await pool.run(lambda: "next") == "next"


def test_jobs_beyond_max_workers_wait_for_a_free_worker() -> None:
    pool = DaemonThreadPool("test-capped", max_workers=2)
    release = threading.Event()
    running: list[int] = []
    done = [threading.Event() for _ in range(5)]
    for index, finished in enumerate(done):

        def hold(i: int = index, end: threading.Event = finished) -> None:
            running.append(i)
            release.wait(5)
            end.set()

        pool.submit(hold)
    assert _eventually(lambda: len(running) == 2)
    time.sleep(0.05)
    assert sorted(running) == [0, 1] and pool.workers == 2  # the other three wait, in order
    release.set()
    assert all(event.wait(5) for event in done)
    assert running[2:] == [2, 3, 4] and pool.workers == 2
    assert _eventually(lambda: pool.idle == 2)  # the count of idle workers is exact afterwards
    after = threading.Event()
    pool.submit(after.set)
    assert after.wait(5) and pool.workers == 2


async def test_start_hands_the_job_to_a_worker_before_the_caller_goes_on() -> None:
    pool = DaemonThreadPool("test-call")
    ran = threading.Event()

    def job() -> str:
        ran.set()
        return "answer"

    answer = pool.start(job)
    assert ran.wait(5)  # the job ran while the event loop never turned
    assert await answer == "answer"
