"""Third-party SSE clients against the local stack: `@microsoft/fetch-event-source` (npm, in Node) and
`httpx-sse` (PyPI) consume a POST stream with heartbeats, a POST stream ending in an error event and the GET
history, as a client developer would use them; no heartbeat may reach them as a message.

The model stand-in falls silent for 1.2 s (`[[fault:silence=1.2]]`) while the test stack sends a heartbeat
every 0.4 s; `[[fault:midstream]]` breaks the model stream after a few deltas.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
from httpx_sse import connect_sse

from devstack.launcher import LocalStack

ROOT = Path(__file__).resolve().parents[2]
NODE_CLIENT = ROOT / "tests" / "js" / "clients" / "fetch-event-source-client.mjs"
NODE_PACKAGE = ROOT / "node_modules" / "@microsoft" / "fetch-event-source" / "package.json"
SILENT = "Think hard [[fault:silence=1.2]]"
BROKEN = "And now? [[fault:midstream]]"


def _check_heartbeat_stream(result: dict[str, Any]) -> None:
    assert result["error"] is None and result["status"] == 200
    assert result["empty"] == 0 and result["invalid"] == 0, "a heartbeat reached the client as a message"
    assert result["pings"] >= 2, "the model's silence should have been bridged by heartbeats"
    types = [event["type"] for event in result["events"]]
    assert types[0] == "session" and types[-1] == "done" and "token" in types
    assert result["messages"] == len(result["events"])


def _check_failing_stream(result: dict[str, Any]) -> None:
    assert result["empty"] == 0 and result["invalid"] == 0
    types = [event["type"] for event in result["events"]]
    assert types[0] == "session" and types[-1] == "error" and "token" in types
    last = result["events"][-1]
    assert last["code"] == "model_stream_error" and last["retryable"] is True


def _check_history(result: dict[str, Any]) -> None:
    assert result["empty"] == 0 and result["invalid"] == 0
    events = result["events"]
    assert [event["type"] for event in events] == ["message"] * 4 + ["done"]
    assert [(event["role"], event["complete"]) for event in events[:4]] == [
        ("user", True),
        ("assistant", True),
        ("user", True),
        ("assistant", False),
    ]
    assert events[0]["content"] == SILENT and events[2]["content"] == BROKEN


def test_fetch_event_source_sees_no_heartbeat_and_every_event(local_stack: LocalStack) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    if not NODE_PACKAGE.exists():
        pytest.skip("node_modules is missing: run `npm ci` (make test does)")
    completed = subprocess.run(
        [node, str(NODE_CLIENT), local_stack.url], capture_output=True, text=True, timeout=120, check=False, cwd=ROOT
    )
    assert completed.returncode == 0, completed.stderr[-4000:]
    results = json.loads(completed.stdout)
    _check_heartbeat_stream(results["heartbeats"])
    _check_failing_stream(results["failing"])
    _check_history(results["history"])


def _consume(client: httpx.Client, method: str, headers: dict[str, str], body: bytes | None) -> dict[str, Any]:
    """One stream through httpx-sse, counted like the Node client does (comments are not visible here)."""
    result: dict[str, Any] = {"status": 0, "messages": 0, "empty": 0, "invalid": 0, "events": [], "error": None}
    with connect_sse(client, method, "/c", headers=headers, content=body) as source:
        result["status"] = source.response.status_code
        source.response.raise_for_status()
        for sse in source.iter_sse():
            result["messages"] += 1
            if sse.data == "":
                result["empty"] += 1
                continue
            try:
                result["events"].append(sse.json())
            except ValueError:
                result["invalid"] += 1
    return result


def _post(client: httpx.Client, message: str, session_id: str | None) -> dict[str, Any]:
    body = json.dumps({"message": message}).encode()
    headers = {"content-type": "application/json", "x-amz-content-sha256": hashlib.sha256(body).hexdigest()}
    if session_id:
        headers["x-session-id"] = session_id
    return _consume(client, "POST", headers, body)


def test_httpx_sse_sees_no_heartbeat_and_every_event(local_stack: LocalStack) -> None:
    with httpx.Client(base_url=local_stack.url, timeout=30) as client:
        heartbeats = _post(client, SILENT, None)
        session_id = heartbeats["events"][0]["sessionId"]
        failing = _post(client, BROKEN, session_id)
        history = _consume(client, "GET", {"x-session-id": session_id}, None)
        raw = client.post(
            "/c",
            content=json.dumps({"message": SILENT}).encode(),
            headers={"content-type": "application/json", "x-session-id": session_id},
        ).text
    heartbeats["pings"] = raw.count(": ping\n")  # httpx-sse hides comments: count them on the raw bytes
    assert ": ping\n\n" not in raw, "a heartbeat carries its own blank line"
    _check_heartbeat_stream(heartbeats)
    _check_failing_stream(failing)
    _check_history(history)


def test_413_names_the_limit_in_bytes(local_stack: LocalStack) -> None:
    too_long = httpx.post(
        f"{local_stack.url}/c", json={"message": "é" * 4001}, headers={"content-type": "application/json"}
    )
    assert too_long.status_code == 413
    assert too_long.json()["error"]["message"].endswith("the limit is 8000 bytes.")
    huge = httpx.post(
        f"{local_stack.url}/c",
        content=b'{"message": "' + b"a" * 200_000 + b'"}',
        headers={"content-type": "application/json"},
    )
    assert huge.status_code == 413 and "bytes" in huge.json()["error"]["message"]
