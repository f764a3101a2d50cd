"""Bedrock `ConverseStream`: the blocking event stream is read in a worker thread (kept from one stream to
the next, see `runtime.aws.threads`), each event handed to the event loop at once (`call_soon_threadsafe`,
no polling, no extra copy), and a cancelled stream is closed so that the model stops generating (and
billing) tokens. `converse_request` makes the call's keyword arguments of the turn's `ModelRequest` and the
stack's model settings; what a stream event means: `runtime.aws.bedrock_events`.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Callable
from typing import Any

from runtime.aws.bedrock_events import model_event
from runtime.aws.clients import AwsClients, aws_error_code
from runtime.aws.threads import resolve, to_loop
from runtime.chat.model_events import Ended, Failed, ModelEvent, ModelRequest
from runtime.settings import Settings


def converse_request(settings: Settings, request: ModelRequest) -> dict[str, Any]:
    """The keyword arguments of `converse_stream` for `request` (pseudonymized messages only: see
    `runtime.chat.turn`), with the stack's tools when there are any."""
    converse: dict[str, Any] = {
        "modelId": settings.bedrock_model_id,
        "messages": request.messages,
        "system": [{"text": request.system_prompt}],
        "inferenceConfig": {"maxTokens": settings.max_output_tokens},
    }
    if request.tool_config:
        converse["toolConfig"] = request.tool_config
    if settings.guardrail_id and settings.guardrail_version:
        converse["guardrailConfig"] = {
            "guardrailIdentifier": settings.guardrail_id,
            "guardrailVersion": settings.guardrail_version,
        }
    return converse


class ModelStream:
    """One ConverseStream call (the keyword arguments of `converse_request`); iterate its events with
    `await next_event(timeout)`."""

    def __init__(self, clients: AwsClients, request: dict[str, Any]) -> None:
        self._clients = clients
        self._request = request
        self._queue: asyncio.Queue[ModelEvent] = asyncio.Queue()
        self._cancelled = threading.Event()
        self._stream: Any = None
        #: Resolved once a worker thread has taken the call up (it is building the request).
        self.taken_up: asyncio.Future[None] | None = None
        #: Resolved once the request has left (the call returned or failed): see `ChatTurn`.
        self.request_sent: asyncio.Future[None] | None = None

    def start(self) -> None:
        """Send the request from a stream worker thread (returns at once).

        Not the pool of the short AWS calls: a stream holds its thread for the whole answer.
        """
        loop = asyncio.get_running_loop()
        sent = self.request_sent = loop.create_future()
        taken = self.taken_up = loop.create_future()

        def put(event: ModelEvent) -> None:
            to_loop(loop, self._queue.put_nowait, event)

        def mark_sent() -> None:
            to_loop(loop, resolve, sent, None)

        def run() -> None:
            to_loop(loop, resolve, taken, None)
            try:
                self._read(put, mark_sent)
            finally:
                mark_sent()
                put(Ended())

        self._clients.streams.submit(run)

    def _read(self, put: Callable[[ModelEvent], None], mark_sent: Callable[[], None]) -> None:
        try:
            response = self._clients.bedrock().converse_stream(**self._request)
            mark_sent()
        except Exception as error:
            if not self._cancelled.is_set():
                put(Failed(aws_error_code(error), refused=_answered_with_error(error)))
            return
        stream = response["stream"]
        self._stream = stream
        try:
            if self._cancelled.is_set():
                return
            for event in stream:
                if self._cancelled.is_set():
                    return
                converted = model_event(event)
                if converted is not None:
                    put(converted)
        except Exception as error:
            if not self._cancelled.is_set():
                put(Failed(aws_error_code(error)))
        finally:
            _close_quietly(stream)

    async def next_event(self, timeout: float) -> ModelEvent | None:
        """The next event, or None after `timeout` seconds of silence (time for a heartbeat)."""
        try:
            async with asyncio.timeout(timeout):
                return await self._queue.get()
        except TimeoutError:
            return None

    def cancel(self) -> None:
        """Stop reading and close the HTTP stream so Bedrock stops generating."""
        self._cancelled.set()
        stream = self._stream
        if stream is not None:
            _shutdown_socket(stream)
            _close_quietly(stream)


def _answered_with_error(error: BaseException) -> bool:
    """Whether Bedrock answered the call with an error response (botocore's `ClientError`, told by its parsed
    `response`, without importing botocore at start-up) rather than the call failing on the way (connection,
    timeout: the model may have run)."""
    return isinstance(getattr(error, "response", None), dict)


def _close_quietly(stream: Any) -> None:
    with contextlib.suppress(Exception):  # closing a broken stream may fail; nothing else to do
        stream.close()


def _shutdown_socket(stream: Any) -> None:
    """Wake a reader blocked on the socket (closing alone does not interrupt a blocking recv)."""
    raw = getattr(stream, "_raw_stream", None)
    connection = getattr(raw, "connection", None) or getattr(raw, "_connection", None)
    sock = getattr(connection, "sock", None)
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
