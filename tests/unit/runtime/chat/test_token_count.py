"""runtime.chat.token_count: a turn's additions to the daily count, chained; the estimate without usage."""

from __future__ import annotations

import asyncio

import pytest

from runtime.chat.model_events import ModelRequest
from runtime.chat.token_count import TurnTokenCount, estimate_tokens


class SlowDaily:
    """A daily count whose first addition is slow and whose additions may fail."""

    def __init__(self, fail_on: int | None = None) -> None:
        self.total = 100
        self.calls = 0
        self.fail_on = fail_on

    async def used(self) -> int:
        return self.total

    async def add(self, tokens: int) -> int:
        self.calls += 1
        call = self.calls
        if call == 1:
            await asyncio.sleep(0.02)
        if call == self.fail_on:
            raise RuntimeError("throttled")
        self.total += tokens
        return self.total


async def test_additions_run_in_order_and_total_is_the_last() -> None:
    daily = SlowDaily()
    count = TurnTokenCount(daily)
    count.add({"inputTokens": 10, "outputTokens": 5})
    count.add({"inputTokens": 1, "outputTokens": 2})
    assert await count.total() == 118
    assert daily.calls == 2


async def test_no_ceiling_adds_nothing() -> None:
    count = TurnTokenCount(None)
    count.add({"inputTokens": 10, "outputTokens": 5})
    assert await count.total() is None


async def test_an_earlier_failure_does_not_stop_the_next_but_the_last_one_is_raised() -> None:
    daily = SlowDaily(fail_on=1)
    count = TurnTokenCount(daily)
    count.add({"inputTokens": 10, "outputTokens": 5})
    count.add({"inputTokens": 1, "outputTokens": 2})
    assert await count.total() == 103
    failing = TurnTokenCount(SlowDaily(fail_on=2))
    failing.add({"inputTokens": 1, "outputTokens": 1})
    failing.add({"inputTokens": 1, "outputTokens": 1})
    with pytest.raises(RuntimeError):
        await failing.total()


def test_estimate_is_about_four_characters_a_token() -> None:
    request = ModelRequest("x" * 400, [{"content": [{"text": "y" * 800}]}])
    assert 300 <= estimate_tokens(request) <= 310
    assert estimate_tokens(ModelRequest("", [])) == 1


def test_estimate_counts_tool_calls_results_and_the_tool_configuration() -> None:
    text_only = ModelRequest("", [{"content": [{"text": "y" * 80}]}])
    result = {"toolResult": {"toolUseId": "t1", "content": [{"text": "z" * 400}]}}
    with_result = ModelRequest("", [{"content": [{"text": "y" * 80}, result]}])
    assert estimate_tokens(with_result) >= estimate_tokens(text_only) + 100
    spec = {"toolSpec": {"name": "loan_calculator", "description": "d" * 800, "inputSchema": {"json": {}}}}
    configured = ModelRequest("", text_only.messages, {"tools": [spec]})
    assert estimate_tokens(configured) >= estimate_tokens(text_only) + 200
