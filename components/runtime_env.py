"""The chat function's environment: the runtime contract (docs/runtime-contract.md) and the Web Adapter's knobs.

Pure: `RuntimeSettings` holds the plain values from the stack config, named as the runtime's own
`runtime.settings.Settings` fields; `function_environment` adds the names of the resources once they are known and
writes every value through the runtime's declaration of the contract (`runtime.settings.SETTINGS`), so variable
names and formats are declared once. `contract_table` renders that declaration as the table of
docs/runtime-contract.md (a test keeps the document in step).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from runtime.regions import function_placements, misplaced
from runtime.settings import SETTINGS, environment_for, setting
from runtime.tools.specs import LambdaToolSpec

__all__ = [
    "APP_PORT",
    "PORT_VARIABLE",
    "READINESS_CHECK_PATH",
    "TUNED_FIELDS",
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


#: Settings the component sets itself: the names of the resources it creates, the guardrail it is given, and
#: Comprehend (always on where deployed: detection fails closed).
_SET_BY_COMPONENT = frozenset(
    {
        "table_name",
        "prompt_bucket",
        "prompt_key",
        "guardrail_id",
        "guardrail_version",
        "comprehend_enabled",
        "erasure_table_name",
        "value_key_id",
    }
)


@dataclass(frozen=True, init=False)
class RuntimeSettings:
    """What the runtime needs to know besides the names of its resources (see docs/runtime-contract.md).

    The regions and model it calls, its languages and the zone's regions are fields (`components.zone_checks`
    checks them against a zone). Every other setting is given as a keyword named as its `runtime.settings.Settings`
    field (`max_output_tokens=512`): checked now against the runtime's own type and limits
    (`ValueError`), the runtime's default applying when left out (`value`); or all together as `tuned`.
    """

    home_region: str
    bedrock_region: str
    bedrock_model_id: str
    comprehend_region: str
    languages: tuple[str, ...]
    allowed_regions: tuple[str, ...]
    tools_lambda: tuple[LambdaToolSpec, ...]
    metrics_namespace: str
    #: The other settings given, by `Settings` field.
    tuned: Mapping[str, Any]

    def __init__(
        self,
        *,
        home_region: str,
        bedrock_region: str,
        bedrock_model_id: str,
        comprehend_region: str,
        languages: Sequence[str],
        allowed_regions: Sequence[str],
        tools_lambda: Sequence[LambdaToolSpec] = (),
        metrics_namespace: str = setting("metrics_namespace").read({}),
        tuned: Mapping[str, Any] | None = None,
        **settings: Any,
    ) -> None:
        tuned = {**(tuned or {}), **settings}
        unknown = sorted(set(tuned) - set(TUNED_FIELDS))
        if unknown:
            raise TypeError(f"not runtime settings a stack may set: {', '.join(unknown)}")
        for name, value in tuned.items():
            setting(name).check(value)
        given: dict[str, object] = {"home_region": home_region, "bedrock_region": bedrock_region}
        given |= {"bedrock_model_id": bedrock_model_id, "comprehend_region": comprehend_region}
        given |= {"languages": tuple(languages), "allowed_regions": tuple(allowed_regions)}
        given |= {"tools_lambda": tuple(tools_lambda), "metrics_namespace": metrics_namespace, "tuned": dict(tuned)}
        for name, value in given.items():
            object.__setattr__(self, name, value)
        self._check()

    def _check(self) -> None:
        if not self.languages:
            raise ValueError("at least one language is required")
        tools = [(tool.spec.name, tool.region) for tool in self.tools_lambda]
        placements = function_placements(self.home_region, self.bedrock_region, self.comprehend_region, tools)
        for wrong in misplaced(placements, self.allowed_regions):
            where = f"Lambda tool {wrong.placement.tool}" if wrong.placement.tool else wrong.placement.field
            raise ValueError(f"the {where} region {wrong.placement.region} is not among the allowed regions")

    def value(self, name: str) -> Any:
        """A tuned setting's value: as given, or the runtime's default."""
        return self.tuned[name] if name in self.tuned else setting(name).default_value

    def replace(self, **changes: Any) -> RuntimeSettings:
        """A copy with some fields or settings changed."""
        fields = {name: getattr(self, name) for name in _FIELDS}
        return RuntimeSettings(**{**fields, "tuned": self.tuned, **changes})


#: The fields of `RuntimeSettings` besides the tuned settings.
_FIELDS = tuple(field.name for field in dataclasses.fields(RuntimeSettings) if field.name != "tuned")
#: The settings given to `RuntimeSettings` by keyword: every runtime setting but its fields and the component's own.
TUNED_FIELDS: tuple[str, ...] = tuple(
    spec.field for spec in SETTINGS if spec.field not in _SET_BY_COMPONENT and spec.field not in _FIELDS
)


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
    erasure_table_name: str | None = None,
    value_key_id: str | None = None,
) -> dict[str, str]:
    """Every environment variable of the deployed function (Comprehend always on: detection fails closed); the
    erasure table and the value key (docs/privacy.md) are set by `ChatFunction`, which creates them."""
    if bool(guardrail_id) != bool(guardrail_version):
        raise ValueError("a guardrail needs both its id and its version")
    values: dict[str, object] = {
        **{name: getattr(settings, name) for name in _FIELDS},
        **{name: settings.value(name) for name in TUNED_FIELDS},
        "table_name": table_name,
        "prompt_bucket": prompt_bucket,
        "prompt_key": prompt_key,
        "comprehend_enabled": True,
        "guardrail_id": guardrail_id or None,
        "guardrail_version": guardrail_version or None,
        "erasure_table_name": erasure_table_name or None,
        "value_key_id": value_key_id or None,
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
        rows.append(f"| `{spec.env_name}` | {spec.description} | {default} | `{spec.example or spec.default}` |")
    port = "port uvicorn listens on (`runtime/run.sh`) and the Lambda Web Adapter forwards to"
    rows.append(f"| `{PORT_VARIABLE}` | {port} | `{APP_PORT}` | `{APP_PORT}` |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":  # `python -m components.runtime_env`: print the contract table for the document
    print(contract_table(), end="")
