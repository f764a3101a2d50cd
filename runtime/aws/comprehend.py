"""Amazon Comprehend: sends one planned call (`runtime.privacy.comprehend_plan`) and returns its answer; the
adapter of detection's `runtime.privacy.detection.Comprehend` port.

What to call, in which language and on which chunk is decided by the plan; a failed call raises
`DetectionUnavailable` (the caller must not call the model: fail closed).
"""

from __future__ import annotations

import asyncio
from typing import Any

from runtime.aws.clients import AwsClients, aws_error_code
from runtime.futures import unawaited
from runtime.privacy.comprehend_plan import DETECT_ENTITIES, DETECT_PII_ENTITIES, PlannedCall
from runtime.privacy.detection import DetectionUnavailable

#: The boto3 client method of each operation.
METHODS = {
    DETECT_ENTITIES: "detect_entities",
    DETECT_PII_ENTITIES: "detect_pii_entities",
}


class Comprehend:
    """Sends Comprehend calls on the AWS worker threads (one instance per container)."""

    def __init__(self, clients: AwsClients) -> None:
        self._clients = clients

    def send(self, call: PlannedCall) -> asyncio.Future[dict[str, Any]]:
        """The answer to `call`, handed to a worker thread now (its request leaves without waiting for an
        event-loop turn); fails with `DetectionUnavailable` when the call fails."""
        try:
            client = self._clients.comprehend()
            method = getattr(client, METHODS[call.operation])
            parameters = call.parameters()
            started = self._clients.start(lambda: method(**parameters))
        except Exception as error:  # e.g. no credentials: reported when awaited, like any failed call
            started = _failed(error)
        answer = asyncio.ensure_future(_answer(call, started))
        unawaited(answer)  # nobody may await it any more
        return answer


async def _answer(call: PlannedCall, started: asyncio.Future[dict[str, Any]]) -> dict[str, Any]:
    """The call's answer; `DetectionUnavailable` when it failed."""
    try:
        return await started
    except Exception as error:
        raise DetectionUnavailable(call.operation, aws_error_code(error)) from error


def _failed(error: Exception) -> asyncio.Future[dict[str, Any]]:
    """A call that failed before it could be handed over, as a future holding its error."""
    future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
    future.set_exception(error)
    return future
