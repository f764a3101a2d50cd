"""DynamoDB shapes of erasure (pure: no boto3, no I/O): the value index, a session's deletion, the erasure record.

- **Value index**: every vault item (`pk=SESSION#<id>`, `sk=VAULT#<placeholder>`, `runtime.aws.session_items`)
  carries `valueKey`, the keyed hash (hex) of its value's index message (`runtime.privacy.erasure_keys`), never
  more of the value than the vault item itself holds. The hash lives on the vault item, so it is written, expires
  and is deleted with the value. The sessions table's global secondary index `VALUE_INDEX` (partition key
  `valueKey`, keys only) finds the sessions holding a value.
- **Deleting a session**: every item of its partition, in transactions of Delete items, the META item in the
  first one (the session answers 404 from then on, whatever follows).
- **Erasure record**: one item per erased session in the erasure table (not the sessions table: a
  point-in-time restore of the sessions table does not roll it back): `pk` the keyed hash of the session id,
  `erasedAt`, `how`, and `expiresAt` once no restorable backup can hold the session any more.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from runtime.aws.session_items import META, SESSION_PREFIX, VAULT_PREFIX, now_iso, session_key
from runtime.aws.transactions import MAX_TRANSACTION_ITEMS

Item = dict[str, Any]

#: The attribute of a vault item holding its value's keyed hash, and the sessions table's index on it.
VALUE_KEY_ATTRIBUTE: Final = "valueKey"
VALUE_INDEX: Final = "by-value-key"
#: Key attribute of the erasure table.
RECORD_KEY: Final = "pk"
#: How an erasure was requested (the record's `how` and the metric's name): closed set, no personal data.
BY_PERSON: Final = "person"
BY_OPERATOR_SESSION: Final = "operator-session"
BY_OPERATOR_VALUE: Final = "operator-value"
REQUEST_KINDS: Final = (BY_PERSON, BY_OPERATOR_SESSION, BY_OPERATOR_VALUE)
#: DynamoDB's point-in-time recovery window (days): a restore can reach this far back, no further.
PITR_WINDOW_DAYS: Final = 35
#: An erasure record is kept this long after the erasure: past the recovery window, with a margin for a
#: restore started on its last day and re-applied afterwards.
RECORD_KEEP_DAYS: Final = PITR_WINDOW_DAYS + 5
_DAY_SECONDS: Final = 86400


def tag_vault_puts(transactions: Iterable[Sequence[Item]], value_keys: Mapping[str, str]) -> int:
    """Give every vault Put of the write its value's keyed hash (`value_keys`: placeholder -> hash), in place.

    Returns how many were tagged; a vault Put without a hash in `value_keys` is left as it is.
    """
    tagged = 0
    for transaction in transactions:
        for entry in transaction:
            item = entry.get("Put", {}).get("Item", {})
            sort_key = item.get("sk", {}).get("S", "")
            placeholder = sort_key[len(VAULT_PREFIX) :]
            if sort_key.startswith(VAULT_PREFIX) and placeholder in value_keys:
                item[VALUE_KEY_ATTRIBUTE] = {"S": value_keys[placeholder]}
                tagged += 1
    return tagged


def partition_keys_request(table: str, session_id: str) -> dict[str, Any]:
    """The `Query` reading the keys of every item of a session's partition (strongly consistent)."""
    return {
        "TableName": table,
        "KeyConditionExpression": "pk = :pk",
        "ExpressionAttributeValues": {":pk": session_key(session_id)},
        "ProjectionExpression": "pk, sk",
        "ConsistentRead": True,
    }


def delete_transactions(table: str, keys: Sequence[Item]) -> list[list[Item]]:
    """The transactions deleting these items (keys `{pk, sk}`), the META item in the first one."""
    ordered = sorted(keys, key=lambda key: key["sk"]["S"] != META)
    deletes = [{"Delete": {"TableName": table, "Key": {"pk": key["pk"], "sk": key["sk"]}}} for key in ordered]
    return [deletes[start : start + MAX_TRANSACTION_ITEMS] for start in range(0, len(deletes), MAX_TRANSACTION_ITEMS)]


def session_id_of(partition_key: str) -> str | None:
    """The session id of a sessions-table partition key (None for the other partitions, e.g. the ceiling)."""
    return partition_key[len(SESSION_PREFIX) :] if partition_key.startswith(SESSION_PREFIX) else None


def value_lookup_request(table: str, value_key: str) -> dict[str, Any]:
    """The `Query` of the value index for one keyed hash (eventually consistent, as every index read)."""
    return {
        "TableName": table,
        "IndexName": VALUE_INDEX,
        "KeyConditionExpression": f"{VALUE_KEY_ATTRIBUTE} = :key",
        "ExpressionAttributeValues": {":key": {"S": value_key}},
    }


def record_put(table: str, session_key_hash: str, how: str, timestamp: float) -> dict[str, Any]:
    """The `PutItem` recording one erasure (no personal data: a keyed hash, a time, a closed-set `how`)."""
    if how not in REQUEST_KINDS:
        raise ValueError(f"unknown erasure request kind {how!r}")
    item = {
        RECORD_KEY: {"S": session_key_hash},
        "erasedAt": {"S": now_iso(timestamp)},
        "how": {"S": how},
        "expiresAt": {"N": str(int(timestamp) + RECORD_KEEP_DAYS * _DAY_SECONDS)},
    }
    return {"TableName": table, "Item": item}


def table_definition(name: str) -> dict[str, Any]:
    """`CreateTable` arguments of the sessions table as the runtime needs it (the local stack and tests; the
    deployed table is declared in `components/chat_function.py` from the same constants)."""
    return {
        "TableName": name,
        "AttributeDefinitions": [
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "sk", "AttributeType": "S"},
            {"AttributeName": VALUE_KEY_ATTRIBUTE, "AttributeType": "S"},
        ],
        "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
        "GlobalSecondaryIndexes": [
            {
                "IndexName": VALUE_INDEX,
                "KeySchema": [{"AttributeName": VALUE_KEY_ATTRIBUTE, "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            }
        ],
        "BillingMode": "PAY_PER_REQUEST",
    }


def record_table_definition(name: str) -> dict[str, Any]:
    """`CreateTable` arguments of the erasure table (local stack and tests)."""
    return {
        "TableName": name,
        "AttributeDefinitions": [{"AttributeName": RECORD_KEY, "AttributeType": "S"}],
        "KeySchema": [{"AttributeName": RECORD_KEY, "KeyType": "HASH"}],
        "BillingMode": "PAY_PER_REQUEST",
    }
