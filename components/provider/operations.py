"""`Operations` with flat inputs, for the cross-language package (and any Python program that prefers them).

The same component as `components.operations.Operations` (same resources, logical names and type token
`sovereign-chat:operations:Operations`): the alarms of a chat function, their KMS-encrypted SNS topic (optionally
an e-mail subscription) and a dashboard. No `from __future__ import annotations`: the package schema is read from
these annotations.
"""

from typing import Any, NotRequired, TypedDict

import pulumi

from components import operations as base
from components.ops_config import is_email_address
from components.provider.inputs import (
    InputsRefused,
    OptionalInput,
    integer,
    prefix_violations,
    spec_violations,
    value_or_default,
    zone_named,
)
from components.residency import Violation
from runtime.settings import setting

__all__ = ["CHOICES", "OPTIONAL", "Operations", "OperationsInputs", "operations_args"]

COMPONENT = "Operations"


class OperationsInputs(TypedDict):
    """Inputs of the operations resources: the function and table they watch, the key and who is told."""

    residency_zone: str
    """Residency zone the region (of the alarms, the topic and the dashboard) and the topic's key must lie in."""
    region: str
    """Region of the alarms, the topic and the dashboard: the function's and the table's (the home region)."""
    alarm_name_prefix: str
    """Every alarm is named `<prefix>-<alarm>` and the dashboard `<prefix>`; give the `ChatFunction` whose key
    encrypts the topic the same `alarmNamePrefix`, so its key policy lets CloudWatch use the key for these alarms
    (and only these)."""
    function_name: pulumi.Input[str]
    """Name of the chat function watched (e.g. `ChatFunction.functionName`)."""
    table_name: pulumi.Input[str]
    """Name of its DynamoDB sessions table (e.g. `ChatFunction.tableName`)."""
    key_arn: pulumi.Input[str]
    """ARN of the customer-managed KMS key encrypting the topic (e.g. `ChatFunction.keyArn`), in the zone."""
    metrics_namespace: NotRequired[str]
    """CloudWatch namespace the function writes its metrics to (its `metricsNamespace`)."""
    ttft_p95_threshold_ms: NotRequired[int]
    """Alarm when the p95 time to first token stays above this many milliseconds for 15 minutes."""
    daily_token_ceiling: NotRequired[int]
    """The function's daily token ceiling (its `dailyTokenCeiling`): the alarm fires past 80% of it; 0 means the
    ceiling is off, and there is no daily-tokens alarm."""
    alarm_email: NotRequired[str]
    """E-mail address subscribed to the alarm topic (SNS asks it to confirm first). Default: no subscription."""
    tags: NotRequired[dict[str, str]]
    """Tags applied to every taggable resource."""


OPTIONAL: dict[str, OptionalInput] = {
    "metrics_namespace": OptionalInput(default=setting("metrics_namespace").default_value),
    "ttft_p95_threshold_ms": OptionalInput(stack_key="ops.ttftP95ThresholdMs"),
    "daily_token_ceiling": OptionalInput(stack_key="chat.dailyTokenCeiling"),
    "alarm_email": OptionalInput(stack_key="ops.alarmEmail"),
    "tags": OptionalInput(default={}),
}
CHOICES: dict[str, tuple[object, ...]] = {}
_INTEGERS = ("ttft_p95_threshold_ms", "daily_token_ceiling")


def operations_args(inputs: OperationsInputs) -> base.OperationsArgs:
    """The `OperationsArgs` of flat inputs: defaults filled in, ranges checked, the zone's rules applied."""
    zone = zone_named(COMPONENT, inputs.get("residency_zone"))
    values: dict[str, Any] = {name: value_or_default(inputs, name, OPTIONAL) for name in OPTIONAL}
    for name in _INTEGERS:
        values[name] = integer(COMPONENT, name, values[name])
    found: list[Violation] = []
    for name, optional in OPTIONAL.items():
        if optional.spec is not None and name in inputs:
            found += spec_violations(name, values[name], optional.spec)
    found += prefix_violations(inputs["alarm_name_prefix"])
    email = values["alarm_email"]
    if email is not None and not is_email_address(email):
        found.append(Violation("alarmEmail", email, "not one e-mail address (local@domain.tld)"))
    if found:
        raise InputsRefused(COMPONENT, found)
    return base.OperationsArgs(
        region=inputs["region"],
        alarm_name_prefix=inputs["alarm_name_prefix"],
        metrics_namespace=values["metrics_namespace"],
        function_name=inputs["function_name"],
        table_name=inputs["table_name"],
        key_arn=inputs["key_arn"],
        tags=dict(values["tags"]),
        ttft_p95_threshold_ms=values["ttft_p95_threshold_ms"],
        daily_token_ceiling=values["daily_token_ceiling"],
        alarm_email=email,
        zone=zone,
    )


class Operations(base.Operations):
    """What tells the platform team that a chat function is in trouble, in its home region: CloudWatch alarms
    (function errors and throttles, p95 time to first token, turns that failed closed because personal-data
    detection was unavailable, daily tokens past 80% of the ceiling, DynamoDB throttles), an SNS topic they
    notify, encrypted with a customer-managed key, published to by CloudWatch for these alarms only and never
    without TLS (optionally an e-mail subscription), and a dashboard. Alarm messages hold names and figures,
    never chat text or personal values."""

    topic_arn: pulumi.Output[str]
    """ARN of the alarm topic (subscribe further endpoints of the zone to it)."""
    dashboard_name: pulumi.Output[str]
    """Name of the CloudWatch dashboard (`alarmNamePrefix`)."""
    alarm_names: list[pulumi.Output[str]]
    """Names of the alarms (`<alarmNamePrefix>-<alarm>`)."""

    def __init__(self, name: str, args: OperationsInputs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__(name, operations_args(args), opts)
