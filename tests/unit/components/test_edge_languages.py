"""components.edge_languages: admitted viewer countries whose languages detection misses, and what protects them."""

from __future__ import annotations

import pytest

from components.edge_languages import country_languages, language_gaps, undeclared_countries
from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES, PII_LANGUAGES
from runtime.privacy.market_languages import EUROPEAN_REGIONS, LANGUAGE_COUNTRIES


@pytest.mark.parametrize("country", EUROPEAN_REGIONS)
def test_a_country_whose_every_language_is_detected_has_no_gap(country: str) -> None:
    languages = country_languages(country)
    assert languages and all(country in LANGUAGE_COUNTRIES[language] for language in languages)
    assert language_gaps([country], list(languages)) == []


def test_spain_admitted_without_spanish_is_named_with_what_still_protects_it() -> None:
    [gap] = language_gaps(["PT", "ES"], ["pt", "en"])
    assert (gap.country, gap.languages) == ("ES", ("es",))
    assert "built-in detectors" in gap.protection
    assert "DetectPiiEntities in es" in gap.protection  # es is one of the PII API's languages
    assert "once the function identifies a message's language" in gap.protection  # not when it is unsure
    assert "ES's national phone numbers" in gap.protection  # no detection language is spoken in Spain
    assert (
        gap.warning().startswith("Viewers are admitted from ES") and "Add es to comprehend.languages" in gap.warning()
    )


def test_a_stack_that_calls_comprehend_in_no_language_makes_no_call_in_the_missing_one() -> None:
    [gap] = language_gaps(["ES"], ["pl"])
    assert "no Comprehend call in es" in gap.protection
    [gap] = language_gaps(["ES"], ["pt"])
    assert "no Comprehend call" not in gap.protection and "DetectPiiEntities in es" in gap.protection


def test_a_language_comprehend_cannot_read_is_named_while_its_country_speaks_no_detection_language() -> None:
    polish = next(iter(LANGUAGE_COUNTRIES["pl"]))
    assert "pl" not in ENTITY_LANGUAGES
    [gap] = language_gaps([polish], ["de", "en"])
    assert gap.languages == ("pl",) and "Comprehend reads no pl in any case" in gap.protection


def test_a_missing_language_changes_nothing_once_its_country_is_the_markets_and_comprehend_cannot_read_it() -> None:
    # Belgium with French detected: Dutch (unread by Comprehend) gets the same detection either way; German does not.
    [gap] = language_gaps(["BE"], ["fr"])
    assert gap.languages == tuple(lang for lang in country_languages("BE") if lang in ENTITY_LANGUAGES and lang != "fr")
    assert "national phone numbers" not in gap.protection
    assert language_gaps(["NO"], ["nb"]) == []  # nn and no: Comprehend reads neither, Norway is already checked


def test_every_pii_language_missing_is_named_with_the_pii_call_it_gets_once_identified() -> None:
    for language in sorted(PII_LANGUAGES & set(LANGUAGE_COUNTRIES)):
        country = LANGUAGE_COUNTRIES[language][0]
        gaps = language_gaps([country], ["pt"] if language != "pt" else ["de"])
        assert any(f"DetectPiiEntities in {language}" in gap.protection for gap in gaps)


def test_countries_whose_languages_are_not_declared_are_not_judged() -> None:
    assert undeclared_countries(["US", "PT", "PR", "US"]) == ("US", "PR")
    assert language_gaps(["US", "PR"], ["pt"]) == []


def test_each_country_is_named_once_in_given_order() -> None:
    gaps = language_gaps(["PL", "ES", "PL"], ["pt"])
    assert [gap.country for gap in gaps] == ["PL", "ES"]
