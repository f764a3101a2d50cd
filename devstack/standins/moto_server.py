"""LOCAL STAND-IN of DynamoDB and S3: moto in server mode, with injectable latency and faults per call.

Like `moto.server.ThreadedMotoServer`, but the WSGI app is wrapped so that every call takes `latency` seconds
from arrival to answer, moto's own processing included (the bench's "20 ms per DynamoDB/S3 call"), and the
port may be 0 (a free one). It is served by uvicorn (through `a2wsgi`) rather than werkzeug's development
server, which closes the connection after every response: DynamoDB and S3 keep connections alive, so a
client pays for a TCP connection once, not on every call, here as in AWS.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, cast

from devstack.standins.asgi_server import ThreadedAsgiServer

#: Calls served at once (each holds a worker thread for its injected latency): above the app's connection pool.
WORKERS = 256

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def cancellation_body(reason: str) -> bytes:
    """DynamoDB's answer to a transaction cancelled for `reason` (one reason, for its first item)."""
    answer = {
        "__type": "com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
        "message": f"Transaction cancelled, please refer cancellation reasons for specific reasons [{reason}]",
        "CancellationReasons": [{"Code": reason, "Message": reason}],
    }
    return json.dumps(answer).encode()


class MotoServer:
    """moto's DynamoDB/S3/... backends served by uvicorn (keep-alive) on a local port, in a background thread."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, latency: float = 0.0) -> None:
        from a2wsgi import WSGIMiddleware
        from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app

        from devstack.standins import moto_transactions

        moto_transactions.install()  # a transaction's cost independent of the table's size
        self.latency = latency
        self.calls = 0
        #: X-Amz-Target operations (e.g. "TransactWriteItems") or "*" to fail with HTTP 500, for fault tests.
        self.failing_operations: set[str] = set()
        #: A cancellation reason (e.g. "TransactionConflict") every `TransactWriteItems` is cancelled with while
        #: set (HTTP 400 `TransactionCanceledException`, as DynamoDB answers), for fault tests.
        self.cancel_transactions: str | None = None
        inner: WsgiApp = DomainDispatcherApplication(create_backend_app)
        lock = threading.Lock()

        def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
            arrived = time.monotonic()
            self.calls += 1
            operation = str(environ.get("HTTP_X_AMZ_TARGET", "")).rsplit(".", 1)[-1]
            started: list[tuple[Any, ...]] = []
            if operation and (operation in self.failing_operations or "*" in self.failing_operations):
                body = [b'{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"down"}']
                started.append(("500 Internal Server Error", [("Content-Type", "application/x-amz-json-1.0")]))
            elif operation == "TransactWriteItems" and self.cancel_transactions is not None:
                body = [cancellation_body(self.cancel_transactions)]
                started.append(("400 Bad Request", [("Content-Type", "application/x-amz-json-1.0")]))
            else:
                with lock:  # moto's backends are not thread-safe (`moto_transactions` relies on it too)
                    body = list(inner(environ, lambda *args: started.append(args)))
            # The answer (status line included) leaves `latency` after the request arrived: moto's own
            # processing (5-20 ms for a query, an emulator artefact) counts towards the injected service time.
            remaining = self.latency - (time.monotonic() - arrived)
            if remaining > 0:
                time.sleep(remaining)
            start_response(*started[0])
            return body

        self._server = ThreadedAsgiServer(WSGIMiddleware(cast(Any, app), workers=WORKERS), host, port, name="moto")
        self.host = host
        self.port: int = self._server.port

    @property
    def url(self) -> str:
        """Base URL, without a trailing slash."""
        return f"http://{self.host}:{self.port}"

    def start(self) -> None:
        """Serve in a background thread (returns once it accepts connections)."""
        self._server.start()

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        self._server.stop()
