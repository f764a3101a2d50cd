"""The stack config's tools: defaults, Lambda tools parsed like the runtime does, out-of-zone functions refused
by their key, the program's role grant and the function's environment follow."""

from __future__ import annotations

from typing import Any

from compliance.offline_engine import apply_overrides, load_stack_file
from components.config import load_stack_config, validate_stack_config

P = "sovereign-chat"
IN_ZONE = "arn:aws:lambda:eu-west-1:123456789012:function:account-lookup"
OUT_OF_ZONE = "arn:aws:lambda:us-east-1:123456789012:function:account-lookup"


def lookup(arn: str, **extra: Any) -> dict[str, Any]:
    return {
        "name": "account_lookup",
        "description": "Looks up an account by IBAN.",
        "inputSchema": {"type": "object", "properties": {"iban": {"type": "string"}}},
        "functionArn": arn,
        "timeoutSeconds": 8,
        **extra,
    }


def raw(overrides: dict[str, Any]) -> dict[str, Any]:
    return apply_overrides(load_stack_file("eu"), overrides)


def test_the_calculator_is_on_by_default_and_five_rounds() -> None:
    config = load_stack_config(raw({}))
    assert config.settings["tools_builtin"] == ("loan_calculator",) and config.tools.lambda_tools == ()
    assert config.settings["max_tool_rounds"] == 5


def test_declared_lambda_tools_and_rounds_are_read() -> None:
    config = load_stack_config(
        raw({f"{P}:tools.lambda": [lookup(IN_ZONE)], f"{P}:tools.builtin": [], f"{P}:chat.maxToolRounds": 3})
    )
    assert config.settings["tools_builtin"] == () and config.settings["max_tool_rounds"] == 3
    [tool] = config.tools.lambda_tools
    assert (tool.spec.name, tool.function_arn, tool.timeout_seconds) == ("account_lookup", IN_ZONE, 8.0)
    assert config.tools.function_arns == (IN_ZONE,)


def test_an_out_of_zone_tool_function_is_refused_by_its_key() -> None:
    config, violations = validate_stack_config(raw({f"{P}:tools.lambda": [lookup(OUT_OF_ZONE)]}))
    assert config is None
    assert [v.key for v in violations] == [f"{P}:tools.lambda[0].functionArn"]
    assert "us-east-1" in violations[0].message


def test_malformed_tools_are_refused() -> None:
    for overrides in (
        {f"{P}:tools.lambda": [lookup(IN_ZONE, timeoutSeconds=600)]},
        {f"{P}:tools.lambda": "not a list"},
        {f"{P}:tools.builtin": ["web_search"]},
        {f"{P}:chat.maxToolRounds": 0},
    ):
        config, violations = validate_stack_config(raw(overrides))
        assert config is None and violations, overrides
