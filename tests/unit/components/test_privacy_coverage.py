"""What is detected per country and language, rendered from the detectors' tables into the docs and README."""

from __future__ import annotations

from pathlib import Path

from components.privacy_coverage import COUNTRY_NAMES, coverage_rows, detail_table, given_name_counts, summary_table
from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES, PII_LANGUAGES
from runtime.privacy.detectors.national_id_catalog import CATALOG
from runtime.privacy.market_languages import EUROPEAN_REGIONS, LANGUAGE_COUNTRIES

REPO = Path(__file__).resolve().parents[3]


def test_docs_hold_the_rendered_tables() -> None:
    detail = (REPO / "docs" / "privacy-detection.md").read_text(encoding="utf-8")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert detail_table() in detail, "paste `python -m components.privacy_coverage` into docs/privacy-detection.md"
    assert summary_table() in readme, "paste `python -m components.privacy_coverage --summary` into README.md"


def test_every_state_and_each_of_its_languages_has_a_row() -> None:
    rows = coverage_rows()
    assert {row.country for row in rows} == set(EUROPEAN_REGIONS) == set(COUNTRY_NAMES)
    for country in EUROPEAN_REGIONS:
        spoken = {lang for lang, countries in LANGUAGE_COUNTRIES.items() if country in countries}
        assert {lang for row in rows if row.country == country for lang in row.languages} == spoken


def test_what_comprehend_reads_decides_both_or_built_in() -> None:
    for row in coverage_rows():
        reads_names = all(lang in ENTITY_LANGUAGES for lang in row.languages)
        reads_pii = all(lang in PII_LANGUAGES for lang in row.languages)
        assert row.names.startswith("both" if reads_names else "built-in"), row
        assert row.addresses == row.other == ("both" if reads_pii else "built-in"), row


def test_each_row_names_its_states_identifiers_from_the_catalog() -> None:
    for row in coverage_rows():
        for entry in (e for e in CATALOG if e.country == row.country):
            assert entry.title in row.identifiers
            assert ("after its label" in row.identifiers) or (entry.bare and entry.valid is not None)
    poland = next(row for row in coverage_rows() if row.country == "PL")
    assert poland.identifiers == "PESEL, NIP" and poland.languages == ("pl",) and poland.names.startswith("built-in")


def test_given_name_counts_come_from_the_name_list() -> None:
    counts = given_name_counts()
    assert set(counts) <= set(EUROPEAN_REGIONS) and counts["PT"] > 100
    assert f"{counts['PT']} common here" in next(row.names for row in coverage_rows() if row.country == "PT")


def test_summary_says_which_languages_get_the_built_in_detectors_only() -> None:
    last = summary_table().splitlines()[-1]
    assert last.startswith("| bg, cs, da, el") and "nl" in last and "pt" not in last
    assert last.count("built-in") == 4 and "both" not in last
