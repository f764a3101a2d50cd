"""`python -m bench.comprehend_skip`: which messages skip Amazon Comprehend (`runtime.privacy.comprehend_skip`), whether
any of them held a value, and the recall of the built-in detectors with Comprehend's local stand-in before and
after (markdown on stdout, quoted in docs/language-id.md).

Each message is planned in a stack of its own language and English (`runtime.privacy.comprehend_plan`, the
language identified on the function); its spans are the built-in detectors' and the stand-in's answers to the
planned calls (`devstack.standins.comprehend`: listed names, e-mails, phones), merged; a value is found as in
`bench.privacy_corpus`. Corpora: the personal-data corpora (`personal_corpus`, `messy_corpus`: every value
tagged), the ordinary messages (`benign_corpus`, `benign_places`) and the chat messages of
`bench.language_id` (no personal data). The realistic chat mix (`chat_mix`): every Portuguese and English message
of the personal-data corpora, of `benign_corpus` and of the chat messages, once, in a `pt, en` stack: ordinary
questions and messages holding personal data side by side (`benign_places`, thousands of generated sentences
naming places, amounts and dates, would outweigh the rest: left out of the mix).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from bench.cost import units
from bench.language_id import messages as chat_messages
from bench.messy_corpus import BENIGN_PLACES_DIR, read_messy
from bench.privacy_corpus import BENIGN_DIR, found, read_benign, read_personal
from devstack.standins.comprehend import answer
from runtime.privacy.comprehend_pii_types import DEFAULT_PII_ENTITY_TYPES
from runtime.privacy.comprehend_plan import ComprehendPlan, Quiet, call_spans, plan_message
from runtime.privacy.comprehend_skip import CallSkipper
from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.phone import market_regions
from runtime.privacy.language_id import LanguageGuess, LanguageIdentifier
from runtime.privacy.spans import merge_spans
from runtime.privacy.types import PiiSpan

Identify = Callable[[str], LanguageGuess]
#: (language, text, values as (type, start, end)) of one message.
Message = tuple[str, str, tuple[tuple[str, int, int], ...]]
#: The stack the realistic mix is planned in.
MIX_STACK = ("pt", "en")


@dataclass
class Figures:
    """One corpus's figures, before (no skip) and after."""

    messages: int = 0
    with_values: int = 0
    skipped: int = 0
    skipped_with_values: int = 0
    values: int = 0
    found_before: int = 0
    found_after: int = 0
    calls_before: int = 0
    calls_after: int = 0
    skipped_examples: list[str] = field(default_factory=list)


def stack_of(language: str) -> tuple[str, ...]:
    """The stack a message is planned in: its language and English."""
    return tuple(dict.fromkeys((language, "en")))


def standin_spans(
    text: str, languages: Sequence[str], guess: LanguageGuess, quiet: Quiet | None
) -> tuple[ComprehendPlan, list[PiiSpan]]:
    """The planned calls and the stand-in's spans for them (default PII types)."""
    plan = plan_message(text, languages, guess, quiet=quiet)
    spans: list[PiiSpan] = []
    for call in plan.calls:
        status, body = answer(call.operation, call.language, call.text, None)
        if status == 200:
            spans += call_spans(call, body, 0.5, DEFAULT_PII_ENTITY_TYPES.__contains__)
    return plan, spans


