"""Operations under mocks, per stack file (shared runs) and in two variants: alarms, topic, key policy, dashboard."""

from __future__ import annotations

import fnmatch
import json
from typing import Any

import pytest

from compliance.offline_engine import ProgramRun, RecordedResource, stack_names
from components.config import ConfigError, load_stack_config
from runtime import metrics
from runtime.chat.errors import PII_UNAVAILABLE
from tests.pulumi_harness import cached_run, run_stack
from tests.stack.helpers import as_list, sessions_table, stack_key, statements

P = "sovereign-chat"
ACCOUNT = "123456789012"
ALARMS = "aws:cloudwatch/metricAlarm:MetricAlarm"
EVERY_ALARM = {
    "function-errors",
    "function-throttles",
    "ttft-p95",
    "pii-detection-failures",
    "daily-tokens",
    "dynamodb-throttles",
}


@pytest.fixture(scope="module", params=stack_names())
def run(request: pytest.FixtureRequest) -> ProgramRun:
    return cached_run(str(request.param))


@pytest.fixture(scope="module")
def variant() -> ProgramRun:
    """The ceiling off and an alarm address: no daily-tokens alarm, an e-mail subscription."""
    return run_stack("eu", {f"{P}:chat.dailyTokenCeiling": 0, f"{P}:ops.alarmEmail": "chat-oncall@bank.example.pt"})


def alarms_by_key(run: ProgramRun) -> dict[str, dict[str, Any]]:
    prefix = f"{P}-{run.stack}-"
    found = {a.inputs["name"].removeprefix(prefix): a.inputs for a in run.of_type(ALARMS)}
    assert all(a.inputs["name"].startswith(prefix) for a in run.of_type(ALARMS))
    return found


def function_env(run: ProgramRun) -> dict[str, str]:
    return dict(run.one("aws:lambda/function:Function").inputs["environment"]["variables"])


def emitted_names(turn: metrics.TurnMetrics) -> set[str]:
    """The metric names the runtime writes for a turn (what CloudWatch extracts from its EMF line)."""
    return set(metrics.turn_values(turn))


def test_every_alarm_in_the_home_region_notifies_the_topic_and_is_tagged(run):
    config = load_stack_config(run.config)
    topic = run.one("aws:sns/topic:Topic")
    alarms = alarms_by_key(run)
    assert set(alarms) == EVERY_ALARM
    topic_arn = f"arn:aws:sns:{config.home_region}:{ACCOUNT}:{topic.name}"
    for alarm in alarms.values():
        assert alarm["region"] == config.home_region
        assert alarm["alarmActions"] == alarm["okActions"] == [topic_arn]
        assert alarm["treatMissingData"] == "notBreaching"
        assert alarm["tags"] == config.tags.as_tags(run.stack, config.residency_zone)
        assert "docs/operations.md" in alarm["alarmDescription"]


def test_runtime_metric_alarms_read_the_functions_namespace_and_the_names_it_writes(run):
    config = load_stack_config(run.config)
    namespace = function_env(run)["CHAT_METRICS_NAMESPACE"]
    assert namespace == f"SovereignChat/{run.stack}"
    alarms = alarms_by_key(run)
    ttft, pii, tokens = alarms["ttft-p95"], alarms["pii-detection-failures"], alarms["daily-tokens"]
    assert {ttft["namespace"], pii["namespace"], tokens["namespace"]} == {namespace}
    assert ttft["metricName"] in emitted_names(metrics.TurnMetrics(time_to_first_token_ms=1.0))
    assert (ttft["extendedStatistic"], ttft["comparisonOperator"]) == ("p95", "GreaterThanThreshold")
    assert ttft["threshold"] == config.ops.ttft_p95_threshold_ms
    assert ttft["evaluationPeriods"] == ttft["datapointsToAlarm"] == 3
    assert pii["metricName"] in emitted_names(metrics.TurnMetrics(error=PII_UNAVAILABLE.code))
    assert (pii["statistic"], pii["threshold"], pii["period"]) == ("Sum", 1, 300)
    assert tokens["metricName"] in emitted_names(metrics.TurnMetrics(daily_tokens_used=1))
    assert tokens["statistic"] == "Maximum"
    assert tokens["threshold"] == 0.8 * config.settings["daily_token_ceiling"]
    assert function_env(run)["CHAT_DAILY_TOKEN_CEILING"] == str(config.settings["daily_token_ceiling"])


