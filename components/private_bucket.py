"""A private, encrypted, versioned S3 bucket: the building block of the prompt and site buckets.

Not a component of its own: the resources are children of the component that calls `create_private_bucket`
(its `parent`). The bucket policy is left to the caller, who knows who may read (it must include
`iam_statements.tls_only_statement`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

__all__ = ["PrivateBucket", "create_private_bucket"]


@dataclass(frozen=True)
class PrivateBucket:
    """The bucket and the settings resources that objects must wait for."""

    bucket: aws.s3.Bucket
    public_access_block: aws.s3.BucketPublicAccessBlock
    encryption: aws.s3.BucketServerSideEncryptionConfiguration
    versioning: aws.s3.BucketVersioning
    ownership: aws.s3.BucketOwnershipControls

    @property
    def settled(self) -> list[pulumi.Resource]:
        """Resources to depend on before writing objects or the policy."""
        return [self.public_access_block, self.encryption, self.versioning, self.ownership]


def create_private_bucket(
    name: str,
    *,
    region: str,
    tags: Mapping[str, str],
    parent: pulumi.Resource,
    kms_key_arn: pulumi.Input[str] | None = None,
) -> PrivateBucket:
    """Create the bucket: all public access blocked, ACLs disabled, versioning on, default encryption.

    Encryption is SSE-KMS with `kms_key_arn` (S3 Bucket Key on), else SSE-S3 (AES-256).
    """
    opts = pulumi.ResourceOptions(parent=parent)
    bucket = aws.s3.Bucket(name, region=region, tags=dict(tags), opts=opts)
    child = pulumi.ResourceOptions(parent=parent, depends_on=[bucket])
    ownership = aws.s3.BucketOwnershipControls(
        f"{name}-ownership",
        region=region,
        bucket=bucket.id,
        rule={"object_ownership": "BucketOwnerEnforced"},
        opts=child,
    )
    public_access_block = aws.s3.BucketPublicAccessBlock(
        f"{name}-public-access-block",
        region=region,
        bucket=bucket.id,
        block_public_acls=True,
        block_public_policy=True,
        ignore_public_acls=True,
        restrict_public_buckets=True,
        opts=child,
    )
    default: aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgsDict = (
        {"sse_algorithm": "aws:kms", "kms_master_key_id": kms_key_arn}
        if kms_key_arn is not None
        else {"sse_algorithm": "AES256"}
    )
    rule: aws.s3.BucketServerSideEncryptionConfigurationRuleArgsDict = {
        "apply_server_side_encryption_by_default": default,
        "bucket_key_enabled": kms_key_arn is not None,
    }
    encryption = aws.s3.BucketServerSideEncryptionConfiguration(
        f"{name}-encryption", region=region, bucket=bucket.id, rules=[rule], opts=child
    )
    versioning = aws.s3.BucketVersioning(
        f"{name}-versioning",
        region=region,
        bucket=bucket.id,
        versioning_configuration={"status": "Enabled"},
        opts=child,
    )
    return PrivateBucket(bucket, public_access_block, encryption, versioning, ownership)
