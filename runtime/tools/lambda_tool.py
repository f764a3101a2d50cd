"""A platform-team tool run by a Lambda function (`lambda:InvokeFunction`, synchronous), see docs/tools.md.

The function receives the tool input (placeholders already replaced by the session's values: it runs in the
residency zone) as its event and returns a JSON value. A function error, an unreadable or oversized answer,
a failed call and a timeout all become `ToolFailed` (an error result for the model). The endpoint follows
boto3's `AWS_ENDPOINT_URL_LAMBDA` (the local stand-in); the client's region is the function's, from its ARN.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from runtime.aws.clients import USER_AGENT, aws_error_code
from runtime.tools.registry import ToolFailed
from runtime.tools.specs import LambdaToolSpec, ToolSpec

#: Largest answer accepted from a tool function, bytes (it is stored with the session and sent to the model).
MAX_RESULT_BYTES = 32_000

BlockingRunner = Callable[[Callable[[], Any]], Awaitable[Any]]

_clients: dict[tuple[str, float], Any] = {}
_clients_lock = threading.Lock()


def _client(region: str, timeout: float) -> Any:
    """A Lambda client for the region with this read timeout (built once per container; botocore is only
    imported when a Lambda tool is first called)."""
    key = (region, timeout)
    with _clients_lock:
        client = _clients.get(key)
        if client is None:
            import boto3.session
            from botocore.config import Config

            config = Config(
                region_name=region,
                connect_timeout=2,
                read_timeout=timeout,
                retries={"total_max_attempts": 1, "mode": "standard"},  # a tool may have side effects
                user_agent=USER_AGENT,
            )
            client = _clients[key] = boto3.session.Session().client("lambda", config=config)
    return client


def read_answer(response: dict[str, Any]) -> Any:
    """The JSON value of an `Invoke` response (ToolFailed for a function error or a bad answer)."""
    payload = response.get("Payload")
    raw: bytes = payload.read(MAX_RESULT_BYTES + 1) if payload is not None else b""
    if response.get("FunctionError"):
        error_type = "error"
        with contextlib.suppress(ValueError, AttributeError):  # no errorType: a generic message
            error_type = str(json.loads(raw).get("errorType", "error"))[:64]
        raise ToolFailed(f"the tool function failed ({error_type})")
    if len(raw) > MAX_RESULT_BYTES:
        raise ToolFailed(f"the tool's answer is larger than {MAX_RESULT_BYTES} bytes")
    try:
        return json.loads(raw or b"null")
    except ValueError:
        raise ToolFailed("the tool's answer is not JSON") from None


class LambdaTool:
    """Invokes one function per call, on a worker thread."""

    def __init__(self, config: LambdaToolSpec, run_blocking: BlockingRunner | None = None) -> None:
        self._config = config
        self._run_blocking: BlockingRunner = run_blocking or asyncio.to_thread

    @property
    def spec(self) -> ToolSpec:
        """As the model sees the tool."""
        return self._config.spec

    @property
    def timeout_seconds(self) -> float:
        """The declared timeout (the call's read timeout too)."""
        return self._config.timeout_seconds

    async def call(self, arguments: dict[str, Any]) -> Any:
        """Invoke the function with `arguments` as its event."""
        config = self._config
        body = json.dumps(arguments, ensure_ascii=False).encode("utf-8")

        def invoke() -> Any:
            client = _client(config.region, config.timeout_seconds)
            try:
                response = client.invoke(
                    FunctionName=config.function_arn, InvocationType="RequestResponse", Payload=body
                )
            except Exception as error:
                code = aws_error_code(error)
                if "timeout" in code.lower():
                    raise ToolFailed(f"the tool did not answer within {config.timeout_seconds:g} s") from None
                raise ToolFailed(f"the tool could not be called ({code})") from None
            return read_answer(response)

        return await self._run_blocking(invoke)