def test_aws_metric_alarms_name_this_function_and_this_table(run):
    alarms = alarms_by_key(run)
    function = run.one("aws:lambda/function:Function").name
    for key, metric in (("function-errors", "Errors"), ("function-throttles", "Throttles")):
        assert (alarms[key]["namespace"], alarms[key]["metricName"]) == ("AWS/Lambda", metric)
        assert alarms[key]["dimensions"] == {"FunctionName": function}
    queries = {q["id"]: q for q in alarms["dynamodb-throttles"]["metricQueries"]}
    table = sessions_table(run).name
    for query_id, metric in (("reads", "ReadThrottleEvents"), ("writes", "WriteThrottleEvents")):
        assert queries[query_id]["metric"]["metricName"] == metric
        assert queries[query_id]["metric"]["dimensions"] == {"TableName": table}
        assert queries[query_id]["returnData"] is False
    assert queries["total"]["expression"] == "reads + writes" and queries["total"]["returnData"] is True


def test_the_topic_is_encrypted_with_the_stack_key_which_lets_cloudwatch_in_for_these_alarms_only(run):
    config = load_stack_config(run.config)
    key = stack_key(run)
    topic = run.one("aws:sns/topic:Topic").inputs
    assert topic["kmsMasterKeyId"] == f"arn:aws:kms:{config.home_region}:{ACCOUNT}:key/{key.name}-key-id"
    assert topic["region"] == config.home_region
    (cloudwatch,) = [
        s for s in statements(key.inputs["policy"]) if s["Principal"] == {"Service": "cloudwatch.amazonaws.com"}
    ]
    assert sorted(as_list(cloudwatch["Action"])) == ["kms:Decrypt", "kms:GenerateDataKey"]
    assert cloudwatch["Condition"]["StringEquals"] == {"aws:SourceAccount": ACCOUNT}
    pattern = cloudwatch["Condition"]["ArnLike"]["aws:SourceArn"]
    assert pattern == f"arn:aws:cloudwatch:{config.home_region}:{ACCOUNT}:alarm:{P}-{run.stack}-*"
    for alarm in run.of_type(ALARMS):
        assert fnmatch.fnmatchcase(
            f"arn:aws:cloudwatch:{config.home_region}:{ACCOUNT}:alarm:{alarm.inputs['name']}", pattern
        )
    assert not fnmatch.fnmatchcase(f"arn:aws:cloudwatch:{config.home_region}:{ACCOUNT}:alarm:other-stack-x", pattern)


def test_only_cloudwatch_may_publish_for_these_alarms_and_only_over_tls(run):
    policy = run.one("aws:sns/topicPolicy:TopicPolicy").inputs
    topic = run.one("aws:sns/topic:Topic")
    assert policy["arn"].endswith(f":{topic.name}")
    by_sid = {s["Sid"]: s for s in statements(policy["policy"])}
    assert set(by_sid) == {"CloudWatchAlarmsPublish", "DenyInsecureTransport"}
    publish = by_sid["CloudWatchAlarmsPublish"]
    assert (publish["Effect"], publish["Principal"], publish["Action"]) == (
        "Allow",
        {"Service": "cloudwatch.amazonaws.com"},
        "sns:Publish",
    )
    key = stack_key(run)
    (in_key,) = [
        s for s in statements(key.inputs["policy"]) if s["Principal"] == {"Service": "cloudwatch.amazonaws.com"}
    ]
    assert publish["Condition"] == in_key["Condition"]
    deny = by_sid["DenyInsecureTransport"]
    assert (deny["Effect"], deny["Principal"], deny["Condition"]) == (
        "Deny",
        "*",
        {"Bool": {"aws:SecureTransport": "false"}},
    )
    assert run.of_type("aws:sns/topicSubscription:TopicSubscription") == []  # no address configured


