"""Turns stay whole under concurrency and hostile input, over HTTP on the shared local stack: one turn at a time
per session, the daily ceiling before every model call, hundreds of new values stored, cancelled transactions
reported for what they are, request ids and headers clients cannot break."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from devstack.launcher import LocalStack
from runtime.chat.model_events import ModelRequest
from runtime.chat.token_count import estimate_tokens
from runtime.http.app import AWS_REQUEST_ID, BUSY_RETRY_AFTER_SECONDS
from tests.integration import db
from tests.integration.sse_client import StreamResult, chat, history
from tests.integration.test_daily_ceiling import CEILING, count, set_count, today

pytestmark = pytest.mark.integration

TOOL_LOOP = "[[tool:loop]] quanto pago por 150 000 € a 30 anos a 3,5 %?"


@pytest.fixture()
def stack(local_stack: LocalStack) -> Iterator[LocalStack]:
    """The shared local stack; today's count and the injected faults removed after each test."""
    yield local_stack
    assert local_stack.moto is not None
    local_stack.moto.cancel_transactions = None
    set_count(local_stack, None)
    set_count(local_stack, None, day=today(-1))


def usage_total(result: StreamResult) -> int:
    usage = result.last["usage"]
    return int(usage["inputTokens"]) + int(usage["outputTokens"])


def test_messages_sent_while_a_turn_runs_are_refused_before_the_model_and_nothing_is_lost(
    stack: LocalStack,
) -> None:
    assert stack.bedrock is not None
    first = chat(stack.url, "Hello")
    session_id = first.session_id
    stack.bedrock.clear()
    results: list[StreamResult] = []
    running = threading.Thread(
        target=lambda: results.append(chat(stack.url, "Tell me more [[reply:tokens=400]]", session_id))
    )
    running.start()
    deadline = time.monotonic() + 5
    while not stack.bedrock.requests and time.monotonic() < deadline:
        time.sleep(0.01)
    with ThreadPoolExecutor(5) as pool:
        refused = list(pool.map(lambda n: chat(stack.url, f"Overlapping {n}", session_id), range(5)))
    running.join(30)
    for result in refused:
        assert result.status == 409 and result.json_body["error"]["code"] == "session_busy"
        assert result.headers["retry-after"] == str(BUSY_RETRY_AFTER_SECONDS)
    assert len(stack.bedrock.requests) == 1  # only the running turn called the model
    [answered] = results
    assert answered.last["type"] == "done"
    stored = [event for event in history(stack.url, session_id).events if event["type"] == "message"]
    assert [(m["role"], m["complete"]) for m in stored] == [("user", True), ("assistant", True)] * 2
    assert stored[-1]["content"] == answered.text  # the answer the client saw is in the history
    meta = db.meta(stack, session_id)
    assert int(meta["tokensUsed"]["N"]) == usage_total(first) + usage_total(answered)
    assert "leaseId" not in meta  # given back
    assert chat(stack.url, "And now?", session_id).last["type"] == "done"


def test_concurrent_tool_looping_sessions_stay_inside_the_overshoot_bound(stack: LocalStack) -> None:
    assert stack.bedrock is not None
    sessions, room = 8, 5000
    start = CEILING - room
    set_count(stack, start)
    stack.bedrock.clear()
    with ThreadPoolExecutor(sessions) as pool:
        results = list(pool.map(lambda _: chat(stack.url, TOOL_LOOP, timeout=60), range(sessions)))
    calls = [record.usage for record in stack.bedrock.requests]
    assert all(usage is not None for usage in calls)
    sizes = [usage["inputTokens"] + usage["outputTokens"] for usage in calls if usage is not None]
    counted = count(stack)
    overshoot, bound = counted - CEILING, sessions * max(sizes)
    print(f"calls={len(sizes)} counted={counted} overshoot={overshoot} bound={bound} largest={max(sizes)}")
    assert counted == start + sum(sizes)  # every call counted once
    assert overshoot <= bound
    assert len(sizes) < sessions * 6  # the loop would make 6 calls per turn without the ceiling
    codes = {result.last.get("code") for result in results if result.status == 200}
    assert codes <= {"service_budget_exhausted", "tool_rounds_exhausted"}
    assert "service_budget_exhausted" in codes


