"""`python -m bench [--requests N] [--streams N] [--out BENCHMARKS.md]`: measure everything, write the report.

`python -m bench --only en|pten|cold [--requests N]`: one part alone (a turn scenario's floor ratios, or the cold
start with the first answers), printed, BENCHMARKS.md untouched. `--only en|pten --against CHECKOUT`: that
checkout's chat app in the baseline's place, both apps' ratios printed (a comparison free of the drift between
runs)."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from bench.affinity import placed
from bench.analysis import BASELINE, RUNTIME, BenchResults, TurnScenario, app_figures, shortfall
from bench.app_log import KEYS, turn_timings
from bench.coldstart import measure_cold_start
from bench.concurrency import ConcurrentRun, run_burst
from bench.dependency import comprehend_call_latency, session_read_latency
from bench.first_answer import measure_first_answer
from bench.floor import Floor, needed_operations
from bench.machine import describe_machine
from bench.micro import run_micro
from bench.package_size import measure_packages
from bench.report import first_answer_lines, render
from bench.scenarios import BURST_TEMPLATE, ONE_LANGUAGE, SEVERAL_LANGUAGES, Scenario, personalize
from bench.sequential import run_interleaved
from bench.soak_report import carry_soak_section
from bench.stack import BenchStack
from bench.stats import Summary, median_interval
from bench.targets import accuracy_checks, calls_check, share_checks
from bench.turn_cost import cost_section, stack_assumptions
from devstack.launcher import REPO_ROOT
from runtime.privacy.language_id import LanguageIdentifier

#: Unmeasured turns per app before the measured ones (connections, clients and caches warm).
WARMUP = 3


def log(message: str) -> None:
    """Progress on stderr."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def run_scenario(
    scenario: Scenario, requests: int, streams: int, identifier: LanguageIdentifier, against: str | None = None
) -> tuple[TurnScenario, dict[str, ConcurrentRun]]:
    """Sequential turns of both apps (and, when `streams`, a burst of concurrent ones) on one stack (`against`:
    another checkout's chat app in the baseline's place)."""
    needed = needed_operations(scenario.messages, scenario.spec.languages.split(","), identifier.identify)
    log(f"{scenario.title}: starting the stand-ins and both apps")
    bursts: dict[str, ConcurrentRun] = {}
    scratch = tempfile.TemporaryDirectory(prefix="bench-")
    app_log = Path(scratch.name) / "app.log"
    with scratch, BenchStack(replace(scenario.spec, app_log=str(app_log), against=against)) as stack:
        english = personalize(next(m for m in scenario.messages if m.startswith("Hello")), 0)
        operations = sorted({op for ops in needed for op in ops})
        log(f"{scenario.title}: {requests} turns per app")
        with placed(stack.app_pids(), [*stack.other_pids(), os.getpid()]) as pinned:
            dependency = comprehend_call_latency(stack.urls["comprehend"], english, operations)
            reads = session_read_latency(stack.urls["app"], stack.urls["env"], scenario.messages)
            try:
                samples = run_interleaved(stack, [RUNTIME, BASELINE], scenario.messages, requests, warmup=WARMUP)
            except Exception:
                _show_log_tail(app_log)  # the apps' own account of a turn that broke off
                raise
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
    floor = Floor(needed, dependency, reads)
    turns = TurnScenario(scenario.title, setup, samples, dependency, operations, in_app, floor)
    return turns, bursts


def _show_log_tail(app_log: Path, lines: int = 60) -> None:
    """The last lines of the apps' log, on stderr (no turn's text: the runtime logs none)."""
    text = app_log.read_text(encoding="utf-8", errors="replace").splitlines() if app_log.exists() else []
    log("the apps' log ends with:\n" + "\n".join(text[-lines:]))


def _scenario_alone(scenario: Scenario, requests: int, against: str | None = None) -> None:
    """One turn scenario without the burst: the runtime's added TTFT and its ratio to the floor, printed (and
    the same of `against`'s chat app, measured in the baseline's place)."""
    turns, _ = run_scenario(scenario, requests, 0, LanguageIdentifier(), against)
    apps = [(RUNTIME, scenario.title)] + ([(BASELINE, f"  against {against}")] if against else [])
    for app, title in apps:
        samples = turns.samples[app]
        figures = app_figures(samples)
        print(f"{title}: added TTFT p50 {figures.added_ttft.p50:.2f} ms (p95 {figures.added_ttft.p95:.2f})")
        if turns.floor is not None:
            ratios = turns.floor.ratios(samples)
            low, high = median_interval(ratios)
            print(f"  / physical floor p50 {Summary.of(ratios).p50:.3f} (95% interval {low:.3f}-{high:.3f})")
    print("  in the apps (p50 ms): " + ", ".join(f"{k} {v.p50:.1f}" for k, v in turns.in_app.items()))


def _cold_alone(_: int) -> None:
    """The cold start and the fresh processes' first answers, printed."""
    cold = measure_cold_start()
    print(f"spawn to /healthz p50 {cold.to_healthz.p50:.3f} s (p95 {cold.to_healthz.p95:.3f} s)")
    print("\n".join(first_answer_lines(measure_first_answer())))


#: What `--only` runs (with the number of turns and `--against`).
PARTS: dict[str, Callable[[int, str | None], None]] = {
    "en": lambda requests, against: _scenario_alone(ONE_LANGUAGE, requests, against),
    "pten": lambda requests, against: _scenario_alone(SEVERAL_LANGUAGES, requests, against),
    "cold": lambda requests, _: _cold_alone(requests),
}


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and write BENCHMARKS.md."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--requests", type=int, default=50, help="measured turns per app and scenario")
    parser.add_argument("--streams", type=int, default=50, help="concurrent streams in the burst")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "BENCHMARKS.md")
    parser.add_argument("--only", choices=sorted(PARTS), help="measure one part alone and print it")
    parser.add_argument("--against", help="with --only en|pten: another checkout's chat app in the baseline's place")
    args = parser.parse_args(argv)
    if args.against and args.only not in ("en", "pten"):
        parser.error("--against goes with --only en or --only pten")
    if args.only:
        PARTS[args.only](args.requests, args.against)
        return 0
    started = time.monotonic()
    command = shlex.join(["python", "-m", "bench", *(argv if argv is not None else sys.argv[1:])])

    log("privacy core micro-benchmarks")
    micro = run_micro()
    log("cold start")
    cold = measure_cold_start()
    log("cold start: fresh processes' first answers")
    first_answer = measure_first_answer()
    log("Lambda package size")
    packages = measure_packages()
    identifier = LanguageIdentifier()
    first, bursts = run_scenario(ONE_LANGUAGE, args.requests, args.streams, identifier)
    second, _ = run_scenario(SEVERAL_LANGUAGES, args.requests, 0, identifier)
    pre_model_ms = app_figures(second.samples[RUNTIME]).pre_model.p50
    assumptions = stack_assumptions()
    configured = [lang for scenario in (ONE_LANGUAGE, SEVERAL_LANGUAGES) for lang in scenario.spec.languages.split(",")]
    targets = [
        calls_check(identifier.identify, pre_model_ms, assumptions),
        *share_checks(identifier.identify, pre_model_ms, assumptions),
        *accuracy_checks(identifier.identify, configured),
    ]

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
        sections=cost_section(pre_model_ms, assumptions, identifier.identify),
        targets=targets,
        first_answer=first_answer,
    )
    previous = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    args.out.write_text(carry_soak_section(previous, render(results)), encoding="utf-8")
    log(f"wrote {args.out} in {results.wall_seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
