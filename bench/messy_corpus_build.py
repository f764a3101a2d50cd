"""Build the messy corpus: hand-written message frames per language filled with generated values.

`python -m bench.messy_corpus_build [--corpus blind|third|fourth|fifth|sixth|seventh|eighth|ninth]` reads
`tests/fixtures/messy_corpus[_<name>]/frames/<language>.txt` (one hand-written message a line, `form<TAB>text`, with
slots `{{kind.variant@form}}` where the personal values go) and writes `<language>.txt` beside the frames folder
(`country<TAB>language<TAB>form<TAB>text`, values marked).
Values come from `bench.messy_corpus_values` with a fixed seed per corpus and language, so the output is the same on
every run; each frame is filled the corpus's number of rounds (`bench.messy_corpus_corpora`) with new values.

Slots (kind, then an optional variant from `bench.messy_corpus_disguise`, then an optional form):
`name`, `first`, `last`, `rev` (family name first) are the frame's person (`name2`... another person; `namef`,
`first2m`: of that gender, where the sentence's grammar needs it);
`street` (street and house number), `addr` (street, postcode and town), `addrml` (the same over lines);
`phone`, `iban`, `card`, `email`, `id` (the national id), `pass` (passport number), `dob` (date of birth,
variant `iso` for 1985-03-21); `town` is a town left unmarked. Values already written into a frame by hand
(inflected names and streets) are marked there: `[NAME:Marka Nowaka]`.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import zlib
from pathlib import Path
from typing import Final

from bench.messy_corpus_corpora import CORPORA, FIRST, Corpus
from bench.messy_corpus_disguise import transform_all, variants
from bench.messy_corpus_format import FORMS, escape, line_of, mark, write_languages
from bench.messy_corpus_values import Drawer, Person, drawer, reference_day

CORPUS_DIR: Final[Path] = FIRST.messy_dir
FRAMES_DIR: Final[Path] = FIRST.frames_dir
SEED: Final = FIRST.seed
#: How many times each frame is filled (with new values each time); a frame without slots is written once.
ROUNDS: Final = FIRST.rounds
_SLOT: Final = re.compile(r"\{\{([a-z]+?)(\d?)([fm]?)(?:\.([^@}]+))?(?:@([a-z]+))?\}\}")
_NAME_KINDS: Final = {"name", "first", "last", "rev"}
_SINGLE: Final = {"phone": "PHONE", "iban": "IBAN", "card": "CARD", "email": "EMAIL", "pass": "PASSPORT"}


class FrameFiller:
    """Fills one language's frames, drawing each frame's values as it goes."""

    def __init__(self, values: Drawer) -> None:
        self.values = values
        self.people: dict[str, Person] = {}

    def fill(self, frame: str) -> str:
        """The frame with every slot replaced by its marked value (a new draw per frame)."""
        self.people = {}
        return _SLOT.sub(self._slot, frame)

    def _person(self, index: str, gender: str) -> Person:
        if index not in self.people:
            self.people[index] = self.values.person({"f": "female", "m": "male"}.get(gender))
        return self.people[index]

    def _slot(self, match: re.Match[str]) -> str:
        kind, index, gender, variant, form = match.group(1, 2, 3, 4, 5)
        variant = variant or ""
        if kind == "town":
            return escape(transform_all(self.values.postcode_town()[1], variant))
        entity_type, value = self._draw(kind, (index, gender), variant)
        return mark(entity_type, transform_all(value, variant), form)

    def _draw(self, kind: str, who: tuple[str, str], variant: str) -> tuple[str, str]:
        if kind in _NAME_KINDS:
            person = self._person(*who)
            parts = {"name": person.full, "first": person.first, "last": person.last}
            return "NAME", parts.get(kind, f"{person.last} {person.first}")
        if kind in _SINGLE:
            return _SINGLE[kind], getattr(self.values, {"pass": "passport"}.get(kind, kind))()
        if kind == "id":
            return self.values.national_id()
        if kind == "dob":
            born = self.values.birth_date()
            return "BIRTH_DATE", born.isoformat() if "iso" in variants(variant) else born.strftime(
                self.values.locale.date_format
            )
        if kind == "street":
            return "ADDRESS", self.values.street()
        if kind in ("addr", "addrml"):
            return "ADDRESS", self._address("\n" if kind == "addrml" else ", ")
        raise ValueError(f"unknown slot {kind!r}")

    def _address(self, joint: str) -> str:
        postcode, town = self.values.postcode_town()
        street = self.values.street()
        language = self.values.locale.language
        if language == "en":
            return joint.join((street, town, postcode))
        if language == "mt":
            return joint.join((street, f"{town} {postcode}"))
        if language == "hu":
            return joint.join((f"{postcode} {town}", street))
        return joint.join((street, f"{postcode} {town}"))


def build_language(
    language: str, frames: list[tuple[str, str]], base_seed: int | None = None, corpus: Corpus = FIRST
) -> list[str]:
    """The corpus lines of one language of `corpus` from its frames (`(form, frame)`), seeded by the language and
    the corpus's seed (or `base_seed`: another one fills the same frames with other values, a held-out fill)."""
    seed = (corpus.seed if base_seed is None else base_seed) + zlib.crc32(language.encode())
    values = drawer(language, seed, corpus.locales)
    filler = FrameFiller(values)
    country = values.locale.country
    random.seed(seed)  # a few of Faker's id providers (es_ES, el_GR, sv_SE) draw from the module's generator
    with reference_day():
        return [
            line_of(country, language, form, filler.fill(frame))
            for round_ in range(corpus.rounds)
            for form, frame in frames
            if round_ == 0 or _SLOT.search(frame)
        ]


def read_frames(path: Path) -> list[tuple[str, str]]:
    """A frames file's `(form, frame)` lines (blank lines and `#` comments skipped)."""
    frames = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, frame = line.split("\t", 1)
            if form not in FORMS:
                raise ValueError(f"{path.name}: unknown form {form!r}")
            frames.append((form, frame))
    return frames


def fresh_fill(base_seed: int, corpus: Corpus = FIRST) -> list[str]:
    """Every language's corpus lines filled with the values of another seed (nothing written)."""
    return [
        line
        for path in sorted(corpus.frames_dir.glob("*.txt"))
        for line in build_language(path.stem, read_frames(path), base_seed, corpus)
    ]


def corpus_option(prog: str, description: str, argv: list[str] | None) -> Corpus:
    """The corpus named by `--corpus` on the command line (the first corpus by default)."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--corpus", choices=sorted(CORPORA), default=FIRST.name, help="which corpus to build")
    return CORPORA[parser.parse_args(argv).corpus]


def main(argv: list[str] | None = None) -> int:
    """Write every language's corpus file of the chosen corpus from its frames."""
    corpus = corpus_option("python -m bench.messy_corpus_build", "Build a messy corpus from its frames.", argv)
    write_languages(
        corpus.frames_dir, corpus.messy_dir, lambda path: build_language(path.stem, read_frames(path), None, corpus)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
