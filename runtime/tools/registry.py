"""The stack's tools: declared to Bedrock (`toolConfig`) and run by name, every failure an error result.

`Toolbox.run` checks the input against the tool's JSON schema, runs the tool within its timeout, and turns
every problem (unknown tool, bad input, the tool raising, a timeout) into a `status: error` outcome with a
short message: a tool never crashes a turn. Input and result are the caller's business to (de)pseudonymize
(`runtime.tools.placeholders`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from runtime.logging_setup import log_event
from runtime.tools import loan_calculator
from runtime.tools.lambda_tool import BlockingRunner, LambdaClients, LambdaTool
from runtime.tools.outcome import ToolFailed, ToolOutcome
from runtime.tools.schema import InputCheck, input_check
from runtime.tools.specs import LambdaToolSpec, ToolSpec

#: How long a built-in tool may run, seconds.
BUILTIN_TIMEOUT_SECONDS = 5.0


class Tool(Protocol):
    """One callable tool."""

    @property
    def spec(self) -> ToolSpec:
        """Name, description and input schema."""
        ...

    @property
    def timeout_seconds(self) -> float:
        """Longest the tool may run."""
        ...

    async def call(self, arguments: dict[str, Any]) -> Any:
        """Run with schema-checked `arguments`; return a JSON value or raise `ToolFailed`."""
        ...


@dataclass(frozen=True)
class BuiltinTool:
    """A pure Python tool run in the event loop (it must be quick)."""

    spec: ToolSpec
    function: Callable[[dict[str, Any]], Any]
    timeout_seconds: float = BUILTIN_TIMEOUT_SECONDS

    async def call(self, arguments: dict[str, Any]) -> Any:
        """Run the function; a `ValueError` is the caller's bad input."""
        try:
            return self.function(arguments)
        except ValueError as error:
            raise ToolFailed(str(error)) from None


#: Built-in tools by name (`CHAT_TOOLS_BUILTIN` picks among them).
BUILTINS: dict[str, BuiltinTool] = {
    loan_calculator.SPEC.name: BuiltinTool(loan_calculator.SPEC, loan_calculator.run),
}


def tool_config(specs: Sequence[ToolSpec]) -> dict[str, Any] | None:
    """ConverseStream's `toolConfig` for these tools (None when there are none: the key is then omitted)."""
    if not specs:
        return None
    return {
        "tools": [
            {"toolSpec": {"name": s.name, "description": s.description, "inputSchema": {"json": s.input_schema}}}
            for s in specs
        ]
    }


class Toolbox:
    """The tools of one stack, by name."""

    def __init__(self, tools: Sequence[Tool]) -> None:
        self._tools = {tool.spec.name: tool for tool in tools}
        self._checks: dict[str, InputCheck] = {tool.spec.name: input_check(tool.spec.input_schema) for tool in tools}
        if len(self._tools) != len(tools):
            raise ValueError("tool names must be unique")
        self._config = tool_config([tool.spec for tool in tools])

    @property
    def names(self) -> list[str]:
        """The tools' names."""
        return list(self._tools)

    def config(self) -> dict[str, Any] | None:
        """The `toolConfig` of every tool (None without tools)."""
        return self._config

    async def run(self, name: str, arguments: Any) -> ToolOutcome:
        """Run tool `name` with `arguments` (placeholders already resolved); never raises but cancellation."""
        tool = self._tools.get(name)
        if tool is None:
            return ToolOutcome.error(f"unknown tool {name!r}")
        problem = self._checks[name](arguments)
        if problem is not None:
            return ToolOutcome.error(f"invalid input: {problem}")
        try:
            async with asyncio.timeout(tool.timeout_seconds):
                return ToolOutcome("success", await tool.call(arguments))
        except ToolFailed as failed:
            return ToolOutcome.error(failed.message)
        except TimeoutError:
            return ToolOutcome.error(f"the tool did not answer within {tool.timeout_seconds:g} s")
        except Exception as error:  # a tool's bug must not end the turn; the class name holds no input
            log_event("tool.crashed", logging.WARNING, tool=name, error=type(error).__name__)
            return ToolOutcome.error("the tool failed")


def build_toolbox(
    builtin: Sequence[str],
    lambdas: Sequence[LambdaToolSpec],
    run_blocking: BlockingRunner | None = None,
    lambda_clients: LambdaClients | None = None,
) -> Toolbox:
    """The toolbox of the configured built-in names and Lambda tools: `lambda_clients` gives the Lambda client
    of a function's region and read timeout (`runtime.aws.clients.AwsClients.lambda_client`), `run_blocking`
    runs a call on a worker thread (default `asyncio.to_thread`)."""
    if lambdas and lambda_clients is None:
        raise ValueError("Lambda tools need a Lambda client factory")
    tools: list[Tool] = [BUILTINS[name] for name in builtin]
    if lambda_clients is not None:
        tools.extend(LambdaTool(spec, lambda_clients, run_blocking) for spec in lambdas)
    return Toolbox(tools)
