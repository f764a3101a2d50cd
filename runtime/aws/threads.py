"""Long-lived daemon worker threads for blocking jobs (AWS SDK calls, and model streams that hold their
thread for the whole answer), reused from one job to the next, with an awaitable bridge for the event loop.

Starting a thread per job costs the event loop a blocking `Thread.start()`, which returns only once the
new thread has been scheduled and has taken the GIL: measured at 1 ms or more on a busy 2-CPU host, on
the critical path of every chat turn. Handing a job to an idle worker is a queue put, and `run` hands the
result back with one `call_soon_threadsafe`: about a tenth of the event-loop work of
`anyio.to_thread.run_sync` (capacity limiter, cancel scope, context copy), which on one vCPU delays the
moment the first detection call can leave. Workers are daemon threads: a job still running at exit does
not hold the process.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class DaemonThreadPool:
    """Runs each submitted job on an idle worker, starting a new worker only when none is idle.

    With `max_workers`, jobs beyond that many running at once wait in order for a worker to free up.
    """

    def __init__(self, name: str, max_workers: int | None = None) -> None:
        self._name = name
        self._max_workers = max_workers
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = 0
        self._waiting = 0  # queued jobs no worker is reserved for yet
        self.workers = 0

    @property
    def idle(self) -> int:
        """Workers waiting for a job."""
        with self._lock:
            return self._idle

    def submit(self, job: Callable[[], None]) -> None:
        """Run `job` on a worker thread (exceptions are the job's own business and are swallowed)."""
        with self._lock:
            spawn = False
            if self._idle > 0:
                self._idle -= 1
            elif self._max_workers is None or self.workers < self._max_workers:
                spawn = True
                self.workers += 1
            else:
                self._waiting += 1
        self._jobs.put(job)
        if spawn:
            threading.Thread(target=self._work, name=self._name, daemon=True).start()

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        """Run `func(*args)` on a worker and await its result (or exception).

        Cancelling the awaiting task abandons the result; the blocking call itself runs to its end.
        """
        return await self.start(func, *args)

    def start(self, func: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        """Hand `func(*args)` to a worker now (from the event loop); the future of its result (or exception).

        Unlike a task awaiting `run`, the job is queued before the caller goes on: several jobs handed over in
        one step of the loop reach their workers without an event-loop turn between them. Cancelling the
        future abandons the result; the blocking call itself runs to its end.
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()

        def job() -> None:
            try:
                result = func(*args)
            except BaseException as error:
                to_loop(loop, _fail, future, error)
            else:
                to_loop(loop, resolve, future, result)

        self.submit(job)
        return future

    def prestart(self, count: int = 1) -> None:
        """Start idle workers ahead of the first jobs (from a background thread: starting one blocks)."""
        for _ in range(count):
            with self._lock:
                self.workers += 1
            threading.Thread(target=self._idle_first, name=self._name, daemon=True).start()

    def _idle_first(self) -> None:
        with self._lock:
            self._idle += 1
        self._work()

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            with contextlib.suppress(Exception):
                job()
            with self._lock:
                if self._waiting > 0:
                    self._waiting -= 1  # a queued job is this worker's next one
                else:
                    self._idle += 1


def to_loop(loop: asyncio.AbstractEventLoop, callback: Callable[..., None], *args: Any) -> None:
    """From a worker thread: run ``callback(*args)`` on ``loop`` (nothing when the loop has closed meanwhile,
    as when the server shuts down)."""
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(callback, *args)


def resolve(future: asyncio.Future[T], result: T) -> None:
    """Set ``future``'s result unless it is done already (e.g. cancelled by its awaiting task)."""
    if not future.done():
        future.set_result(result)


def _fail(future: asyncio.Future[Any], error: BaseException) -> None:
    if not future.done():
        future.set_exception(error)
