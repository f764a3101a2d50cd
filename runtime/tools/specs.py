"""What a tool is, as configuration (pure): its name, description and input schema, and for a Lambda tool
the function that runs it. `runtime.settings` parses `CHAT_TOOLS_LAMBDA` into `LambdaToolSpec`s."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

#: Bedrock's rule for a tool name.
TOOL_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
#: `arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]`.
LAMBDA_ARN = re.compile(
    r"^arn:aws[a-z-]*:lambda:(?P<region>[a-z0-9-]+):(?P<account>\d{12}):function:(?P<name>[A-Za-z0-9_-]{1,64})"
    r"(?::(?P<qualifier>[A-Za-z0-9$_-]{1,128}))?$"
)
#: Names of the built-in tools (`runtime.tools.registry.BUILTINS` runs them).
BUILTIN_TOOL_NAMES = frozenset({"loan_calculator"})
#: Longest a Lambda tool may run, seconds (the function's own timeout bounds a whole turn).
MAX_TOOL_TIMEOUT_SECONDS = 60.0


class ToolSpecError(ValueError):
    """A tool declaration is malformed."""


@dataclass(frozen=True)
class ToolSpec:
    """A tool as the model sees it."""

    name: str
    description: str
    input_schema: dict[str, Any]


@dataclass(frozen=True)
class LambdaToolSpec:
    """A platform-team tool run by a Lambda function of the residency zone."""

    spec: ToolSpec
    function_arn: str
    timeout_seconds: float

    @property
    def region(self) -> str:
        """The function's region, from its ARN."""
        return lambda_arn_region(self.function_arn)


def lambda_arn_region(arn: str) -> str:
    """The region of a Lambda function ARN (ToolSpecError when it is not one)."""
    match = LAMBDA_ARN.match(arn)
    if match is None:
        raise ToolSpecError(f"{arn!r} is not a Lambda function ARN")
    return match.group("region")


def parse_lambda_tools(raw: Any) -> tuple[LambdaToolSpec, ...]:
    """Lambda tool declarations from a JSON list of
    `{name, description, inputSchema, functionArn, timeoutSeconds}` (a JSON text or the parsed value)."""
    data = json.loads(raw) if isinstance(raw, str) else raw
    if not isinstance(data, list):
        raise ToolSpecError("the Lambda tools must be a JSON list")
    tools: list[LambdaToolSpec] = []
    for index, item in enumerate(data):
        where = f"Lambda tool #{index + 1}"
        if not isinstance(item, dict):
            raise ToolSpecError(f"{where} must be an object")
        unknown = set(item) - {"name", "description", "inputSchema", "functionArn", "timeoutSeconds"}
        if unknown:
            raise ToolSpecError(f"{where}: unknown keys {sorted(unknown)}")
        name, description = item.get("name"), item.get("description")
        schema, arn = item.get("inputSchema"), item.get("functionArn")
        timeout = item.get("timeoutSeconds", 10)
        if not isinstance(name, str) or not TOOL_NAME.match(name):
            raise ToolSpecError(f"{where}: name must match {TOOL_NAME.pattern}")
        if not isinstance(description, str) or not description.strip():
            raise ToolSpecError(f"{where} ({name}): description is required")
        if not isinstance(schema, dict) or schema.get("type") != "object":
            raise ToolSpecError(f"{where} ({name}): inputSchema must be a JSON schema of type object")
        if not isinstance(arn, str):
            raise ToolSpecError(f"{where} ({name}): functionArn is required")
        lambda_arn_region(arn)
        if isinstance(timeout, bool) or not isinstance(timeout, int | float):
            raise ToolSpecError(f"{where} ({name}): timeoutSeconds must be a number")
        if not 0 < timeout <= MAX_TOOL_TIMEOUT_SECONDS:
            raise ToolSpecError(f"{where} ({name}): timeoutSeconds must be in (0, {MAX_TOOL_TIMEOUT_SECONDS:g}]")
        tools.append(LambdaToolSpec(ToolSpec(name, description, schema), arn, float(timeout)))
    names = [tool.spec.name for tool in tools]
    if len(set(names)) != len(names):
        raise ToolSpecError("Lambda tool names must be unique")
    return tuple(tools)


def lambda_tools_json(tools: tuple[LambdaToolSpec, ...] | list[LambdaToolSpec]) -> str:
    """The JSON text `parse_lambda_tools` reads back (compact)."""
    return json.dumps(
        [
            {
                "name": tool.spec.name,
                "description": tool.spec.description,
                "inputSchema": tool.spec.input_schema,
                "functionArn": tool.function_arn,
                "timeoutSeconds": tool.timeout_seconds,
            }
            for tool in tools
        ],
        separators=(",", ":"),
        ensure_ascii=False,
    )
