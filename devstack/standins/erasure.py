"""LOCAL ONLY: the erasure table and the KMS HMAC key of the erasure index, created in moto like the deployed stack.

The deployed stack declares both in `components/chat_function.py` (`docs/privacy.md`); here they are created in
the moto server the local stack runs, the key under an alias since moto gives it a random id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from runtime.aws.erasure_items import record_table_definition

#: The KMS key of the erasure index: an HMAC key (`GenerateMac` only; its material never leaves KMS).
HMAC_KEY_SPEC = "HMAC_256"
HMAC_KEY_USAGE = "GENERATE_VERIFY_MAC"


def provision_erasure(endpoint: str | None, credentials: Mapping[str, Any], record_table: str, key_alias: str) -> str:
    """Create the erasure table (TTL `expiresAt`) and the HMAC key with its alias at `endpoint`; the key's ARN."""
    import boto3

    dynamodb = boto3.client("dynamodb", endpoint_url=endpoint, **credentials)
    dynamodb.create_table(**record_table_definition(record_table))
    dynamodb.update_time_to_live(
        TableName=record_table, TimeToLiveSpecification={"Enabled": True, "AttributeName": "expiresAt"}
    )
    kms = boto3.client("kms", endpoint_url=endpoint, **credentials)
    key = kms.create_key(KeySpec=HMAC_KEY_SPEC, KeyUsage=HMAC_KEY_USAGE, Description="erasure index (local)")
    arn: str = key["KeyMetadata"]["Arn"]
    kms.create_alias(AliasName=key_alias, TargetKeyId=key["KeyMetadata"]["KeyId"])
    return arn
