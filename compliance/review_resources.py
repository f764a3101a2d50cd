"""The resource table of the compliance review: where each resource lives, how it is encrypted, how long it keeps data.

Reads an offline run (`compliance/offline_engine.py`) and the records built from it (`review_records.py`); pure
otherwise. Encryption keys are shown by their logical name (`chat-key`), resolved from the offline ARNs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from compliance.offline_engine import ProgramRun
from compliance.review_records import arn_names, component_of
from compliance.rules import ResourceRecord, global_service_note, is_zone_exception
from components.residency import ResidencyZone

__all__ = ["EXCEPTION", "GLOBAL", "IN_ZONE", "OUTSIDE", "UNKNOWN", "StackIndex", "describe_resources", "placement"]

#: Where a resource is with respect to the zone (the `zone` of a row; the glossary says what each type is).
IN_ZONE, GLOBAL, EXCEPTION, OUTSIDE, UNKNOWN = "in zone", "global", "stated exception", "OUTSIDE zone", "unknown"

_SSE_TYPES = (
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
)
_LIFECYCLE_TYPES = (
    "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
    "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
)
_VERSIONING_TYPES = ("aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2")
NONE = "-"


@dataclass
class StackIndex:
    """Look-ups across the run: records by URN, key names by ARN, a bucket's settings resources."""

    run: ProgramRun
    records: Mapping[str, ResourceRecord]
    names_by_arn: Mapping[str, str]

    @classmethod
    def build(cls, run: ProgramRun, records: list[ResourceRecord]) -> StackIndex:
        """Index a run and its records."""
        return cls(run, {r.urn: r for r in records}, arn_names(run))

    def name_of_arn(self, arn: Any) -> str:
        """The logical name of a KMS key ARN (the ARN itself when it is not one of the stack's keys)."""
        return self.names_by_arn.get(str(arn), str(arn))

    def companions(self, bucket: ResourceRecord, types: tuple[str, ...]) -> list[ResourceRecord]:
        """The resources of these types that refer to the bucket (its encryption, versioning, ...)."""
        return [r for r in self.records.values() if r.type in types and bucket.urn in r.refs.get("bucket", ())]

    def bucket_of(self, record: ResourceRecord) -> ResourceRecord | None:
        """The bucket a resource (an object, a setting) refers to."""
        urns = record.refs.get("bucket", ())
        return self.records.get(urns[0]) if urns else None


def placement(record: ResourceRecord, zone: ResidencyZone) -> tuple[str, str]:
    """The region column (a region code, `global` or `unknown`) and where that is for the zone (`IN_ZONE`, ...)."""
    if global_service_note(record.type) is not None:
        return "global", GLOBAL
    region = record.region
    if region is None:
        return "unknown", UNKNOWN
    if zone.allows_region(region):
        return region, IN_ZONE
    if is_zone_exception(record):
        return region, EXCEPTION
    return region, OUTSIDE


def _sse_text(index: StackIndex, rules: Any) -> str:
    texts = []
    for rule in rules if isinstance(rules, list) else []:
        default = rule.get("applyServerSideEncryptionByDefault") or {}
        algorithm = default.get("sseAlgorithm")
        if algorithm in ("aws:kms", "aws:kms:dsse"):
            key = default.get("kmsMasterKeyId")
            bucket_key = ", S3 Bucket Key" if rule.get("bucketKeyEnabled") else ""
            texts.append(f"SSE-KMS with {index.name_of_arn(key) if key else 'the AWS managed key aws/s3'}{bucket_key}")
        elif algorithm == "AES256":
            texts.append("SSE-S3 (S3-managed keys)")
    return "; ".join(texts) or "S3 default (SSE-S3)"


def _bucket(index: StackIndex, record: ResourceRecord) -> tuple[str, str]:
    encryption = index.companions(record, _SSE_TYPES)
    text = _sse_text(index, encryption[0].inputs.get("rules")) if encryption else "S3 default (SSE-S3)"
    versioning = index.companions(record, _VERSIONING_TYPES)
    versioned = any((v.inputs.get("versioningConfiguration") or {}).get("status") == "Enabled" for v in versioning)
    lifecycle = index.companions(record, _LIFECYCLE_TYPES)
    retention = "until replaced by a deployment"
    if versioned:
        retention += "; earlier versions kept"
    retention += "; lifecycle rules" if lifecycle else "; no expiry rule"
    return text, retention


def _object(index: StackIndex, record: ResourceRecord) -> tuple[str, str]:
    algorithm = record.inputs.get("serverSideEncryption")
    if algorithm in ("aws:kms", "aws:kms:dsse"):
        return f"SSE-KMS with {index.name_of_arn(record.inputs.get('kmsKeyId'))}", "until the next deployment"
    bucket = index.bucket_of(record)
    default = _bucket(index, bucket)[0] if bucket is not None else "bucket default"
    return f"bucket default: {default}", "until the next deployment"


