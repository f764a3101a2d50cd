"""Amazon Comprehend: sends one planned call (`runtime.privacy.comprehend_plan`) and returns its answer; the
adapter of detection's `runtime.privacy.detection.Comprehend` port.

What to call, in which language and on which chunk is decided by the plan; a failed call raises
`DetectionUnavailable` (the caller must not call the model: fail closed).
"""

from __future__ import annotations

from typing import Any

from runtime.aws.clients import AwsClients, aws_error_code
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

    async def send(self, call: PlannedCall) -> dict[str, Any]:
        """The answer to `call`; raise `DetectionUnavailable` when it fails."""
        client = self._clients.comprehend()
        method = getattr(client, METHODS[call.operation])
        parameters = call.parameters()
        try:
            response: dict[str, Any] = await self._clients.run(lambda: method(**parameters))
        except Exception as error:
            raise DetectionUnavailable(call.operation, aws_error_code(error)) from error
        return response
