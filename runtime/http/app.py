"""The chat service's ASGI application (Starlette), served by uvicorn on Lambda and locally.

HTTP contract (README): `POST /c` streams an answer as server-sent events, `GET /c` streams a session's
history, `GET /healthz` is the readiness check; given a page directory (the local stack passes `web/`), `/` and
`/<file>` serve the chat page from it (deployed, CloudFront serves the page from the site bucket).
Errors before the stream are JSON `{"error": {"code", "message"}}`; nothing is stored for a rejected request.
Configuration comes from the environment (`runtime.settings`) at start-up; a
configuration outside the residency zone stops the process before it serves anything.
"""

from __future__ import annotations

import json
import logging
import os
import re
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from runtime import errors as contract
from runtime import metrics
from runtime.chat.ceiling import ServiceBudgetExhausted
from runtime.chat.session import (
    BudgetExhausted,
    SessionBusy,
    SessionNotFound,
    SessionRecord,
    StorageUnavailable,
)
from runtime.chat.turn import ChatTurn
from runtime.http.erasure import erase_conversation
from runtime.http.event_stream import EventSink, EventStreamResponse
from runtime.http.history import history_producer
from runtime.http.page_files import PageFiles
from runtime.http.turn_events import TurnEvents
from runtime.http.validation import (
    SESSION_HEADER,
    HttpProblem,
    body_limit,
    check_content_type,
    check_session_id,
    parse_message,
)
from runtime.logging_setup import Stopwatch, configure_logging, log_event, request_id_var
from runtime.services import Services
from runtime.settings import Settings, SettingsError

#: AWS's request-id form (a UUID, as Lambda gives it): anything else in the header is not echoed or logged.
AWS_REQUEST_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
#: The Web Adapter's header carrying the invocation's Lambda context as JSON (`request_id`, `deadline`, ...).
LAMBDA_CONTEXT_HEADER = "x-amzn-lambda-context"
#: Seconds a client is told to wait (`Retry-After`) when its session is busy with another turn.
BUSY_RETRY_AFTER_SECONDS = 3
#: Headers of every `/c` response.
API_HEADERS = {"x-content-type-options": "nosniff"}


def lambda_context(headers: Any) -> dict[str, Any]:
    """The Lambda context the Web Adapter passes (empty when absent or not a JSON object)."""
    raw = headers.get(LAMBDA_CONTEXT_HEADER)
    if not raw:
        return {}
    try:
        context = json.loads(raw)
    except (ValueError, RecursionError):
        return {}
    return context if isinstance(context, dict) else {}


def request_id_from(context: dict[str, Any]) -> str:
    """The Lambda request id of the context when it has AWS's form (a UUID), else a fresh one."""
    value = context.get("request_id")
    if isinstance(value, str) and AWS_REQUEST_ID.match(value.lower()):
        return value.lower()
    return str(uuid.uuid4())


def invocation_deadline(context: dict[str, Any]) -> float | None:
    """The invocation's deadline (epoch seconds) from the context's `deadline` (epoch milliseconds), if any."""
    value = context.get("deadline")
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value / 1000
    return None