def _table(index: StackIndex, record: ResourceRecord, history_days: int | None) -> tuple[str, str]:
    sse = record.inputs.get("serverSideEncryption") or {}
    key = sse.get("kmsKeyArn")
    encryption = f"SSE-KMS with {index.name_of_arn(key)}" if sse.get("enabled") and key else "AWS owned key"
    ttl = record.inputs.get("ttl") or {}
    pitr = record.inputs.get("pointInTimeRecovery") or {}
    parts = []
    if ttl.get("enabled"):
        sessions = history_days and record.inputs.get("rangeKey")  # the erasure record has no sort key
        days = f" ({history_days} days after the last message)" if sessions else ""
        parts.append(f"items expire by TTL on `{ttl.get('attributeName')}`{days}")
    else:
        parts.append("no TTL: items kept for ever")
    if pitr.get("enabled"):
        parts.append(f"point-in-time recovery backups {int(pitr.get('recoveryPeriodInDays') or 35)} days")
    return encryption, "; ".join(parts)


def _describe(index: StackIndex, record: ResourceRecord, history_days: int | None) -> tuple[str, str]:
    inputs = record.inputs
    kind = record.type
    if kind == "aws:kms/key:Key":
        rotation = "rotation on" if inputs.get("enableKeyRotation") else "rotation OFF"
        if str(inputs.get("customerMasterKeySpec", "")).startswith("HMAC_"):
            rotation = "HMAC key for keyed hashes (KMS rotates encryption keys only)"
        return (
            f"customer-managed KMS key, {rotation}",
            f"deletion window {inputs.get('deletionWindowInDays', 30):g} days",
        )
    if kind == "aws:dynamodb/table:Table":
        return _table(index, record, history_days)
    if kind in ("aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"):
        return _bucket(index, record)
    if kind.startswith("aws:s3/bucketObject"):
        return _object(index, record)
    if kind == "aws:cloudwatch/logGroup:LogGroup":
        key = inputs.get("kmsKeyId")
        retention = inputs.get("retentionInDays")
        return (
            f"KMS with {index.name_of_arn(key)}" if key else "CloudWatch default (service-managed)",
            f"{retention:g} days" if isinstance(retention, (int, float)) and retention > 0 else "kept for ever",
        )
    if kind == "aws:lambda/function:Function":
        key = inputs.get("kmsKeyArn")
        env_key = index.name_of_arn(key) if key else "the AWS managed key aws/lambda"
        return f"environment at rest with {env_key}", NONE
    if kind == "aws:bedrock/guardrail:Guardrail":
        key = inputs.get("kmsKeyArn")
        return (f"KMS with {index.name_of_arn(key)}" if key else "AWS owned key"), "configuration only"
    if kind == "aws:sns/topic:Topic":
        key = inputs.get("kmsMasterKeyId")
        return (f"SSE-KMS with {index.name_of_arn(key)}" if key else "no server-side encryption"), NONE
    if kind == "aws:wafv2/webAcl:WebAcl":
        sampled = _sampled_requests(inputs)
        return NONE, "rules only; sampled requests " + ("ON (kept 3 hours)" if sampled else "off")
    if kind == "aws:cloudfront/distribution:Distribution":
        logging = "access logs ON" if inputs.get("loggingConfig") else "no access logs"
        return "TLS to viewers and to origins", f"{logging}; the chat path /c is never cached"
    return NONE, NONE


def _sampled_requests(web_acl: Mapping[str, Any]) -> bool:
    configs = [web_acl.get("visibilityConfig") or {}]
    configs += [rule.get("visibilityConfig") or {} for rule in web_acl.get("rules") or []]
    return any(config.get("sampledRequestsEnabled") for config in configs)


def describe_resources(index: StackIndex, zone: ResidencyZone, history_days: int | None = None) -> list[dict[str, str]]:
    """One row per recorded resource, of any type: type, logical name, component, region, zone, encryption,
    retention (what a type is and holds is explained once, in the glossary: `review_glossary.py`)."""
    rows = []
    for resource in index.run.resources:
        record = index.records.get(resource.urn)
        if record is None:
            continue
        region, where = placement(record, zone)
        encryption, retention = _describe(index, record, history_days)
        rows.append(
            {
                "type": resource.type,
                "name": resource.name,
                "component": component_of(index.run, resource),
                "region": region,
                "zone": where,
                "encryption": encryption,
                "retention": retention,
            }
        )
    return sorted(rows, key=lambda row: (row["component"], row["type"], row["name"]))
