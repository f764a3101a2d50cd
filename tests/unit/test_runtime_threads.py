"""The model-stream worker pool: jobs run on reused daemon threads, concurrently when several are open."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

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
