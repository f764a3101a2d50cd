"""Recall of the built-in detectors on the hand-written name probes (`tests/fixtures/name_probe/<language>.txt`).

Each line is one message; the names in it are marked `[NAME:value]`. A line without a mark is an ordinary message
that must stay unchanged. `python -m bench.name_probe` prints recall and altered ordinary messages per language and
every miss on stderr.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from bench.privacy_corpus import FIXTURES, Tally, found, probe_messages

PROBE_DIR: Final = FIXTURES / "name_probe"


@dataclass
class ProbeFigures:
    """Names found and ordinary messages altered in one language's probe."""

    recall: Tally
    altered: Tally
    misses: list[str]
    alterations: list[str]


def measure_language(path: Path) -> ProbeFigures:
    """Run the built-in detectors over one probe file (a line's ``\\n`` stands for a line break)."""
    figures = ProbeFigures(Tally(), Tally(), [], [])
    for message, spans in probe_messages(path, breaks="\\n"):
        got = [message.text[s.start : s.end] for s in spans]
        if not message.values:
            figures.altered.add(bool(spans))
            if spans:
                figures.alterations.append(f"{message.text!r}  <- {got}")
            continue
        for entity_type, start, end in message.values:
            hit = found(spans, entity_type, start, end)
            figures.recall.add(hit)
            if not hit:
                figures.misses.append(f"{message.text[start:end]!r} in {message.text!r}  <- {got}")
    return figures


def measure_all(directory: Path = PROBE_DIR) -> dict[str, ProbeFigures]:
    """Every probe language's figures."""
    return {path.stem: measure_language(path) for path in sorted(directory.glob("*.txt"))}


def main(directory: Path = PROBE_DIR) -> None:
    """Print the table on stdout and the misses and alterations on stderr."""
    recall, altered = Tally(), Tally()
    for language, figures in measure_all(directory).items():
        for miss in figures.misses:
            print(f"MISS {language}: {miss}", file=sys.stderr)
        for alteration in figures.alterations:
            print(f"ALTERED {language}: {alteration}", file=sys.stderr)
        recall.hits += figures.recall.hits
        recall.total += figures.recall.total
        altered.hits += figures.altered.hits
        altered.total += figures.altered.total
        print(
            f"{language}\t{figures.recall.hits}/{figures.recall.total}\t{figures.recall.share:.1%}"
            f"\taltered {figures.altered.hits}/{figures.altered.total}"
        )
    print(f"all\t{recall.hits}/{recall.total}\t{recall.share:.1%}\taltered {altered.hits}/{altered.total}")


if __name__ == "__main__":
    main()