def test_the_dashboard_shows_every_alarm_and_the_figures_behind_them(run):
    config = load_stack_config(run.config)
    dashboard = run.one("aws:cloudwatch/dashboard:Dashboard").inputs
    assert dashboard["region"] == config.home_region and dashboard["dashboardName"] == f"{P}-{run.stack}"
    assert run.outputs["dashboardName"] == dashboard["dashboardName"]
    widgets = json.loads(dashboard["dashboardBody"])["widgets"]
    (status,) = [w for w in widgets if w["type"] == "alarm"]
    assert len(status["properties"]["alarms"]) == len(run.of_type(ALARMS))
    graphs = {w["properties"]["title"]: w["properties"] for w in widgets if w["type"] == "metric"}
    ttft = graphs["Time to first token (ms)"]
    assert ttft["annotations"]["horizontal"][0]["value"] == config.ops.ttft_p95_threshold_ms
    assert {m[0] for m in ttft["metrics"]} == {function_env(run)["CHAT_METRICS_NAMESPACE"]}
    today = graphs["Stack tokens today (UTC)"]["annotations"]["horizontal"]
    ceiling = config.settings["daily_token_ceiling"]
    assert [line["value"] for line in today] == [ceiling, 0.8 * ceiling]
    function = run.one("aws:lambda/function:Function").name
    assert all(m[3] == function for m in graphs["Function"]["metrics"])
    errors = graphs["Errors by code (failed turns and refused requests)"]["metrics"][0]["expression"]
    assert errors.startswith(f"SEARCH('{{\"SovereignChat/{run.stack}\"}} MetricName=Error'")
    erasures = graphs["Erasures: conversations erased, by how requested"]["metrics"][0]["expression"]
    assert erasures.startswith(f"SEARCH('{{\"SovereignChat/{run.stack}\"}} MetricName=Erasures'")
    for widget in widgets:  # inside the 24-column grid, no overlap on a row
        assert widget["x"] + widget["width"] <= 24


def test_ceiling_off_means_no_tokens_alarm_and_an_address_gets_a_subscription(variant):
    assert set(alarms_by_key(variant)) == EVERY_ALARM - {"daily-tokens"}
    assert function_env(variant)["CHAT_DAILY_TOKEN_CEILING"] == "0"
    (subscription,) = variant.of_type("aws:sns/topicSubscription:TopicSubscription")
    topic = variant.one("aws:sns/topic:Topic")
    assert subscription.inputs["protocol"] == "email"
    assert subscription.inputs["endpoint"] == "chat-oncall@bank.example.pt"
    assert subscription.inputs["topic"].endswith(f":{topic.name}") and subscription.inputs["region"] == "eu-central-1"
    widgets = json.loads(variant.one("aws:cloudwatch/dashboard:Dashboard").inputs["dashboardBody"])["widgets"]
    today = next(w for w in widgets if w["properties"].get("title") == "Stack tokens today (UTC)")
    assert today["properties"]["annotations"]["horizontal"] == []


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({f"{P}:ops.alarmEmail": "on-call team"}, f"{P}:ops.alarmEmail"),
        ({f"{P}:edge.newSessionsPer5MinutesPerIp": 300}, f"{P}:edge.newSessionsPer5MinutesPerIp"),
    ],
    ids=["bad-address", "new-session-limit-not-below"],
)
def test_a_refused_operations_value_declares_nothing(overrides: dict[str, Any], key: str) -> None:
    recorded: list[RecordedResource] = []
    with pytest.raises(ConfigError) as error:
        run_stack("eu", overrides, recorded=recorded)
    assert [v.key for v in error.value.violations] == [key]
    assert recorded == []
