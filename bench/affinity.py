"""CPU placement for the sequential measurements: the app gets a CPU of its own, as a Lambda function has
its vCPU while the AWS services run elsewhere; the client and the stand-ins share the others.

Linux only (`os.sched_setaffinity`); on a single CPU, or where it is not allowed, nothing is pinned.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator


def split(cpus: Iterable[int]) -> tuple[set[int], set[int]] | None:
    """(CPUs of the app, CPUs of everything else), or None when there are fewer than two."""
    ordered = sorted(cpus)
    if len(ordered) < 2:
        return None
    return {ordered[-1]}, set(ordered[:-1])


def pin(pid: int, cpus: set[int]) -> None:
    """Pin every thread of a process (threads it starts later inherit their creator's CPUs)."""
    for task in os.listdir(f"/proc/{pid}/task"):
        with contextlib.suppress(ProcessLookupError):  # a thread that just ended
            os.sched_setaffinity(int(task), cpus)


@contextlib.contextmanager
def placed(apps: Iterable[int], others: Iterable[int]) -> Iterator[bool]:
    """Pin the app processes and the other processes apart for the block; yields whether it did."""
    everything = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else set()
    plan = split(everything)
    apps, others = list(apps), list(others)
    if plan is None:
        yield False
        return
    try:
        for pid in apps:
            pin(pid, plan[0])
        for pid in others:
            pin(pid, plan[1])
    except (OSError, AttributeError):
        pinned = False
    else:
        pinned = True
    try:
        yield pinned
    finally:
        for pid in [*apps, *others]:
            with contextlib.suppress(OSError):
                pin(pid, everything)
