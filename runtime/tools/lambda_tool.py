"""A platform-team tool run by a Lambda function (`lambda:InvokeFunction`, synchronous), see docs/tools.md.

The function receives the tool input (placeholders already replaced by the session's values: it runs in the
residency zone) as its event and returns a JSON value. A function error, an unreadable or oversized answer,
a failed call and a timeout all become `ToolFailed` (an error result for the model). The Lambda client is
injected (`runtime.aws.clients.AwsClients.lambda_client`: one per region and timeout, its endpoint following
boto3's `AWS_ENDPOINT_URL_LAMBDA`, the local stand-in); the client's region is the function's, from its ARN.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from typing import Any

from runtime.aws.clients import aws_error_code
from runtime.tools.outcome import ToolFailed
from runtime.tools.specs import LambdaToolSpec, ToolSpec

#: Largest answer accepted from a tool function, bytes (it is stored with the session and sent to the model).
MAX_RESULT_BYTES = 32_000

BlockingRunner = Callable[[Callable[[], Any]], Awaitable[Any]]

#: The Lambda client for a function's region and read timeout, seconds (built once, on first use).
LambdaClients = Callable[[str, float], Any]


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

    def __init__(
        self, config: LambdaToolSpec, clients: LambdaClients, run_blocking: BlockingRunner | None = None
    ) -> None:
        self._config = config
        self._clients = clients
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
            client = self._clients(config.region, config.timeout_seconds)
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