def measure(
    corpus: Iterable[Message],
    identify: Identify,
    quiet: Quiet,
    stack: Sequence[str] | None = None,
    builtin_detect: Callable[[str, tuple[str, ...]], list[PiiSpan]] = detect_builtin,
) -> Figures:
    """The figures of `corpus`, each message in `stack` (default: its language and English), the built-in
    detectors being `builtin_detect`."""
    figures = Figures()
    for language, text, values in corpus:
        languages = tuple(stack) if stack else stack_of(language)
        guess = identify(text)
        builtin = builtin_detect(text, market_regions([language]))
        before_plan, before = standin_spans(text, languages, guess, None)
        after_plan, after = standin_spans(text, languages, guess, quiet)
        merged_before, merged_after = merge_spans(builtin + before, text), merge_spans(builtin + after, text)
        skipped = bool(before_plan.calls) and not after_plan.calls
        figures.messages += 1
        figures.with_values += bool(values)
        figures.skipped += skipped
        figures.skipped_with_values += skipped and bool(values)
        figures.calls_before += len(before_plan.calls)
        figures.calls_after += len(after_plan.calls)
        if skipped and len(figures.skipped_examples) < 3:
            figures.skipped_examples.append(text)
        for entity_type, start, end in values:
            figures.values += 1
            figures.found_before += found(merged_before, entity_type, start, end)
            figures.found_after += found(merged_after, entity_type, start, end)
    return figures


def corpora(languages: Sequence[str] | None = None) -> dict[str, list[Message]]:
    """The corpora by name, restricted to `languages` when given."""

    def keep(language: str) -> bool:
        return languages is None or language in languages

    none: tuple[tuple[str, int, int], ...] = ()
    benign: list[Message] = [
        (lang, text, none) for lang, texts in read_benign(BENIGN_DIR).items() for text in texts if keep(lang)
    ]
    places: list[Message] = [
        (lang, text, none) for lang, texts in read_benign(BENIGN_PLACES_DIR).items() for text in texts if keep(lang)
    ]
    chat_languages = languages or sorted({lang for lang, _, _ in benign} | {"ga"})
    return {
        "personal_corpus": [(m.language, m.text, m.values) for m in read_personal() if keep(m.language)],
        "messy_corpus": [
            (m.language, m.text, tuple((v.entity_type, v.start, v.end) for v in m.values))
            for m in read_messy()
            if keep(m.language)
        ],
        "benign_corpus": benign,
        "benign_places": places,
        "chat messages": [(lang, text, none) for lang in chat_languages for text in chat_messages(lang)],
    }


def chat_mix() -> list[Message]:
    """The realistic chat mix: every Portuguese and English message of the corpora but `benign_places`, each once."""
    seen: set[str] = set()
    mix = []
    for name, messages in corpora(MIX_STACK).items():
        if name == "benign_places":
            continue
        for message in messages:
            if message[1] not in seen:
                seen.add(message[1])
                mix.append(message)
    return mix


def mix_use(identify: Identify, quiet: Quiet | None) -> tuple[float, float]:
    """(Comprehend calls, billed units) per message of the realistic mix in a `pt, en` stack."""
    mix = chat_mix()
    calls = billed = 0
    for _, text, _ in mix:
        plan = plan_message(text, MIX_STACK, identify(text), quiet=quiet)
        calls += len(plan.calls)
        billed += sum(units(len(call.text)) for call in plan.calls)
    return calls / len(mix), billed / len(mix)


def table(rows: dict[str, Figures]) -> list[str]:
    """The markdown table of `rows`."""
    lines = [
        "| corpus | messages | with values | skip Comprehend | of them with values | values found before | after "
        "| calls per message before | after |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in rows.items():
        lines.append(
            f"| {name} | {row.messages} | {row.with_values} | {row.skipped} ({row.skipped / row.messages:.0%}) "
            f"| {row.skipped_with_values} | {row.found_before}/{row.values} | {row.found_after}/{row.values} "
            f"| {row.calls_before / row.messages:.2f} | {row.calls_after / row.messages:.2f} |"
        )
    return lines


def main() -> int:
    """Print the tables."""
    identify = LanguageIdentifier().identify
    quiet = CallSkipper()
    rows = {name: measure(messages, identify, quiet) for name, messages in corpora().items()}
    rows["realistic chat mix (pt, en stack)"] = measure(chat_mix(), identify, quiet, MIX_STACK)
    print("\n".join(table(rows)))
    print()
    for name, row in rows.items():
        print(f"- {name}, skipped for example: {' / '.join(row.skipped_examples)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
