"""The erasure resources of a `ChatFunction` (docs/privacy.md): the value key, the erasure table, their grants.

- The value key: a KMS HMAC key (`HMAC_256`) in the function's region; the runtime and the operator command
  compute the keyed hashes of the value index and the erasure record with it (`runtime.aws.keyed_hash`).
  No automatic rotation: KMS does not rotate HMAC keys, and a new key would orphan the index.
- The erasure table: one item per erased session (keyed hash of its id, time, how requested), apart from the
  sessions table so that restoring that table from a backup does not roll it back; encrypted with the stack key,
  its items expire past the recovery window (`runtime.aws.erasure_items.RECORD_KEEP_DAYS`).
- The execution role's erasure grants (`components.erasure_grants`), as their own role policy.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from components.erasure_grants import VALUE_KEY_SPEC, VALUE_KEY_USAGE, erasure_statements, value_key_policy
from components.iam_statements import policy_json
from runtime.aws.erasure_items import RECORD_KEY

__all__ = ["ErasureStorage", "create_erasure_storage"]

#: The TTL attribute of the erasure record (as the sessions table's).
RECORD_TTL_ATTRIBUTE = "expiresAt"


@dataclass(frozen=True)
class ErasureStorage:
    """The value key, the erasure table and the role policy granting their use."""

    value_key: aws.kms.Key
    record_table: aws.dynamodb.Table
    grants: aws.iam.RolePolicy


def _value_key(name: str, region: str, tags: Mapping[str, str], parent: pulumi.Resource) -> aws.kms.Key:
    identity = aws.get_caller_identity_output(opts=pulumi.InvokeOutputOptions(parent=parent))
    return aws.kms.Key(
        f"{name}-value-key",
        region=region,
        description=f"{pulumi.get_project()} {pulumi.get_stack()}: keyed hashes of the erasure index and record",
        customer_master_key_spec=VALUE_KEY_SPEC,
        key_usage=VALUE_KEY_USAGE,
        deletion_window_in_days=30,
        policy=identity.account_id.apply(lambda account: json.dumps(value_key_policy(account), sort_keys=True)),
        tags=dict(tags),
        opts=pulumi.ResourceOptions(parent=parent),
    )


def _record_table(
    name: str, region: str, tags: Mapping[str, str], parent: pulumi.Resource, key_arn: pulumi.Input[str], protect: bool
) -> aws.dynamodb.Table:
    return aws.dynamodb.Table(
        f"{name}-erasures",
        region=region,
        billing_mode="PAY_PER_REQUEST",
        hash_key=RECORD_KEY,
        attributes=[{"name": RECORD_KEY, "type": "S"}],
        server_side_encryption={"enabled": True, "kms_key_arn": key_arn},
        point_in_time_recovery={"enabled": True},
        ttl={"attribute_name": RECORD_TTL_ATTRIBUTE, "enabled": True},
        deletion_protection_enabled=protect,
        tags=dict(tags),
        opts=pulumi.ResourceOptions(parent=parent),
    )


def create_erasure_storage(
    name: str,
    *,
    region: str,
    tags: Mapping[str, str],
    parent: pulumi.Resource,
    stack_key_arn: pulumi.Input[str],
    sessions_table_arn: pulumi.Input[str],
    role: aws.iam.Role,
    deletion_protection: bool,
) -> ErasureStorage:
    """The value key and the erasure table in `region`, and the role's grants to use them."""
    key = _value_key(name, region, tags, parent)
    table = _record_table(name, region, tags, parent, stack_key_arn, deletion_protection)
    grants = aws.iam.RolePolicy(
        f"{name}-role-erasure",
        role=role.id,
        policy=pulumi.Output.all(sessions_table_arn, table.arn, key.arn).apply(
            lambda arns: policy_json(erasure_statements(arns[0], arns[1], arns[2]))
        ),
        opts=pulumi.ResourceOptions(parent=parent),
    )
    return ErasureStorage(key, table, grants)
