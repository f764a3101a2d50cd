"""Recall of the built-in detectors on the pasted-data probe (`tests/fixtures/pasted_probe/<language>.txt`, built by
`bench.pasted_probe_build`), and the ordinary tables it holds left as written.

`python -m bench.pasted_probe` prints recall per type, per style and per language and the ordinary tables altered;
every miss and alteration on stderr. A value counts as found as in the messy corpus (`bench.privacy_corpus.found`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from bench.messy_corpus_format import MessyMessage, parse_line
from bench.privacy_corpus import Tally, builtin, family, found
from runtime.privacy.detectors.phone import market_regions

ROOT: Final = Path(__file__).resolve().parent.parent
PROBE_DIR: Final = ROOT / "tests" / "fixtures" / "pasted_probe"
BENIGN: Final = "benign"


@dataclass
class PastedFigures:
    """Values found per type, style and language; ordinary tables altered; what was missed or altered."""

    by_type: dict[str, Tally] = field(default_factory=dict)
    by_style: dict[str, Tally] = field(default_factory=dict)
    by_language: dict[str, Tally] = field(default_factory=dict)
    altered: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)
    alterations: list[str] = field(default_factory=list)


def read_probe(directory: Path = PROBE_DIR) -> list[MessyMessage]:
    """Every line of the probe files."""
    return [
        parse_line(line)
        for path in sorted(directory.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def measure(messages: list[MessyMessage]) -> PastedFigures:
    """The built-in detectors' recall on the probe's records and the ordinary tables they alter."""
    figures = PastedFigures()
    for message in messages:
        spans = builtin(message.text, market_regions([message.language]))
        if message.form == BENIGN:
            figures.altered.add(bool(spans))
            figures.alterations.extend(
                f"({message.language}) {s.entity_type}: {message.text[s.start : s.end]!r}" for s in spans
            )
            continue
        for value in message.values:
            hit = found(spans, value.entity_type, value.start, value.end)
            kind = family(value.entity_type)
            for table, key in (
                (figures.by_type, kind),
                (figures.by_style, message.form),
                (figures.by_language, message.language),
            ):
                table.setdefault(key, Tally()).add(hit)
            if not hit:
                figures.misses.append(
                    f"({message.language}, {message.form}) {kind}: {message.text[value.start : value.end]!r}"
                )
    return figures


def _table(title: str, rows: dict[str, Tally]) -> list[str]:
    lines = [f"| {title} | values | found | recall |", "|---|---:|---:|---:|"]
    lines.extend(f"| {key} | {tally.total} | {tally.hits} | {tally.share:.1%} |" for key, tally in sorted(rows.items()))
    total = Tally()
    for tally in rows.values():
        total.total += tally.total
        total.hits += tally.hits
    lines.append(f"| **all** | {total.total} | {total.hits} | **{total.share:.1%}** |")
    return lines


def render(figures: PastedFigures) -> str:
    """The Markdown tables of a run."""
    lines = [*_table("type", figures.by_type), "", *_table("style", figures.by_style), ""]
    lines.extend(_table("language", figures.by_language))
    altered = figures.altered
    lines.extend(["", f"ordinary tables altered: {altered.hits}/{altered.total}"])
    return "\n".join(lines) + "\n"


def main(directory: Path = PROBE_DIR) -> int:
    """Print the tables of the probe in `directory`; every miss and alteration on stderr."""
    figures = measure(read_probe(directory))
    for miss in figures.misses:
        print(f"missed {miss}", file=sys.stderr)
    for alteration in figures.alterations:
        print(f"altered {alteration}", file=sys.stderr)
    print(render(figures), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
