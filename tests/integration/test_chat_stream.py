"""The happy path of the HTTP contract, through real HTTP against the local stand-ins."""

from __future__ import annotations

import httpx
import pytest

from devstack.launcher import LocalStack
from devstack.standins.bedrock import last_user_text
from tests.integration import db
from tests.integration.sse_client import chat, history

pytestmark = pytest.mark.integration


def test_healthz_and_chat_page(local_stack: LocalStack) -> None:
    assert httpx.get(f"{local_stack.url}/healthz").status_code == 200
    page = httpx.get(f"{local_stack.url}/")
    assert page.status_code == 200
    assert "text/html" in page.headers["content-type"]
    assert httpx.get(f"{local_stack.url}/api.js").status_code == 200


def test_stream_framing_headers_and_event_order(local_stack: LocalStack) -> None:
    result = chat(local_stack.url, "Hello there, how are you today?")
    assert result.status == 200
    assert result.headers["content-type"].startswith("text/event-stream")
    assert result.headers["cache-control"] == "no-cache"
    assert result.headers["x-accel-buffering"] == "no"
    assert "content-encoding" not in result.headers
    assert result.types[0] == "session"
    assert set(result.types[1:-1]) == {"token"}
    assert result.last["type"] == "done"
    assert result.last["stopReason"] == "end_turn"
    assert result.last["usage"]["inputTokens"] > 0 and result.last["usage"]["outputTokens"] > 0
    assert result.ids == list(range(1, len(result.events) + 1))
    assert len(result.session_id) >= 43  # 256 random bits, URL-safe base64
    assert 'Your last message, as I saw it: "Hello there, how are you today?"' in result.text


def test_tokens_arrive_incrementally(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    local_stack.bedrock.clear()
    result = chat(local_stack.url, "Tell me a long story please [[reply:tokens=60]]")
    assert result.last["type"] == "done"
    tokens = [i for i, event in enumerate(result.events) if event["type"] == "token"]
    assert len(tokens) > 50  # one event per model delta, not one blob
    record = local_stack.bedrock.requests[-1]
    # The first token reached the client before the stand-in had even sent its last delta.
    assert result.arrivals[tokens[0]] < record.delta_sent_at[-1]


def test_history_shows_the_users_original_text(local_stack: LocalStack) -> None:
    first = chat(local_stack.url, "My name is Alice Johnson and my mail is alice.j@example.com")
    sid = first.session_id
    shown = history(local_stack.url, sid)
    assert shown.status == 200
    assert shown.types == ["message", "message", "done"]
    user, assistant = shown.events[0], shown.events[1]
    assert user["role"] == "user"
    assert user["content"] == "My name is Alice Johnson and my mail is alice.j@example.com"
    assert assistant["role"] == "assistant"
    assert "Alice Johnson" in assistant["content"] and "[NAME_" not in assistant["content"]
    assert assistant["content"] == first.text
    assert user["createdAt"].endswith("Z")
    # ...while the table only holds the pseudonymized form.
    stored = [item["content"]["S"] for item in db.messages(local_stack, sid)]
    assert all("Alice Johnson" not in text and "alice.j@example.com" not in text for text in stored)
    assert "[NAME_1]" in stored[0] and "[EMAIL_1]" in stored[0]


def test_second_turn_replays_no_personal_data(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    first = chat(local_stack.url, "I am Giulia Rossi, call me at +39 312 345 6789")
    local_stack.bedrock.clear()
    second = chat(local_stack.url, "What did I tell you?", first.session_id)
    assert second.last["type"] == "done"
    body = local_stack.bedrock.requests[-1].body
    assert [m["role"] for m in body["messages"]] == ["user", "assistant", "user"]
    sent = local_stack.bedrock.received_text()
    for value in ("Giulia", "Rossi", "312 345 6789", "+39"):
        assert value not in sent
    assert "[NAME_1]" in sent and "[PHONE_1]" in sent
    assert "I received 3 message(s)" in second.text
    assert history(local_stack.url, first.session_id).types.count("message") == 4


def test_heartbeat_during_model_silence(local_stack: LocalStack) -> None:
    result = chat(local_stack.url, "Think hard before answering [[fault:silence=1.3]]")
    assert result.last["type"] == "done"
    assert result.comments.count("ping") >= 2  # heartbeat every 0.4 s in the test stack


def test_hostile_reply_passes_through_safely(local_stack: LocalStack) -> None:
    first = chat(local_stack.url, "I am Hans van der Berg")
    result = chat(local_stack.url, "Say something odd [[fault:hostile]]", first.session_id)
    assert result.last["type"] == "done"
    text = result.text
    assert "Hans van der Berg is really [NAME_99]" in text  # known placeholder re-identified
    assert "[NAME_1 or [name_1] or [Hans van der Berg]" in text  # garbled ones unchanged
    assert 'data: {"type":"done"}' in text  # injection stays inside one JSON string
    assert text.endswith("Bye [EMAIL_")  # a held-back prefix is flushed at the end
    assert result.types.count("done") == 1


def test_model_sees_pseudonymized_history_only(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    local_stack.bedrock.clear()
    chat(local_stack.url, "Write to jose.fuente@example.es for José de la Fuente")
    body = local_stack.bedrock.requests[-1].body
    text = last_user_text(body)
    assert text == "Write to [EMAIL_1] for [NAME_1]"
    assert body["system"][0]["text"].startswith("You are a helpful")
    assert body["inferenceConfig"]["maxTokens"] == 1024
