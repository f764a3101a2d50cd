"""The grants of erasure (docs/privacy.md), as pure functions of plain values (no Pulumi).

The function may delete the items of session partitions only (`SESSION#...`: a conversation, its index items
and its usage; never the service's daily ceiling), add to the erasure record without reading or changing it,
and compute keyed hashes with the value key (`kms:GenerateMac`, nothing else). The value key is an HMAC key
administered by the account through IAM like the stack key; no service principal may use it.

`PITR_WINDOW_DAYS` and `RECORD_KEEP_DAYS` (the backup window, how long an erasure is recorded) are the runtime's,
given here to what reviews the stack without importing the runtime.
"""

from __future__ import annotations

from typing import Any, Final

from components.iam_statements import Statement, policy_document
from runtime.aws.erasure_items import PITR_WINDOW_DAYS, RECORD_KEEP_DAYS
from runtime.aws.session_items import SESSION_PREFIX

__all__ = [
    "PITR_WINDOW_DAYS",
    "RECORD_ACTIONS",
    "RECORD_KEEP_DAYS",
    "SESSION_DELETE_ACTIONS",
    "VALUE_KEY_ACTIONS",
    "VALUE_KEY_SPEC",
    "VALUE_KEY_USAGE",
    "erasure_statements",
    "value_key_policy",
]

#: Deleting a session's items (TransactWriteItems of Delete items is authorized as DeleteItem, per item).
SESSION_DELETE_ACTIONS: Final = ("dynamodb:DeleteItem",)
#: Recording an erasure: one PutItem; the function never reads the record.
RECORD_ACTIONS: Final = ("dynamodb:PutItem",)
#: Computing keyed hashes (`runtime.aws.keyed_hash`).
VALUE_KEY_ACTIONS: Final = ("kms:GenerateMac",)
#: The value key: HMAC-SHA-256, its material never leaves KMS.
VALUE_KEY_SPEC: Final = "HMAC_256"
VALUE_KEY_USAGE: Final = "GENERATE_VERIFY_MAC"


def _scoped(arn: str, what: str) -> str:
    if not arn.startswith("arn:") or "*" in arn:
        raise ValueError(f"{what}: {arn!r} is not a scoped resource ARN")
    return arn


def erasure_statements(table_arn: str, record_table_arn: str, value_key_arn: str) -> list[Statement]:
    """The execution role's erasure grants: delete session items, record erasures, hash with the value key."""
    return [
        {
            "Sid": "EraseSessionItems",
            "Effect": "Allow",
            "Action": list(SESSION_DELETE_ACTIONS),
            "Resource": [_scoped(table_arn, "sessions table")],
            "Condition": {"ForAllValues:StringLike": {"dynamodb:LeadingKeys": [f"{SESSION_PREFIX}*"]}},
        },
        {
            "Sid": "RecordErasures",
            "Effect": "Allow",
            "Action": list(RECORD_ACTIONS),
            "Resource": [_scoped(record_table_arn, "erasure table")],
        },
        {
            "Sid": "KeyedHashesWithTheValueKey",
            "Effect": "Allow",
            "Action": list(VALUE_KEY_ACTIONS),
            "Resource": [_scoped(value_key_arn, "value key")],
        },
    ]


def value_key_policy(account_id: str) -> dict[str, Any]:
    """Key policy of the value key: the account administers it and grants its use through IAM only (the
    execution role's `kms:GenerateMac`, an operator's role for the erasure command)."""
    if not (account_id.isdigit() and len(account_id) == 12):
        raise ValueError(f"{account_id!r} is not an AWS account id")
    return policy_document(
        [
            {
                "Sid": "AccountAdministersThroughIam",
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{account_id}:root"},
                "Action": "kms:*",
                "Resource": "*",
            }
        ]
    )
