"""Many concurrent chat streams on one server: does every stream progress, and how late is the first token?"""

from __future__ import annotations

import asyncio
import itertools
import random
import string
import time
from collections.abc import Sequence
from dataclasses import dataclass

from bench.client import TimedStream, post_chat_async
from bench.samples import TurnSample, join
from bench.stack import BenchStack, ModelRecord


@dataclass(frozen=True)
class ConcurrentRun:
    """The outcome of one burst: joined samples, and how each stream progressed."""

    streams: int
    completed: int
    samples: list[TurnSample]
    min_tokens: int
    max_gaps: list[float]  # per stream: the longest wait between consecutive tokens (s)
    wall: float  # start of the burst -> the last stream's end (`done`: its writes stored)
    last_token: float = 0.0  # start of the burst -> the last token of any stream


def nonce(rng: random.Random) -> str:
    """A letters-only tag (no detector takes it for personal data) that identifies a request's echo."""
    return "ref" + "".join(rng.choice(string.ascii_lowercase) for _ in range(10))


def match_records(tags: Sequence[str], records: Sequence[ModelRecord]) -> list[ModelRecord | None]:
    """For each tag, the record whose last user message contains it."""
    by_tag: dict[str, ModelRecord] = {}
    for record in records:
        for tag in tags:
            if tag in record.last_user_text:
                by_tag[tag] = record
    return [by_tag.get(tag) for tag in tags]


async def _burst(url: str, messages: Sequence[str]) -> list[TimedStream | BaseException]:
    return await asyncio.gather(*(post_chat_async(url, m) for m in messages), return_exceptions=True)


def run_burst(stack: BenchStack, app: str, template: str, streams: int, seed: int = 7) -> ConcurrentRun:
    """Start `streams` new conversations at once (`template` formatted with a unique `tag`)."""
    rng = random.Random(seed)
    tags = [nonce(rng) for _ in range(streams)]
    stack.clear_model_records()
    started = time.monotonic()
    results = asyncio.run(_burst(stack.urls[app], [template.format(tag=t) for t in tags]))
    wall = time.monotonic() - started
    records = match_records(tags, stack.model_records())
    samples: list[TurnSample] = []
    tokens: list[int] = []
    gaps: list[float] = []
    completed = 0
    last_token = 0.0
    for result, record in zip(results, records, strict=True):
        if isinstance(result, BaseException) or record is None:
            tokens.append(0)
            continue
        completed += result.done
        arrivals = result.token_arrivals
        tokens.append(len(arrivals))
        if arrivals:
            last_token = max(last_token, arrivals[-1] - started)
            gaps.append(max((b - a for a, b in itertools.pairwise(arrivals)), default=0.0))
            samples.append(join(result, record, first_turn=True))
    return ConcurrentRun(streams, completed, samples, min(tokens), gaps, wall, last_token)
