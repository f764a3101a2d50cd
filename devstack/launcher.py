"""The whole chat service on one machine, no AWS account: `python -m devstack.launcher [--host H] [--port P]`.

Starts moto in server mode for DynamoDB and S3 (table and prompt object created like the deployed stack),
the LOCAL STAND-INS of Bedrock runtime and Comprehend (unless `AWS_ENDPOINT_URL_BEDROCK_RUNTIME` /
`AWS_ENDPOINT_URL_COMPREHEND` point elsewhere, or `--use-real-aws`), sets the runtime's environment
(docs/runtime-contract.md) and serves the app with uvicorn. `GET /healthz` answers 200 once all is up;
Ctrl-C stops everything.

Tests and the bench reuse `LocalStack`: every server binds a free port on 127.0.0.1, the app runs in a
thread of this process, in a subprocess, or in the foreground, and every AWS call can be slowed down
(`aws_latency`, `comprehend_latency`, `ModelTiming`).
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from components.chat_function import DEFAULT_PROMPT_FILE
from devstack.banner import banner as render_banner
from devstack.standins.asgi_server import ThreadedAsgiServer, bind_socket
from devstack.standins.bedrock import BedrockStandin, ModelTiming
from devstack.standins.comprehend import ComprehendStandin
from devstack.standins.erasure import provision_erasure
from devstack.standins.lambda_tools import LambdaToolsStandin, echo_tool_declaration
from devstack.standins.moto_server import MotoServer
from runtime.aws.erasure_items import table_definition
from runtime.settings import SETTINGS, environment_for, setting

REPO_ROOT = Path(__file__).resolve().parent.parent
PROMPT_FILE = DEFAULT_PROMPT_FILE
HOME_REGION = "eu-central-1"
COMPREHEND_REGION = "eu-west-1"
TABLE_NAME = "sovereign-chat-local-sessions"
ERASURE_TABLE_NAME = "sovereign-chat-local-erasures"
#: The KMS HMAC key of the erasure index, by alias (moto gives the key itself a random id at start-up).
VALUE_KEY_ALIAS = "alias/sovereign-chat-local-value-keys"
PROMPT_BUCKET = "sovereign-chat-local-prompts"
PROMPT_KEY = "system-prompt.md"
MODEL_ID = "eu.anthropic.claude-3-7-sonnet-20250219-v1:0"
EU_REGIONS = (
    "eu-central-1",
    "eu-central-2",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-north-1",
    "eu-south-1",
    "eu-south-2",
)

#: The variable naming the market's languages (`--languages` defaults to it).
LANGUAGES_VARIABLE = setting("languages").env_name

AppMode = Literal["thread", "subprocess", "foreground", "none"]


@dataclass
class LocalStackConfig:
    """How to run the local stack. Latencies are in seconds, per call."""

    host: str = "127.0.0.1"
    port: int = 0
    app_mode: AppMode = "thread"
    comprehend_enabled: bool = True
    use_real_aws: bool = False
    languages: str = "pt,en"
    #: Seconds of model silence before a heartbeat (None: the runtime's default).
    heartbeat_seconds: float | None = None
    aws_latency: float = 0.0
    comprehend_latency: float = 0.0
    #: Per Comprehend operation (e.g. {"DetectPiiEntities": 0.06}), overriding `comprehend_latency`.
    comprehend_latency_by_operation: dict[str, float] = field(default_factory=dict)
    model_timing: ModelTiming = field(default_factory=ModelTiming)
    #: Use these instead of starting a stand-in (another emulator, or real AWS).
    bedrock_endpoint: str | None = None
    comprehend_endpoint: str | None = None
    #: Overrides of the runtime environment (CHAT_* variables).
    env: dict[str, str] = field(default_factory=dict)
    app_log: Path | None = None


#: uvicorn's event loop and HTTP parser, as `runtime/run.sh` names them on Lambda (a test keeps them in step).
SERVER_OPTIONS = ["--loop", "asyncio", "--http", "httptools"]


class LocalStack:
    """moto + stand-ins + the app; `start()`/`stop()` or use as a context manager."""

    def __init__(self, config: LocalStackConfig | None = None) -> None:
        self.config = config or LocalStackConfig()
        self.moto: MotoServer | None = None
        self.bedrock: BedrockStandin | None = None
        self.comprehend: ComprehendStandin | None = None
        #: The Lambda tool functions' stand-in (the echo tool `account_lookup`), unless `use_real_aws`.
        self.lambda_tools: LambdaToolsStandin | None = None
        self.lambda_url: str | None = None
        self.bedrock_url: str | None = None
        self.comprehend_url: str | None = None
        self.env: dict[str, str] = {}
        self.url = ""
        self._servers: list[Any] = []
        self._app_server: ThreadedAsgiServer | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log_file: IO[bytes] | None = None
        self._saved_environ: dict[str, str | None] = {}

    def __enter__(self) -> LocalStack:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- start-up -------------------------------------------------------------------------------
    def start(self) -> None:
        """Start every server, create the table and the prompt object, and (unless foreground) the app."""
        config = self.config
        try:
            self.moto = MotoServer(config.host, 0, latency=config.aws_latency)
            self.moto.start()
            self._servers.append(self.moto)
            self._start_standins()
            self.env = self._environment()
            self._provision()
            if config.app_mode == "thread":
                self._start_app_thread()
            elif config.app_mode == "subprocess":
                self._start_app_subprocess()
            elif config.app_mode == "foreground":
                self.url = f"http://{config.host}:{config.port}"
        except BaseException:
            self.stop()
            raise

    def _start_standins(self) -> None:
        config = self.config
        if config.bedrock_endpoint:
            self.bedrock_url = config.bedrock_endpoint
        elif not config.use_real_aws:
            self.bedrock = BedrockStandin(config.model_timing)
            server = ThreadedAsgiServer(self.bedrock, config.host, 0, name="bedrock-standin")
            server.start()
            self._servers.append(server)
            self.bedrock_url = server.url
        if not config.use_real_aws:
            self.lambda_tools = LambdaToolsStandin()
            server = ThreadedAsgiServer(self.lambda_tools, config.host, 0, name="lambda-tools-standin")
            server.start()
            self._servers.append(server)
            self.lambda_url = server.url
        if not config.comprehend_enabled:
            return
        if config.comprehend_endpoint:
            self.comprehend_url = config.comprehend_endpoint
        elif not config.use_real_aws:
            self.comprehend = ComprehendStandin(config.comprehend_latency, config.comprehend_latency_by_operation)
            server = ThreadedAsgiServer(self.comprehend, config.host, 0, name="comprehend-standin")
            server.start()
            self._servers.append(server)
            self.comprehend_url = server.url

    def _environment(self) -> dict[str, str]:
        """The runtime contract's variables for this stack: the contract's defaults (`runtime.settings.SETTINGS`),
        the local resources and the config's choices, then `config.env` overrides."""
        config = self.config
        assert self.moto is not None
        env = {spec.env_name: spec.default for spec in SETTINGS if spec.default}
        env.update(
            environment_for(
                {
                    "table_name": TABLE_NAME,
                    "erasure_table_name": ERASURE_TABLE_NAME,
                    "value_key_id": VALUE_KEY_ALIAS,
                    "prompt_bucket": PROMPT_BUCKET,
                    "prompt_key": PROMPT_KEY,
                    "home_region": HOME_REGION,
                    "bedrock_region": HOME_REGION,
                    "bedrock_model_id": MODEL_ID,
                    "comprehend_enabled": config.comprehend_enabled,
                    "comprehend_region": COMPREHEND_REGION,
                    "languages": config.languages.split(","),
                    "allowed_regions": EU_REGIONS,
                    "heartbeat_seconds": config.heartbeat_seconds,
                }
            )
        )
        if self.lambda_url:  # the echo tool, served by the Lambda stand-in
            env[setting("tools_lambda").env_name] = json.dumps([echo_tool_declaration()])
            env["AWS_ENDPOINT_URL_LAMBDA"] = self.lambda_url
        env.update(config.env)
        env.update(environment_for({"comprehend_enabled": config.comprehend_enabled}))  # not overridable
        env["AWS_ENDPOINT_URL_DYNAMODB"] = self.moto.url
        env["AWS_ENDPOINT_URL_S3"] = self.moto.url
        env["AWS_ENDPOINT_URL_KMS"] = self.moto.url
        if self.bedrock_url:
            env["AWS_ENDPOINT_URL_BEDROCK_RUNTIME"] = self.bedrock_url
        if self.comprehend_url:
            env["AWS_ENDPOINT_URL_COMPREHEND"] = self.comprehend_url
        if not config.use_real_aws:
            env.update(
                {
                    "AWS_ACCESS_KEY_ID": "local-standin",
                    "AWS_SECRET_ACCESS_KEY": "local-standin",
                    "AWS_SESSION_TOKEN": "local-standin",
                }
            )
        env["AWS_DEFAULT_REGION"] = env["CHAT_HOME_REGION"]
        return env

    def _provision(self) -> None:
        """Create the sessions table (with TTL) and upload the system prompt, as the deployed stack does."""
        import boto3

        assert self.moto is not None
        creds = {
            "aws_access_key_id": "local-standin",
            "aws_secret_access_key": "local-standin",
            "region_name": self.env["CHAT_HOME_REGION"],
        }
        dynamodb = boto3.client("dynamodb", endpoint_url=self.moto.url, **creds)  # type: ignore[call-overload]
        table = self.env["CHAT_TABLE_NAME"]
        dynamodb.create_table(**table_definition(table))
        dynamodb.update_time_to_live(
            TableName=table, TimeToLiveSpecification={"Enabled": True, "AttributeName": "expiresAt"}
        )
        provision_erasure(self.moto.url, creds, self.env["CHAT_ERASURE_TABLE_NAME"], VALUE_KEY_ALIAS)
        s3 = boto3.client("s3", endpoint_url=self.moto.url, **creds)  # type: ignore[call-overload]
        bucket = self.env["CHAT_PROMPT_BUCKET"]
        s3.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": self.env["CHAT_HOME_REGION"]})
        s3.put_object(Bucket=bucket, Key=self.env["CHAT_PROMPT_KEY"], Body=PROMPT_FILE.read_bytes())

    def _start_app_thread(self) -> None:
        # The app reads its settings and boto3 its endpoints from this process's environment.
        self._saved_environ = {key: os.environ.get(key) for key in self.env}
        os.environ.update(self.env)
        from devstack.app import create_local_app

        server = ThreadedAsgiServer(create_local_app(), self.config.host, self.config.port, name="chat-app")
        server.start()
        self._app_server = server
        self.url = server.url
        wait_healthy(self.url)

    def _start_app_subprocess(self) -> None:
        config = self.config
        sock = bind_socket(config.host, config.port)
        port = sock.getsockname()[1]
        env = {**os.environ, **self.env, "PYTHONUNBUFFERED": "1"}
        command = [sys.executable, "-m", "uvicorn", "devstack.app:app", "--fd", str(sock.fileno())]
        command += SERVER_OPTIONS
        command += ["--no-access-log", "--timeout-graceful-shutdown", "3"]
        output: IO[bytes] | int = subprocess.DEVNULL
        if config.app_log is not None:
            self._log_file = config.app_log.open("ab")
            output = self._log_file
        self._process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=output, stderr=subprocess.STDOUT, pass_fds=[sock.fileno()]
        )
        sock.close()
        self.url = f"http://{config.host}:{port}"
        wait_healthy(self.url, process=self._process)

    # ---- shutdown -------------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop the app and every server (idempotent)."""
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        if self._app_server is not None:
            self._app_server.stop()
            self._app_server = None
            for key, value in self._saved_environ.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        for server in reversed(self._servers):
            server.stop()
        self._servers.clear()

    @property
    def app_pid(self) -> int | None:
        """Process id of the app when it runs in a subprocess (the bench pins it to a CPU)."""
        return self._process.pid if self._process is not None else None

    def banner(self) -> str:
        """What runs where, what the stand-ins can and cannot do, and their request logs."""
        return render_banner(self)


