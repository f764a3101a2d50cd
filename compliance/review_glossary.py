"""What each resource type of the review is, and which chat data it holds: explained once per type, not per row.

`explain` answers for any type token: a type this module knows has its own entry; any other type (a new
component's resources, another provider's) gets a generic entry marked as not classified, so a resource the
review has not been taught about is still listed and flagged for a reviewer instead of passing as harmless.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from compliance.rules import GLOBAL_SERVICES

__all__ = [
    "DATA_CLASS_TEXT",
    "NONE",
    "PSEUDONYMIZED",
    "RAW",
    "TYPE_GLOSSARY",
    "UNCLASSIFIED",
    "TypeEntry",
    "data_class_rank",
    "explain",
    "global_services",
    "resource_types",
]

#: What chat data a resource or a service holds or processes (JSON values).
RAW, UNCLASSIFIED, PSEUDONYMIZED, NONE = "raw", "unclassified", "pseudonymized", "none"
#: How the Markdown report names each class.
DATA_CLASS_TEXT: Mapping[str, str] = {
    RAW: "RAW personal data",
    UNCLASSIFIED: "NOT CLASSIFIED (check)",
    PSEUDONYMIZED: "PSEUDONYMIZED text only",
    NONE: "no chat data",
}
# Most sensitive first: a region holding several classes is shown with the first one.
_RANK = (RAW, UNCLASSIFIED, PSEUDONYMIZED, NONE)


def data_class_rank(data_class: str) -> int:
    """Sort key of a data class: raw first, then not classified, pseudonymized, none."""
    return _RANK.index(data_class) if data_class in _RANK else 0


@dataclass(frozen=True)
class TypeEntry:
    """One resource type: a short label, what it is and does, and the chat data it holds."""

    label: str
    explanation: str
    data_class: str
    described: bool = True


def _entry(label: str, explanation: str, data_class: str = NONE) -> TypeEntry:
    return TypeEntry(label, explanation, data_class)


TYPE_GLOSSARY: Mapping[str, TypeEntry] = {
    "aws:lambda/function:Function": _entry(
        "Lambda function",
        "Runs the chat: receives each message with its personal data, detects and pseudonymizes it, calls the "
        "model and streams the answer back re-identified. Keeps nothing between requests; its environment "
        "variables hold settings, no personal data.",
        RAW,
    ),
    "aws:lambda/functionUrl:FunctionUrl": _entry(
        "Lambda function URL",
        "The function's HTTPS endpoint. AWS_IAM auth: only requests signed by CloudFront's Origin Access "
        "Control reach it.",
    ),
    "aws:lambda/permission:Permission": _entry(
        "Lambda permission",
        "Lets one principal (CloudFront, scoped to the distribution's ARN) invoke the function or its URL.",
    ),
    "aws:dynamodb/table:Table": _entry(
        "DynamoDB table",
        "Stores each session: the pseudonymized conversation, the pseudonym vault (placeholder to original), "
        "its index of keyed hashes and the user's original messages, KMS-encrypted, deleted by TTL or on "
        "request; point-in-time recovery keeps backups. The erasure record holds keyed hashes of erased "
        "sessions' ids only.",
        RAW,
    ),
    "aws:cloudwatch/logGroup:LogGroup": _entry(
        "CloudWatch log group",
        "The function's logs: operational events only (no message text, no personal data, no session ids).",
    ),
    "aws:cloudwatch/metricAlarm:MetricAlarm": _entry(
        "CloudWatch alarm",
        "Watches one metric (errors, latency, throttles, ...) and notifies an SNS topic when it crosses its "
        "threshold. Metrics are counts and timings, no chat data.",
    ),
    "aws:cloudwatch/dashboard:Dashboard": _entry(
        "CloudWatch dashboard",
        "Graphs of the stack's metrics. AWS lists dashboards account-wide (global, not region-specific); a "
        "dashboard holds widget definitions and metric names, no chat data.",
    ),
    "aws:sns/topic:Topic": _entry(
        "SNS topic",
        "Relays alarm notifications (alarm name, metric, state) to its subscribers; no chat data.",
    ),
    "aws:sns/topicPolicy:TopicPolicy": _entry(
        "SNS topic policy", "Who may publish to a topic: the stack's own CloudWatch alarms only."
    ),
    "aws:sns/topicSubscription:TopicSubscription": _entry(
        "SNS subscription",
        "Delivers a topic's notifications to one endpoint, e.g. the operators' e-mail address (personal data "
        "of an operator, not chat data).",
    ),
    "aws:kms/key:Key": _entry(
        "KMS key",
        "Customer-managed key that encrypts the stack's data at rest (table, prompt bucket, logs), or the HMAC "
        "key of the erasure index's keyed hashes; key material only.",
    ),
    "aws:s3/bucket:Bucket": _entry(
        "S3 bucket",
        "Holds the stack's files (the system prompt, the public chat page), never chat messages.",
    ),
    "aws:s3/bucketObjectv2:BucketObjectv2": _entry(
        "S3 object",
        "One file in a bucket, written by a deployment: the system prompt or a file of the chat page.",
    ),
    "aws:s3/bucketOwnershipControls:BucketOwnershipControls": _entry(
        "S3 ownership controls", "The bucket owner owns every object (ACLs disabled)."
    ),
    "aws:s3/bucketPolicy:BucketPolicy": _entry(
        "S3 bucket policy",
        "Who may use a bucket: requests without TLS are denied; only the function (prompt) or CloudFront "
        "through its Origin Access Control (page) may read.",
    ),
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": _entry(
        "S3 public access block", "Blocks every form of public access to a bucket."
    ),
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": _entry(
        "S3 default encryption", "A bucket's default encryption (shown in the bucket's row)."
    ),
    "aws:s3/bucketVersioning:BucketVersioning": _entry(
        "S3 versioning", "Keeps earlier versions of replaced objects in a bucket."
    ),
    "aws:iam/role:Role": _entry(
        "IAM role",
        "The identity the function runs as; its policies say what it may call and where (see what the "
        "function may call).",
    ),
    "aws:iam/policy:Policy": _entry("IAM managed policy", "Permissions attached to a role."),
    "aws:iam/rolePolicy:RolePolicy": _entry("IAM inline policy", "Permissions embedded in a role."),
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": _entry(
        "IAM policy attachment", "Attaches a managed policy to a role."
    ),
    "aws:bedrock/guardrail:Guardrail": _entry(
        "Bedrock Guardrail",
        "A second net on the model's input: masks listed PII types that the function's pseudonymization "
        "might have missed. Configuration only.",
    ),
    "aws:bedrock/guardrailVersion:GuardrailVersion": _entry(
        "Bedrock Guardrail version", "The fixed guardrail version the function calls."
    ),
    "aws:cloudfront/distribution:Distribution": _entry(
        "CloudFront distribution",
        "The public entry point: geo allow-list, WAF, TLS. Serves the page from the site bucket and forwards "
        "/c to the function URL, never cached; edge locations see the messages in transit (see regions used).",
        RAW,
    ),
    "aws:cloudfront/originAccessControl:OriginAccessControl": _entry(
        "CloudFront origin access control",
        "Makes CloudFront sign its requests to an origin (SigV4), so that the bucket and the function URL "
        "accept CloudFront only.",
    ),
    "aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy": _entry(
        "CloudFront response headers policy",
        "Security headers on every response (HSTS, nosniff, frame DENY, no-referrer, CSP).",
    ),
    "aws:wafv2/webAcl:WebAcl": _entry(
        "WAF web ACL",
        "Rules in front of CloudFront (per-IP rate limits, AWS managed rules). CLOUDFRONT scope, so AWS keeps "
        "it in us-east-1; it holds rules, and sampled requests are off.",
    ),
    "aws:acm/certificate:Certificate": _entry(
        "ACM certificate", "The custom domain's TLS certificate for CloudFront (AWS accepts it in us-east-1 only)."
    ),
    "aws:acm/certificateValidation:CertificateValidation": _entry(
        "ACM certificate validation", "Waits until the certificate's DNS validation succeeds."
    ),
    "aws:route53/record:Record": _entry(
        "Route 53 record", "A DNS record of the custom domain (its alias or the certificate's validation)."
    ),
}


def explain(type_token: str) -> TypeEntry:
    """The type's entry; a generic, not-classified one for a type this module does not know."""
    known = TYPE_GLOSSARY.get(type_token)
    if known is not None:
        return known
    module, _, name = type_token.rpartition(":")
    service = module.split(":")[-1].split("/")[0] if module else type_token
    return TypeEntry(
        label=f"{service} {name}".strip(),
        explanation="Not described by this review yet: listed with the region it is declared in; check what "
        "data it holds before relying on this report.",
        data_class=UNCLASSIFIED,
        described=False,
    )


def resource_types(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One entry per resource type of the report's rows: label, explanation, chat data, how many resources."""
    counts = Counter(str(row["type"]) for row in rows)
    entries = []
    for type_token in sorted(counts, key=lambda t: (explain(t).label.lower(), t)):
        entry = explain(type_token)
        entries.append(
            {
                "type": type_token,
                "label": entry.label,
                "explanation": entry.explanation,
                "chatData": entry.data_class,
                "count": counts[type_token],
                "described": entry.described,
            }
        )
    return entries


def global_services(types: Iterable[str]) -> list[dict[str, str]]:
    """What "global" means, once per global service among these types (IAM, CloudFront, Route 53)."""
    present = set(types)
    return [
        {"prefix": prefix, "note": note}
        for prefix, note in GLOBAL_SERVICES.items()
        if any(t.startswith(prefix) for t in present)
    ]
