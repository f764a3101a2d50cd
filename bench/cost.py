"""What 1,000 turns of a typical conversation cost at list prices (pure: `bench.prices` and a usage model).

Per turn of a conversation (5 messages of a bench scenario, each answered in `answer_tokens` tokens):
- Bedrock: input = system prompt + the history replayed + the message (about 4 characters per token, as the
  runtime estimates), output = the answer;
- Comprehend: the calls the runtime plans for the message (`runtime.privacy.comprehend_plan.plan_message`, the
  language identified on the function by `runtime.privacy.language_id`), each billed in units of 100
  characters, at least 3 (`previous_comprehend_use`: what the runtime called before it identified the language
  itself, for comparison);
- DynamoDB on-demand: the daily-count read (1 RRU) and add (1 WRU), the session load (a strongly consistent
  Query, 1 RRU per 4 KB of the partition), two write transactions (2 WRU per KB of each item: META and the
  message);
- Lambda: the whole streamed invocation at the configured memory and architecture = the service's own time
  before the model call (measured) + the model's time to first token + the answer at a generation speed
  (both assumed, stated in the report) + the final write.
The privacy pipeline's share = Comprehend + the Lambda time spent before the model call.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench.prices import COMPREHEND_MIN_UNITS, COMPREHEND_UNIT, COMPREHEND_UNIT_CHARS, MODELS, REGIONS, ModelPrices
from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES, PII_LANGUAGES
from runtime.privacy.comprehend_plan import Quiet, plan_message
from runtime.privacy.language_id import LanguageGuess

#: A message's language, as the runtime identifies it (`LanguageIdentifier().identify`).
Identify = Callable[[str], LanguageGuess]

#: Bytes of a session's META item besides its vault, of a message item besides its text, of one vault entry.
META_BYTES = 200
MESSAGE_OVERHEAD_BYTES = 150
VAULT_ENTRY_BYTES = 60
CHARS_PER_TOKEN = 4


@dataclass(frozen=True)
class Assumptions:
    """What the model of a turn takes as given (stated in the report)."""

    answer_tokens: int = 250
    model_first_token_s: float = 1.0
    tokens_per_second: float = 50.0
    final_write_s: float = 0.03
    memory_mb: int = 1024
    architecture: str = "arm64"
    region: str = "eu-central-1"


@dataclass(frozen=True)
class TurnUse:
    """What one turn consumes."""

    input_tokens: int
    output_tokens: int
    comprehend_calls: float
    comprehend_units: float
    rru: int
    wru: int
    lambda_seconds: float
    pre_model_seconds: float


@dataclass(frozen=True)
class CostLine:
    """One line of the bill for 1,000 turns (USD)."""

    item: str
    quantity: str
    usd: float
    privacy: bool = False


def units(characters: int) -> int:
    """Comprehend units billed for one request of `characters` characters."""
    return max(COMPREHEND_MIN_UNITS, math.ceil(characters / COMPREHEND_UNIT_CHARS))


def comprehend_use(
    message: str, languages: Sequence[str], guess: LanguageGuess, quiet: Quiet | None = None
) -> tuple[int, int]:
    """(calls, billed units) of the detection of `message`, its language guessed as `guess` (`quiet`: the test that
    skips Comprehend on a message that holds nothing it would add)."""
    plan = plan_message(message, languages, guess, quiet=quiet)
    return len(plan.calls), sum(units(len(call.text)) for call in plan.calls)


def previous_comprehend_use(message: str, languages: Sequence[str], detected: str) -> tuple[int, int]:
    """(calls, billed units) before the language was identified on the function: DetectDominantLanguage with
    several languages, DetectPiiEntities in each configured en/es, DetectEntities in each configured language
    Comprehend reads, and in the detected one when it was not configured (a short message: one chunk)."""
    entity = {lang for lang in languages if lang in ENTITY_LANGUAGES} | ({detected} & ENTITY_LANGUAGES)
    calls = (len(languages) > 1) + sum(lang in PII_LANGUAGES for lang in languages) + len(entity)
    return calls, calls * units(len(message))


def conversation_use(
    messages: Sequence[tuple[str, str]],
    languages: Sequence[str],
    system_prompt_chars: int,
    pre_model_seconds: float,
    assumptions: Assumptions,
    identify: Identify | None = None,
    quiet: Quiet | None = None,
) -> list[TurnUse]:
    """The turns of one conversation: `messages` are (text, language written in) pairs; with `identify`, the
    runtime's calls (language identified on the function; with `quiet`, none for a message that holds nothing
    Comprehend would add), else the previous ones (`previous_comprehend_use`)."""
    answer_chars = assumptions.answer_tokens * CHARS_PER_TOKEN
    history_chars = 0
    partition = META_BYTES
    turns: list[TurnUse] = []
    for index, (message, language) in enumerate(messages):
        if identify is None:
            calls, billed = previous_comprehend_use(message, languages, language)
        else:
            calls, billed = comprehend_use(message, languages, identify(message), quiet)
        rru = 1 + (math.ceil(partition / 4096) if index else 0)
        vault = VAULT_ENTRY_BYTES * 2  # a couple of new values per message
        meta_kb = math.ceil((META_BYTES + vault) / 1024)
        user_kb = math.ceil((len(message.encode()) + MESSAGE_OVERHEAD_BYTES) / 1024)
        answer_kb = math.ceil((answer_chars + MESSAGE_OVERHEAD_BYTES) / 1024)
        wru = 2 * (meta_kb + user_kb) + 2 * (meta_kb + answer_kb) + 1
        generation = assumptions.answer_tokens / assumptions.tokens_per_second
        seconds = pre_model_seconds + assumptions.model_first_token_s + generation + assumptions.final_write_s
        turns.append(
            TurnUse(
                input_tokens=(system_prompt_chars + history_chars + len(message)) // CHARS_PER_TOKEN,
                output_tokens=assumptions.answer_tokens,
                comprehend_calls=calls,
                comprehend_units=billed,
                rru=rru,
                wru=wru,
                lambda_seconds=seconds,
                pre_model_seconds=pre_model_seconds,
            )
        )
        history_chars += len(message) + answer_chars
        partition += vault + len(message.encode()) + answer_chars + 2 * MESSAGE_OVERHEAD_BYTES
    return turns


def bill(turns: Sequence[TurnUse], assumptions: Assumptions, model: ModelPrices, per: int = 1000) -> list[CostLine]:
    """The cost of `per` turns like `turns` (their average) with `model` answering."""
    scale = per / len(turns)
    prices = REGIONS[assumptions.region]
    gb = assumptions.memory_mb / 1024
    gb_second = prices.lambda_gb_second[assumptions.architecture]
    seconds = sum(t.lambda_seconds for t in turns) * scale
    pre_model = sum(t.pre_model_seconds for t in turns) * scale
    billed = sum(t.comprehend_units for t in turns) * scale
    calls = sum(t.comprehend_calls for t in turns) * scale
    rru = sum(t.rru for t in turns) * scale
    wru = sum(t.wru for t in turns) * scale
    tokens_in = sum(t.input_tokens for t in turns) * scale
    tokens_out = sum(t.output_tokens for t in turns) * scale
    return [
        CostLine(f"Bedrock input, {model.label}", f"{tokens_in:,.0f} tokens", tokens_in * model.input_token),
        CostLine(f"Bedrock output, {model.label}", f"{tokens_out:,.0f} tokens", tokens_out * model.output_token),
        CostLine(
            "Comprehend",
            f"{calls:,.0f} calls, {billed:,.0f} units",
            billed * COMPREHEND_UNIT,
            privacy=True,
        ),
        CostLine(
            f"Lambda before the model call ({assumptions.architecture}, {assumptions.memory_mb} MB)",
            f"{pre_model * gb:,.1f} GB-s",
            pre_model * gb * gb_second,
            privacy=True,
        ),
        CostLine(
            "Lambda, the rest of the streamed turn",
            f"{(seconds - pre_model) * gb:,.0f} GB-s",
            (seconds - pre_model) * gb * gb_second,
        ),
        CostLine("Lambda requests", f"{per:,} requests", per * prices.lambda_request),
        CostLine("DynamoDB on-demand reads", f"{rru:,.0f} RRU", rru * prices.dynamodb_rru),
        CostLine("DynamoDB on-demand writes", f"{wru:,.0f} WRU", wru * prices.dynamodb_wru),
    ]


def total(lines: Sequence[CostLine]) -> float:
    """The bill's total."""
    return sum(line.usd for line in lines)


def privacy_share(lines: Sequence[CostLine]) -> float:
    """The privacy pipeline's part of the bill (0..1)."""
    return sum(line.usd for line in lines if line.privacy) / total(lines)


def models() -> list[ModelPrices]:
    """The configured model and the small ones (the current one first)."""
    return list(MODELS.values())
