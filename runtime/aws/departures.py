"""The AWS requests handed to worker threads that have not left yet, so that the event loop's CPU-only work can
let them leave first.

Every thread of the process shares one GIL. A turn hands its calls (Comprehend, the session's lease and load,
the daily count) to worker threads, each of which spends about half a millisecond of CPU building and signing
its request; the built-in detectors then take about as long again on the event loop. Run first, that CPU-only
work holds every request back by as much. `Departures` follows each call handed over until its request leaves
(botocore's `before-send` event, fired on the worker thread once the request is built and signed; or the call's
end, should it fail before sending), and `left()` waits until those handed over so far have left, never longer
than `MAX_WAIT_SECONDS` (busy workers, a client still being built: the work then goes ahead as before). The
event loop is woken once per wait, when the last of those requests leaves, not once per request: each wake-up
takes the GIL from a worker still building its request.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from runtime.aws.threads import resolve, to_loop

T = TypeVar("T")

#: Longest wait of `left()` for requests to leave (they leave within a few milliseconds on an idle container).
MAX_WAIT_SECONDS = 0.005


class Departures:
    """Calls handed to worker threads whose requests have not left yet (one instance per container)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._numbers = itertools.count()
        self._unsent: set[int] = set()  # the numbers of the calls whose requests have not left
        #: Each `left()` waiting: the last number it waits for, its loop and future.
        self._waiting: list[tuple[int, asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._current = threading.local()  # the number of the call the worker thread runs

    def track(self, job: Callable[[], T], on_leave: Callable[[], None] | None = None) -> Callable[[], T]:
        """`job` (a blocking AWS call, about to be handed to a worker) reporting when its request leaves;
        `on_leave` is called then, on the worker thread."""
        with self._lock:
            number = next(self._numbers)
            self._unsent.add(number)

        def tracked() -> T:
            self._current.number = number
            self._current.on_leave = on_leave
            try:
                return job()
            finally:
                self.leaving()  # it failed, or made no request: nothing is left to wait for either

        return tracked

    def leaving(self, **_: Any) -> None:
        """The running call's request leaves now (botocore's `before-send` handler, on the worker thread:
        returns None, so botocore sends it; a retry's request counts for nothing more); a `left()` whose
        requests have all left now is woken."""
        number = getattr(self._current, "number", None)
        if number is None:
            return
        self._current.number = None
        on_leave, self._current.on_leave = self._current.on_leave, None
        if on_leave is not None:
            on_leave()
        with self._lock:
            self._unsent.discard(number)
            first_unsent = min(self._unsent, default=None)
            done = [w for w in self._waiting if first_unsent is None or w[0] < first_unsent]
            if not done:
                return
            self._waiting = [w for w in self._waiting if w not in done]
        for _last, loop, departed in done:
            to_loop(loop, resolve, departed, None)

    async def left(self) -> None:
        """Wait until every request handed over so far has left (at most `MAX_WAIT_SECONDS`)."""
        loop = asyncio.get_running_loop()
        departed: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if not self._unsent:
                return
            waiter = (max(self._unsent), loop, departed)
            self._waiting.append(waiter)
        try:
            await asyncio.wait({departed}, timeout=MAX_WAIT_SECONDS)
        finally:
            with self._lock:
                if waiter in self._waiting:
                    self._waiting.remove(waiter)

    @property
    def pending(self) -> int:
        """Calls handed over whose requests have not left yet."""
        with self._lock:
            return len(self._unsent)
