"""DynamoDB's limits on one write, and what a cancelled transaction means (pure: no boto3, no I/O).

The session's writes stay inside the limits by construction: every condition and update expression has a
fixed size whatever a message holds (far below `MAX_EXPRESSION_BYTES`); each new vault entry is an item of its
own, so the META item does not grow with the vault; a write of more items than `MAX_TRANSACTION_ITEMS` is
split by `plan_transactions` (the last transaction holds the items that make the write visible). What cannot
be split, one item's size, is checked before the model is called (`item_size`, `MAX_ITEM_BYTES`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from runtime.chat.session import SessionConflict, StorageUnavailable

#: Items in one `TransactWriteItems`.
MAX_TRANSACTION_ITEMS = 100
#: Bytes of one item: attribute names plus values.
MAX_ITEM_BYTES = 400 * 1024
#: Bytes of one expression string (condition, update, ...).
MAX_EXPRESSION_BYTES = 4 * 1024
#: Cancellation reasons of a condition that did not hold: another turn's lease, a sequence number or a
#: placeholder taken. Every other reason (`TransactionConflict`, `ThrottlingError`, `ValidationError`, ...) is
#: the store failing, not the session being busy.
CONDITION_FAILED = "ConditionalCheckFailed"

Item = dict[str, Any]


def plan_transactions(
    first: Sequence[Item], last: Sequence[Item], limit: int = MAX_TRANSACTION_ITEMS
) -> list[list[Item]]:
    """Split a write into transactions of at most `limit` items, in the order to send them: `first` (items no
    reader sees before the `last` ones exist, e.g. vault entries) fill earlier transactions; `last` (the message
    and the META update) go together into the final one, with as many `first` items as fit."""
    if len(last) > limit:
        raise ValueError(f"{len(last)} items cannot be written in one transaction of {limit}")
    room = limit - len(last)
    head, tail = (list(first[: len(first) - room]), list(first[len(first) - room :])) if room else (list(first), [])
    chunks = [head[start : start + limit] for start in range(0, len(head), limit)]
    return [*chunks, [*tail, *last]]


def item_size(item: Item) -> int:
    """DynamoDB's size of an item in the low-level shape (UTF-8 names and values; numbers about 1 byte per 2
    digits plus 1; 1 byte per Boolean/null; 3 bytes of overhead per list or map and 1 per element)."""
    return sum(len(name.encode("utf-8")) + _value_size(value) for name, value in item.items())


def _value_size(value: dict[str, Any]) -> int:
    kind, data = next(iter(value.items()))
    if kind == "S":
        return len(str(data).encode("utf-8"))
    if kind == "N":
        return len(str(data)) // 2 + 1
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "L":
        return 3 + sum(1 + _value_size(element) for element in data)
    if kind == "M":
        return 3 + sum(1 + len(key.encode("utf-8")) + _value_size(element) for key, element in data.items())
    if kind == "SS":
        return sum(len(str(element).encode("utf-8")) for element in data)
    return len(str(data))


def cancellation_failure(response: object) -> Exception:
    """What a `TransactionCanceledException` (its error `response`) means: `SessionConflict` when a condition
    failed, else `StorageUnavailable` with the first reason's code (the transaction did not apply)."""
    reasons = response.get("CancellationReasons", []) if isinstance(response, dict) else []
    codes = [str(reason.get("Code")) for reason in reasons if reason.get("Code") not in (None, "None")]
    if CONDITION_FAILED in codes:
        return SessionConflict()
    return StorageUnavailable(codes[0] if codes else "TransactionCanceledException")
