"""runtime.aws.bedrock.converse_request: the turn's model request as ConverseStream's keyword arguments."""

from __future__ import annotations

from runtime.aws.bedrock import converse_request
from runtime.chat.model_events import ModelRequest
from runtime.settings import Settings
from tests.unit.runtime.settings_env import minimal_env

ENV = minimal_env({"CHAT_BEDROCK_MODEL_ID": "eu.model-v1", "CHAT_MAX_OUTPUT_TOKENS": "321"})


def test_request_without_guardrail() -> None:
    messages = [{"role": "user", "content": [{"text": "hi [NAME_1]"}]}]
    request = converse_request(Settings.from_env(ENV), ModelRequest("be brief", messages))
    assert request == {
        "modelId": "eu.model-v1",
        "messages": messages,
        "system": [{"text": "be brief"}],
        "inferenceConfig": {"maxTokens": 321},
    }


def test_request_with_guardrail() -> None:
    settings = Settings.from_env({**ENV, "CHAT_BEDROCK_GUARDRAIL_ID": "gr-1", "CHAT_BEDROCK_GUARDRAIL_VERSION": "3"})
    request = converse_request(settings, ModelRequest("p", []))
    assert request["guardrailConfig"] == {"guardrailIdentifier": "gr-1", "guardrailVersion": "3"}


def test_request_with_tools() -> None:
    config = {"tools": [{"toolSpec": {"name": "t", "description": "d", "inputSchema": {"json": {"type": "object"}}}}]}
    request = converse_request(Settings.from_env(ENV), ModelRequest("p", [], config))
    assert request["toolConfig"] == config
    assert "toolConfig" not in converse_request(Settings.from_env(ENV), ModelRequest("p", [], None))


def test_only_an_error_answer_from_bedrock_is_a_refusal() -> None:
    from botocore.exceptions import ClientError, ReadTimeoutError

    from runtime.aws.bedrock import _answered_with_error

    throttled = ClientError({"Error": {"Code": "ThrottlingException", "Message": "slow down"}}, "ConverseStream")
    assert _answered_with_error(throttled)
    assert not _answered_with_error(ReadTimeoutError(endpoint_url="https://bedrock"))
    assert not _answered_with_error(ConnectionResetError())
