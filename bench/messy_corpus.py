"""The built-in detectors measured on the messy corpus: recall per type, per form and per language.

`python -m bench.messy_corpus` prints Markdown tables, and every missed value and altered benign message on stderr;
`--corpus blind`, `third`, `fourth`, `fifth`, `sixth`, `seventh`, `eighth` or `ninth` measures a corpus written
without reading the detectors instead (`tests/fixtures/messy_corpus_<name>/` and `benign_<name>/`, the same formats):
the seventh, the eighth and the ninth are test sets, the blind, third, fourth, fifth and sixth ones became
development sets once their misses were read;
`--case lower` / `--case upper` measures every message and benign message case-folded (`bench.messy_corpus_case`).

- Messy corpus (`tests/fixtures/messy_corpus/<language>.txt`, format in `bench.messy_corpus_format`, built by
  `bench.messy_corpus_build`): messages as people write them to a bank's assistant in every EU/EEA language,
  each value tagged with the form it is written in (capitals, lower case, signature, inflected, pasted,
  invisible characters, disguised e-mail, streets, labelled passport and birth date, plain).
- Benign places (`tests/fixtures/benign_places/<language>.txt`): ordinary messages naming streets without a house
  number, towns and places named after people or saints, amounts, dates, rates and products; a message counts
  as altered when any span is left after merging.

A value counts as found as in `bench.privacy_corpus`: one merged span of its type family covers it and is at most
`SLACK` characters longer; or one such span covers the run of adjacent values of its family it stands in
(`value_run`: writers often mark a given and a family name as two values, `[NAME:Tuva] [NAME:Johansson]`, which a
detector rightly finds as one name), counted apart as "found as one span with adjacent values". Detection is the
built-in detectors only (`detect_builtin` with the phone forms of the message's language's countries), which is all
that protects text in a language Comprehend cannot read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Final

from bench.machine import describe_machine
from bench.messy_corpus_build import fresh_fill
from bench.messy_corpus_case import CASES, fold_corpora
from bench.messy_corpus_corpora import CORPORA, FIRST, Corpus
from bench.messy_corpus_format import MarkedValue, MessyMessage, parse_line
from bench.messy_corpus_report import RunFacts, replace_section, section
from bench.messy_corpus_tables import MessyFigures, render, total
from bench.privacy_corpus import SLACK, Detect, Tally, builtin, corpus_lines, family, found, read_benign
from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES
from runtime.privacy.detectors.phone import market_regions
from runtime.privacy.types import PiiSpan

ROOT: Final = Path(__file__).resolve().parent.parent
FIXTURES: Final = ROOT / "tests" / "fixtures"
DOC: Final = ROOT / "docs" / "privacy-detection.md"
#: The packages the corpus's values come from or are checked by: (name in the page, distribution).
SOURCE_PACKAGES: Final = (("faker", "faker"), ("python-stdnum", "python-stdnum"), ("phonenumbers", "phonenumberslite"))
MESSY_DIR: Final[Path] = FIRST.messy_dir
BENIGN_PLACES_DIR: Final[Path] = FIRST.benign_dir
NAME: Final = "NAME"

__all__ = ["SLACK", "MessyFigures", "main", "measure", "read_messy", "render", "total"]


def read_messy(directory: Path = MESSY_DIR) -> list[MessyMessage]:
    """Every message of the corpus files (`<language>.txt`; the frames under `frames/` are not read)."""
    return [parse_line(line) for line in corpus_lines(directory)]


def overlapped(spans: list[PiiSpan], entity_type: str, start: int, end: int) -> bool:
    """Whether a span of the value's type family covers part of it (a value missed may still be partly hidden)."""
    return any(family(s.entity_type) == family(entity_type) and s.start < end and s.end > start for s in spans)


def hidden(spans: list[PiiSpan], entity_type: str, text: str, start: int, end: int) -> bool:
    """Whether spans of the value's type family cover every visible character of it, though none fits it: the
    model does not get the value, but a span longer than it hides words around it too."""
    covered = {i for s in spans if family(s.entity_type) == family(entity_type) for i in range(s.start, s.end)}
    return all(i in covered for i in range(start, end) if not text[i].isspace())


#: The most characters between two values of one run, none of them a letter or digit (`Tuva Johansson`,
#: `Andersson, Maria`, `Marita;Andersson`).
RUN_GAP: Final = 3


def value_run(message: MessyMessage, value_index: int) -> tuple[int, int]:
    """Where the run of adjacent values of the value's type family starts and ends: values of the family one after
    the other with at most `RUN_GAP` characters between them, none a letter or a digit."""
    values = sorted(message.values, key=lambda v: v.start)
    kind = family(message.values[value_index].entity_type)
    position = values.index(message.values[value_index])

    def joined(left: MarkedValue, right: MarkedValue) -> bool:
        gap = message.text[left.end : right.start]
        same = family(left.entity_type) == family(right.entity_type) == kind
        return same and 0 <= len(gap) <= RUN_GAP and not any(character.isalnum() for character in gap)

    first = last = position
    while first > 0 and joined(values[first - 1], values[first]):
        first -= 1
    while last + 1 < len(values) and joined(values[last], values[last + 1]):
        last += 1
    return values[first].start, values[last].end


