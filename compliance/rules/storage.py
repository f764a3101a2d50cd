"""Rules about data at rest: DynamoDB, S3 buckets (encryption, public access, TLS, companions), logs, KMS keys."""

from __future__ import annotations

from collections.abc import Sequence

from compliance.rules import iam_documents as iam
from compliance.rules.records import ResourceRecord, Rule, RuleContext, RuleViolation, StackRule, get_input

__all__ = ["BUCKETS_GUARDED", "STORAGE_RULES"]

_BUCKET_TYPES = ("aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2")
_SSE_TYPES = (
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
)
_PAB_TYPES = (
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
)
_BUCKET_POLICY_TYPE = "aws:s3/bucketPolicy:BucketPolicy"


def _check_dynamodb(record: ResourceRecord, context: RuleContext) -> list[str]:
    inputs = record.inputs
    problems = []
    if get_input(inputs, "serverSideEncryption", "enabled") is not True or not get_input(
        inputs, "serverSideEncryption", "kmsKeyArn"
    ):
        problems.append("not encrypted with a customer-managed KMS key (serverSideEncryption.kmsKeyArn)")
    if get_input(inputs, "pointInTimeRecovery", "enabled") is not True:
        problems.append("point-in-time recovery is off")
    if get_input(inputs, "ttl", "enabled") is not True or not get_input(inputs, "ttl", "attributeName"):
        problems.append("no TTL attribute: items would be kept for ever")
    return problems


def _sse_s3_exempt(name: str, context: RuleContext) -> bool:
    return any(name == bucket or name.startswith(f"{bucket}-") for bucket in context.sse_s3_buckets)


def _check_s3_encryption(record: ResourceRecord, context: RuleContext) -> list[str]:
    rules = iam.as_list(record.inputs.get("rules"))
    if record.type in _BUCKET_TYPES:
        inline = record.inputs.get("serverSideEncryptionConfiguration")
        if inline is None:
            return []  # the separate configuration resource is checked (and required by s3-buckets-guarded)
        rules = iam.as_list(get_input(inline, "rule"))
    if not rules:
        return ["no default encryption rule"]
    problems = []
    for rule in rules:
        default = get_input(rule, "applyServerSideEncryptionByDefault")
        algorithm = get_input(default, "sseAlgorithm")
        if algorithm in ("aws:kms", "aws:kms:dsse"):
            if not get_input(default, "kmsMasterKeyId"):
                problems.append("SSE-KMS without a customer-managed key (kmsMasterKeyId)")
        elif algorithm == "AES256" and _sse_s3_exempt(record.name, context):
            continue
        else:
            problems.append(f"default encryption is {algorithm!r}: SSE-KMS with a customer-managed key is required")
    return problems


def _check_public_access_block(record: ResourceRecord, context: RuleContext) -> list[str]:
    flags = ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")
    return [f"{flag} is not true" for flag in flags if record.inputs.get(flag) is not True]


def _check_bucket_policy(record: ResourceRecord, context: RuleContext) -> list[str]:
    try:
        statements = iam.parse_policy_document(record.inputs.get("policy"))
    except ValueError as error:
        return [f"not a readable bucket policy ({error})"]
    problems = []
    tls_only = False
    for statement in statements:
        if statement.allows and iam.is_everyone(statement.principal) and not statement.condition:
            label = iam.statement_label(statement)
            problems.append(f"{label} allows every principal without a condition: the bucket is public")
        if (
            iam.denies_insecure_transport(statement)
            and any(iam.covers_whole_service(a, "s3") for a in statement.actions)
            and any("/" not in r.split(":::", 1)[-1] for r in statement.resources)
            and any(r.endswith("/*") for r in statement.resources)
        ):
            tls_only = True
    if not tls_only:
        problems.append("no TLS-only statement (Deny s3:* to everyone when aws:SecureTransport is false)")
    return problems


def _check_logs(record: ResourceRecord, context: RuleContext) -> list[str]:
    problems = []
    if not record.inputs.get("kmsKeyId"):
        problems.append("log group not encrypted with a KMS key (kmsKeyId)")
    retention = record.inputs.get("retentionInDays")
    if not isinstance(retention, (int, float)) or retention <= 0:
        problems.append("no retention period: logs would be kept for ever")
    return problems


def _check_key_rotation(record: ResourceRecord, context: RuleContext) -> list[str]:
    spec = record.inputs.get("customerMasterKeySpec") or record.inputs.get("keySpec") or "SYMMETRIC_DEFAULT"
    if spec == "SYMMETRIC_DEFAULT" and record.inputs.get("enableKeyRotation") is not True:
        return ["automatic key rotation is off"]
    return []


def _companion_kind(type_token: str) -> str | None:
    if type_token in _PAB_TYPES:
        return "public access block"
    if type_token in _SSE_TYPES:
        return "default encryption configuration"
    if type_token == _BUCKET_POLICY_TYPE:
        return "bucket policy"
    return None


def _check_buckets_guarded(records: Sequence[ResourceRecord], context: RuleContext) -> list[RuleViolation]:
    companions: dict[str, set[str]] = {}
    for record in records:
        kind = _companion_kind(record.type)
        if kind is None:
            continue
        for urn in record.refs.get("bucket", ()):
            companions.setdefault(urn, set()).add(kind)
    required = ("public access block", "default encryption configuration", "bucket policy")
    violations = []
    for record in records:
        if record.type not in _BUCKET_TYPES:
            continue
        have = companions.get(record.urn, set())
        violations += [
            RuleViolation("s3-buckets-guarded", record.name, record.type, f"the bucket has no {kind}", record.urn)
            for kind in required
            if kind not in have
        ]
    return violations


#: The per-resource storage rules, in the order the report lists them.
STORAGE_RULES: tuple[Rule, ...] = (
    Rule(
        "dynamodb-encrypted-retained",
        "DynamoDB encrypted, recoverable, expiring",
        "Tables use a customer-managed KMS key, point-in-time recovery and a TTL attribute.",
        ("aws:dynamodb/table:Table",),
        _check_dynamodb,
    ),
    Rule(
        "s3-encrypted",
        "S3 encrypted with KMS",
        "Bucket default encryption is SSE-KMS with a customer-managed key (SSE-S3 only for the configured "
        "public-content buckets).",
        (*_SSE_TYPES, *_BUCKET_TYPES),
        _check_s3_encryption,
    ),
    Rule(
        "s3-public-access-blocked",
        "S3 public access blocked",
        "Public access blocks set all four flags to true.",
        _PAB_TYPES,
        _check_public_access_block,
    ),
    Rule(
        "s3-tls-only",
        "S3 bucket policies TLS-only and not public",
        "Bucket policies deny every request without TLS (aws:SecureTransport false) and allow no one unconditionally.",
        (_BUCKET_POLICY_TYPE,),
        _check_bucket_policy,
    ),
    Rule(
        "logs-encrypted-retained",
        "Logs encrypted and retained",
        "Log groups are encrypted with a KMS key and have a retention period.",
        ("aws:cloudwatch/logGroup:LogGroup",),
        _check_logs,
    ),
    Rule(
        "kms-key-rotation",
        "KMS keys rotate",
        "Symmetric customer-managed keys have automatic rotation on.",
        ("aws:kms/key:Key",),
        _check_key_rotation,
    ),
)

BUCKETS_GUARDED = StackRule(
    "s3-buckets-guarded",
    "Every bucket guarded",
    "Every S3 bucket has a public access block, a default encryption configuration resource (the inline "
    "setting is deprecated in pulumi-aws 7) and a bucket policy; the per-resource rules check their content.",
    _check_buckets_guarded,
)
