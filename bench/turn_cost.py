"""The cost section of BENCHMARKS.md: 1,000 turns at list prices, before and after the language is identified on
the function (`cost_section`), with the Comprehend calls and units each turn makes.
"""

from __future__ import annotations

from collections.abc import Sequence

from bench.cost import Assumptions, Identify, TurnUse, bill, conversation_use, models, privacy_share, total
from bench.prices import AS_OF, NOVA_MICRO_AS_OF, SOURCE
from bench.scenarios import SEVERAL_LANGUAGES, personalize
from components.config import SCHEMA
from devstack.launcher import HOME_REGION, PROMPT_FILE

#: The several-languages scenario's messages with the language each is written in.
SEVERAL_LANGUAGE_CODES = ("pt", "en", "pt", "en", "pt")
#: The target: the privacy pipeline's share of a turn's cost with a small model.
SMALL_MODEL_SHARE = 0.30


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


def typical_turns(pre_model_ms: float, assumptions: Assumptions, identify: Identify | None = None) -> list[TurnUse]:
    """The turns of the typical conversation (the several-languages scenario's messages in a `pt, en` stack):
    with `identify`, the calls the runtime makes now, else the calls it made before."""
    prompt_chars = len(PROMPT_FILE.read_text(encoding="utf-8"))
    several = _conversation(SEVERAL_LANGUAGES.messages, SEVERAL_LANGUAGE_CODES)
    return conversation_use(several, ("pt", "en"), prompt_chars, pre_model_ms / 1000, assumptions, identify)


def cost_section(pre_model_ms: float, assumptions: Assumptions, identify: Identify) -> list[str]:
    """Markdown lines: Comprehend calls and units per turn and the bill of 1,000 turns per model, before and after."""
    runs = {
        "before": typical_turns(pre_model_ms, assumptions),
        "now": typical_turns(pre_model_ms, assumptions, identify),
    }
    lines = [
        "## What 1,000 turns cost",
        "",
        f"List prices for **{assumptions.region}** as of {AS_OF} ({SOURCE}); Amazon Nova Micro as of "
        f"{NOVA_MICRO_AS_OF}; table in `bench/prices.py`. A typical conversation: the 5 messages of the "
        f"several-languages scenario (pt,en), each answered in {assumptions.answer_tokens} tokens, the history "
        f"replayed on every turn; Lambda {assumptions.architecture}, {assumptions.memory_mb} MB (the stack's "
        f"defaults) for the whole streamed turn: {pre_model_ms:.0f} ms before the model call (measured above), then "
        f"{assumptions.model_first_token_s:g} s to the model's first token and {assumptions.tokens_per_second:g} "
        "tokens/s (assumed). Model in `bench/cost.py`. *Before*: DetectDominantLanguage and the calls of every "
        "configured language on each message; *now*: the language identified on the function and only its "
        "calls (every configured language's when the guess is unsure).",
        "",
        "| | Comprehend calls per turn | units per turn | calls per message (pt, en, pt, en, pt) |",
        "|---|---:|---:|---|",
        *[_usage_row(name, turns) for name, turns in runs.items()],
        "",
        "| model | before: per 1,000 turns | privacy pipeline | now: per 1,000 turns | privacy pipeline "
        f"| target < {SMALL_MODEL_SHARE:.0%} (small models) |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for model in models():
        before, now = (bill(runs[name], assumptions, model) for name in ("before", "now"))
        small = model is not models()[0]
        verdict = ("met" if privacy_share(now) < SMALL_MODEL_SHARE else "**not met**") if small else ""
        lines.append(
            f"| {model.label} | ${total(before):.2f} | {privacy_share(before) * 100:.1f}% | ${total(now):.2f} "
            f"| {privacy_share(now) * 100:.1f}% | {verdict} |"
        )
    lines += ["", *_floor_note(runs["now"], assumptions)]
    for model in models():
        bill_lines = bill(runs["now"], assumptions, model)
        lines += [
            f"### Now, {model.label}: **${total(bill_lines):.2f}** per 1,000 turns, privacy pipeline "
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
    return lines


def _usage_row(name: str, turns: Sequence[TurnUse]) -> str:
    calls = sum(t.comprehend_calls for t in turns) / len(turns)
    units = sum(t.comprehend_units for t in turns) / len(turns)
    return f"| {name} | {calls:.2f} | {units:.1f} | {', '.join(str(t.comprehend_calls) for t in turns)} |"


def _floor_note(turns: Sequence[TurnUse], assumptions: Assumptions) -> list[str]:
    """What the Comprehend calls cost next to the cheapest model's bill: the share's lower bound."""
    cheapest = models()[-1]
    lines = bill(turns, assumptions, cheapest)
    privacy = sum(line.usd for line in lines if line.privacy)
    rest = total(lines) - privacy
    needed = privacy * (1 - SMALL_MODEL_SHARE) / SMALL_MODEL_SHARE
    calls = sum(t.comprehend_calls for t in turns) / len(turns)
    return [
        f"Comprehend bills at least 3 units (300 characters) per request: at {calls:.2f} calls per turn the "
        f"pipeline costs ${privacy:.2f} per 1,000 turns whatever the model, so it is under "
        f"{SMALL_MODEL_SHARE:.0%} only where the rest of a turn costs more than ${needed:.2f} per 1,000 turns; "
        f"with {cheapest.label} the rest (tokens, Lambda, DynamoDB) is ${rest:.2f}.",
        "",
    ]
