"""BENCHMARKS.md from a `BenchResults` (pure)."""

from __future__ import annotations

import math

from bench.analysis import (
    BASELINE,
    RUNTIME,
    AppFigures,
    BenchResults,
    Check,
    TurnScenario,
    app_figures,
    checks,
    slowest_call_ms,
    sum_of_calls_ms,
)
from bench.coldstart import IMPORTS
from bench.detector_timing import table as detector_table
from bench.first_answer import FirstAnswer
from bench.stats import Summary


def _n(value: float, digits: int = 1) -> str:
    return "n/a" if math.isnan(value) else f"{value:.{digits}f}"


def _times(runtime: float, baseline: float) -> str:
    """How many times the baseline's figure the runtime's is (lower is better for the runtime)."""
    if math.isnan(runtime) or math.isnan(baseline) or baseline <= 0:
        return "n/a"
    return f"{runtime / baseline:.2f}"


def _row(label: str, runtime: Summary, baseline: Summary, digits: int = 1) -> str:
    cells = " | ".join(_n(c, digits) for c in (runtime.p50, runtime.p95, baseline.p50, baseline.p95))
    return f"| {label} | {cells} | {_times(runtime.p50, baseline.p50)} |"


def scenario_section(scenario: TurnScenario) -> list[str]:
    """Side-by-side table of one scenario, plus its set-up and the dependency it is measured against."""
    runtime, baseline = app_figures(scenario.samples[RUNTIME]), app_figures(scenario.samples[BASELINE])
    slowest = slowest_call_ms(scenario)
    lines = [f"### {scenario.title}", "", *[f"- {line}" for line in scenario.setup]]
    calls = ", ".join(f"{op} {_n(scenario.dependency[op].p50 * 1000)} ms" for op in scenario.dependency)
    lines += [
        f"- Bare boto3 Comprehend round trip from the client process (p50): {calls}. The runtime's detection "
        f"calls ({', '.join(scenario.operations)}) would take {_n(sum_of_calls_ms(scenario))} ms one after "
        f"the other; the slowest single one takes {_n(slowest)} ms.",
        *_in_app_line(scenario, slowest),
        "",
        "| ms | runtime p50 | runtime p95 | baseline p50 | baseline p95 | runtime / baseline (p50) |",
        "|---|---:|---:|---:|---:|---:|",
        _row("time to first token (client)", runtime.ttft, baseline.ttft),
        _row("**added time to first token**", runtime.added_ttft, baseline.added_ttft),
        _row("  first turn of a conversation", runtime.added_first, baseline.added_first),
        _row("  later turns (session loaded)", runtime.added_later, baseline.added_later),
        _row("  before the model call (client sent -> model received)", runtime.pre_model, baseline.pre_model),
        _row("  first delta relayed (model sent -> client got it)", runtime.relay_first, baseline.relay_first, 2),
        _row("**added per-token latency**", runtime.tokens, baseline.tokens, 2),
        "",
        "| per-token latency, ms | p50 | p95 | p99 | max | tokens |",
        "|---|---:|---:|---:|---:|---:|",
        _token_row("runtime", runtime),
        _token_row("baseline", baseline),
        "",
        "Added time to first token / slowest detection call (p50): "
        f"runtime **{_n(runtime.added_ttft.p50 / slowest, 2)}**, baseline {_n(baseline.added_ttft.p50 / slowest, 2)}.",
        *_floor_lines(scenario),
    ]
    if runtime.unaligned_turns or baseline.unaligned_turns:
        lines.append(
            f"Turns whose tokens could not be paired with model deltas (left out of per-token figures): "
            f"runtime {runtime.unaligned_turns}, baseline {baseline.unaligned_turns}."
        )
    return [*lines, ""]


def _floor_lines(scenario: TurnScenario) -> list[str]:
    """Added time to first token against each turn's physical floor, when the run measured it."""
    floor = scenario.floor
    if floor is None:
        return []
    reads = ", ".join(f"{turns} earlier {_n(s.p50 * 1000)} ms" for turns, s in sorted(floor.session_read.items()))
    needed = "; ".join(f"message {i + 1}: {', '.join(ops) or 'none'}" for i, ops in enumerate(floor.needed))
    runtime = Summary.of(floor.ratios(scenario.samples[RUNTIME]))
    baseline = Summary.of(floor.ratios(scenario.samples[BASELINE]))
    return [
        "",
        f"Physical floor of each turn: the slower of the slowest Comprehend call its message needs ({needed}) "
        f"and, on later turns, the session read (bare `Query`, p50 by turns in the session: {reads}). "
        f"Added time to first token / floor, per turn (p50): runtime **{_n(runtime.p50, 2)}** "
        f"(p95 {_n(runtime.p95, 2)}), baseline {_n(baseline.p50, 2)}.",
    ]


