"""Sessions in DynamoDB (layout in docs/runtime-contract.md): history, pseudonym vault, token accounting.

Every write that changes a session is one transaction, so a DynamoDB failure never leaves a half-written
session: the user message and the vault entries its placeholders need are written together, and the
assistant message together with the session's token count. Conditions make concurrent turns fail
cleanly instead of overwriting each other (a message sequence number or a placeholder already taken).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

from runtime.aws.clients import AwsClients, aws_error_code
from runtime.aws.erasure_store import ValueIndex
from runtime.aws.session_items import (
    WriteContext,
    assistant_message_items,
    budget_spent,
    parse_session_items,
    query_request,
    resend_items,
    user_message_items,
    write_context,
)
from runtime.chat.session import (
    BudgetExhausted,
    SessionConflict,
    SessionRecord,
    StorageUnavailable,
)
from runtime.settings import Settings


class SessionStore:
    """Reads and writes sessions (one instance per container)."""

    def __init__(self, settings: Settings, clients: AwsClients) -> None:
        self._settings = settings
        self._clients = clients
        self._index = ValueIndex(settings, clients)

    def _context(self) -> WriteContext:
        """The table, budget, time and expiry of a write made now."""
        settings = self._settings
        return write_context(
            settings.table_name, settings.session_token_budget, settings.history_retention_days, time.time()
        )

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
        request = query_request(self._settings.table_name, session_id)

        def query_all() -> list[dict[str, Any]]:
            items: list[dict[str, Any]] = []
            kwargs = dict(request)
            while True:
                page = client.query(**kwargs)
                items.extend(page.get("Items", []))
                if "LastEvaluatedKey" not in page:
                    return items
                kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

        items = await self._call(query_all)
        return parse_session_items(session_id, items, time.time())

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

        Every new vault entry gets an index item holding its value's keyed hash (`runtime.aws.erasure_store`).
        A new session (`record.is_new`) is created by the same transaction: nothing exists in the table
        before its first message is stored. Fails with `SessionConflict` when a concurrent turn took the
        sequence number or a placeholder, and with `BudgetExhausted` when the budget was spent meanwhile.
        """
        context = self._context()
        items = user_message_items(context, record, seq, content, new_vault, surface_forms)
        more = await self._index.add(items, context, record.session_id, new_vault)
        await self._transact_guarded(items)
        await self._transact_more(more)
        record.is_new = False
        await self._index.refresh(record, context)

    async def confirm_resend(self, record: SessionRecord) -> None:
        """Before answering a re-sent message again (`runtime.chat.conversation.unanswered_resend`): check, and
        refresh the expiry of, the session as `append_user_message` does, without storing the message twice.

        Fails with `SessionConflict` when a message was added since the session was loaded (its next
        sequence number is taken) and with `BudgetExhausted` when the budget was spent meanwhile.
        """
        await self._transact_guarded(resend_items(self._context(), record))

    async def _transact_guarded(self, items: list[dict[str, Any]]) -> None:
        """Write `items` in one transaction; a cancelled one whose META update shows the budget spent is
        `BudgetExhausted`, any other is `SessionConflict` (a new session's META Put returns no old item)."""
        client: Any = self._clients.dynamodb()  # items are built as plain dicts
        try:
            await self._call(lambda: client.transact_write_items(TransactItems=items))
        except SessionConflict as conflict:
            cause = conflict.__cause__
            if budget_spent(getattr(cause, "response", None), self._settings.session_token_budget):
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
        *,
        new_vault: Mapping[str, str] | None = None,
        tools: Sequence[str] | None = None,
        exchange: Sequence[Mapping[str, Any]] | None = None,
    ) -> None:
        """Store the (pseudonymized) assistant message and add its tokens to the session, atomically; an
        answer that used tools also stores the tools' names, its exchange and the vault entries its tool
        results introduced."""
        context = self._context()
        items = assistant_message_items(
            context,
            record.session_id,
            seq,
            content,
            complete,
            stop_reason,
            usage,
            new_vault=new_vault,
            tools=tools,
            exchange=exchange,
        )
        more = await self._index.add(items, context, record.session_id, new_vault)
        client: Any = self._clients.dynamodb()  # items are built as plain dicts
        await self._call(lambda: client.transact_write_items(TransactItems=items))
        await self._transact_more(more)

    async def _transact_more(self, transactions: Sequence[list[dict[str, Any]]]) -> None:
        """Write the index items that did not fit in the transaction writing their vault entries."""
        client: Any = self._clients.dynamodb()
        for transaction in transactions:
            await self._call(partial(client.transact_write_items, TransactItems=transaction))
