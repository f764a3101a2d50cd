"""runtime.aws.transactions: splitting writes under DynamoDB's limits, item sizes, cancellation reasons."""

from __future__ import annotations

import pytest

from runtime.aws.transactions import (
    MAX_ITEM_BYTES,
    cancellation_failure,
    item_size,
    plan_transactions,
)
from runtime.chat.session import SessionConflict, StorageUnavailable
from runtime.errors import STORAGE_LIMIT_EXCEEDED


def items(count: int, tag: str) -> list[dict[str, object]]:
    return [{tag: index} for index in range(count)]


@pytest.mark.parametrize("first", [0, 1, 98, 99, 100, 197, 198, 199, 450])
def test_the_last_transaction_holds_the_last_items_and_none_exceeds_the_limit(first: int) -> None:
    plan = plan_transactions(items(first, "v"), items(2, "m"))
    assert all(1 <= len(batch) <= 100 for batch in plan)
    assert plan[-1][-2:] == items(2, "m")
    assert [entry for batch in plan for entry in batch] == [*items(first, "v"), *items(2, "m")]
    assert len(plan) == 1 + max(0, -(-(first - 98) // 100))


def test_more_last_items_than_one_transaction_takes_is_refused() -> None:
    with pytest.raises(ValueError):
        plan_transactions([], items(101, "m"))


def test_item_size_counts_names_and_values_in_utf8() -> None:
    assert item_size({"ab": {"S": "é"}}) == 2 + 2
    assert item_size({"n": {"N": "12345"}, "b": {"BOOL": True}}) == 1 + 3 + 1 + 1
    assert item_size({"l": {"L": [{"S": "xy"}]}, "m": {"M": {"k": {"S": "z"}}}}) == 1 + 3 + 1 + 2 + 1 + 3 + 1 + 1 + 1
    assert item_size({"s": {"S": "x" * MAX_ITEM_BYTES}}) > MAX_ITEM_BYTES


def test_the_error_names_the_item_size_limit() -> None:
    assert f"{MAX_ITEM_BYTES // 1024} KB" in STORAGE_LIMIT_EXCEEDED.message
    assert f"{MAX_ITEM_BYTES // 1024} KB" in STORAGE_LIMIT_EXCEEDED.when


@pytest.mark.parametrize(
    ("reasons", "failure", "code"),
    [
        ([{"Code": "None"}, {"Code": "ConditionalCheckFailed"}], SessionConflict, None),
        ([{"Code": "TransactionConflict"}], StorageUnavailable, "TransactionConflict"),
        ([{"Code": "None"}, {"Code": "ValidationError"}], StorageUnavailable, "ValidationError"),
        ([{"Code": "ThrottlingError"}, {"Code": "None"}], StorageUnavailable, "ThrottlingError"),
        ([], StorageUnavailable, "TransactionCanceledException"),
    ],
)
def test_only_a_failed_condition_is_a_conflict(
    reasons: list[dict[str, str]], failure: type[Exception], code: str | None
) -> None:
    found = cancellation_failure({"CancellationReasons": reasons})
    assert isinstance(found, failure)
    assert getattr(found, "code", None) == code
    assert isinstance(cancellation_failure(None), StorageUnavailable)
