"""runtime.aws.session_items: keys, partition items to a session record, and each write's transaction items."""

from __future__ import annotations

from typing import Any

import pytest

from runtime.aws.session_items import (
    WriteContext,
    assistant_message_items,
    message_sort_key,
    now_iso,
    parse_session_items,
    query_request,
    resend_items,
    session_key,
    user_message_items,
    write_context,
)
from runtime.aws.session_lease import new_session_request
from runtime.aws.transactions import MAX_EXPRESSION_BYTES, MAX_TRANSACTION_ITEMS
from runtime.chat.session import Lease, SessionNotFound, SessionRecord, StoredMessage

CONTEXT = WriteContext(table="chat", budget=1000, now="2025-01-02T03:04:05.678Z", expires_at=1_800_000_000)


LEASE = Lease("token-1", 1_700_000_960)


def record(session_id: str = "abc", *, is_new: bool = False, messages: int = 0) -> SessionRecord:
    stored = [StoredMessage(seq, "user", "x", "t") for seq in range(1, messages + 1)]
    return SessionRecord(session_id, {}, 0, stored, is_new, LEASE)


def test_key_formats() -> None:
    assert session_key("abc") == {"S": "SESSION#abc"}
    assert message_sort_key(1) == "MSG#00000001"
    assert message_sort_key(12345678) == "MSG#12345678"
    assert sorted([message_sort_key(10), message_sort_key(9)]) == [message_sort_key(9), message_sort_key(10)]


def test_write_context_time_and_expiry() -> None:
    context = write_context("chat", 500, 30, 1_700_000_000.25)
    assert context == WriteContext("chat", 500, "2023-11-14T22:13:20.250Z", 1_700_000_000 + 30 * 86400)
    assert now_iso(0) == "1970-01-01T00:00:00.000Z"


def test_query_reads_the_whole_partition_consistently() -> None:
    assert query_request("chat", "abc") == {
        "TableName": "chat",
        "KeyConditionExpression": "pk = :pk",
        "ExpressionAttributeValues": {":pk": {"S": "SESSION#abc"}},
        "ConsistentRead": True,
    }


