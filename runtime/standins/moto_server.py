"""LOCAL STAND-IN of DynamoDB and S3: moto in server mode, with injectable latency and faults per call.

Like `moto.server.ThreadedMotoServer`, but the WSGI app is wrapped so that every call takes `latency` seconds
from arrival to answer, moto's own processing included (the bench's "20 ms per DynamoDB/S3 call"), and the
port may be 0 (a free one).
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class MotoServer:
    """moto's DynamoDB/S3/... backends behind a threaded WSGI server on a local port."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, latency: float = 0.0) -> None:
        from moto.moto_server.werkzeug_app import (
            DomainDispatcherApplication,
            MotoRequestHandler,
            create_backend_app,
        )
        from werkzeug.serving import make_server

        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no per-request lines
        self.latency = latency
        self.calls = 0
        #: X-Amz-Target operations (e.g. "TransactWriteItems") or "*" to fail with HTTP 500, for fault tests.
        self.failing_operations: set[str] = set()
        inner: WsgiApp = DomainDispatcherApplication(create_backend_app)
        lock = threading.Lock()

        def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
            arrived = time.monotonic()
            self.calls += 1
            operation = str(environ.get("HTTP_X_AMZ_TARGET", "")).rsplit(".", 1)[-1]
            if operation and (operation in self.failing_operations or "*" in self.failing_operations):
                body = [b'{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"down"}']
                start_response("500 Internal Server Error", [("Content-Type", "application/x-amz-json-1.0")])
            else:
                with lock:  # moto's backends are not thread-safe (e.g. TransactWriteItems deep-copies tables)
                    body = list(inner(environ, start_response))
            # The answer leaves `latency` after the request arrived: moto's own processing (5-20 ms for a
            # query, an emulator artefact) counts towards the injected service time instead of adding to it.
            remaining = self.latency - (time.monotonic() - arrived)
            if remaining > 0:
                time.sleep(remaining)
            return body

        self._server = make_server(host, port, app, threaded=True, request_handler=MotoRequestHandler)
        # Inherited by accepted connections: no Nagle delay between a response's headers and body.
        self._server.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.host = host
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="moto", daemon=True)

    @property
    def url(self) -> str:
        """Base URL, without a trailing slash."""
        return f"http://{self.host}:{self.port}"

    def start(self) -> None:
        """Serve in a background thread."""
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        self._server.shutdown()
        self._thread.join(timeout=10)
        self._server.server_close()
