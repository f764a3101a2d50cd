"""Futures whose outcome nobody may await any more (asyncio only; imports nothing of the project)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any


def unawaited(future: asyncio.Future[Any]) -> None:
    """Retrieve `future`'s outcome when it completes, so that a failure nobody awaits logs no "exception was
    never retrieved" warning."""
    future.add_done_callback(_retrieve)


def discard(futures: Iterable[asyncio.Future[Any]]) -> None:
    """Cancel calls whose results are no longer wanted (a finished one keeps its outcome, retrieved unawaited)."""
    for future in futures:
        future.cancel()
        unawaited(future)


def _retrieve(done: asyncio.Future[Any]) -> None:
    if not done.cancelled():
        done.exception()
