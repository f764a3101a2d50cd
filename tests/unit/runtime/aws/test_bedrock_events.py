"""runtime.aws.bedrock_events: the ConverseStream request and its events as model events."""

from __future__ import annotations

from typing import Any

import pytest

from runtime.aws.bedrock_events import Delta, Finished, Usage, converse_request, model_event
from runtime.settings import Settings

ENV = {
    "CHAT_TABLE_NAME": "t",
    "CHAT_PROMPT_BUCKET": "b",
    "CHAT_PROMPT_KEY": "system-prompt.md",
    "CHAT_HOME_REGION": "eu-central-1",
    "CHAT_BEDROCK_REGION": "eu-central-1",
    "CHAT_BEDROCK_MODEL_ID": "eu.model-v1",
    "CHAT_COMPREHEND_REGION": "eu-west-1",
    "CHAT_ALLOWED_REGIONS": "eu-central-1, eu-west-1",
    "CHAT_MAX_OUTPUT_TOKENS": "321",
}


def test_request_without_guardrail() -> None:
    messages = [{"role": "user", "content": [{"text": "hi [NAME_1]"}]}]
    request = converse_request(Settings.from_env(ENV), "be brief", messages)
    assert request == {
        "modelId": "eu.model-v1",
        "messages": messages,
        "system": [{"text": "be brief"}],
        "inferenceConfig": {"maxTokens": 321},
    }


def test_request_with_guardrail() -> None:
    settings = Settings.from_env({**ENV, "CHAT_BEDROCK_GUARDRAIL_ID": "gr-1", "CHAT_BEDROCK_GUARDRAIL_VERSION": "3"})
    request = converse_request(settings, "p", [])
    assert request["guardrailConfig"] == {"guardrailIdentifier": "gr-1", "guardrailVersion": "3"}


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ({"contentBlockDelta": {"delta": {"text": "Olá"}, "contentBlockIndex": 0}}, Delta("Olá")),
        ({"messageStop": {"stopReason": "max_tokens"}}, Finished("max_tokens")),
        ({"messageStop": {}}, Finished("end_turn")),
        ({"metadata": {"usage": {"inputTokens": 12, "outputTokens": 7, "totalTokens": 19}}}, Usage(12, 7)),
        ({"metadata": {}}, Usage(0, 0)),
    ],
)
def test_events_the_chat_uses(event: dict[str, Any], expected: object) -> None:
    assert model_event(event) == expected


@pytest.mark.parametrize(
    "event",
    [
        {"messageStart": {"role": "assistant"}},
        {"contentBlockStart": {"start": {}, "contentBlockIndex": 0}},
        {"contentBlockStop": {"contentBlockIndex": 0}},
        {"contentBlockDelta": {"delta": {"text": ""}}},
        {"contentBlockDelta": {"delta": {"toolUse": {"input": "{}"}}}},
        {},
    ],
)
def test_other_events_are_ignored(event: dict[str, Any]) -> None:
    assert model_event(event) is None
