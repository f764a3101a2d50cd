"""runtime.tools.lambda_tool: a Lambda tool invokes its function through the injected client factory."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from runtime.tools.lambda_tool import LambdaTool
from runtime.tools.outcome import ToolFailed
from runtime.tools.registry import build_toolbox
from runtime.tools.specs import LambdaToolSpec, ToolSpec

ARN = "arn:aws:lambda:eu-west-1:123456789012:function:customer-lookup"
SPEC = LambdaToolSpec(ToolSpec("lookup", "Looks up a customer.", {"type": "object"}), ARN, 8.0)


class FakeLambda:
    def __init__(self, answer: bytes = b'{"ok": true}', error: Exception | None = None) -> None:
        self.answer = answer
        self.error = error
        self.invoked: list[dict[str, Any]] = []

    def invoke(self, **parameters: Any) -> dict[str, Any]:
        self.invoked.append(parameters)
        if self.error is not None:
            raise self.error
        return {"Payload": io.BytesIO(self.answer)}


class Clients:
    def __init__(self, client: FakeLambda) -> None:
        self.client = client
        self.asked: list[tuple[str, float]] = []

    def __call__(self, region: str, read_timeout: float) -> FakeLambda:
        self.asked.append((region, read_timeout))
        return self.client


async def run_blocking(function: Any) -> Any:
    return function()


async def test_the_function_of_its_region_gets_the_input_as_its_event() -> None:
    clients = Clients(FakeLambda())
    assert await LambdaTool(SPEC, clients, run_blocking).call({"iban": "PT50"}) == {"ok": True}
    assert clients.asked == [("eu-west-1", 8.0)]
    [call] = clients.client.invoked
    assert call["FunctionName"] == ARN and json.loads(call["Payload"]) == {"iban": "PT50"}


async def test_a_failed_call_is_a_tool_failure_naming_the_code_only() -> None:
    class ReadTimeoutError(Exception):
        pass

    tool = LambdaTool(SPEC, Clients(FakeLambda(error=ReadTimeoutError("secret input"))), run_blocking)
    with pytest.raises(ToolFailed, match="did not answer within 8 s"):
        await tool.call({})
    tool = LambdaTool(SPEC, Clients(FakeLambda(error=PermissionError("secret input"))), run_blocking)
    with pytest.raises(ToolFailed, match=r"could not be called \(PermissionError\)"):
        await tool.call({})


def test_lambda_tools_need_the_client_factory() -> None:
    with pytest.raises(ValueError, match="client factory"):
        build_toolbox([], [SPEC])
    assert build_toolbox(["loan_calculator"], [SPEC], run_blocking, Clients(FakeLambda())).names == [
        "loan_calculator",
        "lookup",
    ]
