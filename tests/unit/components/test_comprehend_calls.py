"""components.comprehend_calls: the review's statement of the Comprehend calls per message language, from the
function's own plan."""

from __future__ import annotations

from components.comprehend_calls import comprehend_calls
from runtime.privacy.comprehend_plan import DETECT_ENTITIES, DETECT_PII_ENTITIES, language_calls


def test_each_configured_language_is_stated_with_the_calls_its_messages_make() -> None:
    calls = comprehend_calls(["pt", "es", "en", "pl"])
    assert calls[:3] == [
        f"{DETECT_ENTITIES} for a message in pt",
        f"{DETECT_PII_ENTITIES} for a message in es, en",
        "no call for a message in pl",
    ]
    assert f"unsure (short or mixed text): {DETECT_PII_ENTITIES} in es, en, {DETECT_ENTITIES} in pt;" in calls[3]
    assert not any("DetectDominantLanguage" in line for line in calls)
    assert calls[4].startswith("no call for a message whose language is sure and which provably holds nothing")
    assert "DATE_TIME, AGE or ALL" in calls[4]


def test_a_stack_of_languages_comprehend_cannot_read_states_no_call() -> None:
    assert language_calls("pl") == language_calls("nl") == ()
    assert comprehend_calls(["pl", "nl"]) == []
