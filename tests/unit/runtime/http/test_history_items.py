"""runtime.http.history_items: the history's `message` event shows the user's text and what the model received."""

from __future__ import annotations

import json
from typing import Any

from runtime.chat.session import StoredMessage
from runtime.http.history_items import history_item, tool_calls_sent
from runtime.http.sse import format_event

VAULT = {"[NAME_1]": "Ana Silva", "[IBAN_1]": "PT50 0002 0123 1234 5678 9015 4", "[ADDRESS_1]": "Rua Augusta 100"}
STORED_USER = "Olá, sou a [NAME_1] e o meu IBAN é [IBAN_1]."


def user_message(**overrides: Any) -> StoredMessage:
    fields: dict[str, Any] = {"seq": 1, "role": "user", "content": STORED_USER, "created_at": "2025-01-02T03:04:05Z"}
    fields.update(overrides)
    return StoredMessage(**fields)


def test_a_user_message_carries_its_text_and_what_the_model_received() -> None:
    forms = ["ana silva", "PT50000201231234567890154"]
    item = history_item(user_message(surface_forms=forms), VAULT)
    assert item["content"] == "Olá, sou a ana silva e o meu IBAN é PT50000201231234567890154."
    assert item["sentToModel"] == STORED_USER
    assert item["complete"] is True and "toolCalls" not in item


def test_what_the_model_received_never_holds_a_value_behind_a_placeholder() -> None:
    item = history_item(user_message(), VAULT)
    assert item["content"] == "Olá, sou a Ana Silva e o meu IBAN é PT50 0002 0123 1234 5678 9015 4."
    sent = str(item["sentToModel"])
    for value in VAULT.values():
        assert value not in sent
    for word in ("Ana", "Silva", "PT50", "0002"):
        assert word not in sent
    # The whole frame on the wire: the values appear only in `content`.
    wire = json.loads(format_event(1, item).decode().split("data: ", 1)[1])
    assert wire["sentToModel"] == STORED_USER


def test_without_kept_surface_forms_the_vault_spelling_is_shown() -> None:
    item = history_item(user_message(surface_forms=["only one"]), VAULT)
    assert item["content"] == "Olá, sou a Ana Silva e o meu IBAN é PT50 0002 0123 1234 5678 9015 4."


def test_an_answer_has_no_sent_to_model_and_no_tool_calls_without_tools() -> None:
    answer = StoredMessage(2, "assistant", "Olá [NAME_1]!", "t", complete=False)
    item = history_item(answer, VAULT)
    assert item == {"type": "message", "role": "assistant", "content": "Olá Ana Silva!", "createdAt": "t",
                    "complete": False}  # fmt: skip


EXCHANGE: list[dict[str, Any]] = [
    {
        "role": "assistant",
        "content": [
            {"text": "Let me look."},
            {"toolUse": {"toolUseId": "t1", "name": "account_lookup", "input": {"iban": "[IBAN_1]"}}},
            {"toolUse": {"toolUseId": "t2", "name": "loan_calculator", "input": {"principal": 150000}}},
        ],
    },
    {
        "role": "user",
        "content": [
            {"toolResult": {"toolUseId": "t2", "content": [{"text": '{"monthly": 673.57}'}], "status": "success"}},
            {"toolResult": {"toolUseId": "t1", "content": [{"text": '{"address": "[ADDRESS_1]"}'}]}},
        ],
    },
    {"role": "assistant", "content": [{"text": "You pay 673.57."}]},
]


def test_tool_calls_pair_each_input_with_its_result_in_call_order() -> None:
    assert tool_calls_sent(EXCHANGE) == [
        {"name": "account_lookup", "input": {"iban": "[IBAN_1]"}, "resultSentToModel": '{"address": "[ADDRESS_1]"}'},
        {"name": "loan_calculator", "input": {"principal": 150000}, "resultSentToModel": '{"monthly": 673.57}'},
    ]


def test_a_call_without_a_stored_result_has_its_input_only() -> None:
    cut = EXCHANGE[:1]
    assert tool_calls_sent(cut)[0] == {"name": "account_lookup", "input": {"iban": "[IBAN_1]"}}
    assert tool_calls_sent(None) == [] and tool_calls_sent([]) == []


def test_an_answer_that_used_tools_carries_them_as_the_model_wrote_and_received_them() -> None:
    answer = StoredMessage(2, "assistant", "You pay 673.57.", "t", tools=["account_lookup"], exchange=EXCHANGE)
    item = history_item(answer, VAULT)
    assert item["tools"] == ["account_lookup"]
    assert "sentToModel" not in item
    calls = item["toolCalls"]
    assert isinstance(calls, list) and [call["name"] for call in calls] == ["account_lookup", "loan_calculator"]
    text = json.dumps(calls, ensure_ascii=False)
    assert "[IBAN_1]" in text and "[ADDRESS_1]" in text
    for value in VAULT.values():
        assert value not in text
