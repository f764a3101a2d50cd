"""The stack config's Lambda tools (`sovereign-chat:tools.lambda`), see docs/tools.md.

Pure: the declarations are parsed by the runtime's own parser (`runtime.tools.specs.parse_lambda_tools`), so the
stack and the function agree on what a tool is; the zone check of their regions is
`components.residency.check_lambda_tools`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from components.config_schema import PROJECT
from components.residency import Violation
from runtime.tools.specs import LambdaToolSpec, ToolSpecError, parse_lambda_tools


@dataclass(frozen=True)
class ToolsConfig:
    """The Lambda functions of the zone the model may call (the built-in tools are a runtime setting)."""

    lambda_tools: tuple[LambdaToolSpec, ...] = ()

    @property
    def function_arns(self) -> tuple[str, ...]:
        """The Lambda tool functions (the chat role may invoke exactly these)."""
        return tuple(tool.function_arn for tool in self.lambda_tools)


def lambda_tools(value: Any, violations: list[Violation]) -> tuple[LambdaToolSpec, ...]:
    """The declared Lambda tools; a malformed declaration is a violation naming the key."""
    if not value:
        return ()
    try:
        return parse_lambda_tools(list(value))
    except ToolSpecError as error:
        violations.append(Violation(f"{PROJECT}:tools.lambda", value, str(error), ()))
        return ()
