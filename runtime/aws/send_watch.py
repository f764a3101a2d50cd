"""Which requests handed to the AWS worker threads have not left yet, and a wait until every one has.

A turn hands its requests (detection's Comprehend calls, the session's lease and load, the daily count) to
worker threads, which build, sign and send them one after the other on the process's one GIL; the event
loop's own CPU work (the built-in detectors) would hold them back. `SendWatch.all_sent` lets that work wait
until every request handed over so far is on its way (botocore's `before-send` event of each call's first
attempt, or the call's end), for at most a few milliseconds.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from runtime.aws.threads import resolve, to_loop

T = TypeVar("T")

#: The longest wait for requests still being built (a new connection, a slow worker): the work waiting is
#: done long before their answers come back either way.
MAX_WAIT_SECONDS = 0.003


class SendWatch:
    """Counts the calls handed over whose request has not left; wakes `all_sent` waiters when none is left."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._unsent = 0
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._current = threading.local()

    @property
    def unsent(self) -> int:
        """Calls handed over whose request has not left yet."""
        with self._lock:
            return self._unsent

    def watched(self, func: Callable[..., T]) -> Callable[..., T]:
        """`func` counted as unsent from now until its request leaves (`on_send`) or it ends."""
        with self._lock:
            self._unsent += 1
        marker = [True]  # this call's request has not left yet

        def call(*args: Any) -> T:
            self._current.marker = marker
            try:
                return func(*args)
            finally:
                self._current.marker = None
                self._left(marker)

        return call

    def on_send(self, **_: Any) -> None:
        """botocore `before-send` handler: the calling thread's current call is sending its request."""
        marker = getattr(self._current, "marker", None)
        if marker is not None:
            self._left(marker)

    def _left(self, marker: list[bool]) -> None:
        with self._lock:
            if not marker[0]:
                return  # counted already (a retry's send, or the call's end after its send)
            marker[0] = False
            self._unsent -= 1
            if self._unsent > 0:
                return
            waiters, self._waiters = self._waiters, []
        for loop, future in waiters:
            to_loop(loop, resolve, future, None)

    async def all_sent(self, timeout: float = MAX_WAIT_SECONDS) -> None:
        """Return once every call handed over so far has sent its request, or after `timeout` seconds."""
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._unsent == 0:
                return
            future: asyncio.Future[None] = loop.create_future()
            self._waiters.append((loop, future))
        await asyncio.wait({future}, timeout=timeout)
