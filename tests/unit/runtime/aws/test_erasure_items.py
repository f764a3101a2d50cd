"""runtime.aws.erasure_items: the value index tag, deletion transactions, the erasure record (pure)."""

from __future__ import annotations

from typing import Any

import pytest

from runtime.aws.erasure_items import (
    PITR_WINDOW_DAYS,
    RECORD_KEEP_DAYS,
    VALUE_INDEX,
    VALUE_KEY_ATTRIBUTE,
    delete_transactions,
    record_put,
    session_id_of,
    table_definition,
    tag_vault_puts,
    value_lookup_request,
)
from runtime.aws.session_items import VAULT_PREFIX
from runtime.aws.transactions import MAX_TRANSACTION_ITEMS


def put(sk: str) -> dict[str, Any]:
    return {"Put": {"TableName": "t", "Item": {"pk": {"S": "SESSION#s"}, "sk": {"S": sk}, "value": {"S": "v"}}}}


def test_only_vault_puts_get_their_values_keyed_hash() -> None:
    vault, message, other = put(VAULT_PREFIX + "[NAME_1]"), put("MSG#00000001"), put(VAULT_PREFIX + "[IBAN_1]")
    update: dict[str, Any] = {"Update": {"TableName": "t", "Key": {}}}
    tagged = tag_vault_puts([[vault, update], [message, other]], {"[NAME_1]": "ab12"})
    assert tagged == 1
    assert vault["Put"]["Item"][VALUE_KEY_ATTRIBUTE] == {"S": "ab12"}
    assert VALUE_KEY_ATTRIBUTE not in message["Put"]["Item"]
    assert VALUE_KEY_ATTRIBUTE not in other["Put"]["Item"]  # no hash given for it


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
