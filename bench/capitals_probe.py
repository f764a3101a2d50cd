"""Recall of the built-in detectors on names written in capitals (`tests/fixtures/capitals_probe/<language>.txt`).

Each line is one message (`\\n` in it stands for a line break); its names are marked `[NAME:value]`, written by
hand around names drawn from Faker: whole messages in capitals, names in capitals inside mixed-case text, signatures,
capitals without diacritics, inflected names, relatives, a given name alone after thanks. A line without a mark is
an ordinary message in capitals that must stay unchanged. `python -m bench.capitals_probe` prints recall and altered
messages per language and every miss on stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from bench import name_probe
from bench.name_probe import ProbeFigures
from bench.privacy_corpus import FIXTURES

PROBE_DIR: Final = FIXTURES / "capitals_probe"


def measure_all(directory: Path = PROBE_DIR) -> dict[str, ProbeFigures]:
    """Every probe language's figures (measured as the name probe's)."""
    return name_probe.measure_all(directory)


if __name__ == "__main__":
    name_probe.main(PROBE_DIR)
