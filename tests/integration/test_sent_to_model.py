"""`GET /c` shows each user message (and each tool call) as the model received it: placeholders, never values."""

from __future__ import annotations

import json
from typing import Any

import pytest

from devstack.launcher import LocalStack
from devstack.standins.bedrock import last_user_text
from devstack.standins.lambda_tools import ECHO_ADDRESS, ECHO_IBAN
from tests.integration.sse_client import chat, history

pytestmark = pytest.mark.integration

NAME = "Ana Silva"
IBAN = "PT50 0002 0123 1234 5678 9015 4"
VALUES = (NAME, "Ana", "Silva", IBAN, IBAN.replace(" ", ""), "0002 0123")


def messages(base_url: str, session_id: str) -> list[dict[str, Any]]:
    shown = history(base_url, session_id)
    assert shown.last == {"type": "done"}
    return [event for event in shown.events if event["type"] == "message"]


def test_history_gives_each_user_message_as_the_model_received_it(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    local_stack.bedrock.clear()
    first = chat(local_stack.url, f"Olá, sou a {NAME} e o meu IBAN é {IBAN}.")
    assert first.last["type"] == "done"
    received_first = last_user_text(local_stack.bedrock.requests[-1].body)
    second = chat(local_stack.url, "A Silva também quer saber o saldo.", first.session_id)
    assert second.last["type"] == "done"
    received_second = last_user_text(local_stack.bedrock.requests[-1].body)

    user, _, follow_up, _ = messages(local_stack.url, first.session_id)
    assert user["content"] == f"Olá, sou a {NAME} e o meu IBAN é {IBAN}."
    assert user["sentToModel"] == received_first == "Olá, sou a [NAME_1] e o meu IBAN é [IBAN_1]."
    assert follow_up["sentToModel"] == received_second == "A [NAME_1] também quer saber o saldo."
    for sent in (user["sentToModel"], follow_up["sentToModel"]):
        for value in VALUES:
            assert value not in sent, f"{value!r} in sentToModel"


def test_history_gives_tool_inputs_and_results_as_the_model_wrote_and_received_them(local_stack: LocalStack) -> None:
    result = chat(local_stack.url, f"Sou a {NAME}, IBAN {IBAN}; quanto pago por 150 000 € a 30 anos a 3,5 %?")
    assert result.last["type"] == "done", result.events[-3:]
    user, answer = messages(local_stack.url, result.session_id)
    assert user["sentToModel"] == "Sou a [NAME_1], IBAN [IBAN_1]; quanto pago por 150 000 € a 30 anos a 3,5 %?"
    assert "sentToModel" not in answer
    calls = {call["name"]: call for call in answer["toolCalls"]}
    assert set(calls) == {"loan_calculator", "account_lookup"}
    assert calls["account_lookup"]["input"] == {"iban": "[IBAN_1]"}  # the tool itself got the real IBAN
    assert "673.57" in calls["loan_calculator"]["resultSentToModel"]
    echoed = calls["account_lookup"]["resultSentToModel"]
    assert "[IBAN_1]" in echoed and "[IBAN_2]" in echoed  # the user's IBAN and the tool's own one
    text = json.dumps(answer["toolCalls"], ensure_ascii=False)
    for value in (*VALUES, ECHO_IBAN, ECHO_IBAN.replace(" ", ""), ECHO_ADDRESS, "Augusta"):
        assert value not in text, f"{value!r} in toolCalls"
