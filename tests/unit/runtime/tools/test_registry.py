"""runtime.tools.registry and specs: toolConfig, runs by name, every failure an error outcome."""

from __future__ import annotations

import asyncio
import io
import json
from typing import Any

import pytest

from runtime.tools.lambda_tool import MAX_RESULT_BYTES, read_answer
from runtime.tools.outcome import ToolFailed
from runtime.tools.registry import BUILTINS, BuiltinTool, Toolbox, build_toolbox, tool_config
from runtime.tools.specs import BUILTIN_TOOL_NAMES, ToolSpec, ToolSpecError, lambda_tools_json, parse_lambda_tools

ARN = "arn:aws:lambda:eu-west-1:123456789012:function:customer-lookup"
LAMBDA = {"name": "lookup", "description": "d", "inputSchema": {"type": "object"}, "functionArn": ARN}


def test_the_built_in_names_are_the_ones_settings_accept() -> None:
    assert set(BUILTINS) == BUILTIN_TOOL_NAMES


def test_tool_config_declares_each_tool() -> None:
    spec = BUILTINS["loan_calculator"].spec
    assert tool_config([spec]) == {
        "tools": [
            {
                "toolSpec": {
                    "name": spec.name,
                    "description": spec.description,
                    "inputSchema": {"json": spec.input_schema},
                }
            }
        ]
    }
    assert tool_config([]) is None
    assert Toolbox([]).config() is None


async def test_runs_and_errors() -> None:
    def boom(arguments: dict[str, Any]) -> Any:
        raise KeyError("x")

    broken = BuiltinTool(ToolSpec("broken", "b", {"type": "object"}), boom)
    assert build_toolbox(["loan_calculator"], []).names == ["loan_calculator"]
    box = Toolbox([BUILTINS["loan_calculator"], broken])
    ok = await box.run("loan_calculator", {"principal": 150000, "annualRatePercent": 3.5, "years": 30})
    assert ok.status == "success" and ok.result["monthlyPayment"] == "673.57"
    assert (await box.run("nope", {})).status == "error"
    assert (await box.run("loan_calculator", {"principal": 1})).result["error"].startswith("invalid input")
    fees = await box.run("loan_calculator", {"principal": 10, "annualRatePercent": 1, "years": 1, "upfrontFees": 10})
    assert fees.status == "error" and "upfrontFees" in fees.result["error"]
    assert (await box.run("broken", {})).result == {"error": "the tool failed"}


async def test_a_slow_tool_times_out() -> None:
    async def slow(arguments: dict[str, Any]) -> Any:
        await asyncio.sleep(1)

    class Slow:
        spec = ToolSpec("slow", "s", {"type": "object"})
        timeout_seconds = 0.05

        async def call(self, arguments: dict[str, Any]) -> Any:
            return await slow(arguments)

    outcome = await Toolbox([Slow()]).run("slow", {})
    assert outcome.status == "error" and "0.05 s" in outcome.result["error"]


def test_lambda_tools_parse_and_round_trip() -> None:
    [tool] = parse_lambda_tools(json.dumps([LAMBDA]))
    assert tool.region == "eu-west-1" and tool.timeout_seconds == 10.0
    assert parse_lambda_tools(lambda_tools_json([tool])) == (tool,)


@pytest.mark.parametrize(
    "change",
    [
        {"functionArn": "arn:aws:s3:::bucket"},
        {"name": "has space"},
        {"inputSchema": {"type": "string"}},
        {"timeoutSeconds": 0},
        {"timeoutSeconds": 900},
        {"extra": 1},
        {"description": ""},
    ],
)
def test_malformed_lambda_tools_are_refused(change: dict[str, Any]) -> None:
    with pytest.raises(ToolSpecError):
        parse_lambda_tools([{**LAMBDA, **change}])


def test_lambda_answers() -> None:
    assert read_answer({"Payload": io.BytesIO(b'{"a": 1}')}) == {"a": 1}
    with pytest.raises(ToolFailed, match="failed \\(ValueError\\)"):
        read_answer({"FunctionError": "Unhandled", "Payload": io.BytesIO(b'{"errorType": "ValueError"}')})
    with pytest.raises(ToolFailed, match="not JSON"):
        read_answer({"Payload": io.BytesIO(b"<html>")})
    with pytest.raises(ToolFailed, match="larger"):
        read_answer({"Payload": io.BytesIO(b'"' + b"x" * MAX_RESULT_BYTES + b'"')})
