"""runtime.aws.erasure_items: the value index items, deletion transactions, the erasure record (pure)."""

from __future__ import annotations

from typing import Any

import pytest

from runtime.aws.erasure_items import (
    INDEX_PREFIX,
    MAX_TRANSACTION_ITEMS,
    PITR_WINDOW_DAYS,
    RECORD_KEEP_DAYS,
    VALUE_INDEX,
    VALUE_KEY_ATTRIBUTE,
    delete_transactions,
    index_puts,
    record_put,
    session_id_of,
    table_definition,
    value_lookup_request,
    with_index_puts,
)


def test_index_items_hold_the_hash_not_the_value_and_expire_with_their_message() -> None:
    puts = index_puts("t", "s1", {"[NAME_1]": "ab12", "[EMAIL_1]": "cd34"}, 1_800_000_000)
    items = [put["Put"]["Item"] for put in puts]
    assert [item["sk"]["S"] for item in items] == [INDEX_PREFIX + "[EMAIL_1]", INDEX_PREFIX + "[NAME_1]"]
    assert {item["pk"]["S"] for item in items} == {"SESSION#s1"}
    assert [item[VALUE_KEY_ATTRIBUTE]["S"] for item in items] == ["cd34", "ab12"]
    assert {item["expiresAt"]["N"] for item in items} == {"1800000000"}
    assert all(put["Put"]["TableName"] == "t" for put in puts)


def test_index_puts_join_the_transaction_as_far_as_it_has_room() -> None:
    transaction: list[dict[str, Any]] = [{"Update": {}}, {"Put": {}}]
    few = index_puts("t", "s", {f"[NAME_{n}]": f"{n:04x}" for n in range(3)}, 0)
    assert with_index_puts(transaction, few) == [] and len(transaction) == 5
    transaction = [{"Update": {}}, {"Put": {}}]
    many = index_puts("t", "s", {f"[NAME_{n}]": f"{n:04x}" for n in range(250)}, 0)
    rest = with_index_puts(transaction, many)
    assert len(transaction) == MAX_TRANSACTION_ITEMS
    assert [len(t) for t in rest] == [100, 52]
    assert transaction[2:] + [put for t in rest for put in t] == many


def test_meta_is_deleted_in_the_first_transaction_and_none_is_too_large() -> None:
    keys = [{"pk": {"S": "SESSION#s"}, "sk": {"S": f"MSG#{n:08d}"}} for n in range(1, 231)]
    keys.insert(150, {"pk": {"S": "SESSION#s"}, "sk": {"S": "META"}})
    transactions = delete_transactions("t", keys)
    assert [len(t) for t in transactions] == [100, 100, 31]
    assert transactions[0][0]["Delete"]["Key"]["sk"] == {"S": "META"}
    deleted = [entry["Delete"]["Key"]["sk"]["S"] for t in transactions for entry in t]
    assert sorted(deleted) == sorted(key["sk"]["S"] for key in keys)
    assert all(len(t) <= MAX_TRANSACTION_ITEMS for t in transactions)


def test_the_record_holds_a_hash_a_time_and_how_only() -> None:
    request = record_put("erasures", "f00d", "person", 1_700_000_000.5)
    item = request["Item"]
    assert set(item) == {"pk", "erasedAt", "how", "expiresAt"}
    assert item["pk"] == {"S": "f00d"} and item["how"] == {"S": "person"}
    assert item["erasedAt"]["S"].startswith("2023-11-14T22:13:20")
    assert int(item["expiresAt"]["N"]) == 1_700_000_000 + RECORD_KEEP_DAYS * 86400
    assert RECORD_KEEP_DAYS > PITR_WINDOW_DAYS
    with pytest.raises(ValueError):
        record_put("erasures", "f00d", "someone@example.com", 0)


def test_session_ids_come_from_session_partitions_only() -> None:
    assert session_id_of("SESSION#abc") == "abc"
    assert session_id_of("CEILING#2026-01-01") is None


def test_the_lookup_reads_the_tables_value_index() -> None:
    request = value_lookup_request("sessions", "beef")
    definition = table_definition("sessions")
    index = definition["GlobalSecondaryIndexes"][0]
    assert request["IndexName"] == index["IndexName"] == VALUE_INDEX
    assert index["KeySchema"] == [{"AttributeName": VALUE_KEY_ATTRIBUTE, "KeyType": "HASH"}]
    assert index["Projection"] == {"ProjectionType": "KEYS_ONLY"}
    assert request["ExpressionAttributeValues"] == {":key": {"S": "beef"}}
