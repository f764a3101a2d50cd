"""runtime.aws.send_watch: the calls handed to the worker threads whose request has not left, and the wait until
every one has (botocore's `before-send` of each call's first attempt, or the call's end)."""

from __future__ import annotations

import asyncio
import threading

import pytest

from runtime.aws.send_watch import SendWatch


def test_a_call_is_unsent_until_its_first_send_and_counts_once() -> None:
    watch = SendWatch()
    seen: list[int] = []

    def call() -> str:
        seen.append(watch.unsent)
        watch.on_send()  # the first attempt
        seen.append(watch.unsent)
        watch.on_send()  # a retry: already counted
        return "answer"

    watched = watch.watched(call)
    assert watch.unsent == 1  # from the hand-over on
    assert watched() == "answer"
    assert seen == [1, 0] and watch.unsent == 0


def test_a_call_that_ends_without_sending_is_not_unsent_any_more() -> None:
    watch = SendWatch()

    def failing() -> None:
        raise OSError("no connection")

    watched = watch.watched(failing)
    with pytest.raises(OSError):
        watched()
    assert watch.unsent == 0
    watch.on_send()  # a send outside any watched call (another thread's client) changes nothing
    assert watch.unsent == 0


async def test_all_sent_waits_for_the_last_request_handed_over() -> None:
    watch = SendWatch()
    await watch.all_sent()  # nothing handed over: at once
    release = threading.Event()

    def call() -> None:
        release.wait(5)
        watch.on_send()

    worker = threading.Thread(target=watch.watched(call))
    worker.start()
    waiting = asyncio.ensure_future(watch.all_sent(timeout=5))
    for _ in range(5):
        await asyncio.sleep(0)
    assert not waiting.done()
    release.set()
    await asyncio.wait_for(waiting, 5)
    worker.join(5)


async def test_all_sent_gives_up_after_its_timeout() -> None:
    watch = SendWatch()
    watch.watched(lambda: None)  # handed over, never run
    await watch.all_sent(timeout=0.001)
    assert watch.unsent == 1
