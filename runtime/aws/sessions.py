"""Sessions in DynamoDB (layout in docs/runtime-contract.md): history, pseudonym vault, token accounting.

Every write that changes a session is one transaction, so a DynamoDB failure never leaves a half-written
session: the user message and the vault entries its placeholders need are written together, and the
assistant message together with the session's token count. Conditions make concurrent turns fail
cleanly instead of overwriting each other (a message sequence number or a placeholder already taken).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from runtime.aws.clients import AwsClients, aws_error_code
from runtime.chat.session import (
    BudgetExhausted,
    SessionConflict,
    SessionNotFound,
    SessionRecord,
    StorageUnavailable,
    StoredMessage,
)
from runtime.settings import Settings

META = "META"


def now_iso() -> str:
    """Current UTC time, ISO 8601 with milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def message_sort_key(seq: int) -> str:
    """The sort key of message number `seq` (zero-padded so that keys sort numerically)."""
    return f"MSG#{seq:08d}"


def parse_session_items(session_id: str, items: list[dict[str, Any]], now: float) -> SessionRecord:
    """Build a `SessionRecord` from the raw items of the session's partition; raise if absent or expired."""
    meta = next((item for item in items if item["sk"]["S"] == META), None)
    if meta is None or ("expiresAt" in meta and float(meta["expiresAt"]["N"]) < now):
        raise SessionNotFound()
    vault = {key: value["S"] for key, value in meta.get("vault", {}).get("M", {}).items()}
    record = SessionRecord(session_id, vault, int(meta.get("tokensUsed", {}).get("N", "0")))
    for item in items:
        sort_key = item["sk"]["S"]
        if not sort_key.startswith("MSG#"):
            continue
        record.messages.append(
            StoredMessage(
                seq=int(sort_key[4:]),
                role=item["role"]["S"],
                content=item.get("content", {}).get("S", ""),
                created_at=item.get("createdAt", {}).get("S", ""),
                complete=bool(item.get("complete", {}).get("BOOL", True)),
                surface_forms=[form["S"] for form in item["originals"]["L"]] if "originals" in item else None,
            )
        )
    record.messages.sort(key=lambda message: message.seq)
    return record


