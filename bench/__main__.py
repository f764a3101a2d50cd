"""`python -m bench [--requests N] [--streams N] [--out BENCHMARKS.md]`: measure everything, write the report."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench.affinity import placed
from bench.analysis import BASELINE, RUNTIME, BenchResults, TurnScenario, app_figures, shortfall
from bench.app_log import KEYS, turn_timings
from bench.coldstart import measure_cold_start
from bench.concurrency import ConcurrentRun, run_burst
from bench.dependency import comprehend_call_latency
from bench.machine import describe_machine
from bench.micro import run_micro
from bench.package_size import measure_packages
from bench.report import render
from bench.scenarios import BURST_TEMPLATE, ONE_LANGUAGE, SEVERAL_LANGUAGES, Scenario, personalize
from bench.sequential import run_interleaved
from bench.soak_report import carry_soak_section
from bench.stack import BenchStack
from bench.stats import Summary
from bench.turn_cost import cost_section, measure_speculation, stack_assumptions
from devstack.launcher import REPO_ROOT

#: Unmeasured turns per app before the measured ones (connections, clients and caches warm).
WARMUP = 3


def log(message: str) -> None:
    """Progress on stderr."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def run_scenario(scenario: Scenario, requests: int, streams: int) -> tuple[TurnScenario, dict[str, ConcurrentRun]]:
    """Sequential turns of both apps (and, when `streams`, a burst of concurrent ones) on one stack."""
    log(f"{scenario.title}: starting the stand-ins and both apps")
    bursts: dict[str, ConcurrentRun] = {}
    scratch = tempfile.TemporaryDirectory(prefix="bench-")
    app_log = Path(scratch.name) / "app.log"
    with scratch, BenchStack(replace(scenario.spec, app_log=str(app_log))) as stack:
        english = personalize(next(m for m in scenario.messages if m.startswith("Hello")), 0)
        operations = sorted(set(scenario.operations))
        log(f"{scenario.title}: {requests} turns per app")
        with placed(stack.app_pids(), [*stack.other_pids(), os.getpid()]) as pinned:
            dependency = comprehend_call_latency(stack.urls["comprehend"], english, operations)
            samples = run_interleaved(stack, [RUNTIME, BASELINE], scenario.messages, requests, warmup=WARMUP)
        logged = turn_timings(app_log.read_text(encoding="utf-8").splitlines())[WARMUP : WARMUP + requests]
        for app in (RUNTIME, BASELINE) if streams else ():
            log(f"{scenario.title}: {streams} concurrent streams on {app}")
            bursts[app] = run_burst(stack, app, BURST_TEMPLATE, streams)
    in_app = {key: Summary.of([t[key] for t in logged if key in t]) for key in KEYS if any(key in t for t in logged)}
    setup = scenario.setup()
    if pinned:
        setup.append(
            "The apps (taking turns) ran on a CPU of their own, the client and the stand-ins on the other(s): "
            "on Lambda the function has its vCPU and the AWS services run elsewhere."
        )
    turns = TurnScenario(scenario.title, setup, samples, dependency, list(scenario.operations), in_app)
    return turns, bursts


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and write BENCHMARKS.md."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--requests", type=int, default=50, help="measured turns per app and scenario")
    parser.add_argument("--streams", type=int, default=50, help="concurrent streams in the burst")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    started = time.monotonic()
    command = shlex.join(["python", "-m", "bench", *(argv if argv is not None else sys.argv[1:])])

    log("privacy core micro-benchmarks")
    micro = run_micro()
    log("cold start")
    cold = measure_cold_start()
    log("Lambda package size")
    packages = measure_packages()
    first, bursts = run_scenario(ONE_LANGUAGE, args.requests, args.streams)
    second, _ = run_scenario(SEVERAL_LANGUAGES, args.requests, 0)
    log("speculative detection or fewer Comprehend calls")
    speculation = measure_speculation()
    pre_model_ms = app_figures(second.samples[RUNTIME]).pre_model.p50

    results = BenchResults(
        machine=describe_machine(REPO_ROOT),
        command=command,
        wall_seconds=time.monotonic() - started,
        scenarios=[first, second],
        concurrency=bursts,
        cold=cold,
        packages=packages,
        micro=micro,
        notes=[line for scenario in (first, second) for line in shortfall(scenario)],
        sections=cost_section(pre_model_ms, speculation, stack_assumptions()),
    )
    previous = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    args.out.write_text(carry_soak_section(previous, render(results)), encoding="utf-8")
    log(f"wrote {args.out} in {results.wall_seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