def _count(figures: MessyFigures, message: MessyMessage, spans: list[PiiSpan], value_index: int) -> None:
    value = message.values[value_index]
    kind = family(value.entity_type)
    hit = found(spans, value.entity_type, value.start, value.end)
    run = value_run(message, value_index)
    if not hit and run != (value.start, value.end) and found(spans, value.entity_type, *run):
        hit = True
        figures.joined[kind] = figures.joined.get(kind, 0) + 1
    for table, key in (
        (figures.by_type, kind),
        (figures.by_form, value.form),
        (figures.by_language, message.language),
    ):
        table.setdefault(key, Tally()).add(hit)
    figures.by_type_form.setdefault((kind, value.form), Tally()).add(hit)
    if kind == NAME and message.language not in ENTITY_LANGUAGES:
        figures.builtin_only_names.setdefault(message.language, Tally()).add(hit)
    if not hit and hidden(spans, value.entity_type, message.text, value.start, value.end):
        figures.hidden[kind] = figures.hidden.get(kind, 0) + 1
    elif not hit and overlapped(spans, value.entity_type, value.start, value.end):
        figures.partly[kind] = figures.partly.get(kind, 0) + 1
    if not hit:
        text = message.text[value.start : value.end]
        figures.misses.append((message.language, value.entity_type, value.form, text))


def measure(messages: list[MessyMessage], benign: Mapping[str, list[str]], detect: Detect = builtin) -> MessyFigures:
    """Recall and benign alteration of `detect` on the corpora."""
    figures = MessyFigures()
    for message in messages:
        spans = detect(message.text, market_regions([message.language]))
        for index in range(len(message.values)):
            _count(figures, message, spans, index)
    for language, texts in benign.items():
        for text in texts:
            spans = detect(text, market_regions([language]))
            figures.altered.setdefault(language, Tally()).add(bool(spans))
            figures.alterations.extend((language, s.entity_type, text[s.start : s.end]) for s in spans)
    return figures


def run_facts(argv: list[str]) -> RunFacts:
    """This run: its command line, this machine, the checkout's commit, now, and the source packages' versions."""
    machine = describe_machine(ROOT)
    versions = {}
    for label, distribution in (
        ("faker", "faker"),
        ("python-stdnum", "python-stdnum"),
        ("phonenumbers", "phonenumberslite"),
    ):
        try:
            versions[label] = version(distribution)
        except PackageNotFoundError:
            versions[label] = "?"
    return RunFacts(
        command=" ".join(["python -m bench.messy_corpus", *argv]),
        machine=f"{machine.cpus} × {machine.cpu_model}, Python {machine.python}, {machine.system}",
        commit=machine.commit,
        date=machine.date,
        versions=versions,
    )


def main(argv: list[str] | None = None) -> int:
    """Print the measured tables (`--markdown`: the page's whole section; `--update-doc`: write that section into
    docs/privacy-detection.md); every missed value and altered benign message on stderr."""
    parser = argparse.ArgumentParser(prog="python -m bench.messy_corpus", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus",
        choices=sorted(CORPORA),
        default=FIRST.name,
        help="the first corpus, the blind one, the third, the fourth, the fifth or the sixth (development sets), "
        "the seventh, the eighth or the ninth (the test sets)",
    )
    parser.add_argument("--markdown", action="store_true", help="print the page's section, not only the tables")
    parser.add_argument("--update-doc", action="store_true", help=f"write the section into {DOC.name}")
    parser.add_argument(
        "--fresh-seed",
        type=int,
        metavar="N",
        help="measure the same frames filled with other values (seed N, not written): a held-out fill",
    )
    parser.add_argument(
        "--case",
        choices=CASES,
        help="measure every message and benign message written in lower case or in capitals (spans kept)",
    )
    args = parser.parse_args(argv)
    corpus: Corpus = CORPORA[args.corpus]
    if args.fresh_seed is not None:
        if args.update_doc:
            parser.error("--update-doc documents the committed corpus, not a held-out fill")
        messages = [parse_line(line) for line in fresh_fill(args.fresh_seed, corpus)]
    else:
        messages = read_messy(corpus.messy_dir)
    benign = read_benign(corpus.benign_dir)
    if args.case is not None:
        if args.update_doc:
            parser.error("--update-doc documents the corpus as written, not in one case")
        folded = fold_corpora(messages, benign, args.case)
        messages, benign = folded.messages, folded.benign
        print(folded.summary(args.case), file=sys.stderr)
    figures = measure(messages, benign)
    for language, entity_type, form, value in figures.misses:
        print(f"missed ({language}, {form}) {entity_type}: {value!r}", file=sys.stderr)
    for language, entity_type, text in figures.alterations:
        print(f"altered ({language}) {entity_type}: {text!r}", file=sys.stderr)
    if not (args.markdown or args.update_doc):
        print(render(figures), end="")
        return 0
    flags = ([] if corpus is FIRST else ["--corpus", corpus.name]) + (["--update-doc"] if args.update_doc else [])
    written = section(figures, run_facts(flags), corpus.page)
    if args.update_doc:
        DOC.write_text(replace_section(DOC.read_text(encoding="utf-8"), written, corpus.page), encoding="utf-8")
    if args.markdown:
        print(written, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
