"""The IAM, bucket and key policy statements of the stack, as pure functions of plain values.

No Pulumi here: the components turn their Outputs into plain strings and call these; the offline compliance
review and the policy pack reuse them to know what a compliant grant looks like. Every builder refuses a `*`
action and an empty or wildcard resource where the grant must be scoped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = [
    "ARN_CONDITION_KEYS",
    "ARN_OPERATORS",
    "BEDROCK_INVOKE_ACTIONS",
    "COMPREHEND_DETECT_ACTIONS",
    "DYNAMODB_ACTIONS",
    "KMS_USE_ACTIONS",
    "LOGS_ACTIONS",
    "Statement",
    "alarm_topic_policy",
    "arn_condition",
    "bedrock_invoke_statements",
    "cloudfront_read_statement",
    "comprehend_detect_statements",
    "dynamodb_statement",
    "guardrail_statement",
    "key_policy",
    "kms_use_statement",
    "lambda_assume_role_policy",
    "lambda_invoke_statement",
    "logs_statement",
    "policy_document",
    "policy_json",
    "prompt_object_statement",
    "tls_only_statement",
]

Statement = dict[str, Any]

#: ConverseStream is authorized as InvokeModelWithResponseStream, Converse as InvokeModel.
BEDROCK_INVOKE_ACTIONS = ("bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream")
#: Every Comprehend call the runtime makes (runtime/privacy/detection.py, sent by runtime/aws/comprehend.py).
COMPREHEND_DETECT_ACTIONS = (
    "comprehend:DetectEntities",
    "comprehend:DetectPiiEntities",
)
#: What the runtime calls (docs/runtime-contract.md): Query, and TransactWriteItems of Put, Update and
#: ConditionCheck items (a transaction is authorized per item action).
DYNAMODB_ACTIONS = ("dynamodb:ConditionCheckItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem")
#: Using the stack's key through DynamoDB and S3 (table items, the prompt object).
KMS_USE_ACTIONS = ("kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey")
LOGS_ACTIONS = ("logs:CreateLogStream", "logs:PutLogEvents")
#: Calling a platform-team tool (runtime/tools/lambda_tool.py): synchronous Invoke only.
LAMBDA_INVOKE_ACTIONS = ("lambda:InvokeFunction",)
#: Condition keys of type ARN that the stack's policies use: IAM compares them with the ARN operators (which
#: match ARN by ARN field, and `ArnLike` with wildcards per field), never with string operators.
ARN_CONDITION_KEYS = frozenset({"bedrock:InferenceProfileArn", "aws:SourceArn"})
#: The condition operators for ARN-typed keys (with their set and IfExists forms).
ARN_OPERATORS = (
    "ArnEquals",
    "ArnLike",
    "ArnEqualsIfExists",
    "ArnLikeIfExists",
    "ForAnyValue:ArnEquals",
    "ForAnyValue:ArnLike",
    "ForAllValues:ArnEquals",
    "ForAllValues:ArnLike",
)


def _check_actions(actions: Iterable[str]) -> list[str]:
    listed = sorted(set(actions))
    for action in listed:
        if "*" in action:
            raise ValueError(f"wildcard action {action!r} refused: grant named actions only")
    if not listed:
        raise ValueError("a statement needs at least one action")
    return listed


def _check_resources(resources: Iterable[str], what: str) -> list[str]:
    listed = sorted(set(resources))
    if not listed:
        raise ValueError(f"{what}: at least one resource ARN is required")
    for arn in listed:
        if arn == "*" or not arn.startswith("arn:"):
            raise ValueError(f"{what}: {arn!r} is not a scoped resource ARN")
    return listed


def arn_condition(key: str, arn: str) -> dict[str, dict[str, str]]:
    """A condition pinning an ARN-typed key to exactly one ARN (`ArnEquals`)."""
    if key.lower() not in {k.lower() for k in ARN_CONDITION_KEYS}:
        raise ValueError(f"{key} is not one of the ARN-typed condition keys {sorted(ARN_CONDITION_KEYS)}")
    if not arn.startswith("arn:") or "*" in arn or "?" in arn:
        raise ValueError(f"{key} must be pinned to one exact ARN, got {arn!r}")
    return {"ArnEquals": {key: arn}}


def policy_document(statements: Iterable[Statement]) -> dict[str, Any]:
    """An IAM policy document of these statements."""
    return {"Version": "2012-10-17", "Statement": list(statements)}


def policy_json(statements: Iterable[Statement]) -> str:
    """The policy document as canonical JSON (sorted keys: the same grants give the same text, no diff)."""
    return json.dumps(policy_document(statements), sort_keys=True, separators=(",", ":"))


# --- AI services ----------------------------------------------------------------------------------------------


def bedrock_invoke_statements(
    inference_profile_arn: str | None, foundation_model_arns: Sequence[str]
) -> list[Statement]:
    """Bedrock invoke grants: the profile plus its models in exactly its destination regions, or one model.

    With a cross-region inference profile, the foundation-model ARNs (one per destination region) are granted
    only when the call comes through that profile (`bedrock:InferenceProfileArn`). Without one, the single
    in-region model ARN is granted.
    """
    actions = _check_actions(BEDROCK_INVOKE_ACTIONS)
    models = _check_resources(foundation_model_arns, "Bedrock foundation models")
    if inference_profile_arn is None:
        if len(models) != 1:
            raise ValueError("an in-region model is granted on exactly one foundation-model ARN")
        return [{"Sid": "BedrockInRegionModel", "Effect": "Allow", "Action": actions, "Resource": models}]
    profile = _check_resources([inference_profile_arn], "Bedrock inference profile")
    return [
        {"Sid": "BedrockInferenceProfile", "Effect": "Allow", "Action": actions, "Resource": profile},
        {
            "Sid": "BedrockModelsThroughProfile",
            "Effect": "Allow",
            "Action": actions,
            "Resource": models,
            "Condition": arn_condition("bedrock:InferenceProfileArn", inference_profile_arn),
        },
    ]


def comprehend_detect_statements(regions: Sequence[str]) -> list[Statement]:
    """Comprehend detect calls, only in the configured region(s).

    Detect calls with the built-in models take no resource ARN, so the resource is `*` and the region is pinned
    with `aws:RequestedRegion`.
    """
    listed = sorted(set(regions))
    if not listed or any(not r or "*" in r for r in listed):
        raise ValueError("Comprehend needs at least one explicit region")
    return [
        {
            "Sid": "ComprehendDetectInRegion",
            "Effect": "Allow",
            "Action": _check_actions(COMPREHEND_DETECT_ACTIONS),
            "Resource": "*",
            "Condition": {"StringEquals": {"aws:RequestedRegion": listed}},
        }
    ]


def lambda_invoke_statement(function_arns: Sequence[str]) -> Statement:
    """Invoking exactly the declared tool functions (docs/tools.md): full function ARNs, never a wildcard."""
    arns = _check_resources(sorted(set(function_arns)), "Lambda tool functions")
    if not arns or any(":function:" not in arn or "*" in arn or "?" in arn for arn in arns):
        raise ValueError("Lambda tools are granted on explicit function ARNs")
    return {
        "Sid": "InvokeToolFunctions",
        "Effect": "Allow",
        "Action": _check_actions(LAMBDA_INVOKE_ACTIONS),
        "Resource": arns,
    }


def guardrail_statement(guardrail_arn: str) -> Statement:
    """Apply one Bedrock guardrail (needed when ConverseStream names it)."""
    return {
        "Sid": "BedrockApplyGuardrail",
        "Effect": "Allow",
        "Action": ["bedrock:ApplyGuardrail"],
        "Resource": _check_resources([guardrail_arn], "Bedrock guardrail"),
    }


# --- Chat function --------------------------------------------------------------------------------------------


def dynamodb_statement(table_arn: str) -> Statement:
    """The runtime's item actions on this table only."""
    return {
        "Sid": "SessionsTable",
        "Effect": "Allow",
        "Action": _check_actions(DYNAMODB_ACTIONS),
        "Resource": _check_resources([table_arn], "DynamoDB table"),
    }


