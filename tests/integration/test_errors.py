"""Every error status of the HTTP contract, as JSON before the stream, with nothing stored."""

from __future__ import annotations

import json

import pytest

from devstack.launcher import LocalStack
from tests.integration import db
from tests.integration.sse_client import StreamResult, chat

pytestmark = pytest.mark.integration

UNKNOWN_SESSION = "A" * 43


def assert_error(result: StreamResult, status: int, code: str) -> None:
    assert result.status == status, (result.status, result.json_body)
    assert result.headers["content-type"].startswith("application/json")
    assert result.json_body["error"]["code"] == code
    assert isinstance(result.json_body["error"]["message"], str) and result.json_body["error"]["message"]


@pytest.mark.parametrize(
    ("body", "content_type", "status", "code"),
    [
        (b"{not json", "application/json", 400, "invalid_json"),
        (b'{"message": "caf\xe9"}', "application/json", 400, "invalid_utf8"),
        (b'{"message": "\\ud800"}', "application/json", 400, "invalid_utf8"),
        (b'{"text": "hello"}', "application/json", 400, "missing_message"),
        (b'["hello"]', "application/json", 400, "missing_message"),
        (b'{"message": ""}', "application/json", 400, "empty_message"),
        (b'{"message": "   \\n "}', "application/json", 400, "empty_message"),
        (b'{"message": "\\u200b\\u200b\\u2060"}', "application/json", 400, "empty_message"),
        (b'{"message": "hi", "x": ' + b"[" * 2000 + b"]" * 2000 + b"}", "application/json", 400, "invalid_json"),
        (b"[" * 40 + b"]" * 40, "application/json", 400, "invalid_json"),
        (b'{"message": 42}', "application/json", 400, "invalid_message"),
        (b'{"message": null}', "application/json", 400, "invalid_message"),
        (json.dumps({"message": "é" * 4001}).encode(), "application/json", 413, "message_too_large"),
        (b'{"message": "hello"}', "text/plain", 415, "unsupported_media_type"),
        (b"message=hello", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    ],
)
def test_invalid_requests_are_rejected_and_store_nothing(
    local_stack: LocalStack, body: bytes, content_type: str, status: int, code: str
) -> None:
    before = len(db.all_items(local_stack))
    result = chat(local_stack.url, body=body, content_type=content_type)
    assert_error(result, status, code)
    assert len(db.all_items(local_stack)) == before


def test_message_at_the_byte_limit_is_accepted(local_stack: LocalStack) -> None:
    result = chat(local_stack.url, "a" * 8000)
    assert result.status == 200 and result.last["type"] == "done"


def test_huge_body_is_refused_without_reading_it(local_stack: LocalStack) -> None:
    result = chat(local_stack.url, body=b'{"message": "' + b"a" * 200_000 + b'"}')
    assert_error(result, 413, "message_too_large")


@pytest.mark.parametrize("session_id", ["short", "A" * 42 + "!", "A" * 44, "../../etc/passwd" + "A" * 27])
def test_malformed_session_id_is_400(local_stack: LocalStack, session_id: str) -> None:
    assert_error(chat(local_stack.url, "hello", session_id), 400, "invalid_session_id")
    assert_error(chat(local_stack.url, session_id=session_id, method="GET"), 400, "invalid_session_id")


def test_history_without_session_id_is_400(local_stack: LocalStack) -> None:
    assert_error(chat(local_stack.url, method="GET"), 400, "missing_session_id")


def test_unknown_session_is_404_and_never_created(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    calls = len(local_stack.bedrock.requests)
    assert_error(chat(local_stack.url, "hello", UNKNOWN_SESSION), 404, "session_not_found")
    assert_error(chat(local_stack.url, session_id=UNKNOWN_SESSION, method="GET"), 404, "session_not_found")
    assert db.session_items(local_stack, UNKNOWN_SESSION) == []
    assert len(local_stack.bedrock.requests) == calls


@pytest.mark.parametrize("method", ["PUT", "PATCH"])
def test_other_methods_are_405(local_stack: LocalStack, method: str) -> None:
    result = chat(local_stack.url, "hello", method=method)
    assert_error(result, 405, "method_not_allowed")
    assert result.headers["allow"] == "DELETE, GET, POST"


def test_spent_token_budget_is_429_and_stores_nothing(local_stack: LocalStack) -> None:
    first = chat(local_stack.url, "hello")
    sid = first.session_id
    db.set_tokens_used(local_stack, sid, 200_000)
    before = db.session_items(local_stack, sid)
    assert_error(chat(local_stack.url, "hello again", sid), 429, "token_budget_exhausted")
    assert db.session_items(local_stack, sid) == before
    # History stays readable.
    assert chat(local_stack.url, session_id=sid, method="GET").types.count("message") == 2
