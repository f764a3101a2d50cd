"""DynamoDB item shapes of a session (pure: no boto3, no I/O), layout in docs/runtime-contract.md.

A session is one partition `SESSION#<id>`: a `META` item (vault, tokens used, expiry) and one item per
message `MSG#00000001`, `MSG#00000002`, ... (zero-padded so that keys sort numerically). Here are the
keys, the parsing of a partition into a `SessionRecord`, and the items of each write transaction with
their condition expressions; `runtime.aws.sessions.SessionStore` sends them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from runtime.chat.session import SessionNotFound, SessionRecord, StoredMessage

META = "META"
MESSAGE_PREFIX = "MSG#"
SESSION_PREFIX = "SESSION#"
#: A Put or a ConditionCheck of an item that must not exist yet.
NOT_EXISTS = "attribute_not_exists(pk)"

Item = dict[str, Any]


@dataclass(frozen=True)
class WriteContext:
    """What the items of one write share: the table, the session token budget, and the write's time
    (`now`, ISO 8601) with the expiry it gives the session (`expires_at`, epoch seconds)."""

    table: str
    budget: int
    now: str
    expires_at: int


def now_iso(timestamp: float | None = None) -> str:
    """UTC time `timestamp` (epoch seconds; default: now), ISO 8601 with milliseconds."""
    moment = datetime.now(UTC) if timestamp is None else datetime.fromtimestamp(timestamp, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def write_context(table: str, budget: int, retention_days: int, timestamp: float) -> WriteContext:
    """The context of a write made at `timestamp` (epoch seconds), keeping the session `retention_days`."""
    return WriteContext(table, budget, now_iso(timestamp), int(timestamp) + retention_days * 86400)


def session_key(session_id: str) -> dict[str, str]:
    """The partition key value of a session."""
    return {"S": f"{SESSION_PREFIX}{session_id}"}


def message_sort_key(seq: int) -> str:
    """The sort key of message number `seq` (zero-padded so that keys sort numerically)."""
    return f"{MESSAGE_PREFIX}{seq:08d}"


def query_request(table: str, session_id: str) -> dict[str, Any]:
    """The `Query` keyword arguments reading a session's whole partition (strongly consistent)."""
    return {
        "TableName": table,
        "KeyConditionExpression": "pk = :pk",
        "ExpressionAttributeValues": {":pk": session_key(session_id)},
        "ConsistentRead": True,
    }


def parse_session_items(session_id: str, items: list[Item], now: float) -> SessionRecord:
    """Build a `SessionRecord` from the raw items of the session's partition; raise if absent or expired."""
    meta = next((item for item in items if item["sk"]["S"] == META), None)
    if meta is None or ("expiresAt" in meta and float(meta["expiresAt"]["N"]) < now):
        raise SessionNotFound()
    vault = {key: value["S"] for key, value in meta.get("vault", {}).get("M", {}).items()}
    record = SessionRecord(session_id, vault, int(meta.get("tokensUsed", {}).get("N", "0")))
    for item in items:
        sort_key = item["sk"]["S"]
        if not sort_key.startswith(MESSAGE_PREFIX):
            continue
        record.messages.append(
            StoredMessage(
                seq=int(sort_key[len(MESSAGE_PREFIX) :]),
                role=item["role"]["S"],
                content=item.get("content", {}).get("S", ""),
                created_at=item.get("createdAt", {}).get("S", ""),
                complete=bool(item.get("complete", {}).get("BOOL", True)),
                surface_forms=[form["S"] for form in item["originals"]["L"]] if "originals" in item else None,
                tools=[name["S"] for name in item["tools"]["L"]] if "tools" in item else None,
                exchange=json.loads(item["exchange"]["S"]) if "exchange" in item else None,
            )
        )
    record.messages.sort(key=lambda message: message.seq)
    return record


def message_put(
    context: WriteContext,
    session_id: str,
    seq: int,
    role: str,
    content: str,
    *,
    complete: bool = True,
    stop_reason: str | None = None,
    usage: Mapping[str, int] | None = None,
    surface_forms: list[str] | None = None,
    tools: Sequence[str] | None = None,
    exchange: Sequence[Mapping[str, Any]] | None = None,
) -> Item:
    """The Put of message `seq` (fails if that sequence number is taken). An answer that used tools keeps
    their names and its Converse exchange (compact JSON text, pseudonymized like the content)."""
    item: Item = {
        "pk": session_key(session_id),
        "sk": {"S": message_sort_key(seq)},
        "role": {"S": role},
        "content": {"S": content},
        "createdAt": {"S": context.now},
        "complete": {"BOOL": complete},
        "expiresAt": {"N": str(context.expires_at)},
    }
    if stop_reason:
        item["stopReason"] = {"S": stop_reason}
    if usage:
        item["usage"] = {"M": {key: {"N": str(value)} for key, value in usage.items()}}
    if surface_forms:
        item["originals"] = {"L": [{"S": form} for form in surface_forms]}
    if tools:
        item["tools"] = {"L": [{"S": name} for name in tools]}
    if exchange:
        item["exchange"] = {"S": json.dumps(list(exchange), ensure_ascii=False, separators=(",", ":"))}
    return {"Put": {"TableName": context.table, "Item": item, "ConditionExpression": NOT_EXISTS}}


