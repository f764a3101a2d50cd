"""The AWS requests handed to worker threads that have not left yet, so that the event loop's CPU-only work can
let them leave first.

Every thread of the process shares one GIL. A turn hands its calls (Comprehend, the session's lease and load,
the daily count) to worker threads, each of which spends about half a millisecond of CPU building and signing
its request; the built-in detectors then take about as long again on the event loop. Run first, that CPU-only
work holds every request back by as much. `Departures` follows each call handed over until its request leaves
(botocore's `before-send` event, fired on the worker thread once the request is built and signed; or the call's
end, should it fail before sending), and `left()` waits until those handed over so far have left, never longer
than `MAX_WAIT_SECONDS` (busy workers, a client still being built: the work then goes ahead as before).
"""

from __future__ import annotations

import asyncio
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
        self._pending: set[asyncio.Future[None]] = set()
        self._current = threading.local()  # the departure the worker thread's running call reports

    def track(self, job: Callable[[], T]) -> Callable[[], T]:
        """`job` (a blocking AWS call, about to be handed to a worker) reporting when its request leaves; call
        from the event loop."""
        loop = asyncio.get_running_loop()
        departed: asyncio.Future[None] = loop.create_future()
        self._pending.add(departed)
        departed.add_done_callback(self._pending.discard)

        def tracked() -> T:
            self._current.departure = (loop, departed)
            try:
                return job()
            finally:
                self.leaving()  # it failed, or made no request: nothing is left to wait for either

        return tracked

    def leaving(self, **_: Any) -> None:
        """The running call's request leaves now (botocore's `before-send` handler, on the worker thread:
        returns None, so botocore sends it; a retry's request counts for nothing more)."""
        departure = getattr(self._current, "departure", None)
        if departure is not None:
            self._current.departure = None
            loop, departed = departure
            to_loop(loop, resolve, departed, None)

    async def left(self) -> None:
        """Wait until every request handed over so far has left (at most `MAX_WAIT_SECONDS`)."""
        pending = [departed for departed in self._pending if not departed.done()]
        if pending:
            await asyncio.wait(pending, timeout=MAX_WAIT_SECONDS)

    @property
    def pending(self) -> int:
        """Calls handed over whose requests have not left yet."""
        return sum(not departed.done() for departed in self._pending)