def wait_healthy(url: str, timeout: float = 30.0, process: subprocess.Popen[bytes] | None = None) -> None:
    """Poll `GET /healthz` until it answers 200 (raise if the process dies or time runs out)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the app exited with status {process.returncode} before it became healthy")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{url}/healthz did not answer 200 within {timeout} s")


class PortBusy(RuntimeError):
    """The app's port is taken: refused before anything starts, with the fix in the message."""


def claim_port(host: str, port: int) -> socket.socket:
    """The app's listening socket, bound before any server starts; `PortBusy` (saying how to pick another port)
    when the address is in use, so `make run` never prints its banner for a stack that cannot serve."""
    try:
        return bind_socket(host, port)
    except OSError as error:
        if error.errno not in (errno.EADDRINUSE, errno.EACCES):
            raise
        raise PortBusy(
            f"port {port} on {host} is not free ({os.strerror(error.errno)}): stop what uses it "
            f"(another `make run`?) or pick another port, e.g. `make run PORT={port + 1}`"
        ) from None


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options of `python -m devstack.launcher`."""
    parser = argparse.ArgumentParser(prog="python -m devstack.launcher", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--no-comprehend", action="store_true", help="built-in detectors only")
    parser.add_argument(
        "--use-real-aws",
        action="store_true",
        help="real Bedrock and Comprehend with the credentials of the environment (DynamoDB/S3 stay local)",
    )
    parser.add_argument("--languages", default=os.environ.get(LANGUAGES_VARIABLE, "pt,en"))
    parser.add_argument("--aws-latency-ms", type=float, default=0.0, help="time each DynamoDB/S3 call takes")
    parser.add_argument("--comprehend-latency-ms", type=float, default=0.0)
    parser.add_argument("--first-delta-ms", type=float, default=300.0, help="model stand-in: first delta")
    parser.add_argument("--inter-delta-ms", type=float, default=20.0, help="model stand-in: later deltas")
    parser.add_argument(
        "--daily-token-ceiling",
        type=int,
        default=None,
        help="input+output tokens the stack may spend per UTC day (0: no ceiling; default: the runtime's)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the local stack with the app in the foreground until Ctrl-C."""
    import uvicorn

    args = parse_args(argv)
    config = LocalStackConfig(
        host=args.host,
        port=args.port,
        app_mode="foreground",
        comprehend_enabled=not args.no_comprehend,
        use_real_aws=args.use_real_aws,
        languages=args.languages,
        aws_latency=args.aws_latency_ms / 1000.0,
        comprehend_latency=args.comprehend_latency_ms / 1000.0,
        model_timing=ModelTiming(args.first_delta_ms / 1000.0, args.inter_delta_ms / 1000.0),
        bedrock_endpoint=os.environ.get("AWS_ENDPOINT_URL_BEDROCK_RUNTIME") or None,
        comprehend_endpoint=os.environ.get("AWS_ENDPOINT_URL_COMPREHEND") or None,
        env={**{k: v for k, v in os.environ.items() if k.startswith("CHAT_")}, LANGUAGES_VARIABLE: args.languages},
    )
    if args.daily_token_ceiling is not None:
        config.env.update(environment_for({"daily_token_ceiling": args.daily_token_ceiling}))
    try:
        listener = claim_port(args.host, args.port)
    except PortBusy as busy:
        print(f"make run: {busy}", file=sys.stderr)
        return 2
    stack = LocalStack(config)
    stack.start()
    try:
        os.environ.update(stack.env)
        print(stack.banner(), flush=True)
        from devstack.app import create_local_app

        uvicorn.run(create_local_app(), fd=listener.fileno(), access_log=False, log_config=None)
    finally:
        stack.stop()
        listener.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
