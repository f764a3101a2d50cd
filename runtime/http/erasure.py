"""`DELETE /c`: the person erases their conversation (its messages, its vault with the value index, its usage).

Every item of the session is deleted, the META item first (`runtime.aws.erasure_store.SessionEraser`), after
the erasure was recorded without personal data (the keyed hash of the id, the time, `person`), so that a
restore of the sessions table from a backup can be cleaned again (docs/privacy.md). The answer is 204 No Content
whether or not anything was stored under that id: a repeated DELETE (a retry after a lost answer) is harmless
and says nothing about ids it does not hold. Afterwards `GET /c` and `POST /c` with that id answer 404.
"""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.responses import Response

from runtime import errors as contract
from runtime import metrics
from runtime.aws.clients import aws_error_code
from runtime.aws.erasure_items import BY_PERSON
from runtime.aws.erasure_store import eraser_for
from runtime.http.validation import SESSION_HEADER, HttpProblem, check_session_id
from runtime.logging_setup import Stopwatch, log_event
from runtime.services import Services


async def erase_conversation(request: Request, services: Services, request_id: str) -> Response:
    """Erase the session named by `X-Session-Id` (required); 204, or 503 when the store or the key failed."""
    session_id = check_session_id(request.headers.get(SESSION_HEADER), required=True)
    assert session_id is not None
    clock = Stopwatch()
    eraser = eraser_for(services.settings, services.clients)
    try:
        deleted = await services.clients.run(eraser.erase, session_id, BY_PERSON)
    except Exception as error:
        log_event("storage.failed", logging.WARNING, code=aws_error_code(error), step="erase_session")
        raise HttpProblem.of(contract.STORAGE_UNAVAILABLE_PRE_STREAM) from None
    log_event("session.erased", items=deleted, ms=clock.ms())
    if deleted:
        metrics.emit_erasures(services.settings.metrics_namespace, BY_PERSON, 1)
    return Response(status_code=204, headers={"x-request-id": request_id, "cache-control": "no-store"})
