"""The cost section of BENCHMARKS.md: 1,000 turns at list prices, before and after the language is identified on
the function and Comprehend is skipped on messages that hold nothing it would add (`cost_section`), with the
Comprehend calls and units each turn makes, in the bench's conversation and in a realistic chat mix.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bench.comprehend_skip import MIX_STACK, chat_mix, mix_use
from bench.cost import Assumptions, Identify, TurnUse, bill, conversation_use, models, privacy_share, total
from bench.prices import AS_OF, HAIKU_45_AS_OF, NOVA_MICRO_AS_OF, SOURCE, ModelPrices
from bench.scenarios import SEVERAL_LANGUAGES, personalize
from components.config import SCHEMA
from devstack.launcher import HOME_REGION, PROMPT_FILE
from runtime.privacy.comprehend_plan import Quiet
from runtime.privacy.comprehend_skip import CallSkipper

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


def typical_turns(
    pre_model_ms: float, assumptions: Assumptions, identify: Identify | None = None, quiet: Quiet | None = None
) -> list[TurnUse]:
    """The turns of the typical conversation (the several-languages scenario's messages in a `pt, en` stack):
    with `identify`, the calls the runtime makes now (with `quiet`, none on a message that holds nothing
    Comprehend would add), else the calls it made before."""
    prompt_chars = len(PROMPT_FILE.read_text(encoding="utf-8"))
    several = _conversation(SEVERAL_LANGUAGES.messages, SEVERAL_LANGUAGE_CODES)
    return conversation_use(several, ("pt", "en"), prompt_chars, pre_model_ms / 1000, assumptions, identify, quiet)


def mix_turns(turns: Sequence[TurnUse], identify: Identify, quiet: Quiet | None) -> list[TurnUse]:
    """`turns` with the Comprehend calls and units per message of the realistic chat mix instead of their own."""
    calls, billed = mix_use(identify, quiet)
    return [dataclasses.replace(turn, comprehend_calls=calls, comprehend_units=billed) for turn in turns]


def cost_runs(
    pre_model_ms: float, assumptions: Assumptions, identify: Identify, quiet: Quiet
) -> dict[str, list[TurnUse]]:
    """The turns of each way of calling Comprehend, in the conversation and with the mix's calls."""
    identified = typical_turns(pre_model_ms, assumptions, identify)
    return {
        "before": typical_turns(pre_model_ms, assumptions),
        "language identified": identified,
        "now": typical_turns(pre_model_ms, assumptions, identify, quiet),
        "mix, language identified": mix_turns(identified, identify, None),
        "mix, now": mix_turns(identified, identify, quiet),
    }


def cost_section(
    pre_model_ms: float, assumptions: Assumptions, identify: Identify, quiet: Quiet | None = None
) -> list[str]:
    """Markdown lines: Comprehend calls and units per turn and the bill of 1,000 turns per model, before and after
    (`quiet`: the runtime's skip test, by default the shipped one)."""
    runs = cost_runs(pre_model_ms, assumptions, identify, quiet or CallSkipper())
    mix = chat_mix()
    lines = [
        "## What 1,000 turns cost",
        "",
        f"List prices for **{assumptions.region}** as of {AS_OF} ({SOURCE}); Claude Haiku 4.5 as of "
        f"{HAIKU_45_AS_OF}; Amazon Nova Micro as of {NOVA_MICRO_AS_OF}; table in `bench/prices.py`. A typical "
        "conversation: the 5 messages of the several-languages scenario (pt,en), each answered in "
        f"{assumptions.answer_tokens} tokens, the history replayed on every turn; Lambda {assumptions.architecture}, "
        f"{assumptions.memory_mb} MB (the stack's defaults) for the whole streamed turn: {pre_model_ms:.0f} ms before "
        f"the model call (measured above), then {assumptions.model_first_token_s:g} s to the model's first token and "
        f"{assumptions.tokens_per_second:g} tokens/s (assumed). Model in `bench/cost.py`. *Before*: "
        "DetectDominantLanguage and the calls of every configured language on each message; *language "
        "identified*: only the calls of the language identified on the function (every configured language's "
        "when the guess is unsure); *now*: besides, none on a message that provably holds nothing Comprehend "
        f"would add (`runtime/privacy/comprehend_skip.py`). *Mix*: the same conversation billed at the calls per "
        f"message of a realistic chat mix in a `{', '.join(MIX_STACK)}` stack (`python -m bench.comprehend_skip`: "
        f"{len(mix)} Portuguese and English messages, {sum(not values for _, _, values in mix)} ordinary questions "
        f"and {sum(bool(values) for _, _, values in mix)} holding personal data).",
        "",
        "| | Comprehend calls per turn | units per turn | calls per message (pt, en, pt, en, pt) |",
        "|---|---:|---:|---|",
        *[_usage_row(name, turns) for name, turns in runs.items()],
        "",
        "| model | before | language identified | now | mix, language identified | mix, now "
        f"| target < {SMALL_MODEL_SHARE:.0%} (small models; now, mix) |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    lines += [_share_row(model, runs, assumptions, model is models()[0]) for model in models()]
    lines += ["", "Cells: cost per 1,000 turns, the privacy pipeline's share in brackets.", ""]
    lines += _floor_note(runs["mix, now"], assumptions)
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


def _share_row(model: ModelPrices, runs: dict[str, list[TurnUse]], assumptions: Assumptions, configured: bool) -> str:
    """One model's bill and privacy share per way of calling Comprehend, with the verdict on the target."""
    bills = {name: bill(turns, assumptions, model) for name, turns in runs.items()}
    cells = " | ".join(f"${total(lines):.2f} ({privacy_share(lines):.1%})" for lines in bills.values())
    verdicts = [privacy_share(bills[name]) < SMALL_MODEL_SHARE for name in ("now", "mix, now")]
    verdict = "" if configured else ", ".join("met" if ok else "**not met**" for ok in verdicts)
    return f"| {model.label} | {cells} | {verdict} |"


def _usage_row(name: str, turns: Sequence[TurnUse]) -> str:
    calls = sum(t.comprehend_calls for t in turns) / len(turns)
    units = sum(t.comprehend_units for t in turns) / len(turns)
    per_message = ", ".join(f"{t.comprehend_calls:g}" for t in turns) if not name.startswith("mix") else "(mix)"
    return f"| {name} | {calls:.2f} | {units:.1f} | {per_message} |"


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
