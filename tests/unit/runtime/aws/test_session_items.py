"""runtime.aws.session_items: keys, partition items to a session record, and each write's transaction items."""

from __future__ import annotations

from typing import Any

import pytest

from runtime.aws.session_items import (
    WriteContext,
    assistant_message_items,
    budget_spent,
    message_sort_key,
    now_iso,
    parse_session_items,
    query_request,
    resend_items,
    session_key,
    user_message_items,
    write_context,
)
from runtime.chat.session import SessionNotFound, SessionRecord, StoredMessage

CONTEXT = WriteContext(table="chat", budget=1000, now="2025-01-02T03:04:05.678Z", expires_at=1_800_000_000)


def record(session_id: str = "abc", *, is_new: bool = False, messages: int = 0) -> SessionRecord:
    stored = [StoredMessage(seq, "user", "x", "t") for seq in range(1, messages + 1)]
    return SessionRecord(session_id, {}, 0, stored, is_new)


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


def puts(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items the transaction writes with Put, as a Query would return them."""
    return [entry["Put"]["Item"] for entry in items if "Put" in entry]


def test_round_trip_new_session_user_and_assistant_messages() -> None:
    new = record(is_new=True)
    first = user_message_items(CONTEXT, new, 1, "I am [NAME_1]", {"[NAME_1]": "Ana"}, ["ana"])
    answer = assistant_message_items(
        CONTEXT, "abc", 2, "Hi [NAME_1]", False, "max_tokens", {"inputTokens": 3, "outputTokens": 4}
    )
    parsed = parse_session_items("abc", [*puts(answer), *puts(first)], now=1_700_000_000.0)
    assert parsed.vault == {"[NAME_1]": "Ana"} and parsed.tokens_used == 0 and not parsed.is_new
    assert parsed.messages == [
        StoredMessage(1, "user", "I am [NAME_1]", CONTEXT.now, True, ["ana"]),
        StoredMessage(2, "assistant", "Hi [NAME_1]", CONTEXT.now, False, None),
    ]
    assert parsed.next_seq == 3


def test_parse_reads_tokens_and_defaults() -> None:
    meta = {"pk": session_key("x"), "sk": {"S": "META"}, "tokensUsed": {"N": "42"}}
    bare = {"pk": session_key("x"), "sk": {"S": message_sort_key(7)}, "role": {"S": "user"}}
    parsed = parse_session_items("x", [bare, meta], now=0.0)
    assert parsed.tokens_used == 42 and parsed.vault == {}
    assert parsed.messages == [StoredMessage(7, "user", "", "", True, None)]


def test_missing_or_expired_meta_is_not_found() -> None:
    with pytest.raises(SessionNotFound):
        parse_session_items("x", [], now=0.0)
    expired = {"pk": session_key("x"), "sk": {"S": "META"}, "expiresAt": {"N": "50"}}
    with pytest.raises(SessionNotFound):
        parse_session_items("x", [expired], now=100.0)
    assert parse_session_items("x", [expired], now=50.0).session_id == "x"


def test_new_session_creates_meta_and_first_message_only_if_absent() -> None:
    meta, message = user_message_items(CONTEXT, record(is_new=True), 1, "hello", {"[EMAIL_1]": "a@b.pt"})
    assert meta == {
        "Put": {
            "TableName": "chat",
            "Item": {
                "pk": {"S": "SESSION#abc"},
                "sk": {"S": "META"},
                "vault": {"M": {"[EMAIL_1]": {"S": "a@b.pt"}}},
                "tokensUsed": {"N": "0"},
                "createdAt": {"S": CONTEXT.now},
                "updatedAt": {"S": CONTEXT.now},
                "expiresAt": {"N": "1800000000"},
            },
            "ConditionExpression": "attribute_not_exists(pk)",
        }
    }
    assert message == {
        "Put": {
            "TableName": "chat",
            "Item": {
                "pk": {"S": "SESSION#abc"},
                "sk": {"S": "MSG#00000001"},
                "role": {"S": "user"},
                "content": {"S": "hello"},
                "createdAt": {"S": CONTEXT.now},
                "complete": {"BOOL": True},
                "expiresAt": {"N": "1800000000"},
            },
            "ConditionExpression": "attribute_not_exists(pk)",
        }
    }


def test_user_message_with_new_vault_entries_conditions_on_budget_and_free_placeholders() -> None:
    new_vault = {"[NAME_2]": "Rui", "[EMAIL_1]": "a@b.pt"}
    update, message = user_message_items(CONTEXT, record(messages=2), 3, "[NAME_2] [EMAIL_1]", new_vault, None)
    assert update == {
        "Update": {
            "TableName": "chat",
            "Key": {"pk": {"S": "SESSION#abc"}, "sk": {"S": "META"}},
            "UpdateExpression": "SET updatedAt = :now, expiresAt = :exp, vault.#p0 = :v0, vault.#p1 = :v1",
            "ConditionExpression": (
                "attribute_exists(pk) AND tokensUsed < :budget"
                " AND attribute_not_exists(vault.#p0) AND attribute_not_exists(vault.#p1)"
            ),
            "ExpressionAttributeValues": {
                ":now": {"S": CONTEXT.now},
                ":exp": {"N": "1800000000"},
                ":budget": {"N": "1000"},
                ":v0": {"S": "a@b.pt"},
                ":v1": {"S": "Rui"},
            },
            "ExpressionAttributeNames": {"#p0": "[EMAIL_1]", "#p1": "[NAME_2]"},
            "ReturnValuesOnConditionCheckFailure": "ALL_OLD",
        }
    }
    assert message["Put"]["Item"]["sk"] == {"S": "MSG#00000003"}
    assert message["Put"]["ConditionExpression"] == "attribute_not_exists(pk)"
    assert "originals" not in message["Put"]["Item"]


def test_user_message_without_new_vault_entries_has_no_attribute_names() -> None:
    update, _ = user_message_items(CONTEXT, record(messages=1), 2, "hi", {})
    assert "ExpressionAttributeNames" not in update["Update"]
    assert update["Update"]["UpdateExpression"] == "SET updatedAt = :now, expiresAt = :exp"
    assert update["Update"]["ConditionExpression"] == "attribute_exists(pk) AND tokensUsed < :budget"


def test_assistant_message_adds_its_tokens_to_the_session() -> None:
    usage = {"inputTokens": 120, "outputTokens": 30}
    message, update = assistant_message_items(CONTEXT, "abc", 4, "answer", True, "end_turn", usage)
    item = message["Put"]["Item"]
    assert item["sk"] == {"S": "MSG#00000004"} and item["role"] == {"S": "assistant"}
    assert item["stopReason"] == {"S": "end_turn"} and item["complete"] == {"BOOL": True}
    assert item["usage"] == {"M": {"inputTokens": {"N": "120"}, "outputTokens": {"N": "30"}}}
    assert update == {
        "Update": {
            "TableName": "chat",
            "Key": {"pk": {"S": "SESSION#abc"}, "sk": {"S": "META"}},
            "UpdateExpression": "SET updatedAt = :now, expiresAt = :exp ADD tokensUsed :n",
            "ConditionExpression": "attribute_exists(pk)",
            "ExpressionAttributeValues": {
                ":now": {"S": CONTEXT.now},
                ":exp": {"N": "1800000000"},
                ":n": {"N": "150"},
            },
        }
    }


def test_assistant_message_without_usage_or_stop_reason() -> None:
    message, update = assistant_message_items(CONTEXT, "abc", 2, "", False, None, None)
    assert "usage" not in message["Put"]["Item"] and "stopReason" not in message["Put"]["Item"]
    assert update["Update"]["ExpressionAttributeValues"][":n"] == {"N": "0"}


def test_resend_refreshes_meta_and_checks_the_next_sequence_number_is_free() -> None:
    update, check = resend_items(CONTEXT, record(messages=3))
    assert update == user_message_items(CONTEXT, record(messages=3), 4, "unused", {})[0]
    assert check == {
        "ConditionCheck": {
            "TableName": "chat",
            "Key": {"pk": {"S": "SESSION#abc"}, "sk": {"S": "MSG#00000004"}},
            "ConditionExpression": "attribute_not_exists(pk)",
        }
    }


@pytest.mark.parametrize(
    ("response", "spent"),
    [
        ({"CancellationReasons": [{"Code": "ConditionalCheckFailed", "Item": {"tokensUsed": {"N": "1000"}}}]}, True),
        ({"CancellationReasons": [{"Code": "ConditionalCheckFailed", "Item": {"tokensUsed": {"N": "999"}}}]}, False),
        ({"CancellationReasons": [{"Code": "None"}, {"Code": "ConditionalCheckFailed"}]}, False),
        ({"CancellationReasons": [{"Code": "TransactionConflict", "Item": {"tokensUsed": {"N": "5000"}}}]}, False),
        (None, False),
    ],
)
def test_budget_spent_reads_the_old_meta_of_a_cancelled_transaction(response: object, spent: bool) -> None:
    assert budget_spent(response, 1000) is spent


def test_an_answer_that_used_tools_stores_the_exchange_names_and_new_vault_entries_and_reads_back() -> None:
    exchange = [
        {
            "role": "assistant",
            "content": [{"toolUse": {"toolUseId": "t1", "name": "calc", "input": {"x": "[IBAN_1]"}}}],
        },
        {"role": "user", "content": [{"toolResult": {"toolUseId": "t1", "content": [{"text": "[IBAN_2]"}]}}]},
        {"role": "assistant", "content": [{"text": "Done, [IBAN_2]."}]},
    ]
    message, update = assistant_message_items(
        CONTEXT, "abc", 2, "Done, [IBAN_2].", True, "end_turn", None,
        new_vault={"[IBAN_2]": "DE89 3704 0044 0532 0130 00"}, tools=["calc"], exchange=exchange,
    )  # fmt: skip
    item = message["Put"]["Item"]
    assert item["tools"] == {"L": [{"S": "calc"}]}
    assert "DE89" not in item["exchange"]["S"]
    changes = update["Update"]
    assert changes["UpdateExpression"] == "SET updatedAt = :now, expiresAt = :exp, vault.#p0 = :v0 ADD tokensUsed :n"
    assert changes["ConditionExpression"] == "attribute_exists(pk) AND attribute_not_exists(vault.#p0)"
    assert changes["ExpressionAttributeNames"] == {"#p0": "[IBAN_2]"}
    meta = {"pk": session_key("abc"), "sk": {"S": "META"}, "vault": {"M": {}}}
    parsed = parse_session_items("abc", [meta, item], 0)
    assert parsed.messages[0].tools == ["calc"] and parsed.messages[0].exchange == exchange
