"""The compliance rules over the resources each stack declares (no violation) and over broken copies (reported)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from pulumi_policy.proxy import UNKNOWN_STRING_VALUE, UnknownValueError, unknown_checking_proxy

from compliance import rules
from compliance.offline_engine import stack_names
from compliance.rules import ResourceRecord, RuleContext, evaluate
from components.residency import ZONES
from tests.unit.compliance.records import broken_copy, context, edit_policy, stack_records, statement

EU = "eu"
FOUNDATION_MODELS = "BedrockModelsThroughProfile"
COMPREHEND = "ComprehendDetectInRegion"


@pytest.mark.parametrize("stack", stack_names())
def test_every_rule_passes_on_the_recorded_stack(stack):
    assert evaluate(stack_records(stack), context(stack)) == []


@pytest.mark.parametrize("stack", stack_names())
@pytest.mark.parametrize("rule", rules.RULES, ids=lambda r: r.id)
def test_every_rule_has_something_to_check_in_every_stack(stack, rule):
    assert any(rule.applies_to(r.type) for r in stack_records(stack)), f"{rule.id} would pass vacuously"


def test_the_eu_resources_break_the_us_zone():
    found = {v.rule for v in evaluate(stack_records(EU), RuleContext(zone=ZONES["us"]))}
    assert {"regional-resources-in-zone", "bedrock-grants-in-zone", "comprehend-grants-in-zone"} <= found
    assert {"inference-profiles-in-zone", "cloudfront-geo-allow-list"} <= found


def _set(path: str, value: Any):
    def mutate(inputs: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target = inputs
        for key in parents:
            target = target.setdefault(key, {})
        if value is DROP:
            target.pop(last, None)
        else:
            target[last] = value

    return mutate


DROP = object()


def _grant_foundation_model_in(region: str):
    def change(statements):
        models = statement(statements, FOUNDATION_MODELS)
        models["Resource"] = [*models["Resource"], f"arn:aws:bedrock:{region}::foundation-model/anthropic.x-v1:0"]

    return lambda inputs: edit_policy(inputs, change)


def _bedrock_everywhere(inputs):
    edit_policy(inputs, lambda s: statement(s, FOUNDATION_MODELS).__setitem__("Resource", "*"))


def _profile_condition(profile: str, operator: str = "ArnEquals", region: str = "eu-central-1"):
    arn = f"arn:aws:bedrock:{region}:123456789012:inference-profile/{profile}"
    condition = {operator: {"bedrock:InferenceProfileArn": arn}}
    return lambda inputs: edit_policy(
        inputs, lambda s: statement(s, FOUNDATION_MODELS).__setitem__("Condition", condition)
    )


def _comprehend_condition(condition: Any):
    def change(statements):
        grant = statement(statements, COMPREHEND)
        if condition is DROP:
            grant.pop("Condition")
        else:
            grant["Condition"] = condition

    return lambda inputs: edit_policy(inputs, change)


def _deny_only_with_tls(inputs):
    condition = {"Bool": {"aws:SecureTransport": "true"}}
    edit_policy(inputs, lambda s: statement(s, "DenyInsecureTransport").__setitem__("Condition", condition))


def _drop_tls_statement(inputs):
    edit_policy(inputs, lambda s: s.remove(statement(s, "DenyInsecureTransport")))


def _public_read(inputs):
    public = {"Sid": "Public", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}
    edit_policy(inputs, lambda s: s.append(public))


def _cloudwatch_for_any_alarm(inputs):
    edit_policy(inputs, lambda s: statement(s, "CloudWatchAlarmsPublish").pop("Condition"))


def _cloudwatch_arn_as_string(inputs):
    def change(statements):
        condition = statement(statements, "CloudWatchAlarmsPublish")["Condition"]
        condition["StringLike"] = condition.pop("ArnLike")

    edit_policy(inputs, change)


def _env(name: str, value: str):
    return lambda inputs: inputs["environment"]["variables"].__setitem__(name, value)


def _algorithm(value: str):
    return lambda inputs: inputs["rules"][0]["applyServerSideEncryptionByDefault"].update(
        {"sseAlgorithm": value, "kmsMasterKeyId": None}
    )


# (resource, mutation, rule, fragment of the message)
BROKEN: list[tuple[str, Any, str, str]] = [
    ("chat-url", _set("authorizationType", "NONE"), "function-url-iam-auth", "'NONE'"),
    ("edge-invoke-function-url", _set("functionUrlAuthType", "NONE"), "function-url-iam-auth", "auth type NONE"),
    ("edge-invoke-function", _set("principal", "*"), "function-url-iam-auth", "every principal"),
    ("edge-invoke-function", _set("sourceArn", DROP), "function-url-iam-auth", "without a SourceArn"),
    ("edge-distribution", _set("restrictions", DROP), "cloudfront-geo-allow-list", "allow-list ('whitelist')"),
    ("edge-distribution", _set("restrictions.geoRestriction.locations", []), "cloudfront-geo-allow-list", "empty"),
    (
        "edge-distribution",
        _set("restrictions.geoRestriction.restrictionType", "blacklist"),
        "cloudfront-geo-allow-list",
        "'blacklist'",
    ),
    (
        "edge-distribution",
        _set("restrictions.geoRestriction.locations", ["PT", "US"]),
        "cloudfront-geo-allow-list",
        "'US'",
    ),
    (
        "chat-prompts-public-access-block",
        _set("blockPublicPolicy", False),
        "s3-public-access-blocked",
        "blockPublicPolicy",
    ),
    ("edge-site-public-access-block", _set("restrictPublicBuckets", DROP), "s3-public-access-blocked", "restrict"),
    ("ai-policy", _grant_foundation_model_in("us-east-1"), "bedrock-grants-in-zone", "us-east-1, outside zone 'eu'"),
    ("ai-policy", _grant_foundation_model_in("eu-central-2"), "bedrock-grants-in-zone", "eu-central-2"),
    ("ai-policy", _grant_foundation_model_in("*"), "bedrock-grants-in-zone", "region wildcard"),
    ("ai-policy", _bedrock_everywhere, "bedrock-grants-in-zone", "every model in every region"),
    (
        "ai-policy",
        _profile_condition("global.anthropic.claude-sonnet-4-5-20250929-v1:0"),
        "bedrock-grants-in-zone",
        "`global.` inference profile",
    ),
    ("ai-policy", _profile_condition("us.amazon.nova-pro-v1:0"), "bedrock-grants-in-zone", "geography 'us'"),
    (
        "ai-policy",
        _profile_condition("us.amazon.nova-pro-v1:0", "ArnLike"),
        "bedrock-grants-in-zone",
        "geography 'us'",
    ),
    (
        "ai-policy",
        _profile_condition("eu.anthropic.claude-3-7-sonnet-20250219-v1:0", "ArnLike", "*"),
        "bedrock-grants-in-zone",
        "region wildcard",
    ),
    (
        "ai-policy",
        _profile_condition("eu.anthropic.claude-3-7-sonnet-20250219-v1:0", "StringEquals"),
        "bedrock-grants-in-zone",
        "compares an ARN-typed condition key as a string (StringEquals: bedrock:InferenceProfileArn)",
    ),
    ("ai-policy", _comprehend_condition(DROP), "comprehend-grants-in-zone", "every region"),
    (
        "ai-policy",
        _comprehend_condition({"StringEquals": {"aws:RequestedRegion": ["eu-central-1", "us-east-1"]}}),
        "comprehend-grants-in-zone",
        "us-east-1",
    ),
    (
        "ai-policy",
        _comprehend_condition({"StringLike": {"aws:RequestedRegion": "eu-*"}}),
        "comprehend-grants-in-zone",
        "every region",
    ),
    (
        "chat-fn",
        _env("CHAT_BEDROCK_MODEL_ID", "global.anthropic.claude-sonnet-4-5-20250929-v1:0"),
        "inference-profiles-in-zone",
        "environment variable CHAT_BEDROCK_MODEL_ID: `global.`",
    ),
    (
        "chat-fn",
        _env("CHAT_BEDROCK_MODEL_ID", "us.anthropic.claude-3-7-sonnet-20250219-v1:0"),
        "inference-profiles-in-zone",
        "geography 'us'",
    ),
    (
        "chat-fn",
        _env("EXTRA", "arn:aws:bedrock:us-west-2:123456789012:inference-profile/eu.amazon.nova-pro-v1:0"),
        "inference-profiles-in-zone",
        "us-west-2",
    ),
    ("chat-logs", _set("kmsKeyId", DROP), "logs-encrypted-retained", "not encrypted"),
    ("chat-logs", _set("retentionInDays", 0), "logs-encrypted-retained", "kept for ever"),
    ("chat-sessions", _set("pointInTimeRecovery.enabled", False), "dynamodb-encrypted-retained", "point-in-time"),
    ("chat-sessions", _set("ttl", DROP), "dynamodb-encrypted-retained", "TTL"),
    ("chat-sessions", _set("serverSideEncryption.kmsKeyArn", DROP), "dynamodb-encrypted-retained", "customer-managed"),
    ("chat-sessions", _set("region", "us-east-1"), "regional-resources-in-zone", "us-east-1, outside zone 'eu'"),
    (
        "chat-sessions",
        _set("replicas", [{"regionName": "eu-west-2"}]),
        "regional-resources-in-zone",
        "a table replica is in eu-west-2",
    ),
    ("chat-fn", _set("region", "eu-central-2"), "regional-resources-in-zone", "eu-central-2"),
    ("edge-waf", _set("scope", "REGIONAL"), "regional-resources-in-zone", "us-east-1, outside zone 'eu'"),
    ("chat-prompts-encryption", _algorithm("AES256"), "s3-encrypted", "'AES256'"),
    ("chat-prompts-encryption", _set("rules", []), "s3-encrypted", "no default encryption rule"),
    ("chat-prompts-policy", _deny_only_with_tls, "s3-tls-only", "no TLS-only statement"),
    ("edge-site-policy", _drop_tls_statement, "s3-tls-only", "no TLS-only statement"),
    ("edge-site-policy", _public_read, "s3-tls-only", "the bucket is public"),
    ("edge-site-policy", _set("policy", "[]"), "s3-tls-only", "not a readable bucket policy"),
    ("chat-key", _set("enableKeyRotation", False), "kms-key-rotation", "rotation is off"),
    (
        "chat-role",
        _set("managedPolicyArns", ["arn:aws:iam::aws:policy/AmazonBedrockFullAccess"]),
        "bedrock-grants-in-zone",
        "AmazonBedrockFullAccess",
    ),
    (
        "chat-role-policy-0",
        _set("policyArn", "arn:aws:iam::aws:policy/ComprehendFullAccess"),
        "comprehend-grants-in-zone",
        "ComprehendFullAccess",
    ),
    ("chat-role-policy", _set("policy", "{not json"), "bedrock-grants-in-zone", "not a readable policy document"),
    ("ops-alarms", _set("kmsMasterKeyId", DROP), "sns-topics-encrypted", "not encrypted"),
    ("ops-alarms", _set("kmsMasterKeyId", "alias/aws/sns"), "sns-topics-encrypted", "AWS managed key"),
    (
        "ops-alarms",
        _set("kmsMasterKeyId", "arn:aws:kms:us-east-1:123456789012:key/k"),
        "sns-topics-encrypted",
        "us-east-1, outside zone 'eu'",
    ),
    ("ops-alarms-policy", _public_read, "sns-topic-policies-guarded", "the topic is public"),
    ("ops-alarms-policy", _drop_tls_statement, "sns-topic-policies-guarded", "no TLS-only statement"),
    ("ops-alarms-policy", _cloudwatch_for_any_alarm, "sns-topic-policies-guarded", "for any alarm"),
    ("ops-alarms-policy", _cloudwatch_arn_as_string, "sns-topic-policies-guarded", "StringLike: aws:SourceArn"),
    (
        "ops-ttft-p95",
        _set("alarmActions", ["arn:aws:sns:us-east-1:123456789012:elsewhere"]),
        "alarm-notifications-in-zone",
        "us-east-1, outside zone 'eu'",
    ),
    ("ops-function-errors", _set("okActions", ["ops-alarms"]), "alarm-notifications-in-zone", "is not an ARN"),
]


@pytest.mark.parametrize(
    ("name", "mutate", "rule", "fragment"), BROKEN, ids=[f"{b[0]}-{b[2]}-{i}" for i, b in enumerate(BROKEN)]
)
def test_a_broken_resource_is_reported(name, mutate, rule, fragment):
    violations = evaluate(broken_copy(EU, name, mutate), context(EU))
    mine = [v for v in violations if v.rule == rule and v.resource == name]
    assert any(fragment in v.message for v in mine), [v.describe() for v in violations]
    # Nothing else in the stack was touched, so nothing else is reported.
    assert {v.resource for v in violations} == {name}


@pytest.mark.parametrize(
    ("inputs", "fragment"),
    [
        ({"protocol": "http", "endpoint": "http://hooks.example"}, "plain http"),
        ({"protocol": "sqs", "endpoint": "arn:aws:sqs:us-west-2:123456789012:q"}, "us-west-2"),
        ({"protocol": "email", "endpoint": "ops@bank.example", "topic": "arn:aws:sns:eu-west-2:1:t"}, "eu-west-2"),
    ],
)
def test_a_subscription_leaving_the_zone_or_tls_is_reported(inputs, fragment):
    record = ResourceRecord(
        "aws:sns/topicSubscription:TopicSubscription",
        "s",
        {"region": "eu-central-1", "topic": "arn:aws:sns:eu-central-1:123456789012:t", **inputs},
    )
    messages = [v.message for v in evaluate([record], context(EU)) if v.rule == "alarm-notifications-in-zone"]
    assert any(fragment in m for m in messages), messages


def test_an_email_subscription_of_a_zone_topic_passes():
    record = ResourceRecord(
        "aws:sns/topicSubscription:TopicSubscription",
        "s",
        {"region": "eu-central-1", "topic": "arn:aws:sns:eu-central-1:1:t", "protocol": "email", "endpoint": "a@b.eu"},
    )
    assert evaluate([record], context(EU)) == []


def test_the_sse_s3_exemption_is_explicit():
    records = stack_records(EU)
    assert evaluate(records, context(EU)) == []
    strict = dataclasses.replace(context(EU), sse_s3_buckets=())
    assert [(v.rule, v.resource) for v in evaluate(records, strict)] == [("s3-encrypted", "edge-site-encryption")]


def test_the_aws_provider_region_is_checked():
    records = [r for r in stack_records(EU) if r.type != rules.PROVIDER_TYPE]
    wrong = ResourceRecord(rules.PROVIDER_TYPE, "default", {"region": "eu-west-2"})
    missing = ResourceRecord(rules.PROVIDER_TYPE, "explicit", {})
    found = [(v.resource, v.message) for v in evaluate([*records, wrong, missing], context(EU))]
    assert [name for name, _ in found] == ["default", "explicit"]
    assert "eu-west-2" in found[0][1] and "names no region" in found[1][1]


def test_a_regional_resource_without_any_region_fails_closed():
    record = ResourceRecord("aws:dynamodb/table:Table", "t", {}, provider_region=None)
    messages = [v.message for v in rules.RULES_BY_ID["regional-resources-in-zone"].evaluate(record, context(EU))]
    assert messages == ["the resource names no region"]


def test_a_bucket_without_its_guards_is_reported():
    bucket = next(r for r in stack_records(EU) if r.name == "chat-prompts")
    others = [r for r in stack_records(EU) if bucket.urn not in r.refs.get("bucket", ())]
    found = sorted(v.message for v in evaluate(others, context(EU)) if v.rule == "s3-buckets-guarded")
    assert found == [
        "the bucket has no bucket policy",
        "the bucket has no default encryption configuration",
        "the bucket has no public access block",
    ]


def test_not_action_allow_statements_count_as_granting_everything():
    document = '{"Statement": [{"Effect": "Allow", "NotAction": "s3:*", "Resource": "*"}]}'
    record = ResourceRecord("aws:iam/rolePolicy:RolePolicy", "p", {"policy": document})
    found = {v.rule for v in evaluate([record], context(EU))}
    assert {"bedrock-grants-in-zone", "comprehend-grants-in-zone"} <= found
    excluded = (
        '{"Statement": [{"Effect": "Allow", "NotAction": ["bedrock:*", "comprehend:*", "lambda:*"], "Resource": "*"}]}'
    )
    record = ResourceRecord("aws:iam/rolePolicy:RolePolicy", "p", {"policy": excluded})
    assert evaluate([record], context(EU)) == []


def test_other_services_are_left_to_other_rules():
    document = '{"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}'
    record = ResourceRecord("aws:iam/policy:Policy", "p", {"policy": document})
    assert evaluate([record], context(EU)) == []


def test_unknown_values_during_preview_propagate_instead_of_passing():
    # CrossGuard turns UnknownValueError into "can't run during preview"; swallowing it would be a silent pass.
    props = unknown_checking_proxy({"policy": UNKNOWN_STRING_VALUE})
    record = rules.record_from_policy_args("aws:iam/policy:Policy", props, "p", "urn:p", None)
    with pytest.raises(UnknownValueError):
        rules.RULES_BY_ID["bedrock-grants-in-zone"].evaluate(record, context(EU))


def test_rules_read_pulumi_policy_proxies_like_plain_inputs():
    for record in stack_records(EU):
        proxied = dataclasses.replace(record, inputs=unknown_checking_proxy(dict(record.inputs)))
        assert [v for rule in rules.RULES for v in rule.evaluate(proxied, context(EU))] == []
    geo = {"restrictions": {"geoRestriction": {"restrictionType": "whitelist", "locations": ["CH"]}}}
    record = ResourceRecord("aws:cloudfront/distribution:Distribution", "d", unknown_checking_proxy(geo))
    assert [v.message for v in evaluate([record], context(EU))] == [
        "viewer country 'CH' is not one zone 'eu' may serve"
    ]


@pytest.mark.parametrize(
    ("config", "zone", "exempt"),
    [
        (None, "eu", rules.DEFAULT_SSE_S3_BUCKETS),
        ({"zone": "us"}, "us", rules.DEFAULT_SSE_S3_BUCKETS),
        ({"zone": "eu", "sseS3Buckets": []}, "eu", ()),
    ],
)
def test_context_from_policy_config(config, zone, exempt):
    built = rules.context_from_config(config)
    assert (built.zone.name, built.sse_s3_buckets) == (zone, exempt)


def test_an_unknown_zone_in_the_policy_config_is_an_error():
    with pytest.raises(ValueError, match="unknown residency zone 'europe'"):
        rules.context_from_config({"zone": "europe"})
