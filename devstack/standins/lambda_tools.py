"""LOCAL STAND-IN of AWS Lambda's `Invoke` API for tool functions (development and tests only).

It speaks the real REST API that boto3's `lambda` client uses through `AWS_ENDPOINT_URL_LAMBDA`:
`POST /2015-03-31/functions/{FunctionName}/invocations` with the event as the body, answered with the
function's JSON (200), and `X-Amz-Function-Error: Unhandled` with `{errorType, errorMessage}` when the
function fails. Every function behaves as the ECHO TOOL: it answers what it received plus personal data of
its own (an address and another IBAN), so tests prove both directions: the tool receives the user's real
values, and what it returns is pseudonymized before the model sees it.

Faults, by a magic phrase anywhere in the event's JSON: `[[lambda:error]]` (a function error),
`[[lambda:sleep=S]]` (answers after S seconds: timeout tests), `[[lambda:detection-fault]]` (the answer holds
the Comprehend stand-in's `[[comprehend:down]]`: detection fails on the tool result only). Admin endpoints: `GET|DELETE
/_standin/invocations`, `GET /_standin/health`.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import urllib.parse
from dataclasses import asdict, dataclass
from typing import Any

from devstack.standins.asgi_util import read_body, send_json, serve_lifespan

_PATH = re.compile(r"^/2015-03-31/functions/(?P<name>[^/]+)/invocations$")
_SLEEP = re.compile(r"\[\[lambda:sleep=(\d+(?:\.\d+)?)\]\]")
#: The personal data every echo answer carries (not the user's: found by detection in the result).
ECHO_ADDRESS = "Rua Augusta 100, 1100-053 Lisboa"
ECHO_IBAN = "PT77 0007 0000 0012 3456 7890 5"
#: The local stack's echo tool (see `devstack.launcher`): its declaration for `CHAT_TOOLS_LAMBDA`.
ECHO_TOOL_NAME = "account_lookup"
ECHO_TOOL_ARN = "arn:aws:lambda:eu-central-1:000000000000:function:sovereign-chat-local-account-lookup"


def echo_tool_declaration(timeout_seconds: float = 5.0) -> dict[str, Any]:
    """The echo tool as a `CHAT_TOOLS_LAMBDA` entry."""
    return {
        "name": ECHO_TOOL_NAME,
        "description": "Looks up a customer's account by IBAN: holder address and linked accounts.",
        "inputSchema": {
            "type": "object",
            "properties": {"iban": {"type": "string"}, "text": {"type": "string"}},
            "additionalProperties": False,
        },
        "functionArn": ECHO_TOOL_ARN,
        "timeoutSeconds": timeout_seconds,
    }


@dataclass
class Invocation:
    """One Invoke call as received."""

    function: str
    event: Any
    failed: bool = False


class LambdaToolsStandin:
    """The ASGI app plus its records (thread-safe)."""

    def __init__(self) -> None:
        self.invocations: list[Invocation] = []
        self._lock = threading.Lock()

    def clear(self) -> None:
        """Forget recorded invocations."""
        with self._lock:
            self.invocations.clear()

    def received_text(self) -> str:
        """Every event received so far, as JSON text (for privacy assertions)."""
        with self._lock:
            return "\n".join(json.dumps(i.event, ensure_ascii=False) for i in self.invocations)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """Route one request."""
        if scope["type"] == "lifespan":
            await serve_lifespan(receive, send)
            return
        path, method = scope["path"], scope["method"]
        body = await read_body(receive)
        if path == "/_standin/health":
            await send_json(send, 200, {"ok": True})
            return
        if path == "/_standin/invocations":
            if method == "DELETE":
                self.clear()
            with self._lock:
                records = [asdict(i) for i in self.invocations]
            await send_json(send, 200, {"invocations": records})
            return
        match = _PATH.match(path)
        if not match or method != "POST":
            await send_json(send, 404, {"Message": "not found"}, [(b"x-amzn-errortype", b"ResourceNotFoundException")])
            return
        function = urllib.parse.unquote(match.group("name"))
        event = json.loads(body or b"null")
        raw = json.dumps(event, ensure_ascii=False)
        invocation = Invocation(function, event)
        with self._lock:
            self.invocations.append(invocation)
        sleep = _SLEEP.search(raw)
        if sleep is not None:
            await asyncio.sleep(float(sleep.group(1)))
        if "[[lambda:error]]" in raw:
            invocation.failed = True
            error = {"errorType": "RuntimeError", "errorMessage": "the echo function was told to fail"}
            await send_json(send, 200, error, [(b"x-amz-function-error", b"Unhandled")])
            return
        answer = {"received": event, "holderAddress": ECHO_ADDRESS, "linkedAccount": ECHO_IBAN}
        if "[[lambda:detection-fault]]" in raw:
            answer["note"] = "[[comprehend:down]]"
        await send_json(send, 200, answer, [(b"x-amz-executed-version", b"$LATEST")])
