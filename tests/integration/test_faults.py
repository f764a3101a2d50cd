"""Every fault of the runtime issue, injected through the local stand-ins."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from devstack.launcher import LocalStack
from runtime.aws.clients import BEDROCK_ATTEMPTS
from tests.integration import db
from tests.integration.sse_client import chat, history

pytestmark = pytest.mark.integration


@pytest.fixture(autouse=True)
def _reset_faults(local_stack: LocalStack) -> Iterator[None]:
    yield
    assert local_stack.bedrock is not None and local_stack.comprehend is not None and local_stack.moto
    local_stack.bedrock.clear()
    local_stack.comprehend.clear()
    local_stack.moto.failing_operations.clear()


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_throttling_before_the_stream_is_a_retryable_error(local_stack: LocalStack) -> None:
    result = chat(local_stack.url, "Hello [[fault:throttle]]")
    assert result.status == 200
    assert result.types == ["session", "error"]
    assert result.last["code"] == "model_throttled"
    assert result.last["retryable"] is True
    stored = db.messages(local_stack, result.session_id)
    assert [m["role"]["S"] for m in stored] == ["user", "assistant"]
    assert stored[1]["complete"]["BOOL"] is False
    # Bedrock refused every attempt before any stream: no model ran, nothing is counted.
    assert int(db.meta(local_stack, result.session_id).get("tokensUsed", {"N": "0"})["N"]) == 0


def test_a_throttled_message_is_not_joined_to_the_next_one(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    first = chat(local_stack.url, "Hello")
    local_stack.bedrock.queue_fault("throttle", count=BEDROCK_ATTEMPTS)  # every attempt of the call
    throttled = chat(local_stack.url, "What is the capital of Peru?", first.session_id)
    assert throttled.last.get("code") == "model_throttled"
    assert chat(local_stack.url, "Tell me a joke instead", first.session_id).last["type"] == "done"
    sent = local_stack.bedrock.requests[-1].body["messages"]
    assert [m["role"] for m in sent] == ["user", "assistant", "user"]
    assert sent[-1]["content"] == [{"text": "Tell me a joke instead"}]
    assert "Peru" not in str(sent)
    shown = [e["content"] for e in history(local_stack.url, first.session_id).events if e.get("role") == "user"]
    assert shown == ["Hello", "What is the capital of Peru?", "Tell me a joke instead"]  # still shown


def test_broken_stream_mid_answer_stores_the_partial_answer(local_stack: LocalStack) -> None:
    result = chat(local_stack.url, "I am Carlos García [[fault:midstream]]")
    assert result.types[0] == "session" and result.last["type"] == "error"
    assert result.last["code"] == "model_stream_error" and result.last["retryable"] is True
    partial = result.text
    assert partial  # some tokens arrived before the failure
    shown = history(local_stack.url, result.session_id)
    assistant = shown.events[1]
    assert assistant["role"] == "assistant" and assistant["complete"] is False
    assert assistant["content"] == partial
    # The next turn replays the partial answer pseudonymized and works.
    assert chat(local_stack.url, "Go on", result.session_id).last["type"] == "done"


def test_retrying_a_failed_turn_stores_the_message_once(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    first = chat(local_stack.url, "Hello")
    assert first.last["type"] == "done"
    message = "I am Carlos García, born in Madrid."
    local_stack.bedrock.queue_fault("midstream")
    failed = chat(local_stack.url, message, first.session_id)
    assert failed.last["code"] == "model_stream_error" and failed.text  # a partial answer was stored
    local_stack.bedrock.queue_fault("throttle", count=BEDROCK_ATTEMPTS)  # every attempt of the call
    throttled = chat(local_stack.url, message, first.session_id)
    assert throttled.last.get("code") == "model_throttled"
    assert [r.fault for r in local_stack.bedrock.requests[-BEDROCK_ATTEMPTS:]] == ["throttle"] * BEDROCK_ATTEMPTS
    retried = chat(local_stack.url, message, first.session_id)
    assert retried.last["type"] == "done"

    stored = db.messages(local_stack, first.session_id)
    roles = [(m["role"]["S"], m["complete"]["BOOL"]) for m in stored]
    # The message once; the failed answers kept (marked incomplete), then the retry's answer.
    assert roles == [
        ("user", True),
        ("assistant", True),
        ("user", True),
        ("assistant", False),
        ("assistant", False),
        ("assistant", True),
    ]
    # The retry replayed the conversation without the message twice or the superseded partial answer.
    replayed = local_stack.bedrock.requests[-1].body["messages"]
    assert [m["role"] for m in replayed] == ["user", "assistant", "user"]
    assert replayed[1]["content"][0]["text"] == stored[1]["content"]["S"]
    # Nor does the next turn replay the partial answer.
    assert chat(local_stack.url, "Thanks", first.session_id).last["type"] == "done"
    after = local_stack.bedrock.requests[-1].body["messages"]
    assert [m["role"] for m in after] == ["user", "assistant", "user", "assistant", "user"]
    assert stored[3]["content"]["S"]  # the partial answer, not joined to the retry's answer:
    assert after[3]["content"][0]["text"] == stored[5]["content"]["S"]
    shown = [e for e in history(local_stack.url, first.session_id).events if e.get("type") == "message"]
    assert [e["role"] for e in shown].count("user") == 3
    assert message in [e["content"] for e in shown]


def test_a_repeat_after_a_complete_answer_is_a_new_message(local_stack: LocalStack) -> None:
    first = chat(local_stack.url, "Yes")
    assert chat(local_stack.url, "Yes", first.session_id).last["type"] == "done"
    assert [m["role"]["S"] for m in db.messages(local_stack, first.session_id)] == [
        "user",
        "assistant",
        "user",
        "assistant",
    ]


def test_comprehend_down_fails_closed_without_calling_the_model(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None and local_stack.comprehend is not None
    first = chat(local_stack.url, "Hello, I am Klaus Schmidt")
    before = db.session_items(local_stack, first.session_id)
    local_stack.bedrock.clear()
    local_stack.comprehend.mode = "down"
    result = chat(local_stack.url, "My friend is Luca Bianchi", first.session_id)
    assert result.types == ["session", "error"]
    assert result.last["code"] == "pii_detection_unavailable" and result.last["retryable"] is True
    assert local_stack.bedrock.requests == []  # the model was never called
    assert db.session_items(local_stack, first.session_id) == before  # nothing stored
    local_stack.comprehend.mode = "ok"
    assert chat(local_stack.url, "My friend is Luca Bianchi", first.session_id).last["type"] == "done"


def test_comprehend_throttled_fails_closed(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None and local_stack.comprehend is not None
    local_stack.bedrock.clear()
    result = chat(local_stack.url, "Hello, I am Françoise Dubois [[comprehend:throttle]]")
    assert result.last["code"] == "pii_detection_unavailable"
    assert local_stack.bedrock.requests == []
    assert db.messages(local_stack, result.session_id) == []


def test_dynamodb_down_at_load_is_503_before_the_stream(local_stack: LocalStack) -> None:
    assert local_stack.moto is not None and local_stack.bedrock is not None
    first = chat(local_stack.url, "hello")
    local_stack.bedrock.clear()
    local_stack.moto.failing_operations.add("Query")
    result = chat(local_stack.url, "hello again", first.session_id)
    assert result.status == 503
    assert result.json_body["error"]["code"] == "storage_unavailable"
    assert local_stack.bedrock.requests == []


def test_dynamodb_down_mid_turn_leaves_no_half_written_session(local_stack: LocalStack) -> None:
    assert local_stack.moto is not None
    first = chat(local_stack.url, "I am Maria Fernandes")
    before = db.session_items(local_stack, first.session_id)
    local_stack.moto.failing_operations.add("TransactWriteItems")
    result = chat(local_stack.url, "My colleague is Robert Smith", first.session_id)
    assert result.last["type"] == "error"
    assert result.last["code"] == "storage_unavailable" and result.last["retryable"] is True
    assert "done" not in result.types
    local_stack.moto.failing_operations.clear()
    after = db.session_items(local_stack, first.session_id)
    unchanged = [item for item in before if item["sk"]["S"] != "META"]
    assert [item for item in after if item["sk"]["S"] != "META"] == unchanged  # no message, no vault entry
    assert "VAULT#[NAME_2]" not in {item["sk"]["S"] for item in after}
    # The model was called before the write failed: what it spent counts against the session.
    assert int(db.meta(local_stack, first.session_id)["tokensUsed"]["N"]) > int(
        next(item for item in before if item["sk"]["S"] == "META")["tokensUsed"]["N"]
    )


def test_client_disconnect_stops_the_model_and_stores_what_was_produced(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    local_stack.bedrock.clear()
    result = chat(local_stack.url, "Write a very long text [[reply:tokens=2000]]", stop_after_tokens=5)
    assert result.types[0] == "session"
    record = local_stack.bedrock.requests[-1]
    assert wait_for(lambda: record.client_disconnected), "the app kept reading the model stream"
    assert not record.completed
    assert len(record.deltas) < 1000  # stopped long before the end (2000+ deltas, 3 ms apart)

    def stored_partial() -> bool:
        msgs = db.messages(local_stack, result.session_id)
        return len(msgs) == 2 and msgs[1]["complete"]["BOOL"] is False

    assert wait_for(stored_partial)
    stored = db.messages(local_stack, result.session_id)[1]["content"]["S"]
    assert stored.startswith("I received 1 message(s).")
    assert len(stored) >= len(result.text)


def test_disconnect_while_the_model_is_silent_closes_the_model_stream_at_once(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    local_stack.bedrock.clear()
    started = time.monotonic()
    result = chat(local_stack.url, "Take your time [[fault:silence=8]]", stop_after_tokens=1)
    record = local_stack.bedrock.requests[-1]
    # The app's reader thread is blocked on the socket; closing the stream must wake it (not wait 8 s).
    assert wait_for(lambda: record.client_disconnected, timeout=4.0)
    assert time.monotonic() - started < 6.0
    assert len(record.deltas) == 1
    assert wait_for(lambda: len(db.messages(local_stack, result.session_id)) == 2)
