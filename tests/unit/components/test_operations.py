"""Operations on its own (hand-written Args, no stack config) and its pure parts: alarm specs, dashboard, policies."""

from __future__ import annotations

import json
from typing import Any

import pulumi
import pytest

from compliance.offline_engine import ProgramRun, run_callable
from components import iam_statements as iam
from components.alarms import (
    PII_DETECTION_FAILED,
    AlarmSpec,
    MetricRef,
    alarm_arn_pattern,
    alarm_name_prefix,
    alarm_specs,
    metric_alarm_inputs,
)
from components.dashboard import dashboard_body
from components.operations import Operations, OperationsArgs
from components.runtime_env import metrics_namespace_for
from runtime import metrics
from tests.stack.helpers import custom_aws, is_taggable, owning_component

REGION = "eu-west-3"
TAGS = {"Team": "payments", "Env": "test"}
KEY = f"arn:aws:kms:{REGION}:123456789012:key/k-1"


def specs(ceiling: int = 1000) -> dict[str, AlarmSpec]:
    found = alarm_specs(
        namespace="Ns/x", function_name="fn", table_name="tbl", ttft_p95_threshold_ms=4000, daily_token_ceiling=ceiling
    )
    return {spec.key: spec for spec in found}


def args(**changes: Any) -> OperationsArgs:
    values: dict[str, Any] = {
        "region": REGION,
        "alarm_name_prefix": "team-chat",
        "metrics_namespace": "Team/Chat",
        "function_name": "fn",
        "table_name": "tbl",
        "key_arn": KEY,
        "tags": TAGS,
    }
    return OperationsArgs(**{**values, **changes})


# --- Pure parts -------------------------------------------------------------------------------------------------


def test_alarm_specs_read_the_runtime_metrics_and_aws_metrics() -> None:
    found = specs()
    assert list(found) == [
        "function-errors",
        "function-throttles",
        "ttft-p95",
        "pii-detection-failures",
        "daily-tokens",
        "dynamodb-throttles",
    ]
    assert found["ttft-p95"].metrics == (MetricRef("ttft", "Ns/x", metrics.TIME_TO_FIRST_TOKEN_MS, "p95"),)
    assert found["ttft-p95"].threshold == 4000 and found["ttft-p95"].evaluation_periods == 3
    assert PII_DETECTION_FAILED == "Error.pii_detection_unavailable"
    assert PII_DETECTION_FAILED in metrics.turn_values(metrics.TurnMetrics(error="pii_detection_unavailable"))
    assert found["daily-tokens"].threshold == 800  # 80% of the ceiling
    assert found["function-errors"].metrics[0].dimensions == {"FunctionName": "fn"}
    assert {m.dimensions["TableName"] for m in found["dynamodb-throttles"].metrics} == {"tbl"}
    assert "daily-tokens" not in specs(ceiling=0)
    assert specs(ceiling=7)["daily-tokens"].threshold == 6  # rounded up: never alarms below 80%


def test_alarm_specs_refuse_nonsense() -> None:
    with pytest.raises(ValueError):
        alarm_specs(namespace="n", function_name="f", table_name="t", ttft_p95_threshold_ms=0, daily_token_ceiling=1)
    with pytest.raises(ValueError, match="expression"):
        AlarmSpec("x", "d", (MetricRef("a", "n", "m", "Sum"), MetricRef("b", "n", "m", "Sum")), threshold=1)
    with pytest.raises(ValueError, match="datapoints"):
        AlarmSpec("x", "d", (MetricRef("a", "n", "m", "Sum"),), threshold=1, datapoints_to_alarm=2)


def test_metric_alarm_inputs_single_metric_percentile_and_math() -> None:
    found = specs()
    ttft = metric_alarm_inputs(found["ttft-p95"], "p", ["arn:topic"])
    assert ttft["name"] == "p-ttft-p95" and ttft["extended_statistic"] == "p95" and "statistic" not in ttft
    assert ttft["dimensions"] is None and ttft["period"] == 300
    assert ttft["alarm_actions"] == ttft["ok_actions"] == ["arn:topic"]
    errors = metric_alarm_inputs(found["function-errors"], "p", [])
    assert errors["statistic"] == "Sum" and errors["dimensions"] == {"FunctionName": "fn"}
    math = metric_alarm_inputs(found["dynamodb-throttles"], "p", [])
    assert "metric_name" not in math and "namespace" not in math
    assert [q["id"] for q in math["metric_queries"]] == ["reads", "writes", "total"]
    assert math["metric_queries"][-1] == {
        "id": "total",
        "expression": "reads + writes",
        "label": "dynamodb-throttles",
        "return_data": True,
    }


def test_names_patterns_and_namespaces() -> None:
    assert alarm_name_prefix("sovereign-chat", "eu") == "sovereign-chat-eu"
    assert alarm_arn_pattern("eu-west-3", "123456789012", "p") == "arn:aws:cloudwatch:eu-west-3:123456789012:alarm:p-*"
    for bad in ("", "has space", "x*"):
        with pytest.raises(ValueError):
            alarm_arn_pattern("eu-west-3", "123456789012", bad)
    with pytest.raises(ValueError):
        alarm_arn_pattern("eu-west-3", "me", "p")
    assert metrics_namespace_for("eu") == "SovereignChat/eu"
    with pytest.raises(ValueError):
        metrics_namespace_for("e u")