def puts(transactions: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The items the transactions write with Put, as a Query would return them."""
    return [entry["Put"]["Item"] for items in transactions for entry in items if "Put" in entry]


def expressions(entry: dict[str, Any]) -> list[str]:
    operation = next(iter(entry.values()))
    return [value for key, value in operation.items() if key.endswith("Expression")]


def test_round_trip_new_session_user_and_assistant_messages() -> None:
    new = record(is_new=True)
    meta = new_session_request(CONTEXT, "abc", LEASE)["Item"]
    first = user_message_items(CONTEXT, new, 1, "I am [NAME_1]", {"[NAME_1]": "Ana"}, ["ana"])
    answer = assistant_message_items(
        CONTEXT, new, 2, "Hi [NAME_1]", False, "max_tokens", {"inputTokens": 3, "outputTokens": 4}
    )
    parsed = parse_session_items("abc", [meta, *puts(answer), *puts(first)], now=1_700_000_000.0)
    assert parsed.vault == {"[NAME_1]": "Ana"} and parsed.tokens_used == 0 and not parsed.is_new
    assert parsed.messages == [
        StoredMessage(1, "user", "I am [NAME_1]", CONTEXT.now, True, ["ana"]),
        StoredMessage(2, "assistant", "Hi [NAME_1]", CONTEXT.now, False, None),
    ]
    assert parsed.next_seq == 3


def test_parse_reads_tokens_version_and_defaults() -> None:
    meta = {"pk": session_key("x"), "sk": {"S": "META"}, "tokensUsed": {"N": "42"}, "version": {"N": "7"}}
    bare = {"pk": session_key("x"), "sk": {"S": message_sort_key(7)}, "role": {"S": "user"}}
    parsed = parse_session_items("x", [bare, meta], now=0.0)
    assert parsed.tokens_used == 42 and parsed.vault == {} and parsed.version == 7
    assert parsed.messages == [StoredMessage(7, "user", "", "", True, None)]


def test_a_session_stored_with_its_vault_on_meta_is_still_read_with_later_entries_as_items() -> None:
    old_meta = {"pk": session_key("x"), "sk": {"S": "META"}, "vault": {"M": {"[NAME_1]": {"S": "Ana"}}}}
    later = {"pk": session_key("x"), "sk": {"S": "VAULT#[EMAIL_1]"}, "value": {"S": "a@b.pt"}}
    parsed = parse_session_items("x", [old_meta, later], now=0.0)
    assert parsed.vault == {"[NAME_1]": "Ana", "[EMAIL_1]": "a@b.pt"} and parsed.version == 0


def test_missing_or_expired_meta_is_not_found() -> None:
    with pytest.raises(SessionNotFound):
        parse_session_items("x", [], now=0.0)
    expired = {"pk": session_key("x"), "sk": {"S": "META"}, "expiresAt": {"N": "50"}}
    with pytest.raises(SessionNotFound):
        parse_session_items("x", [expired], now=100.0)
    assert parse_session_items("x", [expired], now=50.0).session_id == "x"


def test_user_message_writes_vault_items_meta_under_the_lease_and_the_message_in_one_transaction() -> None:
    new_vault = {"[NAME_2]": "Rui", "[EMAIL_1]": "a@b.pt"}
    [items] = user_message_items(CONTEXT, record(messages=2), 3, "[NAME_2] [EMAIL_1]", new_vault, None)
    first_vault, second_vault, update, message = items
    assert first_vault == {
        "Put": {
            "TableName": "chat",
            "Item": {
                "pk": {"S": "SESSION#abc"},
                "sk": {"S": "VAULT#[EMAIL_1]"},
                "value": {"S": "a@b.pt"},
                "createdAt": {"S": CONTEXT.now},
                "expiresAt": {"N": "1800000000"},
            },
            "ConditionExpression": "attribute_not_exists(pk)",
        }
    }
    assert second_vault["Put"]["Item"]["sk"] == {"S": "VAULT#[NAME_2]"}
    assert update == {
        "Update": {
            "TableName": "chat",
            "Key": {"pk": {"S": "SESSION#abc"}, "sk": {"S": "META"}},
            "UpdateExpression": "SET updatedAt = :now, expiresAt = :exp ADD version :one",
            "ConditionExpression": "leaseId = :lease",
            "ExpressionAttributeValues": {
                ":now": {"S": CONTEXT.now},
                ":exp": {"N": "1800000000"},
                ":one": {"N": "1"},
                ":lease": {"S": "token-1"},
            },
        }
    }
    assert message["Put"]["Item"]["sk"] == {"S": "MSG#00000003"}
    assert message["Put"]["ConditionExpression"] == "attribute_not_exists(pk)"
    assert "originals" not in message["Put"]["Item"]


@pytest.mark.parametrize("values", [0, 1, 98, 99, 200, 1000])
def test_any_number_of_new_values_fits_dynamodbs_limits(values: int) -> None:
    new_vault = {f"[EMAIL_{n}]": f"person{n}@example.com" for n in range(1, values + 1)}
    transactions = user_message_items(CONTEXT, record(messages=2), 3, "many", new_vault, None)
    assert all(0 < len(items) <= MAX_TRANSACTION_ITEMS for items in transactions)
    every = [entry for items in transactions for entry in items]
    assert all(len(text.encode()) < MAX_EXPRESSION_BYTES for entry in every for text in expressions(entry))
    assert len(transactions) == (1 if values <= MAX_TRANSACTION_ITEMS - 2 else 1 + -(-(values - 98) // 100))
    last = transactions[-1]
    assert "Update" in last[-2] and last[-1]["Put"]["Item"]["sk"] == {"S": "MSG#00000003"}
    meta = {"pk": session_key("abc"), "sk": {"S": "META"}}
    assert parse_session_items("abc", [meta, *puts(transactions)], 0).vault == new_vault


def test_assistant_message_adds_its_tokens_and_releases_the_lease() -> None:
    usage = {"inputTokens": 120, "outputTokens": 30}
    [[message, update]] = assistant_message_items(CONTEXT, record(), 4, "answer", True, "end_turn", usage)
    item = message["Put"]["Item"]
    assert item["sk"] == {"S": "MSG#00000004"} and item["role"] == {"S": "assistant"}
    assert item["stopReason"] == {"S": "end_turn"} and item["complete"] == {"BOOL": True}
    assert item["usage"] == {"M": {"inputTokens": {"N": "120"}, "outputTokens": {"N": "30"}}}
    changes = update["Update"]
    assert changes["UpdateExpression"] == (
        "SET updatedAt = :now, expiresAt = :exp REMOVE leaseId, leaseUntil ADD version :one, tokensUsed :n"
    )
    assert changes["ConditionExpression"] == "leaseId = :lease"
    assert changes["ExpressionAttributeValues"][":n"] == {"N": "150"}


def test_assistant_message_without_usage_or_stop_reason() -> None:
    [[message, update]] = assistant_message_items(CONTEXT, record(), 2, "", False, None, None)
    assert "usage" not in message["Put"]["Item"] and "stopReason" not in message["Put"]["Item"]
    assert ":n" not in update["Update"]["ExpressionAttributeValues"]


def _refreshed(transactions: list[list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """The vault refreshes of a write, by placeholder."""
    updates = [item["Update"] for items in transactions for item in items if "Update" in item]
    return {u["Key"]["sk"]["S"].removeprefix("VAULT#"): u for u in updates if u["Key"]["sk"]["S"] != "META"}


def test_a_message_naming_known_placeholders_keeps_their_vault_entries_as_long_as_itself() -> None:
    known = record(messages=2)
    known.vault.update({"[NAME_1]": "Ana", "[IBAN_1]": "PT50...", "[EMAIL_1]": "a@b.pt"})
    text = "[NAME_1] and [NAME_2] sent [IBAN_1] twice: [IBAN_1]"
    refreshed = _refreshed(user_message_items(CONTEXT, known, 3, text, {"[NAME_2]": "Rui"}))
    assert sorted(refreshed) == ["[IBAN_1]", "[NAME_1]"]  # not the unnamed [EMAIL_1], not the new [NAME_2]
    update = refreshed["[NAME_1]"]
    assert update["UpdateExpression"] == "SET expiresAt = :exp"
    assert update["ConditionExpression"] == "attribute_exists(pk)"  # an erased entry is never written again
    assert update["ExpressionAttributeValues"] == {":exp": {"N": str(CONTEXT.expires_at)}}


def test_entries_an_older_session_keeps_on_meta_are_not_refreshed_as_items() -> None:
    old_meta = {"pk": session_key("abc"), "sk": {"S": "META"}, "vault": {"M": {"[NAME_1]": {"S": "Ana"}}}}
    item = {"pk": session_key("abc"), "sk": {"S": "VAULT#[EMAIL_1]"}, "value": {"S": "a@b.pt"}}
    loaded = parse_session_items("abc", [old_meta, item], now=0.0)
    loaded.lease = LEASE
    refreshed = _refreshed(user_message_items(CONTEXT, loaded, 1, "[NAME_1] [EMAIL_1]", {}))
    assert sorted(refreshed) == ["[EMAIL_1]"]


def test_an_answer_keeps_the_entries_its_text_and_its_tool_exchange_name() -> None:
    known = record()
    known.vault.update({"[NAME_1]": "Ana", "[IBAN_1]": "PT50...", "[PHONE_1]": "912"})
    exchange = [{"toolUse": {"input": {"iban": "[IBAN_1]"}}}]
    transactions = assistant_message_items(
        CONTEXT, known, 2, "Hello [NAME_1]", True, "end_turn", None, exchange=exchange
    )
    assert sorted(_refreshed(transactions)) == ["[IBAN_1]", "[NAME_1]"]
    assert transactions[-1][-1]["Update"]["Key"]["sk"] == {"S": "META"}  # the lease is still released last


def test_resend_refreshes_meta_and_checks_the_next_sequence_number_is_free() -> None:
    update, check = resend_items(CONTEXT, record(messages=3))
    assert update == user_message_items(CONTEXT, record(messages=3), 4, "unused", {})[0][0]
    assert check == {
        "ConditionCheck": {
            "TableName": "chat",
            "Key": {"pk": {"S": "SESSION#abc"}, "sk": {"S": "MSG#00000004"}},
            "ConditionExpression": "attribute_not_exists(pk)",
        }
    }


def test_an_answer_that_used_tools_stores_the_exchange_names_and_new_vault_entries_and_reads_back() -> None:
    exchange = [
        {
            "role": "assistant",
            "content": [{"toolUse": {"toolUseId": "t1", "name": "calc", "input": {"x": "[IBAN_1]"}}}],
        },
        {"role": "user", "content": [{"toolResult": {"toolUseId": "t1", "content": [{"text": "[IBAN_2]"}]}}]},
        {"role": "assistant", "content": [{"text": "Done, [IBAN_2]."}]},
    ]
    [[vault, message, update]] = assistant_message_items(
        CONTEXT, record(), 2, "Done, [IBAN_2].", True, "end_turn", None,
        new_vault={"[IBAN_2]": "DE89 3704 0044 0532 0130 00"}, tools=["calc"], exchange=exchange,
    )  # fmt: skip
    item = message["Put"]["Item"]
    assert item["tools"] == {"L": [{"S": "calc"}]}
    assert "DE89" not in item["exchange"]["S"]
    assert "vault" not in update["Update"]["UpdateExpression"]
    meta = {"pk": session_key("abc"), "sk": {"S": "META"}}
    parsed = parse_session_items("abc", [meta, item, vault["Put"]["Item"]], 0)
    assert parsed.messages[0].tools == ["calc"] and parsed.messages[0].exchange == exchange
    assert parsed.vault == {"[IBAN_2]": "DE89 3704 0044 0532 0130 00"}
