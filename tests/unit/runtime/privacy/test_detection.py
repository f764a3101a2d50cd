"""runtime.privacy.detection: the planned Comprehend calls (through the port) with the built-in detectors."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from runtime.privacy.comprehend_plan import DETECT_ENTITIES, DETECT_PII_ENTITIES, PlannedCall
from runtime.privacy.detection import DetectionUnavailable, Detector
from runtime.privacy.language_id import LanguageGuess, LanguageIdentifier
from runtime.settings import Settings
from tests.unit.runtime.settings_env import minimal_env

ENV = minimal_env({"CHAT_LANGUAGES": "en"})
MESSAGE = "Hi, I am Ana Silva, write to ana.silva@example.com"


class FakeComprehend:
    """Answers each call from `answers` by operation, recording the calls; `failing` raises as the adapter does."""

    def __init__(self, answers: dict[str, dict[str, Any]], failing: str | None = None) -> None:
        self.answers = answers
        self.failing = failing
        self.calls: list[PlannedCall] = []

    async def send(self, call: PlannedCall) -> dict[str, Any]:
        self.calls.append(call)
        await asyncio.sleep(0)
        if call.operation == self.failing:
            raise DetectionUnavailable(call.operation, "ThrottlingException")
        return self.answers.get(call.operation, {})


def name_answer(text: str, name: str) -> dict[str, Any]:
    start = text.index(name)
    return {"Entities": [{"Type": "NAME", "Score": 0.99, "BeginOffset": start, "EndOffset": start + len(name)}]}


async def test_comprehend_spans_and_built_in_spans_are_both_kept() -> None:
    comprehend = FakeComprehend({DETECT_PII_ENTITIES: name_answer(MESSAGE, "Ana Silva")})
    detection = await Detector(Settings.from_env(ENV), comprehend).detect(MESSAGE)
    found = {MESSAGE[span.start : span.end] for span in detection.spans}
    assert "Ana Silva" in found  # from Comprehend
    assert "ana.silva@example.com" in found  # from the built-in detectors
    assert detection.comprehend_calls == len(comprehend.calls) >= 1
    assert detection.language == "en"


async def test_a_failed_call_fails_the_whole_detection() -> None:
    comprehend = FakeComprehend({}, failing=DETECT_PII_ENTITIES)
    with pytest.raises(DetectionUnavailable):
        await Detector(Settings.from_env(ENV), comprehend).detect(MESSAGE)


async def test_the_language_identified_on_the_function_chooses_the_one_call_it_needs() -> None:
    comprehend = FakeComprehend({})
    settings = Settings.from_env({**ENV, "CHAT_LANGUAGES": "en, pt"})
    detection = await Detector(settings, comprehend, LanguageIdentifier().identify).detect(
        "Olá, sou a Ana Fernandes e moro em Lisboa há dez anos."
    )
    assert detection.language == "pt"
    assert [(call.operation, call.language) for call in comprehend.calls] == [(DETECT_ENTITIES, "pt")]
    assert detection.comprehend_calls == 1


async def test_an_unsure_or_failed_identification_makes_every_configured_call() -> None:
    def failing(text: str) -> LanguageGuess:
        raise RuntimeError("the language model did not load")

    settings = Settings.from_env({**ENV, "CHAT_LANGUAGES": "en, pt"})
    for identify in (failing, lambda text: LanguageGuess((("pt", 0.5), ("gl", 0.5)), 40)):
        comprehend = FakeComprehend({})
        detection = await Detector(settings, comprehend, identify).detect("Olá Ana")
        assert [(call.operation, call.language) for call in comprehend.calls] == [
            (DETECT_PII_ENTITIES, "en"),  # the slowest kind leaves first
            (DETECT_ENTITIES, "pt"),
        ]
        assert detection.comprehend_calls == 2


async def test_without_comprehend_only_the_built_in_detectors_run() -> None:
    comprehend = FakeComprehend({})
    settings = Settings.from_env({**ENV, "CHAT_COMPREHEND_ENABLED": "false"})
    detection = await Detector(settings, comprehend).detect(MESSAGE)
    assert comprehend.calls == [] and detection.comprehend_calls == 0
    assert "ana.silva@example.com" in {MESSAGE[span.start : span.end] for span in detection.spans}


async def test_comprehend_reads_the_text_without_invisible_characters_and_its_spans_map_back() -> None:
    message = "Hi, I am Ana\u200b Sil\u00adva, write to me"
    view = "Hi, I am Ana Silva, write to me"
    comprehend = FakeComprehend({DETECT_PII_ENTITIES: name_answer(view, "Ana Silva")})
    detection = await Detector(Settings.from_env(ENV), comprehend).detect(message)
    assert all(call.text in view for call in comprehend.calls if call.operation == DETECT_PII_ENTITIES)
    assert "Ana\u200b Sil\u00adva" in {message[span.start : span.end] for span in detection.spans}


def english(text: str) -> LanguageGuess:
    return LanguageGuess((("en", 0.99),), len(text))


async def test_a_message_of_frequent_words_alone_makes_no_comprehend_call() -> None:
    comprehend = FakeComprehend({})
    detection = await Detector(Settings.from_env(ENV), comprehend, english).detect("Thanks, that helped a lot!")
    assert comprehend.calls == [] and detection.comprehend_calls == 0
    await Detector(Settings.from_env(ENV), comprehend, english).detect("Thanks, Ana, that helped a lot!")
    assert [call.operation for call in comprehend.calls] == [DETECT_PII_ENTITIES]  # a name: the call is made


async def test_a_stack_pseudonymizing_dates_never_skips_comprehend() -> None:
    comprehend = FakeComprehend({})
    settings = Settings.from_env({**ENV, "CHAT_PII_ENTITY_TYPES": "NAME,DATE_TIME"})
    detection = await Detector(settings, comprehend, english).detect("Thanks, that helped a lot!")
    assert [call.operation for call in comprehend.calls] == [DETECT_PII_ENTITIES]
    assert detection.comprehend_calls == 1