def test_key_policy_admits_cloudwatch_only_for_the_stacks_alarms() -> None:
    pattern = "arn:aws:cloudwatch:eu-west-3:123456789012:alarm:p-*"
    without = iam.key_policy("123456789012", "eu-west-3", "arn:aws:logs:eu-west-3:123456789012:log-group:g")
    with_alarms = iam.key_policy(
        "123456789012", "eu-west-3", "arn:aws:logs:eu-west-3:123456789012:log-group:g", pattern
    )
    assert len(with_alarms["Statement"]) == len(without["Statement"]) + 1
    added = with_alarms["Statement"][-1]
    assert added["Principal"] == {"Service": "cloudwatch.amazonaws.com"}
    assert added["Action"] == ["kms:Decrypt", "kms:GenerateDataKey"]
    assert added["Condition"] == {
        "StringEquals": {"aws:SourceAccount": "123456789012"},
        "ArnLike": {"aws:SourceArn": pattern},
    }
    with pytest.raises(ValueError, match="alarm ARN pattern"):
        iam.key_policy("123456789012", "eu-west-3", "g", "arn:aws:cloudwatch:eu-west-3:999999999999:alarm:p-*")


def test_alarm_topic_policy_allows_cloudwatch_publish_and_denies_plain_http() -> None:
    pattern = "arn:aws:cloudwatch:eu-west-3:123456789012:alarm:p-*"
    policy = iam.alarm_topic_policy("arn:aws:sns:eu-west-3:123456789012:t", "123456789012", pattern)
    allow, deny = policy["Statement"]
    assert (allow["Effect"], allow["Action"], allow["Resource"]) == (
        "Allow",
        "sns:Publish",
        "arn:aws:sns:eu-west-3:123456789012:t",
    )
    assert allow["Condition"]["ArnLike"] == {"aws:SourceArn": pattern}
    assert deny["Effect"] == "Deny" and deny["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
    with pytest.raises(ValueError):
        iam.alarm_topic_policy("*", "123456789012", pattern)


def test_dashboard_lays_out_every_figure_on_the_grid() -> None:
    body = dashboard_body(
        region=REGION,
        namespace="Ns/x",
        function_name="fn",
        table_name="tbl",
        ttft_p95_threshold_ms=4000,
        daily_token_ceiling=1000,
        alarm_arns=["a1", "a2"],
    )
    widgets = body["widgets"]
    assert widgets[0]["type"] == "alarm" and widgets[0]["properties"]["alarms"] == ["a1", "a2"]
    cells = set()
    for widget in widgets:
        assert widget["x"] + widget["width"] <= 24
        for dx in range(widget["width"]):
            for dy in range(widget["height"]):
                cell = (widget["x"] + dx, widget["y"] + dy)
                assert cell not in cells, "widgets overlap"
                cells.add(cell)
    named = {m[1] for w in widgets[1:] for m in w["properties"]["metrics"] if isinstance(m, list)}
    assert {metrics.TIME_TO_FIRST_TOKEN_MS, metrics.DAILY_TOKENS_USED, metrics.INPUT_TOKENS} <= named
    assert all(w["properties"]["region"] == REGION for w in widgets[1:])
    json.dumps(body)  # plain data


# --- The component alone ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ops_run() -> ProgramRun:
    def body() -> None:
        ops = Operations("solo", args(alarm_email="oncall@payments.example", daily_token_ceiling=0))
        pulumi.export("topic", ops.topic_arn)

    return run_callable(body)


def test_operations_alone_lives_in_its_region_tagged_and_owned(ops_run: ProgramRun) -> None:
    (component,) = [r for r in ops_run.resources if r.type == "sovereign-chat:operations:Operations"]
    assert component.outputs_registered and component.registered_outputs["alarmNames"]
    for resource in custom_aws(ops_run):
        owner = owning_component(ops_run, resource)
        assert owner is not None and owner.type == component.type, resource.name
        assert resource.inputs["region"] == REGION, resource.name
        if is_taggable(resource.type):
            assert resource.inputs.get("tags") == TAGS, resource.name
    names = {a.inputs["name"] for a in ops_run.of_type("aws:cloudwatch/metricAlarm:MetricAlarm")}
    assert names == {
        "team-chat-function-errors",
        "team-chat-function-throttles",
        "team-chat-ttft-p95",
        "team-chat-pii-detection-failures",
        "team-chat-dynamodb-throttles",
    }
    assert ops_run.one("aws:sns/topic:Topic").inputs["kmsMasterKeyId"] == KEY
    assert ops_run.one("aws:sns/topicSubscription:TopicSubscription").inputs["endpoint"] == "oncall@payments.example"
    assert ops_run.outputs["topic"] == f"arn:aws:sns:{REGION}:123456789012:solo-alarms"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"alarm_name_prefix": "has space"}, "alarm name"),
        ({"alarm_email": "not an address"}, "e-mail"),
        ({"ttft_p95_threshold_ms": 0}, "TTFT"),
        ({"daily_token_ceiling": -1}, "ceiling"),
        ({"metrics_namespace": ""}, "namespace"),
    ],
)
def test_operations_args_refuse_bad_values(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        args(**changes)
