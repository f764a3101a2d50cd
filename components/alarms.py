"""The stack's CloudWatch alarms, as pure specifications (no resources: `components/operations.py` creates them).

Each alarm watches the chat function's own metrics (`runtime.metrics`: the embedded metric format lines the
runtime writes, namespace per stack, no dimensions) or AWS's metrics of the function and the sessions table.
Metric names and error codes come from the runtime's own declarations, so a rename there is a rename here.

| key | fires when (5-minute periods) |
|---|---|
| `function-errors` | the function reported an invocation error (crash, timeout) |
| `function-throttles` | Lambda refused an invocation (concurrency exhausted) |
| `ttft-p95` | p95 time to first token above the threshold in 3 periods running |
| `pii-detection-failures` | a turn failed closed because personal-data detection was unavailable |
| `daily-tokens` | the stack's tokens today passed 80% of the daily ceiling (no alarm when the ceiling is off) |
| `dynamodb-throttles` | DynamoDB throttled reads or writes on the sessions table |

What each means and what to do: docs/operations.md, "Alarms". Alarm names are `<prefix>-<key>`, the prefix
being the stack's (`alarm_name_prefix`); the stack key's policy and the topic's policy let CloudWatch act only
for alarms of that prefix (`alarm_arn_pattern`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from runtime import metrics
from runtime.chat.errors import PII_UNAVAILABLE
from runtime.settings import daily_ceiling_on

__all__ = [
    "DAILY_TOKENS_SHARE",
    "PERIOD_SECONDS",
    "PII_DETECTION_FAILED",
    "AlarmSpec",
    "MetricRef",
    "alarm_arn_pattern",
    "alarm_name_prefix",
    "alarm_specs",
    "check_prefix",
    "metric_alarm_inputs",
]

#: Every alarm looks at 5-minute periods (EMF metrics are stored at 1-minute resolution, AWS's at 1 minute).
PERIOD_SECONDS = 300
#: The daily-tokens alarm fires past this share of the ceiling.
DAILY_TOKENS_SHARE = 0.8
#: The runtime's metric of a fail-closed turn (names declared once: `runtime.metrics`, `runtime.chat.errors`).
PII_DETECTION_FAILED = metrics.ERROR_PREFIX + PII_UNAVAILABLE.code
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,200}$")


@dataclass(frozen=True)
class MetricRef:
    """One metric an alarm reads: namespace, name, statistic (`Sum`, `Maximum`, `p95`, ...), dimensions."""

    id: str
    namespace: str
    name: str
    stat: str
    dimensions: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AlarmSpec:
    """One alarm: what it reads, when it fires and what it means (the alarm's description)."""

    key: str
    description: str
    metrics: tuple[MetricRef, ...]
    threshold: float
    comparison: str = "GreaterThanOrEqualToThreshold"
    evaluation_periods: int = 1
    datapoints_to_alarm: int = 1
    expression: str | None = None

    def __post_init__(self) -> None:
        if not self.metrics:
            raise ValueError(f"alarm {self.key}: at least one metric")
        if len(self.metrics) > 1 and self.expression is None:
            raise ValueError(f"alarm {self.key}: several metrics need an expression")
        if not 1 <= self.datapoints_to_alarm <= self.evaluation_periods:
            raise ValueError(f"alarm {self.key}: datapoints to alarm must be 1..evaluation periods")


def check_prefix(prefix: str) -> str:
    """`prefix` when it can start an alarm name (letters, digits, `_.-`), else ValueError."""
    if not _NAME.match(prefix):
        raise ValueError(f"{prefix!r} cannot start an alarm name")
    return prefix


def alarm_name_prefix(project: str, stack: str) -> str:
    """The prefix of every alarm name of a stack (`sovereign-chat-eu`)."""
    return check_prefix(f"{project}-{stack}")


def alarm_arn_pattern(region: str, account_id: str, prefix: str) -> str:
    """The ARN pattern of the stack's alarms (`aws:SourceArn` when CloudWatch publishes to the topic)."""
    if not region or not account_id.isdigit():
        raise ValueError("an alarm ARN pattern needs a region and an account id")
    return f"arn:aws:cloudwatch:{region}:{account_id}:alarm:{check_prefix(prefix)}-*"


def _see(what_to_do: str) -> str:
    return f"{what_to_do} See docs/operations.md, Alarms."


def alarm_specs(
    *,
    namespace: str,
    function_name: Any,
    table_name: Any,
    ttft_p95_threshold_ms: int,
    daily_token_ceiling: int,
) -> tuple[AlarmSpec, ...]:
    """The stack's alarms (`function_name` and `table_name` may be Pulumi outputs: they are only passed on).

    The daily-tokens alarm exists only when the ceiling is on (`runtime.settings.daily_ceiling_on`).
    """
    if ttft_p95_threshold_ms <= 0 or daily_token_ceiling < 0:
        raise ValueError("the TTFT threshold must be positive and the ceiling at least 0")
    function = {"FunctionName": function_name}
    table = {"TableName": table_name}
    specs = [
        AlarmSpec(
            "function-errors",
            _see("The chat function failed invocations (crash or timeout): read its log group for the error."),
            (MetricRef("errors", "AWS/Lambda", "Errors", "Sum", function),),
            threshold=1,
        ),
        AlarmSpec(
            "function-throttles",
            _see("Lambda refused invocations: concurrency is exhausted; check the account's concurrency and traffic."),
            (MetricRef("throttles", "AWS/Lambda", "Throttles", "Sum", function),),
            threshold=1,
        ),
        AlarmSpec(
            "ttft-p95",
            _see(
                f"p95 time to first token above {ttft_p95_threshold_ms} ms for 15 minutes: check Bedrock latency "
                "and throttling, Comprehend latency, cold starts."
            ),
            (MetricRef("ttft", namespace, metrics.TIME_TO_FIRST_TOKEN_MS, "p95"),),
            threshold=ttft_p95_threshold_ms,
            comparison="GreaterThanThreshold",
            evaluation_periods=3,
            datapoints_to_alarm=3,
        ),
        AlarmSpec(
            "pii-detection-failures",
            _see(
                "Turns failed closed (pii_detection_unavailable): personal-data detection was unavailable, the "
                "model was not called. Check Comprehend in the configured region (errors, throttling, quotas)."
            ),
            (MetricRef("pii", namespace, PII_DETECTION_FAILED, "Sum"),),
            threshold=1,
        ),
        AlarmSpec(
            "dynamodb-throttles",
            _see("DynamoDB throttled reads or writes on the sessions table: turns fail with storage_unavailable."),
            (
                MetricRef("reads", "AWS/DynamoDB", "ReadThrottleEvents", "Sum", table),
                MetricRef("writes", "AWS/DynamoDB", "WriteThrottleEvents", "Sum", table),
            ),
            threshold=1,
            expression="reads + writes",
        ),
    ]
    if daily_ceiling_on(daily_token_ceiling):
        specs.insert(
            4,
            AlarmSpec(
                "daily-tokens",
                _see(
                    f"The stack spent {DAILY_TOKENS_SHARE:.0%} of today's token ceiling ({daily_token_ceiling:,}); "
                    "at the ceiling every new turn gets 503 service_budget_exhausted until 00:00 UTC."
                ),
                (MetricRef("tokens", namespace, metrics.DAILY_TOKENS_USED, "Maximum"),),
                threshold=math.ceil(daily_token_ceiling * DAILY_TOKENS_SHARE),
            ),
        )
    return tuple(specs)


def _metric_stat(metric: MetricRef) -> dict[str, Any]:
    """`statistic` or `extended_statistic` (percentiles), as MetricAlarm takes them."""
    if re.fullmatch(r"p\d{1,2}(\.\d+)?", metric.stat):
        return {"extended_statistic": metric.stat}
    return {"statistic": metric.stat}


def metric_alarm_inputs(spec: AlarmSpec, prefix: str, actions: list[Any]) -> dict[str, Any]:
    """The `aws.cloudwatch.MetricAlarm` arguments of one alarm (a metric, or metric queries with an expression).

    Missing data counts as not breaching: no traffic is not an incident.
    """
    common: dict[str, Any] = {
        "name": f"{prefix}-{spec.key}",
        "alarm_description": spec.description,
        "comparison_operator": spec.comparison,
        "threshold": spec.threshold,
        "evaluation_periods": spec.evaluation_periods,
        "datapoints_to_alarm": spec.datapoints_to_alarm,
        "treat_missing_data": "notBreaching",
        "alarm_actions": list(actions),
        "ok_actions": list(actions),
    }
    if spec.expression is None:
        (metric,) = spec.metrics
        return {
            **common,
            "namespace": metric.namespace,
            "metric_name": metric.name,
            "dimensions": dict(metric.dimensions) or None,
            "period": PERIOD_SECONDS,
            **_metric_stat(metric),
        }
    queries: list[dict[str, Any]] = [
        {
            "id": metric.id,
            "return_data": False,
            "metric": {
                "namespace": metric.namespace,
                "metric_name": metric.name,
                "dimensions": dict(metric.dimensions) or None,
                "period": PERIOD_SECONDS,
                "stat": metric.stat,
            },
        }
        for metric in spec.metrics
    ]
    queries.append({"id": "total", "expression": spec.expression, "label": spec.key, "return_data": True})
    return {**common, "metric_queries": queries}