def test_a_turn_cut_by_a_client_leaving_counts_its_call_with_the_tool_configuration(stack: LocalStack) -> None:
    assert stack.bedrock is not None
    first = chat(stack.url, "Hello")
    session_id = first.session_id
    spent_before, day_before = int(db.meta(stack, session_id)["tokensUsed"]["N"]), count(stack)
    stack.bedrock.clear()
    left = chat(stack.url, "Write a very long text [[reply:tokens=2000]]", session_id, stop_after_tokens=5)
    assert left.types[0] == "session" and left.last["type"] == "token"
    deadline = time.monotonic() + 10
    while "leaseId" in db.meta(stack, session_id) and time.monotonic() < deadline:
        time.sleep(0.05)
    [record] = stack.bedrock.requests
    assert record.usage is None and "toolConfig" in record.body  # cut before usage; tools on offer
    system = "".join(block["text"] for block in record.body["system"])
    request = ModelRequest(system, record.body["messages"], record.body["toolConfig"])
    without_tools = estimate_tokens(ModelRequest(system, record.body["messages"], None))
    spent = int(db.meta(stack, session_id)["tokensUsed"]["N"]) - spent_before
    assert estimate_tokens(request) <= spent <= estimate_tokens(request) + len(record.deltas)
    assert spent > without_tools + len(record.deltas)  # the tool configuration is in the estimate
    assert count(stack) - day_before == spent  # the day counts it too


def test_a_message_with_200_new_email_addresses_is_stored_and_read_back(stack: LocalStack) -> None:
    addresses = [f"person{n}@example.com" for n in range(200)]
    result = chat(stack.url, "Please write to " + ", ".join(addresses) + ".")
    assert result.last["type"] == "done", result.last
    vault = db.vault(stack, result.session_id)
    assert sorted(vault.values()) == sorted(addresses)
    assert all(placeholder.startswith("[EMAIL_") for placeholder in vault)
    [user, _] = [event for event in history(stack.url, result.session_id).events if event["type"] == "message"]
    assert all(address in user["content"] for address in addresses)
    assert chat(stack.url, f"And {addresses[7]} again", result.session_id).last["type"] == "done"


def test_a_transaction_cancelled_for_another_reason_than_a_condition_is_not_session_busy(
    stack: LocalStack,
) -> None:
    assert stack.moto is not None
    first = chat(stack.url, "Hello")
    stack.moto.cancel_transactions = "TransactionConflict"
    result = chat(stack.url, "Again", first.session_id)
    assert result.last["code"] == "storage_unavailable" and result.last["retryable"] is True
    stack.moto.cancel_transactions = None
    assert chat(stack.url, "Again", first.session_id).last["type"] == "done"  # the lease was given back


@pytest.mark.parametrize(
    "context",
    [
        '{"request_id": "<script>alert(1)</script>"}',
        '{"request_id": "abc\\r\\nX-Injected: 1"}',
        "{" * 3000,
        "not json",
    ],
)
def test_a_client_made_lambda_context_never_reaches_a_header(stack: LocalStack, context: str) -> None:
    with httpx.Client(timeout=10) as client:
        posted = client.post(
            f"{stack.url}/c",
            content=json.dumps({"message": "Hi"}).encode(),
            headers={"content-type": "application/json", "x-amzn-lambda-context": context},
        )
        refused = client.get(f"{stack.url}/c", headers={"x-amzn-lambda-context": context})
    for response in (posted, refused):
        request_id = response.headers["x-request-id"]
        assert AWS_REQUEST_ID.match(request_id) and str(uuid.UUID(request_id)) == request_id
        assert "x-injected" not in response.headers
    assert posted.status_code == 200 and '"type":"done"' in posted.text.replace(" ", "")


def test_an_aws_request_id_is_kept_and_api_responses_say_nosniff(stack: LocalStack) -> None:
    request_id = str(uuid.uuid4())
    context = json.dumps({"request_id": request_id, "deadline": int(time.time() * 1000) + 180_000})
    with httpx.Client(timeout=10) as client:
        posted = client.post(
            f"{stack.url}/c",
            content=json.dumps({"message": "Hi"}).encode(),
            headers={"content-type": "application/json", "x-amzn-lambda-context": context},
        )
        session_id = posted.text.split('"sessionId":"', 1)[1].split('"', 1)[0]
        read = client.get(f"{stack.url}/c", headers={"x-session-id": session_id})
        refused = client.get(f"{stack.url}/c")
    assert posted.headers["x-request-id"] == request_id
    for response in (posted, read, refused):
        assert response.headers["x-content-type-options"] == "nosniff"
    assert read.headers.get_list("cache-control") == ["no-store"]
    assert posted.headers.get_list("cache-control") == ["no-cache"]
