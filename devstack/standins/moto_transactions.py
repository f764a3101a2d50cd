"""LOCAL STAND-IN: moto's `TransactWriteItems` rolled back item by item, not table by table.

moto (5.x) backs up every table a transaction names by deep-copying the whole table, once per item of the
transaction, before it writes anything, so a transaction's cost grows with the table: in a ten-minute soak run
the table grew to thousands of items and every turn's write became slower, until the app's DynamoDB calls
timed out (`storage_unavailable`) for reasons DynamoDB does not have. `install` keeps a copy of the items the
transaction names instead (at most 100) and puts them back when moto cancels it; what the transaction does and
answers is moto's own.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator
from typing import Any

#: (table, hash key, range key, the item before the transaction or None when it did not exist).
Kept = tuple[Any, Any, Any, Any]


def install() -> None:
    """Replace `DynamoDBBackend.transact_write_items` by its item-level rollback version (idempotent)."""
    from moto.dynamodb.models import DynamoDBBackend

    original: Callable[[Any, list[dict[str, Any]]], None] = DynamoDBBackend.transact_write_items
    if getattr(original, "item_level", False):
        return

    def transact_write_items(backend: Any, transact_items: list[dict[str, Any]]) -> None:
        kept = keep_items(backend, transact_items)
        with whole_tables_not_copied():
            try:
                original(backend, transact_items)
            except Exception:
                restore_items(kept)
                raise

    transact_write_items.item_level = True  # type: ignore[attr-defined]
    setattr(DynamoDBBackend, "transact_write_items", transact_write_items)  # noqa: B010 (typed as moto's)


def keep_items(backend: Any, transact_items: list[dict[str, Any]]) -> list[Kept]:
    """A copy of every item the transaction names, as it is now (None for an item that does not exist)."""
    kept: list[Kept] = []
    for entry in transact_items:
        try:
            _, operation = next(iter(entry.items()))
            table = backend.get_table(operation["TableName"])
            key = operation.get("Key") or operation["Item"]
            hash_key, range_key = backend.get_keys_value(table, key)
            before = copy.deepcopy(table.get_item(hash_key, range_key))
        except Exception:  # moto answers a malformed item itself
            continue
        kept.append((table, hash_key, range_key, before))
    return kept


def restore_items(kept: list[Kept]) -> None:
    """Put every kept item back as it was (remove those that did not exist)."""
    for table, hash_key, range_key, before in reversed(kept):
        items = table.items[hash_key] if range_key is not None else table.items
        slot = range_key if range_key is not None else hash_key
        if before is None:
            items.pop(slot, None)
        else:
            items[slot] = before


@contextlib.contextmanager
def whole_tables_not_copied() -> Iterator[None]:
    """While entered, `copy.deepcopy` of a moto `Table` returns the table itself (moto's backup becomes a
    reference, restoring it a no-op: `restore_items` does the rollback). Calls are serialized by the server."""
    from moto.dynamodb.models.table import Table

    previous = Table.__dict__.get("__deepcopy__")
    Table.__deepcopy__ = lambda table, memo: table  # type: ignore[attr-defined]
    try:
        yield
    finally:
        if previous is None:
            del Table.__deepcopy__  # type: ignore[attr-defined]
        else:
            Table.__deepcopy__ = previous  # type: ignore[attr-defined]
