"""DynamoDB requests of a turn's lease on its session (pure: no boto3, no I/O).

A turn holds its session from before its first model call until its answer is stored: `leaseId` (the turn's
random token) and `leaseUntil` (epoch seconds) on the session's META item. Taking it is one conditional
`UpdateItem` (the session exists, has not expired, has budget left, and no unexpired lease is on it); a new
session's META item is created already leased. The answer's write releases it in the same transaction
(`runtime.aws.session_items.assistant_message_items`); a turn that ends without one releases it with
`release_request`, adding the tokens its model calls spent. `lease_refusal` tells why a lease was refused.
"""

from __future__ import annotations

from typing import Any

from runtime.aws.session_items import HOLDS_LEASE, META, Item, WriteContext, session_key
from runtime.chat.session import BudgetExhausted, Lease, SessionBusy, SessionNotFound


def meta_key(session_id: str) -> dict[str, Any]:
    """The key of a session's META item."""
    return {"pk": session_key(session_id), "sk": {"S": META}}


def new_session_request(context: WriteContext, session_id: str, lease: Lease) -> dict[str, Any]:
    """The `PutItem` of a new session's META item, leased to its first turn (fails if the id exists: ids are
    random, never the client's)."""
    item = {
        **meta_key(session_id),
        "tokensUsed": {"N": "0"},
        "version": {"N": "0"},
        "createdAt": {"S": context.now},
        "updatedAt": {"S": context.now},
        "expiresAt": {"N": str(context.expires_at)},
        "leaseId": {"S": lease.token},
        "leaseUntil": {"N": str(lease.until)},
    }
    return {"TableName": context.table, "Item": item, "ConditionExpression": "attribute_not_exists(pk)"}


def lease_request(table: str, session_id: str, lease: Lease, budget: int, now: int) -> dict[str, Any]:
    """The `UpdateItem` taking the lease of an existing session; the META item comes back after the update (its
    version and tokens), or, when refused, before it (`lease_refusal`)."""
    return {
        "TableName": table,
        "Key": meta_key(session_id),
        "UpdateExpression": "SET leaseId = :lease, leaseUntil = :until",
        "ConditionExpression": "attribute_exists(pk) AND (attribute_not_exists(expiresAt) OR expiresAt >= :now) "
        "AND (attribute_not_exists(tokensUsed) OR tokensUsed < :budget) "
        "AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)",
        "ExpressionAttributeValues": {
            ":lease": {"S": lease.token},
            ":until": {"N": str(lease.until)},
            ":now": {"N": str(now)},
            ":budget": {"N": str(budget)},
        },
        "ReturnValues": "ALL_NEW",
        "ReturnValuesOnConditionCheckFailure": "ALL_OLD",
    }


def lease_refusal(old: Item | None, budget: int, now: int) -> Exception:
    """Why a lease was refused, from the META item as it was (None: there was none)."""
    if old is None or ("expiresAt" in old and int(old["expiresAt"]["N"]) < now):
        return SessionNotFound()
    if int(old.get("tokensUsed", {}).get("N", "0")) >= budget:
        return BudgetExhausted()
    return SessionBusy()


def release_request(table: str, session_id: str, lease: Lease, tokens: int) -> dict[str, Any]:
    """The `UpdateItem` releasing the lease of a turn that stored no answer, adding the `tokens` its model calls
    spent to the session (only while the turn still holds the lease)."""
    request: dict[str, Any] = {
        "TableName": table,
        "Key": meta_key(session_id),
        "UpdateExpression": "REMOVE leaseId, leaseUntil",
        "ConditionExpression": HOLDS_LEASE,
        "ExpressionAttributeValues": {":lease": {"S": lease.token}},
    }
    if tokens:
        request["UpdateExpression"] += " ADD tokensUsed :n"
        request["ExpressionAttributeValues"][":n"] = {"N": str(tokens)}
    return request


def abandon_request(table: str, session_id: str, lease: Lease) -> dict[str, Any]:
    """The `DeleteItem` of a new session's META item when its first turn stored no message (a session exists
    in the table only from its first stored message on)."""
    return {
        "TableName": table,
        "Key": meta_key(session_id),
        "ConditionExpression": HOLDS_LEASE,
        "ExpressionAttributeValues": {":lease": {"S": lease.token}},
    }


def leased_state(attributes: Item) -> tuple[int, int]:
    """The (version, tokens used) of the META item a lease returned."""
    return int(attributes.get("version", {}).get("N", "0")), int(attributes.get("tokensUsed", {}).get("N", "0"))