def prompt_object_statement(bucket_name: str, key: str) -> Statement:
    """Read the system prompt object only."""
    if not bucket_name or not key or "*" in bucket_name or "*" in key:
        raise ValueError("the prompt grant needs an exact bucket and key")
    return {
        "Sid": "SystemPromptObject",
        "Effect": "Allow",
        "Action": ["s3:GetObject"],
        "Resource": [f"arn:aws:s3:::{bucket_name}/{key}"],
    }


def kms_use_statement(key_arn: str, via_services: Sequence[str]) -> Statement:
    """Use this key only, and only through the given services (e.g. `dynamodb.eu-central-1.amazonaws.com`)."""
    if not via_services:
        raise ValueError("the key grant needs the services it is used through")
    return {
        "Sid": "StackKeyThroughServices",
        "Effect": "Allow",
        "Action": _check_actions(KMS_USE_ACTIONS),
        "Resource": _check_resources([key_arn], "KMS key"),
        "Condition": {"StringEquals": {"kms:ViaService": sorted(set(via_services))}},
    }


def logs_statement(log_group_arn: str) -> Statement:
    """Write to this log group (and its streams) only."""
    group = _check_resources([log_group_arn], "log group")[0]
    return {
        "Sid": "OwnLogGroup",
        "Effect": "Allow",
        "Action": _check_actions(LOGS_ACTIONS),
        "Resource": [group, f"{group}:*"],
    }


