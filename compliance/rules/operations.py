"""Rules about the stack's operations resources: the alarm topic, its policy and where notifications go.

Alarm notifications carry alarm names, thresholds and metric values (never chat text or personal values), but
they still describe the service, so the topic is encrypted with a customer-managed key, only CloudWatch may
publish to it (and never without TLS), and whatever an alarm or a subscription sends to stays in the zone.
Where the resources themselves live is `regional-resources-in-zone`'s business.
"""

from __future__ import annotations

from compliance.rules import iam_documents as iam
from compliance.rules.records import ResourceRecord, Rule, RuleContext
from compliance.rules.regions import region_problem
from components.iam_statements import ARN_OPERATORS

__all__ = ["OPERATIONS_RULES"]

_TOPIC = "aws:sns/topic:Topic"
_TOPIC_POLICY = "aws:sns/topicPolicy:TopicPolicy"
_SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription"
_ALARM_TYPES = ("aws:cloudwatch/metricAlarm:MetricAlarm", "aws:cloudwatch/compositeAlarm:CompositeAlarm")
_ALARM_ACTIONS = ("alarmActions", "okActions", "insufficientDataActions")
#: AWS's own SNS key: encrypts, but anyone in the account who may use SNS may read through it.
_AWS_MANAGED_SNS_KEYS = ("alias/aws/sns",)
#: Protocols that deliver over plain HTTP.
_PLAIN_PROTOCOLS = ("http",)


def _check_topic_encryption(record: ResourceRecord, context: RuleContext) -> list[str]:
    key = record.inputs.get("kmsMasterKeyId")
    if not key:
        return ["the topic is not encrypted (kmsMasterKeyId): SSE with the stack's customer-managed key is required"]
    if any(str(key).endswith(alias) for alias in _AWS_MANAGED_SNS_KEYS):
        return [f"the topic uses the AWS managed key {key}: a customer-managed key is required"]
    if str(key).startswith("arn:"):
        problem = region_problem(iam.region_field_of_arn(str(key)), context, "the topic's key")
        return [problem] if problem else []
    return []


def _check_topic_policy(record: ResourceRecord, context: RuleContext) -> list[str]:
    try:
        statements = iam.parse_policy_document(record.inputs.get("policy"))
    except ValueError as error:
        return [f"not a readable topic policy ({error})"]
    problems = []
    tls_only = False
    for statement in statements:
        label = iam.statement_label(statement)
        if statement.allows and iam.is_everyone(statement.principal) and not statement.condition:
            problems.append(f"{label} allows every principal without a condition: the topic is public")
        cloudwatch = statement.allows and statement.principal == {"Service": "cloudwatch.amazonaws.com"}
        if cloudwatch and not iam.condition_values(statement.condition, "aws:SourceArn", ARN_OPERATORS):
            problems.append(f"{label} lets CloudWatch publish for any alarm: pin aws:SourceArn to the stack's")
        problems += [
            f"{label} compares an ARN-typed condition key as a string ({compared}): use ArnEquals/ArnLike"
            for compared in iam.arn_keys_compared_as_strings(statement.condition)
        ]
        tls_only = tls_only or iam.denies_insecure_transport(statement)
    if not tls_only:
        problems.append("no TLS-only statement (Deny to everyone when aws:SecureTransport is false)")
    return problems


def _arn_problem(target: str, context: RuleContext, what: str) -> str | None:
    if not target.startswith("arn:"):
        return f"{what} {target!r} is not an ARN"
    return region_problem(iam.region_field_of_arn(target), context, f"{what} {target}")


def _check_notifications(record: ResourceRecord, context: RuleContext) -> list[str]:
    problems: list[str] = []
    if record.type == _SUBSCRIPTION:
        protocol = str(record.inputs.get("protocol") or "").lower()
        endpoint = str(record.inputs.get("endpoint") or "")
        if protocol in _PLAIN_PROTOCOLS:
            problems.append(f"the subscription delivers over plain {protocol}: use https or e-mail")
        elif protocol in ("sqs", "lambda", "firehose", "application"):
            problem = _arn_problem(endpoint, context, f"the {protocol} endpoint")
            problems += [problem] if problem else []
        topic = str(record.inputs.get("topic") or "")
        problem = _arn_problem(topic, context, "the subscribed topic")
        return problems + ([problem] if problem else [])
    for field in _ALARM_ACTIONS:
        for action in iam.as_list(record.inputs.get(field)):
            problem = _arn_problem(str(action), context, f"{field} target")
            if problem:
                problems.append(problem)
    return problems


OPERATIONS_RULES: tuple[Rule, ...] = (
    Rule(
        "sns-topics-encrypted",
        "SNS topics encrypted with a customer-managed key",
        "SNS topics (the alarm topic) are encrypted with a customer-managed KMS key of the zone (kmsMasterKeyId), "
        "not the AWS managed alias/aws/sns key.",
        (_TOPIC,),
        _check_topic_encryption,
    ),
    Rule(
        "sns-topic-policies-guarded",
        "SNS topic policies not public, TLS-only",
        "Topic policies allow no one unconditionally, let CloudWatch publish only for alarms named by aws:SourceArn "
        "(ArnLike/ArnEquals), and deny publishing without TLS (aws:SecureTransport false).",
        (_TOPIC_POLICY,),
        _check_topic_policy,
    ),
    Rule(
        "alarm-notifications-in-zone",
        "Alarm notifications stay in the zone",
        "Alarm actions (alarm, OK, insufficient data) are ARNs in zone regions; subscriptions subscribe topics of "
        "the zone, deliver to ARNs of the zone (SQS, Lambda, Firehose) and never over plain http. An e-mail "
        "subscription leaves AWS by design: it carries alarm names and figures, never chat data.",
        (*_ALARM_TYPES, _SUBSCRIPTION),
        _check_notifications,
    ),
)
