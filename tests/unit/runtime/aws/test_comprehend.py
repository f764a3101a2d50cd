"""runtime.aws.comprehend.Comprehend: a planned call is handed to a worker when it is sent (not one event-loop
turn later), and a failed call is `DetectionUnavailable`."""

from __future__ import annotations

from typing import Any, cast

import pytest
from botocore.exceptions import ClientError

from runtime.aws.clients import AwsClients
from runtime.aws.comprehend import Comprehend
from runtime.privacy.comprehend_plan import DETECT_PII_ENTITIES, PlannedCall
from runtime.privacy.detection import DetectionUnavailable
from tests.unit.runtime.aws.handover_fakes import HandOverClients, RecordingClient

CALL = PlannedCall(DETECT_PII_ENTITIES, "I am Ana.", language="en")


def comprehend(answer: Any) -> tuple[Comprehend, HandOverClients]:
    clients = HandOverClients(RecordingClient({"detect_pii_entities": answer}))
    return Comprehend(cast(AwsClients, clients)), clients


async def test_a_call_is_handed_over_when_it_is_sent() -> None:
    port, clients = comprehend({"Entities": []})
    answer = port.send(CALL)
    assert len(clients.started) == 1  # before anything awaited
    clients.answer_all()
    assert await answer == {"Entities": []}
    assert clients.client.calls == ["detect_pii_entities"]


async def test_a_failed_call_is_detection_unavailable_with_its_code() -> None:
    port, clients = comprehend(ClientError({"Error": {"Code": "ThrottlingException"}}, "DetectPiiEntities"))
    answer = port.send(CALL)
    assert len(clients.started) == 1
    clients.answer_all()
    with pytest.raises(DetectionUnavailable) as failure:
        await answer
    assert failure.value.error == "ThrottlingException" and failure.value.operation == DETECT_PII_ENTITIES