def lambda_assume_role_policy() -> dict[str, Any]:
    """Trust policy: only the Lambda service may assume the execution role."""
    return policy_document(
        [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]
    )


# --- Buckets and keys -------------------------------------------------------------------------------------------


def tls_only_statement(bucket_arn: str) -> Statement:
    """Deny every request to the bucket that does not use TLS (`aws:SecureTransport` false)."""
    return {
        "Sid": "DenyInsecureTransport",
        "Effect": "Deny",
        "Principal": "*",
        "Action": "s3:*",
        "Resource": [bucket_arn, f"{bucket_arn}/*"],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
    }


def cloudfront_read_statement(bucket_arn: str, distribution_arn: str) -> Statement:
    """Let exactly one CloudFront distribution (through its Origin Access Control) read the bucket's objects."""
    return {
        "Sid": "CloudFrontDistributionReadOnly",
        "Effect": "Allow",
        "Principal": {"Service": "cloudfront.amazonaws.com"},
        "Action": "s3:GetObject",
        "Resource": f"{bucket_arn}/*",
        "Condition": arn_condition("aws:SourceArn", distribution_arn),
    }


def _from_stack_alarms(account_id: str, alarm_arn_pattern: str) -> dict[str, Any]:
    """CloudWatch acting for this account's alarms of this stack only (the confused-deputy guard)."""
    if not alarm_arn_pattern.startswith("arn:aws:cloudwatch:") or f":{account_id}:alarm:" not in alarm_arn_pattern:
        raise ValueError(f"not an alarm ARN pattern of account {account_id}: {alarm_arn_pattern!r}")
    return {"StringEquals": {"aws:SourceAccount": account_id}, "ArnLike": {"aws:SourceArn": alarm_arn_pattern}}


def alarm_topic_policy(topic_arn: str, account_id: str, alarm_arn_pattern: str) -> dict[str, Any]:
    """Topic policy of the alarm topic: CloudWatch may publish for the stack's alarms; no publish without TLS.

    The account's own principals manage and subscribe through IAM (same account); nobody else is allowed.
    """
    topic = _check_resources([topic_arn], "SNS topic")[0]
    return policy_document(
        [
            {
                "Sid": "CloudWatchAlarmsPublish",
                "Effect": "Allow",
                "Principal": {"Service": "cloudwatch.amazonaws.com"},
                "Action": "sns:Publish",
                "Resource": topic,
                "Condition": _from_stack_alarms(account_id, alarm_arn_pattern),
            },
            {
                "Sid": "DenyInsecureTransport",
                "Effect": "Deny",
                "Principal": "*",
                "Action": "sns:Publish",
                "Resource": topic,
                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
            },
        ]
    )


def key_policy(
    account_id: str, region: str, log_group_arn: str, alarm_arn_pattern: str | None = None
) -> dict[str, Any]:
    """Key policy of the stack key.

    The account administers the key through IAM (the AWS default key policy statement: without it the key
    could become unmanageable); CloudWatch Logs of the region may use it for this one log group only (the
    encryption context is pinned to the group's ARN). DynamoDB and S3 use it on behalf of the execution role,
    whose IAM policy grants the few actions it needs (`kms_use_statement`). With `alarm_arn_pattern`,
    CloudWatch may use it to publish to the alarm topic it encrypts (`kms:GenerateDataKey`, `kms:Decrypt`),
    for this account's alarms of that pattern only.
    """
    statements: list[Statement] = [
        {
            "Sid": "AccountAdministersThroughIam",
            "Effect": "Allow",
            "Principal": {"AWS": f"arn:aws:iam::{account_id}:root"},
            "Action": "kms:*",
            "Resource": "*",
        },
        {
            "Sid": "CloudWatchLogsForTheFunctionLogGroup",
            "Effect": "Allow",
            "Principal": {"Service": f"logs.{region}.amazonaws.com"},
            "Action": [
                "kms:Decrypt",
                "kms:DescribeKey",
                "kms:Encrypt",
                "kms:GenerateDataKey",
                "kms:GenerateDataKeyWithoutPlaintext",
                "kms:ReEncryptFrom",
                "kms:ReEncryptTo",
            ],
            "Resource": "*",
            "Condition": {"ArnEquals": {"kms:EncryptionContext:aws:logs:arn": log_group_arn}},
        },
    ]
    if alarm_arn_pattern is not None:
        statements.append(
            {
                "Sid": "CloudWatchAlarmsToTheEncryptedTopic",
                "Effect": "Allow",
                "Principal": {"Service": "cloudwatch.amazonaws.com"},
                "Action": ["kms:Decrypt", "kms:GenerateDataKey"],
                "Resource": "*",
                "Condition": _from_stack_alarms(account_id, alarm_arn_pattern),
            }
        )
    return policy_document(statements)