class ChatEndpoint:
    """`/c`: POST sends a message, GET reads the history, DELETE erases it; every other method is 405."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Dispatch on the method, turning `HttpProblem`s into JSON error responses."""
        request = Request(scope, receive)
        context = lambda_context(request.headers)
        request_id = request_id_from(context)
        request_id_var.set(request_id)
        services: Services = scope["app"].state.services
        response: ASGIApp
        try:
            if request.method == "POST":
                response = await self._post(request, services, request_id, invocation_deadline(context))
            elif request.method == "GET":
                response = await self._get(request, services, request_id)
            elif request.method == "DELETE":
                response = await erase_conversation(request, services, request_id)
            else:
                raise HttpProblem.of(contract.METHOD_NOT_ALLOWED)
        except HttpProblem as problem:
            log_event("chat.rejected", status=problem.status, code=problem.code, method=request.method)
            if request.method == "POST":
                metrics.emit(services.settings.metrics_namespace, metrics.TurnMetrics(error=problem.code))
            headers = {**API_HEADERS, "x-request-id": request_id, "cache-control": "no-store"}
            if problem.code == contract.METHOD_NOT_ALLOWED.code:
                headers["allow"] = "DELETE, GET, POST"
            if problem.status == contract.SESSION_BUSY_PRE_STREAM.status:
                headers["retry-after"] = str(BUSY_RETRY_AFTER_SECONDS)
            await JSONResponse(problem.body(), problem.status, headers)(scope, receive, send)
            return
        await response(scope, receive, send)

    async def _get(self, request: Request, services: Services, request_id: str) -> EventStreamResponse:
        session_id = check_session_id(request.headers.get(SESSION_HEADER), required=True)
        assert session_id is not None
        record = await _load_session(services, session_id)
        log_event("history.read", messages=len(record.messages))
        headers = _response_headers(request_id, ("cache-control", "no-store"))
        return EventStreamResponse(history_producer(record), headers=headers)

    async def _post(
        self, request: Request, services: Services, request_id: str, deadline: float | None
    ) -> EventStreamResponse:
        settings = services.settings
        clock = Stopwatch()
        check_content_type(request.headers.get("content-type"))
        session_id = check_session_id(request.headers.get(SESSION_HEADER), required=False)
        message = parse_message(
            await _read_body(request, body_limit(settings.max_message_bytes)), settings.max_message_bytes
        )

        turn = ChatTurn(
            sessions=services.sessions,
            models=services.models,
            detector=services.detector,
            prompts=services.prompts,
            settings=settings,
            message=message,
            session_id=session_id,
            clock=clock,
            daily=services.daily,
            tools=services.tools,
            deadline=deadline,
        )
        try:
            await turn.start()
        except (SessionNotFound, StorageUnavailable) as error:
            raise _session_problem(error) from None
        except BudgetExhausted:
            raise HttpProblem.of(contract.TOKEN_BUDGET_EXHAUSTED_PRE_STREAM) from None
        except ServiceBudgetExhausted:
            raise HttpProblem.of(contract.SERVICE_BUDGET_EXHAUSTED_PRE_STREAM) from None
        except SessionBusy:
            raise HttpProblem.of(contract.SESSION_BUSY_PRE_STREAM) from None

        async def produce(sink: EventSink) -> None:
            await turn.run(TurnEvents(sink))

        return EventStreamResponse(produce, on_disconnect=turn.on_disconnect, headers=_response_headers(request_id))


def _response_headers(request_id: str, *extra: tuple[str, str]) -> list[tuple[bytes, bytes]]:
    """The headers of a streamed `/c` response: the API's, the request id (always ASCII: a UUID), `extra`."""
    pairs = [*API_HEADERS.items(), ("x-request-id", request_id), *extra]
    return [(name.encode("ascii"), value.encode("ascii")) for name, value in pairs]


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) more than `limit` bytes without reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HttpProblem.of(contract.MESSAGE_TOO_LARGE, "body", limit=limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HttpProblem.of(contract.MESSAGE_TOO_LARGE, "body", limit=limit)
        chunks.append(chunk)
    return b"".join(chunks)


async def _load_session(services: Services, session_id: str) -> SessionRecord:
    try:
        return await services.sessions.load(session_id)
    except (SessionNotFound, StorageUnavailable) as error:
        raise _session_problem(error) from None


def _session_problem(error: SessionNotFound | StorageUnavailable) -> HttpProblem:
    """The JSON error for a session that could not be loaded (404 gone, 503 store down)."""
    if isinstance(error, SessionNotFound):
        return HttpProblem.of(contract.SESSION_NOT_FOUND)
    log_event("storage.failed", logging.WARNING, code=error.code, step="load_session")
    return HttpProblem.of(contract.STORAGE_UNAVAILABLE_PRE_STREAM)


async def healthz(request: Request) -> JSONResponse:
    """Readiness: the application has started (configuration valid)."""
    return JSONResponse({"status": "ok"}, headers={"cache-control": "no-store"})


def create_app(settings: Settings | None = None, page_directory: Path | None = None) -> Starlette:
    """Build the application; settings default to the environment's, read at start-up.

    `page_directory`, when given, is served at `/` with the page's security headers (the local stack).
    """

    @asynccontextmanager
    async def lifespan(application: Starlette) -> AsyncIterator[None]:
        configure_logging()
        try:
            active = settings or Settings.from_env(os.environ)
        except SettingsError as error:
            log_event("app.refused_to_start", logging.CRITICAL, reason=str(error))
            raise
        services = Services.create(active)
        application.state.services = services
        services.clients.start_warm_up()
        log_event(
            "app.started",
            bedrockRegion=active.bedrock_region,
            comprehendRegion=active.comprehend_region if active.comprehend_enabled else None,
            languages=list(active.languages),
        )
        yield

    routes: list[Route | Mount] = [
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
        Route("/c", ChatEndpoint()),
    ]
    if page_directory is not None:
        routes.append(Mount("/", PageFiles(directory=page_directory, html=True, check_dir=False)))
    application = Starlette(
        routes=routes,
        lifespan=lifespan,
    )
    return application


app = create_app()