def _in_app_line(scenario: TurnScenario, slowest: float) -> list[str]:
    """The runtime's own timings (its log), when the run captured them."""
    names = {
        "sessionReadyMs": "session loaded (later turns)",
        "detectionDoneMs": "detection done",
        "modelCalledMs": "model called",
    }
    shown = [f"{names[k]} {_n(s.p50)} ms" for k, s in scenario.in_app.items() if k in names]
    if not shown:
        return []
    line = f"- Inside the runtime (its `chat.turn` log, p50 after the request started): {', '.join(shown)}"
    detection = scenario.in_app.get("detectionDoneMs")
    if detection is not None:
        line += f"; detection took {_n(detection.p50 / slowest, 2)} times the slowest single call"
    return [line + "."]


def _token_row(label: str, figures: AppFigures) -> str:
    t = figures.tokens
    return f"| {label} | {_n(t.p50, 2)} | {_n(t.p95, 2)} | {_n(t.p99, 2)} | {_n(t.max, 2)} | {t.n} |"


def concurrency_section(results: BenchResults) -> list[str]:
    """The burst of concurrent streams, both apps."""
    lines = [
        "| app | streams done | fewest tokens | TTFT p50 / p95 ms | added TTFT p50 / p95 ms "
        "| per-token p50 / p99 ms | longest stall p50 / max ms | last token / all done s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for app, run in results.concurrency.items():
        figures = app_figures(run.samples) if run.samples else None
        if figures is None:
            lines.append(f"| {app} | {run.completed}/{run.streams} | {run.min_tokens} | n/a | n/a | n/a | n/a | n/a |")
            continue
        stalls = Summary.of([g * 1000 for g in run.max_gaps] or [math.nan])
        lines.append(
            f"| {app} | {run.completed}/{run.streams} | {run.min_tokens} "
            f"| {_n(figures.ttft.p50)} / {_n(figures.ttft.p95)} | {_n(figures.added_ttft.p50)} / "
            f"{_n(figures.added_ttft.p95)} | {_n(figures.tokens.p50, 2)} / {_n(figures.tokens.p99, 2)} "
            f"| {_n(stalls.p50)} / {_n(stalls.max)} | {_n(run.last_token, 2)} / {_n(run.wall, 2)} |"
        )
    return [*lines, ""]


def first_answer_lines(found: FirstAnswer | None) -> list[str]:
    """The cold start's first chat answer (`bench.first_answer`): what a deferral to the first request would show."""
    if found is None:
        return []
    return [
        f"A fresh process's first chat answer ({found.scenario}; `python -m bench.first_answer`): the first message "
        f"sent as soon as `/healthz` answered, then a second one in a new conversation, over {found.to_healthz.n} "
        "fresh processes. The first answer's extra wait is what its request still paid for the process's start.",
        "",
        "| s (p50 / p95) | spawn to `/healthz` | spawn to first token | first answer TTFT | second answer TTFT "
        "| first answer's extra wait | CPU to `/healthz` | CPU to the first answer's end |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        "| fresh process | "
        + " | ".join(
            f"{summary.p50:.3f} / {summary.p95:.3f}"
            for summary in (
                found.to_healthz,
                found.to_first_token,
                found.first_ttft,
                found.second_ttft,
                found.first_turn_extra,
                found.cpu_to_healthz,
                found.cpu_to_first_answer,
            )
        )
        + " |",
        "",
    ]


def _verdict(check: Check) -> str:
    verdict = "yes" if check.met else "**no**"
    return f"{verdict}, borderline: the 95% interval of the median spans the target" if check.borderline else verdict


def render(results: BenchResults) -> str:
    """The whole BENCHMARKS.md."""
    machine = results.machine
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `{results.command}` (`make bench`) on {machine.date}, commit {machine.commit}, "
        f"in {results.wall_seconds:.0f} s.",
        f"Machine: {machine.cpus} CPUs ({machine.cpu_model}), {machine.system}, Python {machine.python}.",
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "|---|---|---|",
        *[f"| {c.target} | {c.measured} | {_verdict(c)} |" for c in checks(results)],
        "",
        "## Method",
        "",
        "- Separate processes on one machine: the measuring client (raw sockets + h11, stamping at the "
        "socket); the Bedrock ConverseStream stand-in (the real eventstream protocol) and the Comprehend "
        "stand-in; moto for DynamoDB and S3; and each app under uvicorn. Injected latencies are service "
        "times: an answer leaves that long after its request arrived, the stand-in's own work included. "
        "Times are `time.monotonic()` (CLOCK_MONOTONIC, one clock for every process on Linux): the client "
        "stamps each event on arrival, the model stand-in each request's arrival and each delta's send.",
        "- **Added time to first token** = TTFT minus the model's own first-delta delay = (model stand-in "
        "received the request - client sent it) + (client got the first token - stand-in sent the first "
        "delta). **Added per-token latency** = client arrival of a token event - send time of the model "
        "delta that released it (the re-identifier holds back a possible placeholder prefix such as "
        "`[NAME_` until the delta that completes it; the pairing replays it on the recorded deltas).",
        "- The one unavoidable dependency is PII detection: its latency is the p50 round trip of the slowest "
        "single Comprehend call the runtime makes, measured with a bare boto3 client against the same "
        "stand-in in the same run. The 95% interval of a ratio is a bootstrap over the runtime's turns "
        "(denominator held fixed); drift between runs on a shared machine comes on top.",
        "- Baseline (`bench/baseline_app.py`): FastAPI + sse-starlette, a sync endpoint doing one step after "
        "the other (load session, fetch the prompt without cache, detect, call the model, stream, store), "
        "with the same detectors, vault and re-identifier. Requests alternate between the two apps, so both "
        "see the same conditions. Conversations run 5 turns, so most turns load a session with history; each "
        "conversation has its own e-mail address and phone number (new personal values, as from real users).",
        "",
        "## Chat turns, side by side",
        "",
    ]
    for scenario in results.scenarios:
        lines += scenario_section(scenario)
    burst_size = next(iter(results.concurrency.values())).streams if results.concurrency else 0
    lines += [
        f"## {burst_size} concurrent streams on one server",
        "",
        "New conversations started at once against one app process (set-up of the first scenario); a "
        "stream's stall is its longest wait between two tokens (the model sends one every 20 ms). The "
        "client, the stand-ins and the app share this machine's CPUs, so this measures the box as much as "
        "the app; on Lambda each execution environment serves one request at a time.",
        "",
        *concurrency_section(results),
        "A stream ends (`done`) once its turn is stored. The runtime stores a turn in two DynamoDB "
        "transactions (message + vault entries, answer + token count: atomic, conditional), the baseline "
        "in one unconditional PutItem; moto runs every transaction under one lock and copies the whole "
        f"table for it (an emulator artefact), so with {burst_size} streams the last `done` trails the last token.",
        "",
        "## Cold start",
        "",
        "Spawn of `python -m uvicorn runtime.http.app:app --loop asyncio --http httptools` (as `runtime/run.sh` on "
        f"Lambda) to the first 200 of "
        f"`GET /healthz`: p50 **{results.cold.to_healthz.p50:.3f} s**, p95 {results.cold.to_healthz.p95:.3f} s "
        f"over {results.cold.to_healthz.n} fresh processes (bare interpreter start: "
        f"{results.cold.interpreter_only.p50:.3f} s). boto3/botocore are imported and the clients built in a "
        "background thread after start-up, so they are not on this path. Lambda's own init (runtime, Web "
        "Adapter extension) is not included.",
        "",
        *first_answer_lines(results.first_answer),
        f"Top imports of `python -X importtime -c '{IMPORTS}'` (total {results.cold.import_total_us / 1000:.0f} ms):",
        "",
        "| module | depth | cumulative ms | self ms |",
        "|---|---:|---:|---:|",
        *[
            f"| `{e.module}` | {e.depth} | {e.cumulative_us / 1000:.1f} | {e.self_us / 1000:.1f} |"
            for e in results.cold.top_imports
        ],
        "",
        "## Lambda package size",
        "",
        "Built by `components/package_builder.py` (arm64, manylinux wheels of `requirements/runtime.txt`).",
        "",
        "| package | zipped MB | unzipped MB | files |",
        "|---|---:|---:|---:|",
        *[
            f"| {p.label} | {p.zipped / 1e6:.2f} | {p.unzipped / 1e6:.2f} | {p.files} |"
            if p.problem is None
            else f"| {p.label} | not built: {p.problem} | | |"
            for p in results.packages
        ],
        "",
        "## Privacy core",
        "",
        f"- Local pseudonymization pipeline (built-in detectors + vault look-up + merge + substitution) on "
        f"~1 MB of text dense with personal data: **{results.micro.pipeline_mb_s:.1f} MB/s**; the substitution "
        f"step alone {results.micro.pseudonymize_mb_s:.1f} MB/s; one {results.micro.message_bytes}-byte "
        f"message {results.micro.message_us:.0f} µs.",
        f"- Streaming re-identifier: **{results.micro.reidentify_us_per_delta:.2f} µs per delta** over "
        f"{results.micro.deltas} deltas of 1-12 characters with placeholders; "
        f"{results.micro.reidentify_worst_us_per_delta:.2f} µs per delta when every delta extends or breaks "
        "a held-back placeholder prefix.",
        "",
    ]
    if results.micro.detectors:
        lines += [
            "Each built-in detector on its own, with the phone forms of every EU/EEA country, GB and CH "
            "(`python -m bench.detector_timing`):",
            "",
            *detector_table(list(results.micro.detectors)),
            "",
        ]
    lines += results.sections
    if results.notes:
        lines += ["## Notes", "", *[f"- {note}" for note in results.notes], ""]
    return "\n".join(lines)
