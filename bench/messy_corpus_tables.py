"""The messy corpus's measured figures and their Markdown tables (pure).

`MessyFigures` holds what `bench.messy_corpus.measure` counted; `render` writes recall per type (with the values
found only as one span with the adjacent values of their type, those missed but hidden by longer spans, and those
missed but partly covered), per form, per type and form, and per
language (names in the languages Comprehend cannot read, ordinary messages altered).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bench.privacy_corpus import Tally, total

__all__ = ["MessyFigures", "render", "total"]


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
    hidden: dict[str, int] = field(default_factory=dict)  # per type family: missed, yet covered by longer spans
    joined: dict[str, int] = field(default_factory=dict)  # per type family: found as one span with adjacent values
    altered: dict[str, Tally] = field(default_factory=dict)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # (language, type, form, value)
    alterations: list[tuple[str, str, str]] = field(default_factory=list)  # (language, type, text spanned)

    @property
    def overall(self) -> Tally:
        """Every value of the corpus."""
        return total(self.by_type.values())


def _share(tally: Tally) -> str:
    return f"{tally.share:.1%}" if tally.total else "–"


def _recall_table(title: str, tallies: Mapping[str, Tally], figures: MessyFigures | None = None) -> list[str]:
    everything = total(tallies.values())
    if figures is None:
        head, rule, extra = f"| {title} | values | found | recall |", "|---|---:|---:|---:|", dict.fromkeys(tallies, "")
        last = ""
    else:
        joined, hidden, partly = figures.joined, figures.hidden, figures.partly
        head = (
            f"| {title} | values | found | recall | of them found as one span with adjacent values "
            "| missed, hidden by a longer span | missed, partly covered |"
        )
        rule = "|---|---:|---:|---:|---:|---:|---:|"
        extra = {key: f" {joined.get(key, 0)} | {hidden.get(key, 0)} | {partly.get(key, 0)} |" for key in tallies}
        last = f" {sum(joined.values())} | {sum(hidden.values())} | {sum(partly.values())} |"
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
        measured = language in figures.by_language
        name_cell = f"{names.hits}/{names.total}" if names else "(Comprehend reads)" if measured else "–"
        found_cell = f"{found_.hits}/{found_.total}" if measured else "–"
        lines.append(f"| {language} | {found_cell} | {name_cell} | {altered.hits}/{altered.total} |")
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
        *_recall_table("type", figures.by_type, figures),
        *_recall_table("form", figures.by_form),
        *_matrix(figures),
        *_languages(figures),
    ]
    return "\n".join(lines)
