"""The chat function's environment: the runtime contract (docs/runtime-contract.md) and the Web Adapter's knobs.

Pure: `RuntimeSettings` holds the plain values from the stack config, its fields named as the runtime's own
`runtime.settings.Settings`; `function_environment` adds the names of the resources once they are known and
writes every value through the runtime's declaration of the contract (`runtime.settings.SETTINGS`), so variable
names and formats are declared once. `contract_table` renders that declaration as the table of
docs/runtime-contract.md (a test keeps the document in step).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

from runtime.settings import SETTINGS, environment_for, setting
from runtime.tools.specs import LambdaToolSpec

__all__ = [
    "APP_PORT",
    "PORT_VARIABLE",
    "READINESS_CHECK_PATH",
    "RuntimeSettings",
    "contract_table",
    "function_environment",
    "metrics_namespace_for",
    "web_adapter_environment",
]

#: The port uvicorn listens on inside the function (the Web Adapter forwards to it).
APP_PORT = 8080
#: The Web Adapter waits for this path to answer before it passes the first invocation on.
READINESS_CHECK_PATH = "/healthz"


@dataclass(frozen=True)
class RuntimeSettings:
    """What the runtime needs to know besides the names of its resources (see docs/runtime-contract.md)."""

    home_region: str
    bedrock_region: str
    bedrock_model_id: str
    max_output_tokens: int
    comprehend_region: str
    languages: Sequence[str]
    comprehend_min_score: float
    pii_entity_types: Sequence[str]
    max_message_bytes: int
    session_token_budget: int
    history_retention_days: int
    allowed_regions: Sequence[str]
    prompt_cache_ttl_seconds: int
    heartbeat_seconds: int
    #: Set from the stack config (`chat.dailyTokenCeiling`, the stack's metrics namespace); these defaults are
    #: the runtime's own (`runtime.settings.SETTINGS`).
    daily_token_ceiling: int = setting("daily_token_ceiling").read({})
    metrics_namespace: str = setting("metrics_namespace").read({})
    comprehend_speculative: bool = setting("comprehend_speculative").read({})
    #: The tools the model may call (`tools.builtin`, `tools.lambda`) and the rounds a turn may take
    #: (`chat.maxToolRounds`); a Lambda tool's region must be in the zone like every other.
    tools_builtin: Sequence[str] = tuple(setting("tools_builtin").read({}))
    tools_lambda: Sequence[LambdaToolSpec] = ()
    max_tool_rounds: int = setting("max_tool_rounds").read({})

    def __post_init__(self) -> None:
        if not self.languages:
            raise ValueError("at least one language is required")
        for name, region in (
            ("Bedrock", self.bedrock_region),
            ("Comprehend", self.comprehend_region),
            ("home", self.home_region),
            *((f"Lambda tool {tool.spec.name}", tool.region) for tool in self.tools_lambda),
        ):
            if region not in self.allowed_regions:
                raise ValueError(f"the {name} region {region} is not among the allowed regions")


def metrics_namespace_for(stack: str) -> str:
    """The stack's own CloudWatch namespace for the runtime's metrics: the runtime's default, then the stack
    (`SovereignChat/eu`), so two stacks in one account and region never mix their figures."""
    if not stack or not all(c.isalnum() or c in "-_." for c in stack):
        raise ValueError(f"{stack!r} is not a stack name")
    return f"{setting('metrics_namespace').default}/{stack}"


#: The port variable: the Web Adapter forwards to it and `runtime/run.sh` starts uvicorn on it (one value).
PORT_VARIABLE = "AWS_LWA_PORT"


def web_adapter_environment() -> dict[str, str]:
    """AWS Lambda Web Adapter v1: wrap the handler, stream responses, the app's port and readiness path.

    Only `AWS_LWA_`-prefixed settings (v1 deprecates the bare `PORT`, `READINESS_CHECK_PATH`, ...); the start
    script reads the port from the same variable.
    """
    return {
        "AWS_LAMBDA_EXEC_WRAPPER": "/opt/bootstrap",
        "AWS_LWA_INVOKE_MODE": "response_stream",
        PORT_VARIABLE: str(APP_PORT),
        "AWS_LWA_READINESS_CHECK_PATH": READINESS_CHECK_PATH,
    }


def function_environment(
    settings: RuntimeSettings,
    *,
    table_name: str,
    prompt_bucket: str,
    prompt_key: str,
    guardrail_id: str | None = None,
    guardrail_version: str | None = None,
) -> dict[str, str]:
    """Every environment variable of the deployed function (Comprehend always on: detection fails closed)."""
    if bool(guardrail_id) != bool(guardrail_version):
        raise ValueError("a guardrail needs both its id and its version")
    values: dict[str, object] = {
        **{field.name: getattr(settings, field.name) for field in fields(settings)},
        "table_name": table_name,
        "prompt_bucket": prompt_bucket,
        "prompt_key": prompt_key,
        "comprehend_enabled": True,
        "guardrail_id": guardrail_id or None,
        "guardrail_version": guardrail_version or None,
    }
    return {**web_adapter_environment(), **environment_for(values)}


def contract_table() -> str:
    """The variable table of docs/runtime-contract.md: every runtime setting, then the port."""
    rows = ["| variable | meaning | default | example |", "|---|---|---|---|"]
    for spec in SETTINGS:
        if spec.optional:
            default = "unset"
        elif spec.default:
            default = f"`{spec.default}`"
        else:
            default = "required"
        rows.append(f"| `{spec.env_name}` | {spec.description} | {default} | `{spec.example}` |")
    port = "port uvicorn listens on (`runtime/run.sh`) and the Lambda Web Adapter forwards to"
    rows.append(f"| `{PORT_VARIABLE}` | {port} | `{APP_PORT}` | `{APP_PORT}` |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":  # `python -m components.runtime_env`: print the contract table for the document
    print(contract_table(), end="")
