"""Sessions in DynamoDB (layout in docs/runtime-contract.md): history, pseudonym vault, token accounting.

One turn at a time per session: `begin` takes the session's lease (`runtime.aws.session_lease`) before the
turn's first model call, and the answer's write (or `release`) gives it back. Every write that changes a
session is a transaction made under the lease, so a DynamoDB failure never leaves a half-written session: the
user message with its META update, and the assistant message with the session's token count and the lease's
release. Vault entries are items of their own; beyond one transaction's room they go first, in transactions
of their own (`runtime.aws.transactions.plan_transactions`): an entry whose message then failed stays in the
vault, and a retry of the message finds it there. A cancelled transaction is a `SessionConflict` only when a
condition failed; anything else is `StorageUnavailable`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Mapping, Sequence
from typing import Any

from runtime.aws.clients import AwsClients, aws_error_code
from runtime.aws.erasure_store import ValueIndex
from runtime.aws.session_items import (
    WriteContext,
    assistant_message_items,
    message_put,
    parse_session_items,
    query_request,
    resend_items,
    user_message_items,
    write_context,
)
from runtime.aws.session_lease import (
    abandon_request,
    lease_refusal,
    lease_request,
    leased_state,
    new_session_request,
    release_request,
)
from runtime.aws.transactions import MAX_ITEM_BYTES, cancellation_failure, item_size
from runtime.chat.session import (
    Lease,
    SessionRecord,
    StorageUnavailable,
    new_session_id,
)
from runtime.futures import discard
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
        """Run a blocking DynamoDB call; a failure is `StorageUnavailable` (see `_result`)."""
        return await _result(self._clients.start(func))

    async def load(self, session_id: str) -> SessionRecord:
        """The session's vault, token count and history (strongly consistent)."""
        return await self._start_load(session_id)

    def _start_load(self, session_id: str) -> asyncio.Future[SessionRecord]:
        """Hand the session's `Query` (its pages one after the other) to a worker now; the future of the record."""
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

        query = self._clients.start(query_all)

        async def parsed() -> SessionRecord:
            return parse_session_items(session_id, await _result(query), time.time())

        loading = asyncio.ensure_future(parsed())
        loading.add_done_callback(lambda done: discard([query]) if done.cancelled() else None)
        return loading

    async def begin(self, session_id: str | None, lease: Lease) -> SessionRecord:
        """Take `lease` on the session (a new one when `session_id` is None) and load it: the turn's record.

        Raises `SessionNotFound`, `SessionBusy` (another turn holds the lease), `BudgetExhausted` and
        `StorageUnavailable`. The lease and the load are handed to workers in this coroutine's first step, one
        right after the other (no event-loop turn between them); a load older than the lease (its version
        differs) is read again.
        """
        client: Any = self._clients.dynamodb()
        if session_id is None:
            record = SessionRecord(new_session_id(), {}, 0, is_new=True, lease=lease)
            request = new_session_request(self._context(), record.session_id, lease)
            await self._call(lambda: client.put_item(**request))
            return record
        budget, now = self._settings.session_token_budget, int(time.time())
        request = lease_request(self._settings.table_name, session_id, lease, budget, now)
        leasing = self._clients.start(lambda: client.update_item(**request))
        loading = self._start_load(session_id)
        try:
            version, tokens = await _leased(_result(leasing), budget, now)
        except BaseException:
            discard([loading])
            raise
        record = await loading
        if record.version != version:
            record = await self.load(session_id)
        record.lease, record.tokens_used = lease, tokens
        return record

    def oversized(self, record: SessionRecord, content: str, surface_forms: list[str] | None) -> int | None:
        """`MAX_ITEM_BYTES` when the item of a user message of `content` and `surface_forms` would exceed it."""
        context = self._context()
        put = message_put(context, record.session_id, record.next_seq, "user", content, surface_forms=surface_forms)
        return MAX_ITEM_BYTES if item_size(put["Put"]["Item"]) > MAX_ITEM_BYTES else None

    async def release(self, record: SessionRecord, tokens: int) -> None:
        """End the turn's lease when it stored no answer, adding the `tokens` its model calls spent; a new
        session whose first message was not stored is removed (it exists only from its first message on)."""
        if record.lease is None:
            return
        client: Any = self._clients.dynamodb()
        table = self._settings.table_name
        if record.is_new:
            delete = abandon_request(table, record.session_id, record.lease)
            await self._call(lambda: client.delete_item(**delete))
        else:
            update = release_request(table, record.session_id, record.lease, tokens)
            await self._call(lambda: client.update_item(**update))
        record.lease = None

    async def append_user_message(
        self,
        record: SessionRecord,
        seq: int,
        content: str,
        new_vault: dict[str, str],
        surface_forms: list[str] | None = None,
    ) -> None:
        """Store the (pseudonymized) user message and the vault entries it introduced, under the turn's lease
        (atomically, unless the entries need transactions of their own).

        `surface_forms` (the user's own spellings, see `runtime.privacy.surface_forms`) stay with the message, like
        the vault: for showing the history, never sent to the model. Fails with `SessionConflict` when the turn
        no longer holds the lease or a sequence number or placeholder is taken. Each vault entry carries its value's
        keyed hash (the erasure index, `runtime.aws.erasure_store.ValueIndex`).
        """
        transactions = user_message_items(self._context(), record, seq, content, new_vault, surface_forms)
        await self._index.tag(transactions, new_vault)
        await self._transact(transactions)
        record.is_new = False
        record.version += 1

    async def confirm_resend(self, record: SessionRecord) -> None:
        """Before answering a re-sent message again (`runtime.chat.conversation.unanswered_resend`): check, and
        refresh the expiry of, the session as `append_user_message` does, without storing the message twice.

        Fails with `SessionConflict` when a message was added since the session was loaded (its next
        sequence number is taken) or the turn no longer holds the lease.
        """
        await self._transact([resend_items(self._context(), record)])
        record.version += 1

    async def _transact(self, transactions: list[list[dict[str, Any]]]) -> None:
        """Write each transaction in turn (items are built as plain dicts)."""
        client: Any = self._clients.dynamodb()
        for items in transactions:
            await self._call(lambda batch=items: client.transact_write_items(TransactItems=batch))

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
        """Store the (pseudonymized) assistant message, add its tokens to the session and release the turn's
        lease, atomically; an answer that used tools also stores the tools' names, its exchange and the vault
        entries its tool results introduced."""
        transactions = assistant_message_items(
            self._context(),
            record,
            seq,
            content,
            complete,
            stop_reason,
            usage,
            new_vault=new_vault,
            tools=tools,
            exchange=exchange,
        )
        await self._index.tag(transactions, new_vault)
        await self._transact(transactions)
        record.lease = None


async def _result(call: asyncio.Future[Any]) -> Any:
    """The result of a DynamoDB call handed to a worker; a failure is `StorageUnavailable` (a cancelled
    transaction: see `runtime.aws.transactions.cancellation_failure`)."""
    try:
        return await call
    except Exception as error:
        code = aws_error_code(error)
        if code == "TransactionCanceledException":
            raise cancellation_failure(getattr(error, "response", None)) from error
        raise StorageUnavailable(code) from error


async def _leased(answer: Awaitable[Any], budget: int, now: int) -> tuple[int, int]:
    """The leased META item's (version, tokens used) from the lease's `UpdateItem` answer; a refused lease
    raises why (`runtime.aws.session_lease.lease_refusal`)."""
    try:
        response = await answer
    except StorageUnavailable as failure:
        if failure.code != "ConditionalCheckFailedException":
            raise
        old = getattr(failure.__cause__, "response", {}).get("Item")
        raise lease_refusal(old, budget, now) from None
    return leased_state(response.get("Attributes", {}))
