"""What personal data is detected in each EU/EEA state, GB and CH, per language, and by what (pure, rendered).

Built from the detectors' own tables: the national identifiers of `national_id_catalog`, the languages and
countries of `market_languages`, the languages Comprehend reads (`comprehend_languages`) and the given-name
list of the name detector. `python -m components.privacy_coverage` prints the per-country table of
docs/privacy-detection.md; `--summary` prints the README's summary. Tests check both pages hold exactly them.
"""

from __future__ import annotations

import argparse
import gzip
from collections import Counter
from dataclasses import dataclass
from typing import Final

from runtime.privacy.detectors.name_words import DATA_FILE
from runtime.privacy.detectors.national_id_catalog import CATALOG
from runtime.privacy.market_languages import EUROPEAN_REGIONS, LANGUAGE_COUNTRIES, comprehend_reading

__all__ = [
    "CoverageRow",
    "comprehend_reading",
    "coverage_rows",
    "detail_table",
    "given_name_counts",
    "summary_table",
]

COUNTRY_NAMES: Final[dict[str, str]] = {
    "AT": "Austria", "BE": "Belgium", "BG": "Bulgaria", "CH": "Switzerland", "CY": "Cyprus", "CZ": "Czechia",
    "DE": "Germany", "DK": "Denmark", "EE": "Estonia", "ES": "Spain", "FI": "Finland", "FR": "France",
    "GB": "United Kingdom", "GR": "Greece", "HR": "Croatia", "HU": "Hungary", "IE": "Ireland", "IS": "Iceland",
    "IT": "Italy", "LI": "Liechtenstein", "LT": "Lithuania", "LU": "Luxembourg", "LV": "Latvia", "MT": "Malta",
    "NL": "Netherlands", "NO": "Norway", "PL": "Poland", "PT": "Portugal", "RO": "Romania", "SE": "Sweden",
    "SI": "Slovenia", "SK": "Slovakia",
}  # fmt: skip
BOTH: Final = "both"
BUILTIN: Final = "built-in"
#: The types Comprehend's PII API finds besides names and addresses (in the languages it reads).
_PII_API_KINDS: Final = "phones, e-mail, IBAN, cards"


@dataclass(frozen=True)
class CoverageRow:
    """One country and the languages Comprehend reads alike there."""

    country: str
    languages: tuple[str, ...]
    identifiers: str
    names: str
    addresses: str
    other: str  # phones, e-mail, IBAN, cards


def given_name_counts() -> Counter[str]:
    """How many given names of the name detector's list are common in each country."""
    text = gzip.decompress(DATA_FILE.read_bytes()).decode("utf-8")
    counts: Counter[str] = Counter()
    for line in text.splitlines():
        if line and line[0] != "#":
            counts.update(line.split("\t", 1)[1].split(","))
    return counts


def _identifiers(country: str) -> str:
    """The country's identifiers, those found only after their label marked so."""
    entries = [e for e in CATALOG if e.country == country]
    titles = dict.fromkeys(e.title + ("" if e.bare and e.valid is not None else " (after its label)") for e in entries)
    text = ", ".join(titles)
    if country == "GB":
        text += "; Comprehend too in English (its UK_* types, when listed in `comprehend.piiEntityTypes`)"
    return text


def _by(reading: str, needs: str) -> str:
    """`both` when Comprehend's reading of a language covers `needs` (`entities` or `pii`), else built-in."""
    covered = reading == "pii+entities" or (needs == "entities" and reading == "entities")
    return BOTH if covered else BUILTIN


def coverage_rows() -> list[CoverageRow]:
    """One row per country and group of its languages that Comprehend reads alike, countries by name."""
    names = given_name_counts()
    rows = []
    for country in sorted(EUROPEAN_REGIONS, key=lambda c: COUNTRY_NAMES[c]):
        languages = [lang for lang, countries in LANGUAGE_COUNTRIES.items() if country in countries]
        groups: dict[str, list[str]] = {}
        for language in languages:
            groups.setdefault(comprehend_reading(language), []).append(language)
        for reading in ("pii+entities", "entities", "none"):
            if reading not in groups:
                continue
            given = f"{names[country]} common here" if names[country] else "none listed as common here"
            rows.append(
                CoverageRow(
                    country,
                    tuple(groups[reading]),
                    _identifiers(country),
                    f"{_by(reading, 'entities')} (given names: {given})",
                    _by(reading, "pii"),
                    _by(reading, "pii"),
                )
            )
    return rows


def detail_table() -> str:
    """The per-country table of docs/privacy-detection.md."""
    lines = [
        "| country | languages | national, tax and social-security numbers (built-in) | names | street addresses "
        f"| {_PII_API_KINDS} |",
        "|---|---|---|---|---|---|",
    ]
    for row in coverage_rows():
        lines.append(
            f"| {COUNTRY_NAMES[row.country]} ({row.country}) | {', '.join(row.languages)} | {row.identifiers} "
            f"| {row.names} | {row.addresses} | {row.other} |"
        )
    return "\n".join(lines) + "\n"


def summary_table() -> str:
    """The README's summary: by what each kind is detected, per group of market languages."""
    groups: dict[str, list[str]] = {}
    for language in sorted(LANGUAGE_COUNTRIES):
        groups.setdefault(comprehend_reading(language), []).append(language)
    states = len(EUROPEAN_REGIONS)
    kinds = len({e.entity_type for e in CATALOG})
    lines = [
        f"| languages | names | street addresses | {_PII_API_KINDS} | national ids ({kinds} kinds, {states} states) |",
        "|---|---|---|---|---|",
    ]
    for reading in ("pii+entities", "entities", "none"):
        languages = ", ".join(groups.get(reading, []))
        lines.append(
            f"| {languages} | {_by(reading, 'entities')} | {_by(reading, 'pii')} | {_by(reading, 'pii')} | {BUILTIN} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the per-country table (or, with --summary, the README's)."""
    parser = argparse.ArgumentParser(prog="python -m components.privacy_coverage", description=__doc__)
    parser.add_argument("--summary", action="store_true", help="the README's summary table")
    args = parser.parse_args(argv)
    print(summary_table() if args.summary else detail_table(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
