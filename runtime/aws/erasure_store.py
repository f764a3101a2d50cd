"""Erasure I/O (item shapes in `runtime.aws.erasure_items`): deleting sessions, recording it, finding by value.

`SessionEraser` makes blocking boto3 calls: the operator command (`compliance/erase.py`) calls it directly, the
function through its worker threads (`runtime/http/erasure.py`). `ValueIndex` is the session store's side: the
keyed hash of every new vault value, set on its vault item before it is written (`runtime.aws.sessions`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from runtime.aws.clients import AwsClients, aws_error_code
from runtime.aws.erasure_items import (
    delete_transactions,
    partition_keys_request,
    record_put,
    session_id_of,
    tag_vault_puts,
    value_lookup_request,
)
from runtime.aws.keyed_hash import KeyedHash
from runtime.chat.session import StorageUnavailable
from runtime.privacy.erasure_keys import entity_type_of, index_message, lookup_messages, session_message
from runtime.settings import Settings

#: `(message) -> keyed hash (hex)`, e.g. a `KeyedHash`.
Hasher = Callable[[bytes], str]
Item = dict[str, Any]


def _pages(call: Callable[..., Any], request: Mapping[str, Any]) -> Iterable[Item]:
    """Every item of a paginated Query or Scan."""
    kwargs = dict(request)
    while True:
        page = call(**kwargs)
        yield from page.get("Items", [])
        if "LastEvaluatedKey" not in page:
            return
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


@dataclass
class SessionEraser:
    """Erases whole sessions from one sessions table and records each erasure (blocking calls).

    `dynamodb`: a boto3 DynamoDB client; `record_table` and `hasher` may be None only where nothing is to be
    recorded (a table restored from a backup being cleaned: its erasures are recorded already).
    """

    dynamodb: Any
    table: str
    record_table: str | None
    hasher: Hasher | None
    clock: Callable[[], float] = field(default=time.time)

    def record_key(self, session_id: str) -> str:
        """The keyed hash naming `session_id` in the erasure record."""
        if self.hasher is None:
            raise ValueError("no key to hash session ids with")
        return self.hasher(session_message(session_id))

    def partition_keys(self, session_id: str) -> list[Item]:
        """The keys of every item of the session's partition, as stored now."""
        return list(_pages(self.dynamodb.query, partition_keys_request(self.table, session_id)))

    def erase(self, session_id: str, how: str) -> int:
        """Delete every item of the session (META first), after recording the erasure; how many were deleted
        (0: nothing was there, nothing recorded). A second pass deletes what a turn running meanwhile wrote."""
        keys = self.partition_keys(session_id)
        if not keys:
            return 0
        if self.record_table is not None:
            record = record_put(self.record_table, self.record_key(session_id), how, self.clock())
            self.dynamodb.put_item(**record)
        deleted = 0
        for _ in range(2):
            for transaction in delete_transactions(self.table, keys):
                self.dynamodb.transact_write_items(TransactItems=transaction)
            deleted += len(keys)
            keys = self.partition_keys(session_id)
            if not keys:
                break
        return deleted

    def sessions_holding(self, value: str, entity_type: str | None = None) -> set[str]:
        """The ids of the sessions whose vault holds `value` (in any of its written forms), by the value index."""
        if self.hasher is None:
            raise ValueError("no key to hash values with")
        found: set[str] = set()
        for message in lookup_messages(value, entity_type):
            for item in _pages(self.dynamodb.query, value_lookup_request(self.table, self.hasher(message))):
                session_id = session_id_of(item["pk"]["S"])
                if session_id is not None:
                    found.add(session_id)
        return found

    def recorded_keys(self) -> set[str]:
        """The keyed hashes of every erased session the erasure record holds."""
        if self.record_table is None:
            raise ValueError("no erasure table")
        request = {"TableName": self.record_table, "ProjectionExpression": "pk"}
        return {item["pk"]["S"] for item in _pages(self.dynamodb.scan, request)}

    def stored_session_ids(self) -> set[str]:
        """The ids of every session with an item in the table (a full scan: for restored tables)."""
        request = {"TableName": self.table, "ProjectionExpression": "pk"}
        found = {session_id_of(item["pk"]["S"]) for item in _pages(self.dynamodb.scan, request)}
        return {session_id for session_id in found if session_id is not None}


def eraser_for(settings: Settings, clients: AwsClients) -> SessionEraser:
    """The function's eraser: its table, the erasure table and the value key of its settings."""
    hasher = KeyedHash(clients.kms(), settings.value_key_id) if settings.value_key_id else None
    return SessionEraser(clients.dynamodb(), settings.table_name, settings.erasure_table_name, hasher)


class ValueIndex:
    """The session store's hook: tags the vault items of a write with their values' keyed hashes (the value
    index, kept in step with the vault). Without a value key configured it does nothing."""

    def __init__(self, settings: Settings, clients: AwsClients) -> None:
        self._key_id = settings.value_key_id
        self._clients = clients

    async def tag(self, transactions: Sequence[Sequence[Item]], new_vault: Mapping[str, str] | None) -> None:
        """Compute the keyed hash of every new vault value (at once) and set it on its vault item; a KMS
        failure is `StorageUnavailable` (no vault value is written without its index entry)."""
        if not self._key_id or not new_vault:
            return
        hasher = KeyedHash(self._clients.kms(), self._key_id)
        placeholders = sorted(new_vault)

        def one(placeholder: str) -> Callable[[], str]:
            message = index_message(entity_type_of(placeholder), new_vault[placeholder])
            return lambda: hasher(message)

        try:
            hashes = await asyncio.gather(*(self._clients.run(one(placeholder)) for placeholder in placeholders))
        except Exception as error:
            raise StorageUnavailable(aws_error_code(error)) from error
        tag_vault_puts(transactions, dict(zip(placeholders, hashes, strict=True)))
