"""Tool use over HTTP against the local stack: the model calls tools with placeholders, the tools get the real
values inside the zone, what they return is pseudonymized before the model sees it."""

from __future__ import annotations

import pytest

from devstack.launcher import LocalStack
from devstack.standins.lambda_tools import ECHO_ADDRESS, ECHO_IBAN
from tests.integration.sse_client import StreamResult, chat, history

pytestmark = pytest.mark.integration

NAME = "Ana Silva"
IBAN = "PT50 0002 0123 1234 5678 9015 4"
MESSAGE = f"Sou a {NAME}, IBAN {IBAN}; quanto pago por 150 000 € a 30 anos a 3,5 %?"


def tool_events(result: StreamResult) -> list[tuple[str, str]]:
    return [(e["name"], e["status"]) for e in result.events if e["type"] == "tool"]


def test_the_calculator_and_the_lambda_tool_answer_and_the_model_never_sees_the_personal_data(
    local_stack: LocalStack,
) -> None:
    assert local_stack.bedrock is not None and local_stack.lambda_tools is not None
    local_stack.bedrock.clear()
    local_stack.lambda_tools.clear()
    result = chat(local_stack.url, MESSAGE)

    assert result.last["type"] == "done", result.events[-3:]
    events = tool_events(result)
    assert events[:2] == [("loan_calculator", "started"), ("account_lookup", "started")]
    assert sorted(events[2:]) == [("account_lookup", "done"), ("loan_calculator", "done")]
    assert "The monthly payment is 673.57" in result.text
    # The user sees the values re-identified, the tool's own ones included.
    assert IBAN in result.text and ECHO_ADDRESS in result.text and ECHO_IBAN in result.text

    sent = local_stack.bedrock.received_text()
    for value in (NAME, "Ana", IBAN, IBAN.replace(" ", ""), ECHO_ADDRESS, ECHO_IBAN, "Augusta"):
        assert value not in sent, f"{value!r} reached the model"
    assert "[IBAN_1]" in sent and "[IBAN_2]" in sent
    assert len(local_stack.bedrock.requests) == 2
    assert local_stack.bedrock.requests[0].body["toolConfig"]["tools"]

    [invocation] = local_stack.lambda_tools.invocations
    assert invocation.function.endswith("sovereign-chat-local-account-lookup")
    assert invocation.event == {"iban": IBAN}  # the real value, inside the zone

    shown = history(local_stack.url, result.session_id)
    answer = [e for e in shown.events if e["type"] == "message"][-1]
    assert answer["role"] == "assistant" and answer["tools"] == ["loan_calculator", "account_lookup"]
    assert "673.57" in answer["content"] and ECHO_IBAN in answer["content"]


def test_a_later_turn_replays_the_exchange_pseudonymized(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    first = chat(local_stack.url, MESSAGE)
    local_stack.bedrock.clear()
    second = chat(local_stack.url, "Obrigada!", first.session_id)
    assert second.last["type"] == "done"
    body = local_stack.bedrock.requests[-1].body
    kinds = [next(iter(block)) for message in body["messages"] for block in message["content"]]
    assert "toolUse" in kinds and "toolResult" in kinds
    sent = local_stack.bedrock.received_text()
    assert IBAN not in sent and ECHO_IBAN not in sent and NAME not in sent


def test_a_failing_tool_is_an_error_result_and_the_answer_goes_on(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    local_stack.bedrock.clear()
    result = chat(local_stack.url, "Verifica a minha conta [[tool:account_lookup]] [[lambda:error]]")
    assert tool_events(result) == [("account_lookup", "started"), ("account_lookup", "error")]
    assert result.last["type"] == "done"
    assert "error: " in result.text and "the tool function failed (RuntimeError)" in result.text


def test_a_tool_timing_out_is_an_error_result(local_stack: LocalStack) -> None:
    result = chat(local_stack.url, "Verifica [[tool:account_lookup]] [[lambda:sleep=7]]")
    assert tool_events(result) == [("account_lookup", "started"), ("account_lookup", "error")]
    assert "did not answer within 5 s" in result.text
    assert result.last["type"] == "done"
    assert "ping" in result.comments  # heartbeats while the tool ran


def test_too_many_rounds_end_with_an_error_event(local_stack: LocalStack) -> None:
    result = chat(local_stack.url, "quanto pago por 1000 € a 1 anos a 1 %? [[tool:loop]]")
    assert result.last["type"] == "error" and result.last["code"] == "tool_rounds_exhausted"
    assert tool_events(result).count(("loan_calculator", "done")) == 5


def test_detection_down_on_a_tool_result_fails_closed(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    local_stack.bedrock.clear()
    result = chat(local_stack.url, "Verifica [[tool:account_lookup]] [[lambda:detection-fault]]")
    assert tool_events(result) == [("account_lookup", "started"), ("account_lookup", "done")]
    assert result.last["type"] == "error" and result.last["code"] == "tool_result_detection_unavailable"
    assert len(local_stack.bedrock.requests) == 1  # the model was not called with the result
    assert ECHO_IBAN not in local_stack.bedrock.received_text()
