"""runtime.aws.bedrock: the turn's model request as ConverseStream's keyword arguments (`converse_request`); a
stream counts as taken up once its request leaves (`ModelStream.taken_up`)."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from runtime.aws.bedrock import ModelStream, converse_request
from runtime.aws.departures import Departures
from runtime.aws.threads import DaemonThreadPool
from runtime.chat.model_events import Ended, ModelRequest
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


class _SlowToSignClients:
    """A stream's collaborators whose Bedrock client leaves its request only when told (as botocore's
    `before-send` does once the request is built and signed), then answers with an empty stream."""

    def __init__(self) -> None:
        self.streams = DaemonThreadPool("test-stream")
        self.departures = Departures()
        self.signed = threading.Event()

    def bedrock(self) -> Any:
        clients = self

        class Client:
            def converse_stream(self, **_: Any) -> dict[str, Any]:
                clients.signed.wait(5)
                clients.departures.leaving()  # botocore's before-send handler
                return {"stream": []}

        return Client()


async def test_the_stream_is_taken_up_once_its_request_leaves_not_when_its_worker_starts() -> None:
    clients = _SlowToSignClients()
    stream = ModelStream(clients, {})  # type: ignore[arg-type]
    stream.start()
    assert stream.taken_up is not None
    await asyncio.sleep(0.05)  # the worker runs, still building the request
    assert not stream.taken_up.done()
    clients.signed.set()
    await asyncio.wait_for(stream.taken_up, 5)
    assert isinstance(await stream.next_event(5), Ended)
