"""Futures nobody awaits any more: cancelled, or their failure retrieved without a warning."""

from __future__ import annotations

import asyncio
import gc
from typing import Any

import pytest

from runtime.futures import discard, unawaited


def _unretrieved(loop: asyncio.AbstractEventLoop) -> list[dict[str, Any]]:
    """Install a handler recording the loop's "exception was never retrieved" reports."""
    reports: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _, context: reports.append(context))
    return reports


async def _fail() -> None:
    raise RuntimeError("no answer")


def test_a_failure_nobody_awaits_is_retrieved() -> None:
    async def scenario() -> list[dict[str, Any]]:
        loop = asyncio.get_running_loop()
        reports = _unretrieved(loop)
        watched, ignored = asyncio.ensure_future(_fail()), asyncio.ensure_future(_fail())
        unawaited(watched)
        await asyncio.sleep(0.01)
        del watched, ignored
        gc.collect()
        return [report for report in reports if "never retrieved" in str(report.get("message"))]

    never_retrieved = asyncio.run(scenario())
    assert len(never_retrieved) == 1  # only the future left alone is reported


def test_discard_cancels_what_is_still_running() -> None:
    async def scenario() -> tuple[bool, bool]:
        running = asyncio.ensure_future(asyncio.sleep(10))
        finished = asyncio.get_running_loop().create_future()
        finished.set_result(1)
        discard([running, finished])
        with pytest.raises(asyncio.CancelledError):
            await running
        return running.cancelled(), finished.cancelled()

    assert asyncio.run(scenario()) == (True, False)
