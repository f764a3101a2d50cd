"""Whatever a client sends to `/c` (header values, bodies, methods), the answer is a whole HTTP response: one
start with a status of the contract, headers that a server can write (printable ASCII, no line breaks), the
request id in AWS's form, and a body that is the declared JSON error or well-formed server-sent events."""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from collections.abc import MutableMapping
from types import SimpleNamespace
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runtime import errors
from runtime.aws.clients import AwsClients
from runtime.http.app import ChatEndpoint
from runtime.services import Services
from runtime.settings import Settings
from tests.unit.runtime.chat.fakes import FakeDetector, FakeModels, FakePrompts, FakeSessionStore
from tests.unit.runtime.chat.test_turn import ENV
from tests.unit.runtime.http.test_sse import parse

#: A header value an HTTP/1.1 server can write: visible ASCII, single spaces and tabs between.
WRITABLE = re.compile(rb"^[\x21-\x7e]([\x20\x21-\x7e\t]*[\x21-\x7e])?$")
DECLARED = {error.code: error.status for error in errors.PRE_STREAM}
STREAM_CODES = {error.code for error in errors.STREAM}
SESSION_ID = "A" * 43

NAMES = st.sampled_from(
    [b"x-session-id", b"content-type", b"x-amzn-lambda-context", b"content-length", b"x-request-id", b"cookie"]
)
CRAFTED = st.sampled_from(
    [
        b"application/json",
        b"application/json; charset=\xff",
        SESSION_ID.encode(),
        b'{"request_id": "<script>alert(1)</script>"}',
        b'{"request_id": "abc\\r\\nX-Injected: 1", "deadline": 1e308}',
        b'{"request_id": ["x"], "deadline": true}',
        b'{"request_id": "' + str(uuid.uuid4()).upper().encode() + b'", "deadline": -1}',
        b"{" * 2000,
        b"\r\nx-injected: 1",
        b"99999999999999999999999",
        b"-1",
        "\u2028é\u0000".encode(),
    ]
)
HEADERS = st.lists(st.tuples(NAMES, st.one_of(CRAFTED, st.binary(max_size=40))), max_size=5)
BODIES = st.one_of(
    st.binary(max_size=80),
    st.builds(lambda text: json.dumps({"message": text}).encode(), st.text(max_size=40)),
    st.builds(
        lambda text: json.dumps({"message": text}, ensure_ascii=False).encode("utf-8", "surrogatepass"),
        st.text(max_size=20),
    ),
    st.sampled_from([b'{"message": "\\ud800 hi"}', b'{"message": "\\u200b\\u2060"}', b"[" * 50 + b"]" * 50]),
)


def services() -> Services:
    """The endpoint's services with in-memory ports (no AWS client is built)."""
    active = Settings.from_env(ENV)
    return Services(
        settings=active,
        clients=AwsClients(active),
        detector=FakeDetector({"Carlos García": "NAME"}),
        sessions=FakeSessionStore(),
        prompts=FakePrompts(),
        models=FakeModels(),
    )


async def call(method: str, headers: list[tuple[bytes, bytes]], body: bytes) -> list[dict[str, Any]]:
    """Call the endpoint as uvicorn would; every message it sent."""
    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": "/c",
        "raw_path": b"/c",
        "query_string": b"",
        "headers": [(name.lower(), value) for name, value in headers],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
        "app": SimpleNamespace(state=SimpleNamespace(services=services())),
    }
    sent: list[dict[str, Any]] = []
    delivered = False

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(3600)  # the client stays until the response ends
        return {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(dict(message))

    async with asyncio.timeout(10):
        await ChatEndpoint()(scope, receive, send)
    return sent


def check_response(sent: list[dict[str, Any]]) -> None:
    """One start, writable headers, the request id as a UUID, a complete body of the contract."""
    starts = [message for message in sent if message["type"] == "http.response.start"]
    assert len(starts) == 1 and sent[0] is starts[0]
    headers = {bytes(name): bytes(value) for name, value in starts[0]["headers"]}
    for name, value in starts[0]["headers"]:
        assert re.fullmatch(rb"[a-z0-9-]+", bytes(name)) and WRITABLE.match(bytes(value)), (name, value)
    request_id = headers[b"x-request-id"].decode()
    assert str(uuid.UUID(request_id)) == request_id
    assert headers[b"x-content-type-options"] == b"nosniff"
    assert sent[-1]["type"] == "http.response.body" and not sent[-1].get("more_body", False)
    body = b"".join(message.get("body", b"") for message in sent[1:])
    status = starts[0]["status"]
    if headers[b"content-type"].startswith(b"text/event-stream"):
        assert status == 200
        frames = [frame + b"\n\n" for frame in body.split(b"\n\n") if frame and not frame.startswith(b":")]
        events = [parse(frame)[1] for frame in frames]
        assert events and events[0]["type"] in {"session", "message"}
        assert events[-1]["type"] in {"done", "error", "message"} and events[-1].get("code", "") in STREAM_CODES | {""}
    else:
        error = json.loads(body)["error"]
        assert DECLARED[error["code"]] == status and error["message"]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["POST", "GET", "PUT", "DELETE", "OPTIONS", "PATCH"]), HEADERS, BODIES)
def test_any_request_gets_a_whole_response_of_the_contract(
    method: str, headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    check_response(asyncio.run(call(method, headers, body)))


@given(st.text(max_size=60), st.binary(max_size=40))
def test_any_message_with_any_lambda_context_streams_a_whole_answer(message: str, context: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"x-amzn-lambda-context", context)]
    sent = asyncio.run(call("POST", headers, json.dumps({"message": f"Hi {message}"}).encode()))
    check_response(sent)
    assert sent[0]["status"] == 200
