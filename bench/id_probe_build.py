"""Builds the passport and date-of-birth probe (`tests/fixtures/id_probe/<language>.txt`): passport numbers and dates
of birth as people write them in prose, inflected, in lower case, spaced, with the issuing country or an expiry
date, in labelled fields and pasted rows; and ordinary messages with codes and dates that are neither.

`python -m bench.id_probe_build` rewrites the files (seeded: the same values every run). Values are made up here
(passport shapes per country, dates between 1940 and 2004); the sentences are this probe's own.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Final

from bench.id_probe_more import MORE
from bench.id_probe_phrases import PHRASES, Phrases

ROOT: Final = Path(__file__).resolve().parent.parent
PROBE_DIR: Final = ROOT / "tests" / "fixtures" / "id_probe"
SEED: Final = 5


def _passport(shape: str, rng: random.Random) -> str:
    """A value of a shape: ``L`` a capital letter, ``9`` a digit, ``X`` either."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    pick = {"L": letters, "9": "0123456789", "X": letters + "0123456789"}
    return "".join(rng.choice(pick[c]) if c in pick else c for c in shape)


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004)


def _fill(template: str, phrases: Phrases, rng: random.Random) -> str:
    """One line's text: ``{P}`` a passport number (``{p}`` in lower case, ``{P_}`` spaced), ``{D}`` a numeric date
    of birth (``{D2}`` with a two-digit year, ``{DW}`` with the month as a word, ``{DI}`` ISO), ``{X}`` a date that
    is no birth (an expiry), each marked with its type."""
    value = _passport(phrases.shape, rng)
    day, month, year = _date(rng)
    out = template
    out = out.replace("{P_}", f"[PASSPORT:{value[:2]} {value[2:]}]")
    out = out.replace("{P}", f"[PASSPORT:{value}]").replace("{p}", f"[PASSPORT:{value.lower()}]")
    out = out.replace("{D}", f"[BIRTH_DATE:{day:02d}.{month:02d}.{year}]")
    out = out.replace("{DS}", f"[BIRTH_DATE:{day:02d}/{month:02d}/{year}]")
    out = out.replace("{D2}", f"[BIRTH_DATE:{day:02d}.{month:02d}.{year % 100:02d}]")
    out = out.replace("{DI}", f"[BIRTH_DATE:{year}-{month:02d}-{day:02d}]")
    out = out.replace("{DW}", "[BIRTH_DATE:" + phrases.worded.format(d=day, y=year) + "]")
    out = out.replace("{X}", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2027, 2034)}")
    out = out.replace("{C}", _passport(phrases.shape, rng))
    return out.replace("\n", "\\n").replace("\t", "\\t")


def build(rng: random.Random) -> dict[str, list[str]]:
    """Every language's lines."""
    files: dict[str, list[str]] = {}
    for language, phrases in PHRASES.items():
        lines: list[str] = []
        passport, birth, benign = MORE[language]
        for form, templates in (
            ("passport", phrases.passport + passport),
            ("birth", phrases.birth + birth),
            ("benign", phrases.benign + benign),
        ):
            for template in templates:
                lines.append(f"{language.upper()}\t{language}\t{form}\t{_fill(template, phrases, rng)}")
        files[language] = lines
    return files


def main() -> int:
    """Rewrite the probe files."""
    PROBE_DIR.mkdir(parents=True, exist_ok=True)
    for language, lines in build(random.Random(SEED)).items():
        (PROBE_DIR / f"{language}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