def new_meta_put(context: WriteContext, session_id: str, vault: Mapping[str, str]) -> Item:
    """The Put of a new session's META item (fails if the id exists: ids are random, never the client's)."""
    item = {
        "pk": session_key(session_id),
        "sk": {"S": META},
        "vault": {"M": {placeholder: {"S": original} for placeholder, original in vault.items()}},
        "tokensUsed": {"N": "0"},
        "createdAt": {"S": context.now},
        "updatedAt": {"S": context.now},
        "expiresAt": {"N": str(context.expires_at)},
    }
    return {"Put": {"TableName": context.table, "Item": item, "ConditionExpression": NOT_EXISTS}}


def user_turn_meta_update(context: WriteContext, session_id: str, new_vault: Mapping[str, str]) -> Item:
    """The META Update of a new user turn: expiry, new vault entries, conditions (exists, budget left,
    placeholders not taken). The old item comes back when a condition fails (see `budget_spent`)."""
    names: dict[str, str] = {}
    values: dict[str, Any] = {
        ":now": {"S": context.now},
        ":exp": {"N": str(context.expires_at)},
        ":budget": {"N": str(context.budget)},
    }
    sets = ["updatedAt = :now", "expiresAt = :exp"]
    conditions = ["attribute_exists(pk)", "tokensUsed < :budget"]
    for index, (placeholder, original) in enumerate(sorted(new_vault.items())):
        names[f"#p{index}"] = placeholder
        values[f":v{index}"] = {"S": original}
        sets.append(f"vault.#p{index} = :v{index}")
        conditions.append(f"attribute_not_exists(vault.#p{index})")
    update: dict[str, Any] = {
        "TableName": context.table,
        "Key": {"pk": session_key(session_id), "sk": {"S": META}},
        "UpdateExpression": "SET " + ", ".join(sets),
        "ConditionExpression": " AND ".join(conditions),
        "ExpressionAttributeValues": values,
        "ReturnValuesOnConditionCheckFailure": "ALL_OLD",
    }
    if names:
        update["ExpressionAttributeNames"] = names
    return {"Update": update}


def user_message_items(
    context: WriteContext,
    record: SessionRecord,
    seq: int,
    content: str,
    new_vault: Mapping[str, str],
    surface_forms: list[str] | None = None,
) -> list[Item]:
    """The transaction storing a user message with the vault entries it introduced: a new session's
    (`record.is_new`) META Put, or the META update of an existing one, then the message Put."""
    message = message_put(context, record.session_id, seq, "user", content, surface_forms=surface_forms)
    if record.is_new:
        return [new_meta_put(context, record.session_id, new_vault), message]
    return [user_turn_meta_update(context, record.session_id, new_vault), message]


def resend_items(context: WriteContext, record: SessionRecord) -> list[Item]:
    """The transaction confirming a re-sent message: the META update of a user turn (no new vault entry)
    and a check that the session's next sequence number is still free (no message added since the load)."""
    check = {
        "ConditionCheck": {
            "TableName": context.table,
            "Key": {"pk": session_key(record.session_id), "sk": {"S": message_sort_key(record.next_seq)}},
            "ConditionExpression": NOT_EXISTS,
        }
    }
    return [user_turn_meta_update(context, record.session_id, {}), check]


def assistant_message_items(
    context: WriteContext,
    session_id: str,
    seq: int,
    content: str,
    complete: bool,
    stop_reason: str | None,
    usage: Mapping[str, int] | None,
    *,
    new_vault: Mapping[str, str] | None = None,
    tools: Sequence[str] | None = None,
    exchange: Sequence[Mapping[str, Any]] | None = None,
) -> list[Item]:
    """The transaction storing an assistant message and adding its tokens (input + output) to the session;
    with the vault entries its tool results introduced (each placeholder must still be free)."""
    tokens = (usage or {}).get("inputTokens", 0) + (usage or {}).get("outputTokens", 0)
    names: dict[str, str] = {}
    values: dict[str, Any] = {
        ":now": {"S": context.now},
        ":exp": {"N": str(context.expires_at)},
        ":n": {"N": str(tokens)},
    }
    sets = ["updatedAt = :now", "expiresAt = :exp"]
    conditions = ["attribute_exists(pk)"]
    for index, (placeholder, original) in enumerate(sorted((new_vault or {}).items())):
        names[f"#p{index}"] = placeholder
        values[f":v{index}"] = {"S": original}
        sets.append(f"vault.#p{index} = :v{index}")
        conditions.append(f"attribute_not_exists(vault.#p{index})")
    update: dict[str, Any] = {
        "TableName": context.table,
        "Key": {"pk": session_key(session_id), "sk": {"S": META}},
        "UpdateExpression": "SET " + ", ".join(sets) + " ADD tokensUsed :n",
        "ConditionExpression": " AND ".join(conditions),
        "ExpressionAttributeValues": values,
    }
    if names:
        update["ExpressionAttributeNames"] = names
    message = message_put(
        context,
        session_id,
        seq,
        "assistant",
        content,
        complete=complete,
        stop_reason=stop_reason,
        usage=usage,
        tools=tools,
        exchange=exchange,
    )
    return [message, {"Update": update}]


def budget_spent(response: object, budget: int) -> bool:
    """Whether a cancelled transaction (its error `response`) failed because the META item's tokensUsed
    reached the budget."""
    if not isinstance(response, dict):
        return False
    for reason in response.get("CancellationReasons", []):
        item = reason.get("Item")
        if reason.get("Code") == "ConditionalCheckFailed" and item and "tokensUsed" in item:
            return int(item["tokensUsed"]["N"]) >= budget
    return False
