"""Long-lived daemon worker threads for blocking jobs that last (a model stream holds its thread for the
whole answer), reused from one job to the next.

Starting a thread per job costs the event loop a blocking `Thread.start()`, which returns only once the
new thread has been scheduled and has taken the GIL: measured at 1 ms or more on a busy 2-CPU host, on
the critical path of every chat turn. Handing a job to an idle worker is a queue put. Workers are daemon
threads (like the per-job threads were): a stream still open at exit does not hold the process.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable


class DaemonThreadPool:
    """Runs each submitted job on an idle worker, starting a new worker only when none is idle."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = 0
        self.workers = 0

    @property
    def idle(self) -> int:
        """Workers waiting for a job."""
        with self._lock:
            return self._idle

    def submit(self, job: Callable[[], None]) -> None:
        """Run `job` on a worker thread (exceptions are the job's own business and are swallowed)."""
        with self._lock:
            spawn = self._idle == 0
            if spawn:
                self.workers += 1
            else:
                self._idle -= 1
        self._jobs.put(job)
        if spawn:
            threading.Thread(target=self._work, name=self._name, daemon=True).start()

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
                self._idle += 1
