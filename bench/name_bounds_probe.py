"""Exact name spans on the name-bounds probe (`tests/fixtures/name_bounds_probe/<language>.txt`).

A name counts as found when one span covers it with at most `SLACK` characters more (the messy corpus's rule); a
name missed but hidden by a longer span counts as too long: the model does not get the name, but the word beside
it (a relation noun, a closing, a label, a verb) is lost too. `python -m bench.name_bounds_probe` prints exact and
too-long counts per language and every inexact span on stderr.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from bench.messy_corpus import hidden
from bench.name_bounds_probe_build import PROBE_DIR
from bench.privacy_corpus import Tally, family, found, probe_messages

NAME: Final = "NAME"


@dataclass
class BoundsFigures:
    """Names found with exact spans, names hidden by too long a span, and the lines of both kinds of miss."""

    exact: Tally = field(default_factory=Tally)
    too_long: int = 0
    misses: list[str] = field(default_factory=list)


def measure_language(path: Path) -> BoundsFigures:
    """Run the built-in detectors over one probe file."""
    figures = BoundsFigures()
    for message, spans in probe_messages(path):
        for entity_type, start, end in message.values:
            hit = found(spans, entity_type, start, end)
            figures.exact.add(hit)
            if hit:
                continue
            long = hidden(spans, entity_type, message.text, start, end)
            figures.too_long += long
            got = [message.text[s.start : s.end] for s in spans if family(s.entity_type) == NAME]
            kind = "LONG" if long else "MISS"
            figures.misses.append(f"{kind} {message.text[start:end]!r} in {message.text} <- {got}")
    return figures


def measure_all(directory: Path = PROBE_DIR) -> dict[str, BoundsFigures]:
    """Every probe language's figures."""
    return {path.stem: measure_language(path) for path in sorted(directory.glob("*.txt"))}


def main() -> None:
    """Print the table on stdout and the inexact spans on stderr."""
    exact, total, too_long = 0, 0, 0
    for language, figures in measure_all().items():
        for miss in figures.misses:
            print(f"{language}: {miss}", file=sys.stderr)
        exact, total, too_long = exact + figures.exact.hits, total + figures.exact.total, too_long + figures.too_long
        print(f"{language}\t{figures.exact.hits}/{figures.exact.total}\ttoo long {figures.too_long}")
    print(f"all\t{exact}/{total}\t{exact / total:.1%}\ttoo long {too_long}")


if __name__ == "__main__":
    main()
