"""A turn's additions to the stack's daily token count, one model call after the other.

Each model call's tokens count as soon as the call ends (the model was called: they count, whatever happens
next). The additions of one turn are chained so that the last one returns the day's total after all of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import json

from runtime.chat.model_events import ModelRequest
from runtime.chat.ports import DailyUsage


class TurnTokenCount:
    """The chained additions of one turn's model calls to the daily count (nothing when there is no ceiling)."""

    def __init__(self, daily: DailyUsage | None) -> None:
        self._daily = daily
        self._last: asyncio.Future[int] | None = None

    def add(self, usage: dict[str, int]) -> None:
        """Start adding one model call's tokens (input + output) after the previous addition."""
        daily = self._daily
        if daily is None:
            return
        previous, tokens = self._last, usage["inputTokens"] + usage["outputTokens"]

        async def add() -> int:
            if previous is not None:
                with contextlib.suppress(Exception):  # reported by `total` if the last one fails too
                    await previous
            return await daily.add(tokens)

        self._last = asyncio.ensure_future(add())

    async def total(self) -> int | None:
        """The day's total after the turn's last addition (None when nothing was added); raises its failure."""
        if self._last is None:
            return None
        return await self._last


def estimate_tokens(request: ModelRequest) -> int:
    """About four characters per token of everything the request sends (system prompt, every content block:
    text, tool calls and results, and the tool configuration), when the stream ended before Bedrock reported
    usage (a client leaving, a model failure)."""
    size = len(request.system_prompt)
    size += sum(len(json.dumps(block, ensure_ascii=False)) for m in request.messages for block in m["content"])
    if request.tool_config is not None:
        size += len(json.dumps(request.tool_config, ensure_ascii=False))
    return max(1, size // 4)
