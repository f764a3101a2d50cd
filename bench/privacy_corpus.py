"""The built-in detectors measured on the corpora: recall per type, benign messages altered per language.

`python -m bench.privacy_corpus` prints the measured tables of `docs/privacy-detection.md`
(`tests/unit/bench/test_privacy_corpus.py` checks that the page holds exactly them and that they meet the floors).

- Personal corpus (`tests/fixtures/personal_corpus/*.txt`): one message a line, `language<TAB>text` or
  `country<TAB>language<TAB>text`, each personal value marked `[TYPE:value]`. A value counts as found when one
  merged span of its type family covers it and is at most 3 characters longer (a span that swallows the
  sentence would hide a miss).
- Benign corpus (`tests/fixtures/benign_corpus/<language>.txt`): ordinary messages (amounts, rates, dates,
  references, towns, postcodes); a message counts as altered when any span is left after merging.

Detection is what the function runs without Comprehend: `detect_builtin` with the national phone forms of the
message's language's countries (`market_regions`); benign messages are also run with every EU/EEA country's
phone forms at once (a market with many languages).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.national_id_catalog import NATIONAL_ID_TYPES
from runtime.privacy.detectors.phone import EUROPEAN_REGIONS, market_regions
from runtime.privacy.spans import merge_spans
from runtime.privacy.types import NATIONAL_ID, PiiSpan

FIXTURES: Final = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
PERSONAL_DIR: Final = FIXTURES / "personal_corpus"
BENIGN_DIR: Final = FIXTURES / "benign_corpus"
_MARK: Final = re.compile(r"\[([A-Z_]+):([^\]]+)\]")
#: How much longer than the value a covering span may be.
SLACK: Final = 3

Detect = Callable[[str, tuple[str, ...]], list[PiiSpan]]


@dataclass(frozen=True)
class MarkedMessage:
    """A personal-corpus message: its language (and country), the text, and the values it holds."""

    language: str
    country: str | None
    text: str
    values: tuple[tuple[str, int, int], ...]  # (type, start, end)


@dataclass
class Tally:
    """How many of `total` were hit."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        """Count one more, hit or not."""
        self.hits += int(hit)
        self.total += 1

    @property
    def share(self) -> float:
        """hits / total (0 when empty)."""
        return self.hits / self.total if self.total else 0.0


@dataclass
class CorpusFigures:
    """Recall per type family and per language; benign messages altered per language."""

    recall: dict[str, Tally] = field(default_factory=dict)
    recall_by_language: dict[str, Tally] = field(default_factory=dict)
    altered: dict[str, Tally] = field(default_factory=dict)
    altered_every_market: dict[str, Tally] = field(default_factory=dict)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (language, type, value)

    @property
    def altered_share(self) -> float:
        """Share of all benign messages altered (each in its own language's market)."""
        return total(self.altered.values()).share

    @property
    def altered_every_market_share(self) -> float:
        """Share of all benign messages altered with every EU/EEA country's phone forms."""
        return total(self.altered_every_market.values()).share


def total(tallies: Iterable[Tally]) -> Tally:
    """The sum of tallies."""
    summed = Tally()
    for tally in tallies:
        summed.hits += tally.hits
        summed.total += tally.total
    return summed


def family(entity_type: str) -> str:
    """The type a value is counted under: every state's identifier is a NATIONAL_ID."""
    return NATIONAL_ID if entity_type in NATIONAL_ID_TYPES else entity_type


def parse_marked(line: str) -> MarkedMessage:
    """One corpus line (`language<TAB>text` or `country<TAB>language<TAB>text`) with its values unmarked."""
    *head, language, marked = line.split("\t")
    country = head[0] if head else None
    text, values, position = "", [], 0
    for match in _MARK.finditer(marked):
        text += marked[position : match.start()]
        start = len(text)
        text += match.group(2)
        values.append((match.group(1), start, len(text)))
        position = match.end()
    return MarkedMessage(language, country, text + marked[position:], tuple(values))


def corpus_lines(directory: Path) -> list[str]:
    """Every non-blank line of a corpus folder's `<language>.txt` files, in file order (subfolders not read)."""
    return [
        line
        for path in sorted(directory.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def read_personal(directory: Path = PERSONAL_DIR) -> list[MarkedMessage]:
    """Every message of the personal corpus files, in file order."""
    return [parse_marked(line) for line in corpus_lines(directory)]


def read_benign(directory: Path = BENIGN_DIR) -> dict[str, list[str]]:
    """The benign messages by language."""
    return {
        path.stem: [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for path in sorted(directory.glob("*.txt"))
    }


def probe_messages(path: Path, breaks: str | None = None) -> Iterator[tuple[MarkedMessage, list[PiiSpan]]]:
    """Each marked message of one language's probe file (`<language>.txt`, one message per non-blank line,
    `breaks` standing for a line break when given) with the built-in detectors' spans over it."""
    regions = market_regions([path.stem])
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            message = parse_marked(f"{path.stem}\t{line.replace(breaks, chr(10)) if breaks else line}")
            yield message, builtin(message.text, regions)


def builtin(text: str, regions: tuple[str, ...]) -> list[PiiSpan]:
    """The function's detection without Comprehend, merged over the message text."""
    return merge_spans(detect_builtin(text, regions), text)


def found(spans: list[PiiSpan], entity_type: str, start: int, end: int) -> bool:
    """Whether one span of the value's type family covers it without swallowing more than `SLACK` characters."""
    return any(
        family(s.entity_type) == family(entity_type)
        and s.start <= start
        and s.end >= end
        and s.length <= end - start + SLACK
        for s in spans
    )


def measure(personal: list[MarkedMessage], benign: Mapping[str, list[str]], detect: Detect = builtin) -> CorpusFigures:
    """Recall and benign alteration of `detect` on the corpora."""
    figures = CorpusFigures()
    for message in personal:
        spans = detect(message.text, market_regions([message.language]))
        for entity_type, start, end in message.values:
            hit = found(spans, entity_type, start, end)
            figures.recall.setdefault(family(entity_type), Tally()).add(hit)
            figures.recall_by_language.setdefault(message.language, Tally()).add(hit)
            if not hit:
                figures.misses.append((message.language, entity_type, message.text[start:end]))
    for language, messages in benign.items():
        for text in messages:
            figures.altered.setdefault(language, Tally()).add(bool(detect(text, market_regions([language]))))
            figures.altered_every_market.setdefault(language, Tally()).add(bool(detect(text, EUROPEAN_REGIONS)))
    return figures


def _percent(tally: Tally) -> str:
    return f"{tally.share:.1%}"


def render(figures: CorpusFigures) -> str:
    """The measured tables as Markdown (deterministic: counts and shares only)."""
    languages = sorted(set(figures.altered) | set(figures.recall_by_language))
    empty = Tally()
    lines = [
        "| type | values | found | recall |",
        "|---|---:|---:|---:|",
        *[
            f"| {name} | {tally.total} | {tally.hits} | {_percent(tally)} |"
            for name, tally in sorted(figures.recall.items())
        ],
        f"| **all** | {total(figures.recall.values()).total} | {total(figures.recall.values()).hits} | "
        f"**{_percent(total(figures.recall.values()))}** |",
        "",
        "| language | personal values found | benign messages altered | altered, every market's phones |",
        "|---|---:|---:|---:|",
    ]
    for language in languages:
        recall = figures.recall_by_language.get(language, empty)
        altered = figures.altered.get(language, empty)
        every = figures.altered_every_market.get(language, empty)
        counts = (recall, altered, every)
        lines.append(f"| {language} | " + " | ".join(f"{t.hits}/{t.total}" for t in counts) + " |")
    altered_all = total(figures.altered.values())
    every_all = total(figures.altered_every_market.values())
    recall_all = total(figures.recall_by_language.values())
    lines.append(
        f"| **all** | {recall_all.hits}/{recall_all.total} | **{altered_all.hits}/{altered_all.total} "
        f"({_percent(altered_all)})** | {every_all.hits}/{every_all.total} ({_percent(every_all)}) |"
    )
    return "\n".join(lines) + "\n"


def main() -> int:
    """Print the measured tables, and every missed value on stderr."""
    figures = measure(read_personal(), read_benign())
    print(render(figures), end="")
    for language, entity_type, value in figures.misses:
        print(f"missed ({language}) {entity_type}: {value}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
