"""runtime.privacy.market_languages: the EU/EEA, British and Swiss languages; which only the built-in detectors read."""

from __future__ import annotations

from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES, PII_LANGUAGES
from runtime.privacy.market_languages import (
    CONFIGURABLE_LANGUAGES,
    EUROPEAN_REGIONS,
    LANGUAGE_COUNTRIES,
    MARKET_LANGUAGES,
    builtin_only_languages,
    comprehend_reading,
)
from tests.unit.runtime.settings_env import minimal_env

STATES = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB CH"
EU_EEA_GB_CH = set(STATES.split(" "))


def test_every_state_has_a_language_and_every_official_eu_language_is_there() -> None:
    assert set(EUROPEAN_REGIONS) == EU_EEA_GB_CH
    official = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv"
    official_eu = set(official.split(" "))
    assert official_eu <= MARKET_LANGUAGES
    assert {"is", "no", "nb"} <= MARKET_LANGUAGES
    assert all(countries and set(countries) <= EU_EEA_GB_CH for countries in LANGUAGE_COUNTRIES.values())


def test_configurable_languages_are_the_market_ones_and_comprehends_own() -> None:
    assert MARKET_LANGUAGES | ENTITY_LANGUAGES == CONFIGURABLE_LANGUAGES
    assert {"nl", "pl", "sv", "ja"} <= CONFIGURABLE_LANGUAGES and "xx" not in CONFIGURABLE_LANGUAGES


def test_builtin_only_are_the_configured_languages_comprehend_cannot_read() -> None:
    assert builtin_only_languages(["pt", "nl", "en", "pl", "nl", "sv"]) == ("nl", "pl", "sv")
    assert builtin_only_languages(["pt", "en"]) == ()
    assert builtin_only_languages(sorted(MARKET_LANGUAGES)) == tuple(sorted(MARKET_LANGUAGES - ENTITY_LANGUAGES))


def test_what_comprehend_reads_in_each_language() -> None:
    assert [comprehend_reading(lang) for lang in ("en", "es", "pt", "de", "nl", "el")] == [
        "pii+entities",
        "pii+entities",
        "entities",
        "entities",
        "none",
        "none",
    ]
    assert {lang for lang in MARKET_LANGUAGES if comprehend_reading(lang) == "pii+entities"} == set(PII_LANGUAGES)


def test_the_function_takes_them_and_calls_comprehend_only_in_the_languages_it_reads() -> None:
    from runtime.privacy.comprehend_plan import DETECT_PII_ENTITIES, unsure_calls
    from runtime.settings import Settings

    settings = Settings.from_env(
        minimal_env(
            {
                "CHAT_COMPREHEND_REGION": "eu-central-1",
                "CHAT_ALLOWED_REGIONS": "eu-central-1",
                "CHAT_LANGUAGES": "nl,pl,en",
            }
        )
    )
    assert settings.languages == ("nl", "pl", "en")
    assert unsure_calls(settings.languages) == ((DETECT_PII_ENTITIES, "en"),)  # English's API only
    assert unsure_calls(["nl"]) == ()
