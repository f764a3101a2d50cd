"""DynamoDB item shapes of a session (pure: no boto3, no I/O), layout in docs/runtime-contract.md.

A session is one partition `SESSION#<id>`: a `META` item (tokens used, version, expiry, the running turn's
lease), one item per message `MSG#00000001`, `MSG#00000002`, ... (zero-padded so that keys sort numerically)
and one item per vault entry `VAULT#<placeholder>` (sessions stored before that keep a `vault` map on META,
still read). Here are the keys, the parsing of a partition into a `SessionRecord`, and the items of each
write's transactions with their condition expressions; `runtime.aws.sessions.SessionStore` sends them, the
lease's own requests are `runtime.aws.session_lease`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from runtime.aws.transactions import plan_transactions
from runtime.chat.session import SessionNotFound, SessionRecord, StoredMessage
from runtime.privacy.placeholders import PLACEHOLDER_PATTERN

META = "META"
MESSAGE_PREFIX = "MSG#"
VAULT_PREFIX = "VAULT#"
SESSION_PREFIX = "SESSION#"
#: A Put or a ConditionCheck of an item that must not exist yet.
NOT_EXISTS = "attribute_not_exists(pk)"
#: The condition of a write made under the turn's lease (`runtime.aws.session_lease`).
HOLDS_LEASE = "leaseId = :lease"

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
    # Sessions stored before vault entries were items of their own keep theirs in a map on META.
    vault = {key: value["S"] for key, value in meta.get("vault", {}).get("M", {}).items()}
    record = SessionRecord(session_id, vault, int(meta.get("tokensUsed", {}).get("N", "0")))
    record.version = int(meta.get("version", {}).get("N", "0"))
    record.legacy_vault = frozenset(vault)
    for item in items:
        sort_key = item["sk"]["S"]
        if sort_key.startswith(VAULT_PREFIX):
            vault[sort_key[len(VAULT_PREFIX) :]] = item["value"]["S"]
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


def vault_puts(context: WriteContext, session_id: str, entries: Mapping[str, str]) -> list[Item]:
    """The Puts of new vault entries, one item each (`VAULT#<placeholder>`, fails if the placeholder is taken):
    the META item never grows with the vault, and a write's expressions do not grow with its entries."""
    return [
        {
            "Put": {
                "TableName": context.table,
                "Item": {
                    "pk": session_key(session_id),
                    "sk": {"S": f"{VAULT_PREFIX}{placeholder}"},
                    "value": {"S": original},
                    "createdAt": {"S": context.now},
                    "expiresAt": {"N": str(context.expires_at)},
                },
                "ConditionExpression": NOT_EXISTS,
            }
        }
        for placeholder, original in sorted(entries.items())
    ]


def vault_refreshes(
    context: WriteContext, record: SessionRecord, texts: Iterable[str], new: Mapping[str, str]
) -> list[Item]:
    """The Updates giving each vault item that `texts` name (and that this write does not introduce) this write's
    expiry: an entry lives as long as the last stored message naming its placeholder, so DynamoDB's TTL never
    removes a value a stored message still needs, nor frees its number for another value while a message names
    it. Each needs its item to exist (never written again: an erased session stays erased); entries an older
    session keeps on META live with META. Expressions of a fixed size."""
    named = {match.group(0) for text in texts for match in PLACEHOLDER_PATTERN.finditer(text)}
    return [
        {
            "Update": {
                "TableName": context.table,
                "Key": {"pk": session_key(record.session_id), "sk": {"S": f"{VAULT_PREFIX}{placeholder}"}},
                "UpdateExpression": "SET expiresAt = :exp",
                "ConditionExpression": "attribute_exists(pk)",
                "ExpressionAttributeValues": {":exp": {"N": str(context.expires_at)}},
            }
        }
        for placeholder in sorted(named & set(record.vault) - set(new) - record.legacy_vault)
    ]


def meta_update(context: WriteContext, record: SessionRecord, *, tokens: int = 0, release: bool = False) -> Item:
    """The META Update of a write under the turn's lease: expiry, the version (+1), the answer's `tokens`, and
    with `release` the lease's end. Its expressions have a fixed size."""
    assert record.lease is not None, "a session is written only under its turn's lease"
    update = "SET updatedAt = :now, expiresAt = :exp"
    if release:
        update += " REMOVE leaseId, leaseUntil"
    update += " ADD version :one" + (", tokensUsed :n" if tokens else "")
    values: dict[str, Any] = {
        ":now": {"S": context.now},
        ":exp": {"N": str(context.expires_at)},
        ":one": {"N": "1"},
        ":lease": {"S": record.lease.token},
    }
    if tokens:
        values[":n"] = {"N": str(tokens)}
    return {
        "Update": {
            "TableName": context.table,
            "Key": {"pk": session_key(record.session_id), "sk": {"S": META}},
            "UpdateExpression": update,
            "ConditionExpression": HOLDS_LEASE,
            "ExpressionAttributeValues": values,
        }
    }


def user_message_items(
    context: WriteContext,
    record: SessionRecord,
    seq: int,
    content: str,
    new_vault: Mapping[str, str],
    surface_forms: list[str] | None = None,
) -> list[list[Item]]:
    """The transactions storing a user message with the vault entries it introduced, in order: the last one
    holds the META update and the message Put (with every vault entry when they fit: one atomic write)."""
    message = message_put(context, record.session_id, seq, "user", content, surface_forms=surface_forms)
    first = [
        *vault_puts(context, record.session_id, new_vault),
        *vault_refreshes(context, record, [content], new_vault),
    ]
    return plan_transactions(first, [meta_update(context, record), message])


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
    return [meta_update(context, record), check]


def assistant_message_items(
    context: WriteContext,
    record: SessionRecord,
    seq: int,
    content: str,
    complete: bool,
    stop_reason: str | None,
    usage: Mapping[str, int] | None,
    *,
    new_vault: Mapping[str, str] | None = None,
    tools: Sequence[str] | None = None,
    exchange: Sequence[Mapping[str, Any]] | None = None,
) -> list[list[Item]]:
    """The transactions storing an assistant message, adding its tokens (input + output) to the session and
    releasing the turn's lease; with the vault entries its tool results introduced (before or with it)."""
    tokens = (usage or {}).get("inputTokens", 0) + (usage or {}).get("outputTokens", 0)
    message = message_put(
        context,
        record.session_id,
        seq,
        "assistant",
        content,
        complete=complete,
        stop_reason=stop_reason,
        usage=usage,
        tools=tools,
        exchange=exchange,
    )
    update = meta_update(context, record, tokens=tokens, release=True)
    stored = message["Put"]["Item"]
    texts = [stored["content"]["S"], stored.get("exchange", {}).get("S", "")]  # as stored: the exchange serialized once
    first = [
        *vault_puts(context, record.session_id, new_vault or {}),
        *vault_refreshes(context, record, texts, new_vault or {}),
    ]
    return plan_transactions(first, [message, update])
