"""Build the benign places corpus: ordinary messages to a bank's assistant, with nothing personal in them.

`python -m bench.messy_corpus_benign [--corpus blind|third|fourth|fifth|sixth|seventh|eighth|ninth]` reads
`tests/fixtures/benign_places/frames/<language>.txt` (another corpus: `tests/fixtures/benign_<name>/frames/`, e.g.
`benign_ninth`) and writes `<language>.txt` beside the frames folder,
`TARGET` messages a language, one a line. A frames file holds hand-written lines, each `kind<TAB>text`:

- `message`: an ordinary message written out whole (kept as it is, once);
- `frame`: an ordinary message with slots: `{{town}}`, `{{street}}` (a street named without a house number),
  `{{place}}` (a well-known place: a square, a station, a shopping centre, a monument), `{{amount}}` (a sum in the
  country's currency, written as the country writes numbers), `{{date}}` (a day in 2025-2027 in the country's
  numeric form), `{{rate}}` (a percentage); a slot may carry a case variant of `bench.messy_corpus_disguise`
  (`{{town.u}}` in capitals, `{{street.l}}` in lower case);
- `town`, `street`, `place`: the real names the slots draw from (many named after people or saints, which is
  what a name list must not take for a person).

Frames are filled in turn with values drawn by a random generator seeded per language (the output is the same
on every run) until the language has `TARGET` messages; a message already written is drawn again.
"""

from __future__ import annotations

import datetime
import random
import re
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from bench.messy_corpus_build import corpus_option
from bench.messy_corpus_corpora import FIRST
from bench.messy_corpus_disguise import transform_all
from bench.messy_corpus_format import write_languages
from bench.messy_corpus_locales import LOCALES

BENIGN_DIR: Final[Path] = FIRST.benign_dir
FRAMES_DIR: Final[Path] = FIRST.benign_frames_dir
SEED: Final = FIRST.benign_seed
#: Ordinary messages written per language (the issue's minimum is 400).
TARGET: Final = 420
KINDS: Final = frozenset({"message", "frame", "town", "street", "place"})
_SLOT: Final = re.compile(r"\{\{([a-z]+)(?:\.([^}]+))?\}\}")
_POOLS: Final = ("town", "street", "place")
#: Currency as the country writes it: after the amount when it starts with a space, else before it (`£12`).
_CURRENCY: Final = {
    "cs": " Kč", "da": " kr.", "en": "£", "ga": "€", "hu": " Ft", "is": " kr.", "mt": "€", "nb": " kr",
    "nn": " kr", "pl": " zł", "ro": " lei", "sv": " kr",
}  # fmt: skip
#: (thousands separator, decimal separator) per language; the others write `1.250,50`.
_NUMBERS: Final = {
    "en": (",", "."), "ga": (",", "."), "mt": (",", "."), "fr": ("\u202f", ","), "pl": (" ", ","),
    "cs": (" ", ","), "sk": (" ", ","), "sv": (" ", ","), "fi": (" ", ","), "nb": (" ", ","), "nn": (" ", ","),
    "et": (" ", ","),
    "lv": (" ", ","), "lt": (" ", ","), "bg": (" ", ","), "hu": (" ", ","),
}  # fmt: skip


@dataclass
class BenignSource:
    """One language's frames file: whole messages, frames with slots, and the names the slots draw from."""

    messages: list[str] = field(default_factory=list)
    frames: list[str] = field(default_factory=list)
    pools: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in _POOLS})


def read_source(path: Path) -> BenignSource:
    """A frames file's lines by kind (blank lines and `#` comments skipped)."""
    source = BenignSource()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, text = line.split("\t", 1)
        if kind not in KINDS:
            raise ValueError(f"{path.name}: unknown kind {kind!r}")
        if kind == "message":
            source.messages.append(text)
        elif kind == "frame":
            source.frames.append(text)
        else:
            source.pools[kind].append(text)
    return source


def amount(language: str, rnd: random.Random) -> str:
    """A sum of money as the language's country writes it (`1.250,50 €`, `£1,250.50`, `1 250 zł`)."""
    whole = rnd.choice((rnd.randint(2, 99), rnd.randint(100, 999), rnd.randint(1000, 25000)))
    cents = rnd.choice((None, rnd.randint(0, 99)))
    thousands, decimal = _NUMBERS.get(language, (".", ","))
    number = f"{whole:,}".replace(",", thousands) + ("" if cents is None else f"{decimal}{cents:02d}")
    currency = _CURRENCY.get(language, " €")
    return number + currency if currency.startswith(" ") else currency + number


def day(language: str, rnd: random.Random) -> str:
    """A day in 2025-2027 in the language's numeric date form."""
    when = datetime.date(2025, 1, 1) + datetime.timedelta(days=rnd.randint(0, 3 * 365))
    locale = LOCALES.get(language)
    return when.strftime(locale.date_format if locale else "%d.%m.%Y")


def rate(language: str, rnd: random.Random) -> str:
    """A percentage (`3,25 %`, `2.9%`)."""
    decimal = _NUMBERS.get(language, (".", ","))[1]
    value = f"{rnd.randint(0, 9)}{decimal}{rnd.randint(0, 99):02d}".rstrip("0").rstrip(decimal)
    return value + rnd.choice(("%", " %"))


def fill(frame: str, language: str, source: BenignSource, rnd: random.Random) -> str:
    """The frame with each slot replaced by a drawn value."""

    def slot(match: re.Match[str]) -> str:
        kind, variant = match.group(1), match.group(2) or ""
        if kind in _POOLS:
            return transform_all(rnd.choice(source.pools[kind]), variant)
        drawn = {"amount": amount, "date": day, "rate": rate}[kind](language, rnd)
        return transform_all(drawn, variant)

    return _SLOT.sub(slot, frame)


def build_benign(language: str, source: BenignSource, target: int = TARGET, seed: int = SEED) -> list[str]:
    """The language's benign messages: its whole messages, then its frames filled in turn up to `target` (draws
    seeded by `seed` and the language)."""
    rnd = random.Random(seed + zlib.crc32(language.encode()))
    messages = list(dict.fromkeys(source.messages))
    seen = set(messages)
    attempts = 0
    while len(messages) < target and source.frames:
        frame = source.frames[attempts % len(source.frames)]
        attempts += 1
        if attempts > 50 * target:
            raise ValueError(f"{language}: too few frames and names for {target} different messages")
        text = fill(frame, language, source, rnd)
        if text not in seen:
            seen.add(text)
            messages.append(text)
    return messages


def main(argv: list[str] | None = None) -> int:
    """Write every language's benign corpus of the chosen corpus from its frames file."""
    corpus = corpus_option("python -m bench.messy_corpus_benign", "Build a benign corpus from its frames.", argv)
    write_languages(
        corpus.benign_frames_dir,
        corpus.benign_dir,
        lambda path: build_benign(path.stem, read_source(path), TARGET, corpus.benign_seed),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
