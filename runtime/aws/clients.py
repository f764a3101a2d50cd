"""AWS SDK clients, created once per container and lazily, plus the thread bridge for blocking calls.

botocore takes a few hundred milliseconds to import, so nothing here imports it at module level: `/healthz`
answers before any AWS client exists, and `warm_up()` (started in the background at application start)
builds the clients before the first chat request needs them. The clients are botocore's own (boto3's are the
same clients; importing boto3 on top, with s3transfer, costs about 12 ms of CPU more at a cold start).
Endpoints follow the SDK's standard `AWS_ENDPOINT_URL_<SERVICE>` variables, which botocore reads itself; only
the regions come from `Settings`.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from runtime.aws.departures import Departures
from runtime.aws.threads import DaemonThreadPool
from runtime.privacy.comprehend_results import calls_per_message
from runtime.settings import Settings

if TYPE_CHECKING:
    from mypy_boto3_bedrock_runtime import BedrockRuntimeClient
    from mypy_boto3_comprehend import ComprehendClient
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_s3 import S3Client

T = TypeVar("T")

#: Blocking AWS calls running at once per container (more wait for a free worker thread).
MAX_CALL_THREADS = 256
#: Calls of a turn besides detection that run at once with it: the session's lease and load, the daily token
#: count and the prompt fetch.
OTHER_CALLS_PER_TURN = 4
#: Connections per client: a model stream holds one for its whole answer.
MAX_POOL_CONNECTIONS = 128
#: The User-Agent of every AWS request (then the SDK's name and version), set through `Config(user_agent=...)`.
#: botocore otherwise rebuilds and sanitizes a detailed User-Agent twice per request: about 70 µs of CPU per
#: call on the bench machine, spent before the request leaves.
USER_AGENT = "sovereign-chat/0.1"
#: Attempts per call, the first included (botocore's standard retry mode: throttling and transient errors,
#: with backoff). The model and detection get fewer: a user waits on them; a tool function one only: it may
#: have side effects.
STORAGE_ATTEMPTS = 4
COMPREHEND_ATTEMPTS = 3
BEDROCK_ATTEMPTS = 3
TOOL_ATTEMPTS = 1


class AwsClients:
    """The four clients the chat service uses, plus a Lambda client per tool region and timeout, each built on
    first use (thread-safe)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._session: Any = None
        self._clients: dict[str, Any] = {}
        self._lambda_clients: dict[tuple[str, float], Any] = {}
        #: Threads that read model streams (one per open stream, reused).
        self.streams = DaemonThreadPool("bedrock-stream")
        #: Threads that make the short AWS calls (detection, sessions, prompt).
        self.calls = DaemonThreadPool("aws-call", max_workers=MAX_CALL_THREADS)
        #: The calls handed to `calls` whose requests have not left yet.
        self.departures = Departures()

    def _client(self, service: str, region: str, read_timeout: float, attempts: int) -> Any:
        client = self._clients.get(service)
        if client is not None:
            return client
        with self._lock:
            client = self._clients.get(service)
            if client is None:
                import botocore.session
                from botocore.config import Config

                if self._session is None:
                    self._session = botocore.session.get_session()
                config = Config(
                    region_name=region,
                    connect_timeout=2,
                    read_timeout=read_timeout,
                    retries={"total_max_attempts": attempts, "mode": "standard"},
                    max_pool_connections=MAX_POOL_CONNECTIONS,
                    tcp_keepalive=True,
                    parameter_validation=False,  # requests are built by this code; saves CPU per call
                    user_agent=_user_agent(),
                )
                client = self._departing(self._session.create_client(service, config=config))
                if service == "dynamodb":
                    from runtime.aws import dynamodb_json

                    dynamodb_json.install(client)
                self._clients[service] = client
        return client

    def dynamodb(self) -> DynamoDBClient:
        """DynamoDB in the home region."""
        client: DynamoDBClient = self._client("dynamodb", self._settings.home_region, 5, STORAGE_ATTEMPTS)
        return client

    def s3(self) -> S3Client:
        """S3 in the home region (the system prompt)."""
        client: S3Client = self._client("s3", self._settings.home_region, 5, STORAGE_ATTEMPTS)
        return client

    def kms(self) -> Any:
        """KMS in the home region (the keyed hashes of the erasure index, `runtime.aws.keyed_hash`)."""
        return self._client("kms", self._settings.home_region, 5, STORAGE_ATTEMPTS)

    def comprehend(self) -> ComprehendClient:
        """Comprehend in its configured region."""
        client: ComprehendClient = self._client("comprehend", self._settings.comprehend_region, 5, COMPREHEND_ATTEMPTS)
        return client

    def bedrock(self) -> BedrockRuntimeClient:
        """Bedrock runtime in its configured region (long read timeout: answers stream for minutes)."""
        client: BedrockRuntimeClient = self._client(
            "bedrock-runtime", self._settings.bedrock_region, 120, BEDROCK_ATTEMPTS
        )
        return client

    def lambda_client(self, region: str, read_timeout: float) -> Any:
        """A Lambda client for tool functions of `region` with this read timeout (one attempt per call; built
        on a tool's first call: botocore is only imported then when nothing else imported it)."""
        key = (region, read_timeout)
        with self._lock:
            client = self._lambda_clients.get(key)
            if client is None:
                import botocore.session
                from botocore.config import Config

                config = Config(
                    region_name=region,
                    connect_timeout=2,
                    read_timeout=read_timeout,
                    retries={"total_max_attempts": TOOL_ATTEMPTS, "mode": "standard"},
                    user_agent=_user_agent(),
                )
                session = botocore.session.get_session()
                client = self._lambda_clients[key] = self._departing(session.create_client("lambda", config=config))
        return client

    def _departing(self, client: Any) -> Any:
        """`client`, telling `departures` when each request leaves."""
        client.meta.events.register("before-send", self.departures.leaving)
        return client

    def warm_up(self) -> None:
        """Import botocore, build every client the service uses, start worker threads for a first turn's
        calls and model stream (call from a background thread).

        As the detectors' loading (`runtime.privacy.detectors`), with the garbage collector paused: botocore's
        modules, models and clients are long-lived, and collections over them were a tenth of this CPU; then
        what the process holds is frozen, so that no collection during a request walks it.
        """
        collecting = gc.isenabled()
        gc.disable()
        try:
            self.streams.prestart()
            detection = calls_per_message(self._settings.languages) if self._settings.comprehend_enabled else 0
            self.calls.prestart(detection + OTHER_CALLS_PER_TURN)  # a first turn's calls start without a new thread
            self.dynamodb()
            self.s3()
            self.bedrock()
            if self._settings.comprehend_enabled:
                self.comprehend()
        finally:
            if collecting:
                gc.freeze()
                gc.enable()

    def start_warm_up(self) -> threading.Thread:
        """Run `warm_up` in a daemon thread; errors are left for the first request to report."""

        def target() -> None:
            with contextlib.suppress(Exception):  # the first real call reports the same error in context
                self.warm_up()

        thread = threading.Thread(target=target, name="aws-warm-up", daemon=True)
        thread.start()
        return thread

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        """Run a blocking call on a worker thread of the call pool and await its result."""
        return await self.start(func, *args)

    def start(self, func: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        """Hand a blocking call to a worker thread of the call pool now; the future of its result (`departures`
        follows its request until it leaves)."""
        return self.calls.start(self.departures.track(lambda: func(*args)))


def _user_agent() -> str:
    """`USER_AGENT` and the SDK's name and version, as boto3's clients sent it (botocore is imported by now)."""
    import botocore

    return f"{USER_AGENT} Botocore/{botocore.__version__}"


def aws_error_code(error: BaseException) -> str:
    """An AWS error code, else the exception class name (never the message: it may quote the input)."""
    response = getattr(error, "response", None)
    if isinstance(response, dict):
        code = response.get("Error", {}).get("Code")
        if code:
            return str(code)
    return type(error).__name__
