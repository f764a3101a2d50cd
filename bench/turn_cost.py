"""The cost section of BENCHMARKS.md: 1,000 turns at list prices, and speculative detection vs fewer calls.

`measure_speculation` runs the several-languages scenario twice on the runtime alone (no baseline), once per
value of `CHAT_COMPREHEND_SPECULATIVE`, and reads the added time to first token (client and model stand-in
clocks) and the Comprehend calls per turn (the runtime's `chat.turn` log). `cost_section` renders both.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bench.analysis import RUNTIME
from bench.cost import Assumptions, bill, conversation_use, models, privacy_share, total
from bench.prices import AS_OF, SOURCE
from bench.scenarios import SEVERAL_LANGUAGES, personalize
from bench.sequential import run_interleaved
from bench.stack import BenchStack
from bench.stats import Summary
from components.config import SCHEMA
from devstack.launcher import HOME_REGION, PROMPT_FILE

#: The several-languages scenario's messages with the language each is written in.
SEVERAL_LANGUAGE_CODES = ("pt", "en", "pt", "en", "pt")
SPECULATIVE_VARIABLE = "CHAT_COMPREHEND_SPECULATIVE"


@dataclass(frozen=True)
class SpeculationRun:
    """One setting's measured turns."""

    speculative: bool
    added_ttft_ms: Summary
    calls_per_turn: float
    turns: int


def comprehend_calls(lines: Iterable[str]) -> list[int]:
    """`comprehendCalls` of every `chat.turn` log line, in order."""
    found = []
    for line in lines:
        if '"chat.turn"' not in line:
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if record.get("event") == "chat.turn" and isinstance(record.get("comprehendCalls"), int):
            found.append(record["comprehendCalls"])
    return found


def measure_speculation(requests: int = 25, warmup: int = 3) -> list[SpeculationRun]:
    """The several-languages scenario with `CHAT_COMPREHEND_SPECULATIVE` true, then false."""
    runs = []
    for speculative in (True, False):
        with tempfile.TemporaryDirectory(prefix="bench-spec-") as scratch:
            log = Path(scratch) / "app.log"
            spec = replace(
                SEVERAL_LANGUAGES.spec,
                baseline=False,
                app_log=str(log),
                env={SPECULATIVE_VARIABLE: "true" if speculative else "false"},
            )
            with BenchStack(spec) as stack:
                samples = run_interleaved(stack, [RUNTIME], SEVERAL_LANGUAGES.messages, requests, warmup=warmup)
            calls = comprehend_calls(log.read_text(encoding="utf-8").splitlines())[warmup : warmup + requests]
        added = Summary.of([s.added_ttft * 1000 for s in samples[RUNTIME]])
        runs.append(SpeculationRun(speculative, added, sum(calls) / max(1, len(calls)), len(calls)))
    return runs


def _conversation(scenario_messages: Sequence[str], languages: Sequence[str]) -> list[tuple[str, str]]:
    return [(personalize(message, 7), language) for message, language in zip(scenario_messages, languages, strict=True)]


def stack_assumptions() -> Assumptions:
    """The stack config's defaults for the function's memory and architecture, the local stack's home region."""
    defaults = {spec.path: spec.default for spec in SCHEMA}
    return Assumptions(
        memory_mb=int(defaults["chat.lambdaMemoryMb"]),
        architecture=str(defaults["chat.lambdaArchitecture"]),
        region=HOME_REGION,
    )


def cost_section(pre_model_ms: float, speculation: Sequence[SpeculationRun], assumptions: Assumptions) -> list[str]:
    """Markdown lines: the bill of 1,000 turns per model, and the speculative-detection trade-off."""
    prompt_chars = len(PROMPT_FILE.read_text(encoding="utf-8"))
    several = _conversation(SEVERAL_LANGUAGES.messages, SEVERAL_LANGUAGE_CODES)
    turns = conversation_use(several, ("pt", "en"), prompt_chars, pre_model_ms / 1000, assumptions)
    lines = [
        "## What 1,000 turns cost",
        "",
        f"List prices for **{assumptions.region}** as of {AS_OF} ({SOURCE}); table in `bench/prices.py`. A typical "
        f"conversation: the 5 messages of the several-languages scenario (pt,en), each answered in "
        f"{assumptions.answer_tokens} tokens, the history replayed on every turn; Lambda {assumptions.architecture}, "
        f"{assumptions.memory_mb} MB (the stack's defaults) for the whole streamed turn: {pre_model_ms:.0f} ms "
        f"before the model call (measured above), then {assumptions.model_first_token_s:g} s to the model's first "
        f"token and {assumptions.tokens_per_second:g} tokens/s (assumed). Model in `bench/cost.py`.",
        "",
    ]
    for model in models():
        bill_lines = bill(turns, assumptions, model)
        lines += [
            f"### {model.label}: **${total(bill_lines):.2f}** per 1,000 turns, privacy pipeline "
            f"{privacy_share(bill_lines) * 100:.1f}%",
            "",
            "| item | quantity | USD | privacy pipeline |",
            "|---|---:|---:|---|",
            *[
                f"| {c.item} | {c.quantity} | {c.usd:.4f} | {'yes' if c.privacy else ''} |"
                for c in sorted(bill_lines, key=lambda c: -c.usd)
            ],
            "",
        ]
    if speculation:
        fewer = conversation_use(several, ("pt", "en"), prompt_chars, pre_model_ms / 1000, assumptions, False)
        saved = total(bill(turns, assumptions, models()[0])) - total(bill(fewer, assumptions, models()[0]))
        fast = next(r for r in speculation if r.speculative)
        slow = next(r for r in speculation if not r.speculative)
        lines += [
            "### Speculative detection or fewer calls (`CHAT_COMPREHEND_SPECULATIVE`)",
            "",
            "With several languages, the runtime calls `DetectEntities` in every configured language at once "
            "(speculative, the default) or waits for `DetectDominantLanguage` and calls it in the detected "
            "language only (`false`). Measured on the several-languages scenario (same injected latencies), "
            "the runtime alone:",
            "",
            "| CHAT_COMPREHEND_SPECULATIVE | Comprehend calls per turn | added TTFT p50 ms | p95 ms | turns |",
            "|---|---:|---:|---:|---:|",
            *[
                f"| {'true' if r.speculative else 'false'} | {r.calls_per_turn:.2f} | {r.added_ttft_ms.p50:.1f} | "
                f"{r.added_ttft_ms.p95:.1f} | {r.turns} |"
                for r in speculation
            ],
            "",
            f"`false` makes {fast.calls_per_turn - slow.calls_per_turn:.2f} fewer Comprehend calls per turn "
            f"(saving ${saved:.2f} per 1,000 turns of this conversation at list price) for "
            f"{slow.added_ttft_ms.p50 - fast.added_ttft_ms.p50:+.1f} ms of added time to first token (p50): "
            "one more Comprehend round trip before the model call. Worth it with many languages and a small "
            "model; with a large model the tokens dwarf detection and the default keeps the first token early.",
            "",
        ]
    return lines
