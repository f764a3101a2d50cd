"""The built-in detectors measured on the messy corpus: recall per type, per form and per language.

`python -m bench.messy_corpus` prints Markdown tables, and every missed value and altered benign message on stderr.

- Messy corpus (`tests/fixtures/messy_corpus/<language>.txt`, format in `bench.messy_corpus_format`, built by
  `bench.messy_corpus_build`): messages as people write them to a bank's assistant in every EU/EEA language,
  each value tagged with the form it is written in (capitals, lower case, signature, inflected, pasted,
  invisible characters, disguised e-mail, streets, labelled passport and birth date, plain).
- Benign places (`tests/fixtures/benign_places/<language>.txt`): ordinary messages naming streets without a house
  number, towns and places named after people or saints, amounts, dates, rates and products; a message counts
  as altered when any span is left after merging.

A value counts as found as in `bench.privacy_corpus`: one merged span of its type family covers it and is at most
`SLACK` characters longer. Detection is the built-in detectors only (`detect_builtin` with the phone forms of
the message's language's countries), which is all that protects text in a language Comprehend cannot read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from bench.messy_corpus_format import MessyMessage, parse_line
from bench.privacy_corpus import SLACK, Detect, Tally, builtin, family, found, read_benign
from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES
from runtime.privacy.detectors.phone import market_regions
from runtime.privacy.types import PiiSpan

FIXTURES: Final = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
MESSY_DIR: Final = FIXTURES / "messy_corpus"
BENIGN_PLACES_DIR: Final = FIXTURES / "benign_places"
NAME: Final = "NAME"

__all__ = ["SLACK", "MessyFigures", "main", "measure", "read_messy", "render"]


@dataclass
class MessyFigures:
    """Recall per type family, form, language and type-by-form; names in languages Comprehend cannot read;
    benign messages altered per language; what was missed or altered."""

    by_type: dict[str, Tally] = field(default_factory=dict)
    by_form: dict[str, Tally] = field(default_factory=dict)
    by_language: dict[str, Tally] = field(default_factory=dict)
    by_type_form: dict[tuple[str, str], Tally] = field(default_factory=dict)
    builtin_only_names: dict[str, Tally] = field(default_factory=dict)
    partly: dict[str, int] = field(default_factory=dict)  # per type family: missed, but a span of it overlaps
    altered: dict[str, Tally] = field(default_factory=dict)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # (language, type, form, value)
    alterations: list[tuple[str, str, str]] = field(default_factory=list)  # (language, type, text spanned)

    @property
    def overall(self) -> Tally:
        """Every value of the corpus."""
        return total(self.by_type.values())


def total(tallies: Iterable[Tally]) -> Tally:
    """The sum of tallies."""
    summed = Tally()
    for tally in tallies:
        summed.hits += tally.hits
        summed.total += tally.total
    return summed


def read_messy(directory: Path = MESSY_DIR) -> list[MessyMessage]:
    """Every message of the corpus files (`<language>.txt`; the frames under `frames/` are not read)."""
    return [
        parse_line(line)
        for path in sorted(directory.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def overlapped(spans: list[PiiSpan], entity_type: str, start: int, end: int) -> bool:
    """Whether a span of the value's type family covers part of it (a value missed may still be partly hidden)."""
    return any(family(s.entity_type) == family(entity_type) and s.start < end and s.end > start for s in spans)


def _count(figures: MessyFigures, message: MessyMessage, spans: list[PiiSpan], value_index: int) -> None:
    value = message.values[value_index]
    kind = family(value.entity_type)
    hit = found(spans, value.entity_type, value.start, value.end)
    for table, key in (
        (figures.by_type, kind),
        (figures.by_form, value.form),
        (figures.by_language, message.language),
    ):
        table.setdefault(key, Tally()).add(hit)
    figures.by_type_form.setdefault((kind, value.form), Tally()).add(hit)
    if kind == NAME and message.language not in ENTITY_LANGUAGES:
        figures.builtin_only_names.setdefault(message.language, Tally()).add(hit)
    if not hit and overlapped(spans, value.entity_type, value.start, value.end):
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


def _share(tally: Tally) -> str:
    return f"{tally.share:.1%}" if tally.total else "–"


def _recall_table(title: str, tallies: Mapping[str, Tally], partly: Mapping[str, int] | None = None) -> list[str]:
    everything = total(tallies.values())
    if partly is None:
        head, rule, extra = f"| {title} | values | found | recall |", "|---|---:|---:|---:|", dict.fromkeys(tallies, "")
        last = ""
    else:
        head = f"| {title} | values | found | recall | missed, partly covered |"
        rule = "|---|---:|---:|---:|---:|"
        extra = {key: f" {partly.get(key, 0)} |" for key in tallies}
        last = f" {sum(partly.values())} |"
    return [
        head,
        rule,
        *[f"| {key} | {t.total} | {t.hits} | {_share(t)} |{extra[key]}" for key, t in sorted(tallies.items())],
        f"| **all** | {everything.total} | {everything.hits} | **{_share(everything)}** |{last}",
        "",
    ]


def _matrix(figures: MessyFigures) -> list[str]:
    forms = sorted(figures.by_form)
    lines = ["| type \\ form | " + " | ".join(forms) + " |", "|---|" + "---:|" * len(forms)]
    for kind in sorted(figures.by_type):
        cells = [figures.by_type_form.get((kind, form)) for form in forms]
        lines.append(f"| {kind} | " + " | ".join(f"{c.hits}/{c.total}" if c else "" for c in cells) + " |")
    return [*lines, ""]


def _languages(figures: MessyFigures) -> list[str]:
    lines = [
        "| language | values found | names found (built-in only) | benign messages altered |",
        "|---|---:|---:|---:|",
    ]
    empty = Tally()
    for language in sorted(set(figures.by_language) | set(figures.altered)):
        found_ = figures.by_language.get(language, empty)
        names = figures.builtin_only_names.get(language)
        altered = figures.altered.get(language, empty)
        name_cell = f"{names.hits}/{names.total}" if names else "(Comprehend reads)"
        lines.append(f"| {language} | {found_.hits}/{found_.total} | {name_cell} | {altered.hits}/{altered.total} |")
    names_all, altered_all = total(figures.builtin_only_names.values()), total(figures.altered.values())
    everything = figures.overall
    lines.append(
        f"| **all** | {everything.hits}/{everything.total} ({_share(everything)}) | "
        f"**{names_all.hits}/{names_all.total} ({_share(names_all)})** | "
        f"**{altered_all.hits}/{altered_all.total} ({_share(altered_all)})** |"
    )
    return [*lines, ""]


def render(figures: MessyFigures) -> str:
    """The measured tables as Markdown (deterministic: counts and shares only)."""
    lines = [
        *_recall_table("type", figures.by_type, figures.partly),
        *_recall_table("form", figures.by_form),
        *_matrix(figures),
        *_languages(figures),
    ]
    return "\n".join(lines)


def main() -> int:
    """Print the measured tables; every missed value and altered benign message on stderr."""
    figures = measure(read_messy(), read_benign(BENIGN_PLACES_DIR))
    print(render(figures), end="")
    for language, entity_type, form, value in figures.misses:
        print(f"missed ({language}, {form}) {entity_type}: {value!r}", file=sys.stderr)
    for language, entity_type, text in figures.alterations:
        print(f"altered ({language}) {entity_type}: {text!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
