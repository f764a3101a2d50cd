"""Cold start as a user meets it: a fresh app process's first chat answer, next to the same process's next one.

`/healthz` answering only says the process is ready to be sent requests (on Lambda the Web Adapter's readiness
check); work moved from start-up to the first request would make it answer sooner while the first user waits
longer. So each fresh process (the command of `bench.coldstart`, on the local stand-ins of a
`bench.stack_process`) gets a first message as soon as `/healthz` answers, then a second one in a new
conversation: the first answer's time to first token minus the second's is what the first request still paid
for the process's start (the model stand-in's own delay is the same in both). The CPU time the process had used
by `/healthz` and once its first answer was complete (`/proc`, 10 ms ticks) tells the same under a busy machine's noise.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace

from bench.client import ChatClient, TimedStream
from bench.coldstart import spawn_app, wait_healthz
from bench.scenarios import SEVERAL_LANGUAGES, Scenario, personalize
from bench.stack import BenchStack
from bench.stats import Summary


@dataclass(frozen=True)
class FreshProcess:
    """One fresh app process (seconds): spawn to the first `/healthz` 200 and to the first answer's first
    token; the time to first token of its first and of its second message."""

    to_healthz: float
    to_first_token: float
    first_ttft: float
    second_ttft: float
    cpu_to_healthz: float = math.nan
    cpu_to_first_answer: float = math.nan

    @property
    def first_turn_extra(self) -> float:
        """What the first answer waited longer than the next one."""
        return self.first_ttft - self.second_ttft


@dataclass(frozen=True)
class FirstAnswer:
    """Fresh processes' first answers (seconds), under one scenario's stand-ins."""

    scenario: str
    to_healthz: Summary
    to_first_token: Summary
    first_ttft: Summary
    second_ttft: Summary
    first_turn_extra: Summary
    cpu_to_healthz: Summary
    cpu_to_first_answer: Summary

    @classmethod
    def of(cls, scenario: str, runs: list[FreshProcess]) -> FirstAnswer:
        """Summaries of the runs."""
        return cls(
            scenario,
            Summary.of([r.to_healthz for r in runs]),
            Summary.of([r.to_first_token for r in runs]),
            Summary.of([r.first_ttft for r in runs]),
            Summary.of([r.second_ttft for r in runs]),
            Summary.of([r.first_turn_extra for r in runs]),
            Summary.of([r.cpu_to_healthz for r in runs]),
            Summary.of([r.cpu_to_first_answer for r in runs]),
        )


def cpu_seconds(stat: str, ticks_per_second: float) -> float:
    """User + system CPU seconds of a process from its `/proc/<pid>/stat` line."""
    fields = stat[stat.rindex(")") + 2 :].split()  # after the command name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / ticks_per_second


def _process_cpu(pid: int) -> float:
    """CPU seconds used so far by a running process (NaN where `/proc` is not there)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return cpu_seconds(stat.read(), os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError):
        return math.nan


def ttft(stream: TimedStream) -> float:
    """Seconds from sending the message to its first token (the stream must have one)."""
    arrivals = stream.token_arrivals
    if stream.status != 200 or not arrivals:
        raise RuntimeError(f"no answer from the fresh app (status {stream.status}, error {stream.error})")
    return arrivals[0] - stream.started


def fresh_process(env: Mapping[str, str], messages: tuple[str, str]) -> FreshProcess:
    """Spawn one app process with `env`, send `messages[0]` as soon as `/healthz` answers, then `messages[1]`
    (each a new conversation)."""
    started = time.monotonic()
    process, url = spawn_app(env)
    client = ChatClient(url)
    try:
        healthy = wait_healthz(url, process)
        cpu_healthy = _process_cpu(process.pid)
        first = client.post(messages[0])  # the answer streams to its end: the CPU read after it is an upper bound
        cpu_answered = _process_cpu(process.pid)
        second = client.post(messages[1])
    finally:
        client.close()
        process.terminate()
        process.wait(timeout=10)
    first_ttft = ttft(first)
    return FreshProcess(
        healthy - started, first.started + first_ttft - started, first_ttft, ttft(second), cpu_healthy, cpu_answered
    )


def measure_first_answer(runs: int = 5, scenario: Scenario = SEVERAL_LANGUAGES) -> FirstAnswer:
    """`runs` fresh processes on `scenario`'s stand-ins (the app's own process idle beside them)."""
    with BenchStack(replace(scenario.spec, baseline=False)) as stack:
        env = {**os.environ, **stack.urls["env"], "PYTHONDONTWRITEBYTECODE": "0"}
        env.pop("PYTHONPATH", None)
        template = scenario.messages[0]
        pairs = [(personalize(template, 2 * run), personalize(template, 2 * run + 1)) for run in range(runs + 1)]
        fresh_process(env, pairs[-1])  # bytecode caches written once, like a deployed package's .pyc
        return FirstAnswer.of(scenario.title, [fresh_process(env, pair) for pair in pairs[:runs]])


def main() -> int:
    """`python -m bench.first_answer [RUNS]`: print the figures (seconds)."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    found = measure_first_answer(runs)
    names = ("to_healthz", "to_first_token", "first_ttft", "second_ttft", "first_turn_extra")
    for name in (*names, "cpu_to_healthz", "cpu_to_first_answer"):
        summary: Summary = getattr(found, name)
        print(f"{name}: p50 {summary.p50:.3f} s, p95 {summary.p95:.3f} s, max {summary.max:.3f} s (n={summary.n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