class SessionStore:
    """Reads and writes sessions (one instance per container)."""

    def __init__(self, settings: Settings, clients: AwsClients) -> None:
        self._settings = settings
        self._clients = clients

    def _pk(self, session_id: str) -> dict[str, str]:
        return {"S": f"SESSION#{session_id}"}

    def _expires_at(self) -> dict[str, str]:
        return {"N": str(int(time.time()) + self._settings.history_retention_days * 86400)}

    async def _call(self, func: Any) -> Any:
        try:
            return await self._clients.run(func)
        except Exception as error:
            code = aws_error_code(error)
            if code == "TransactionCanceledException":
                raise SessionConflict() from error
            raise StorageUnavailable(code) from error

    async def load(self, session_id: str) -> SessionRecord:
        """The session's vault, token count and history (strongly consistent)."""
        client: Any = self._clients.dynamodb()  # items are built as plain dicts
        table = self._settings.table_name
        pk = self._pk(session_id)

        def query_all() -> list[dict[str, Any]]:
            items: list[dict[str, Any]] = []
            kwargs: dict[str, Any] = {
                "TableName": table,
                "KeyConditionExpression": "pk = :pk",
                "ExpressionAttributeValues": {":pk": pk},
                "ConsistentRead": True,
            }
            while True:
                page = client.query(**kwargs)
                items.extend(page.get("Items", []))
                if "LastEvaluatedKey" not in page:
                    return items
                kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

        items = await self._call(query_all)
        return parse_session_items(session_id, items, time.time())

    def _new_meta(self, record: SessionRecord, vault: dict[str, str]) -> dict[str, Any]:
        """The Put of a new session's META item (fails if the id exists: ids are random, never the client's)."""
        stamp = now_iso()
        item = {
            "pk": self._pk(record.session_id),
            "sk": {"S": META},
            "vault": {"M": {placeholder: {"S": original} for placeholder, original in vault.items()}},
            "tokensUsed": {"N": "0"},
            "createdAt": {"S": stamp},
            "updatedAt": {"S": stamp},
            "expiresAt": self._expires_at(),
        }
        return {
            "Put": {
                "TableName": self._settings.table_name,
                "Item": item,
                "ConditionExpression": "attribute_not_exists(pk)",
            }
        }

    async def append_user_message(
        self,
        record: SessionRecord,
        seq: int,
        content: str,
        new_vault: dict[str, str],
        surface_forms: list[str] | None = None,
    ) -> None:
        """Store the (pseudonymized) user message and the vault entries it introduced, atomically.

        `surface_forms` (the user's own spellings, see `runtime.privacy.surface_forms`) stay with the message, like
        the vault: for showing the history, never sent to the model.

        A new session (`record.is_new`) is created by the same transaction: nothing exists in the table
        before its first message is stored. Fails with `SessionConflict` when a concurrent turn took the
        sequence number or a placeholder, and with `BudgetExhausted` when the budget was spent meanwhile.
        """
        message = self._message_put(record.session_id, seq, "user", content, True, None, None)
        if surface_forms:
            message["Put"]["Item"]["originals"] = {"L": [{"S": form} for form in surface_forms]}
        if record.is_new:
            await self._transact_guarded([self._new_meta(record, new_vault), message])
            record.is_new = False
            return
        await self._transact_guarded([{"Update": self._meta_update(record, new_vault)}, message])

    async def confirm_resend(self, record: SessionRecord) -> None:
        """Before answering a re-sent message again (`runtime.chat.conversation.unanswered_resend`): check, and
        refresh the expiry of, the session as `append_user_message` does, without storing the message twice.

        Fails with `SessionConflict` when a message was added since the session was loaded (its next
        sequence number is taken) and with `BudgetExhausted` when the budget was spent meanwhile.
        """
        check = {
            "ConditionCheck": {
                "TableName": self._settings.table_name,
                "Key": {"pk": self._pk(record.session_id), "sk": {"S": message_sort_key(record.next_seq)}},
                "ConditionExpression": "attribute_not_exists(pk)",
            }
        }
        await self._transact_guarded([{"Update": self._meta_update(record, {})}, check])

    def _meta_update(self, record: SessionRecord, new_vault: dict[str, str]) -> dict[str, Any]:
        """The META Update of a new user turn: expiry, new vault entries, conditions (exists, budget left,
        placeholders not taken)."""
        names: dict[str, str] = {}
        values: dict[str, Any] = {
            ":now": {"S": now_iso()},
            ":exp": self._expires_at(),
            ":budget": {"N": str(self._settings.session_token_budget)},
        }
        sets = ["updatedAt = :now", "expiresAt = :exp"]
        conditions = ["attribute_exists(pk)", "tokensUsed < :budget"]
        for index, (placeholder, original) in enumerate(sorted(new_vault.items())):
            names[f"#p{index}"] = placeholder
            values[f":v{index}"] = {"S": original}
            sets.append(f"vault.#p{index} = :v{index}")
            conditions.append(f"attribute_not_exists(vault.#p{index})")
        update: dict[str, Any] = {
            "TableName": self._settings.table_name,
            "Key": {"pk": self._pk(record.session_id), "sk": {"S": META}},
            "UpdateExpression": "SET " + ", ".join(sets),
            "ConditionExpression": " AND ".join(conditions),
            "ExpressionAttributeValues": values,
            "ReturnValuesOnConditionCheckFailure": "ALL_OLD",
        }
        if names:
            update["ExpressionAttributeNames"] = names
        return update

    async def _transact_guarded(self, items: list[dict[str, Any]]) -> None:
        """Write `items` in one transaction; a cancelled one whose META update shows the budget spent is
        `BudgetExhausted`, any other is `SessionConflict` (a new session's META Put returns no old item)."""
        client: Any = self._clients.dynamodb()  # items are built as plain dicts
        try:
            await self._call(lambda: client.transact_write_items(TransactItems=items))
        except SessionConflict as conflict:
            cause = conflict.__cause__
            if _budget_spent(cause, self._settings.session_token_budget):
                raise BudgetExhausted() from cause
            raise

    async def append_assistant_message(
        self,
        record: SessionRecord,
        seq: int,
        content: str,
        complete: bool,
        stop_reason: str | None,
        usage: dict[str, int] | None,
    ) -> None:
        """Store the (pseudonymized) assistant message and add its tokens to the session, atomically."""
        tokens = (usage or {}).get("inputTokens", 0) + (usage or {}).get("outputTokens", 0)
        update = {
            "TableName": self._settings.table_name,
            "Key": {"pk": self._pk(record.session_id), "sk": {"S": META}},
            "UpdateExpression": "SET updatedAt = :now, expiresAt = :exp ADD tokensUsed :n",
            "ConditionExpression": "attribute_exists(pk)",
            "ExpressionAttributeValues": {
                ":now": {"S": now_iso()},
                ":exp": self._expires_at(),
                ":n": {"N": str(tokens)},
            },
        }
        message = self._message_put(record.session_id, seq, "assistant", content, complete, stop_reason, usage)
        client: Any = self._clients.dynamodb()  # items are built as plain dicts
        await self._call(lambda: client.transact_write_items(TransactItems=[message, {"Update": update}]))

    def _message_put(
        self,
        session_id: str,
        seq: int,
        role: str,
        content: str,
        complete: bool,
        stop_reason: str | None,
        usage: dict[str, int] | None,
    ) -> dict[str, Any]:
        item: dict[str, Any] = {
            "pk": self._pk(session_id),
            "sk": {"S": message_sort_key(seq)},
            "role": {"S": role},
            "content": {"S": content},
            "createdAt": {"S": now_iso()},
            "complete": {"BOOL": complete},
            "expiresAt": self._expires_at(),
        }
        if stop_reason:
            item["stopReason"] = {"S": stop_reason}
        if usage:
            item["usage"] = {"M": {key: {"N": str(value)} for key, value in usage.items()}}
        return {
            "Put": {
                "TableName": self._settings.table_name,
                "Item": item,
                "ConditionExpression": "attribute_not_exists(pk)",
            }
        }


def _budget_spent(error: BaseException | None, budget: int) -> bool:
    """Whether a cancelled transaction failed because the META item's tokensUsed reached the budget."""
    response = getattr(error, "response", None)
    if not isinstance(response, dict):
        return False
    for reason in response.get("CancellationReasons", []):
        item = reason.get("Item")
        if reason.get("Code") == "ConditionalCheckFailed" and item and "tokensUsed" in item:
            return int(item["tokensUsed"]["N"]) >= budget
    return False
