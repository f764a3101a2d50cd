"""The soak run's section of BENCHMARKS.md (pure): rendered from the checked figures, kept between markers so
that `make soak` replaces only its own section and `make bench` (which rewrites the rest) carries it over."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bench.machine import Machine

BEGIN = "<!-- BEGIN soak run (make soak; make bench keeps it) -->"
END = "<!-- END soak run -->"


def soak_section(figures: Mapping[str, Any], problems: list[str], machine: Machine, command: str) -> str:
    """The `## Soak run` section, markers included."""
    f = figures
    refused = sum(f.get("refused", {}).values())
    verdict = "**whole**: no problem found"
    if problems:
        verdict = f"**{len(problems)} problems**: " + "; ".join(problems[:5])
    lines = [
        BEGIN,
        "## Soak run",
        "",
        f"`{command}` (`make soak`) on {machine.date}, commit {machine.commit}; {machine.cpus} CPUs "
        f"({machine.cpu_model}), {machine.system}, Python {machine.python}. The local stack in child processes, "
        f"{f.get('workers')} clients each holding one session at a time, faults mixed in (throttles, broken "
        "streams, clients leaving, tool loops, overlapping sends); afterwards every session read back and checked "
        "(`bench/soak_check.py`).",
        "",
        "| figure | value |",
        "|---|---:|",
        f"| minutes, turns (per second) | {f.get('minutes')}, {f.get('turns'):,} ({f.get('turnsPerSecond')}) |",
        f"| sessions | {f.get('sessions'):,} |",
        f"| model calls (the stand-in's ledger) | {f.get('modelCalls'):,} |",
        f"| refused before the stream (409 `session_busy`, ...) | {refused:,} |",
        f"| tokens the sessions hold / the day's count grew by | {f.get('sessionTokens'):,} / "
        f"{f.get('dailyDelta'):,} |",
        f"| tokens the ledger reports (estimates of cut calls included) + deltas of cut calls | "
        f"{f.get('reportedOrEstimated'):,} + {f.get('cutCallSlack'):,} |",
        f"| vault entries | {f.get('vaultEntries'):,} |",
        f"| app RSS after warm-up / at the end / peak (KiB) | {f.get('rssWarmKiB'):,} / {f.get('rssEndKiB'):,} / "
        f"{f.get('rssPeakKiB'):,} ({f.get('rssGrowth', 0):+.1%}) |",
        f"| median turn (s) | {f.get('medianTurnSeconds')} |",
        "",
        "Outcomes (kind: how it ended): "
        + ", ".join(f"{kind} {count}" for kind, count in f.get("outcomes", {}).items())
        + ".",
        "",
        f"Verdict: {verdict}.",
        END,
    ]
    return "\n".join(lines) + "\n"


def with_soak_section(document: str, section: str) -> str:
    """`document` with its soak section replaced by `section` (appended when it has none)."""
    start, end = document.find(BEGIN), document.find(END)
    if start < 0 or end < start:
        return document.rstrip("\n") + "\n\n" + section
    rest = document[end + len(END) :].lstrip("\n")
    return document[:start] + section + ("\n" + rest if rest else "")


def carry_soak_section(previous: str, document: str) -> str:
    """`document` (a freshly rendered BENCHMARKS.md) with the soak section of `previous`, if it had one."""
    start, end = previous.find(BEGIN), previous.find(END)
    if start < 0 or end < start:
        return document
    return with_soak_section(document, previous[start : end + len(END)] + "\n")
