"""The LOCAL STAND-INS and both apps, away from the measuring client: `python -m bench.stack_process '<json>'`.

Runs moto (DynamoDB, S3, `aws_latency` per call) through `devstack.launcher.LocalStack`, which provisions the
table and the prompt and starts the chat app in a subprocess (uvicorn, as on Lambda behind the Web Adapter);
the Bedrock and Comprehend stand-ins in another process (`bench.standins_process`); and the baseline app in
a third. Every process has its own GIL, as every service has its own machine in AWS. Announces the URLs
as one JSON line, then runs until its stdin closes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.child import ChildProcess, announce
from devstack.launcher import REPO_ROOT, SERVER_OPTIONS, LocalStack, LocalStackConfig, wait_healthy
from devstack.standins.asgi_server import bind_socket


@dataclass
class StackSpec:
    """What to start (JSON-serializable: it crosses the process boundary)."""

    languages: str = "en"
    aws_latency: float = 0.02
    comprehend_latency: dict[str, float] = field(default_factory=dict)
    first_delta_delay: float = 0.3
    inter_delta_delay: float = 0.02
    baseline: bool = True
    app_log: str | None = None
    #: Runtime settings for the app (CHAT_* variables), e.g. CHAT_COMPREHEND_SPECULATIVE.
    env: dict[str, str] = field(default_factory=dict)
    #: Another checkout whose chat app takes the baseline's place: two versions of the runtime measured turn
    #: by turn on the same stack, so that the machine's drift between runs does not enter their comparison.
    against: str | None = None

    def to_json(self) -> str:
        """The spec as the process's argument."""
        return json.dumps(self.__dict__)

    @classmethod
    def from_json(cls, text: str) -> StackSpec:
        """Parse `to_json`'s output."""
        return cls(**json.loads(text))


def baseline_command(fd: int, against: str | None = None) -> tuple[list[str], str]:
    """The baseline slot's server command and working directory: the baseline app, or `against`'s chat app."""
    app, cwd = ("devstack.app:app", against) if against else ("bench.baseline_app:app", str(REPO_ROOT))
    return [sys.executable, "-m", "uvicorn", app, "--fd", str(fd)], cwd


def start_baseline(
    env: dict[str, str], log: Path | None, against: str | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    """The baseline app (or `against`'s chat app) under uvicorn in a subprocess, on a free port; returns
    (process, URL)."""
    sock = bind_socket()
    port = sock.getsockname()[1]
    command, cwd = baseline_command(sock.fileno(), against)
    command += SERVER_OPTIONS  # the same server settings as the runtime's
    command += ["--no-access-log", "--log-level", "warning"]
    output = log.open("ab") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env={**os.environ, **env},
        stdout=output,
        stderr=subprocess.STDOUT,
        pass_fds=[sock.fileno()],
    )
    sock.close()
    url = f"http://127.0.0.1:{port}"
    wait_healthy(url, process=process)
    return process, url


def serve(spec: StackSpec) -> None:
    """Start everything, announce the URLs, wait for stdin to close, stop everything."""
    log = Path(spec.app_log) if spec.app_log else None
    options = {
        "comprehendLatency": spec.comprehend_latency,
        "firstDeltaDelay": spec.first_delta_delay,
        "interDeltaDelay": spec.inter_delta_delay,
    }
    with ChildProcess("bench.standins_process", json.dumps(options)) as standins:
        config = LocalStackConfig(
            app_mode="subprocess",
            languages=spec.languages,
            aws_latency=spec.aws_latency,
            bedrock_endpoint=standins.announced["bedrock"],
            comprehend_endpoint=standins.announced["comprehend"],
            app_log=log,
            env=dict(spec.env),
        )
        stack = LocalStack(config)
        baseline: subprocess.Popen[bytes] | None = None
        try:
            stack.start()
            urls: dict[str, Any] = {"app": stack.url, **standins.announced, "env": stack.env}
            urls["pids"] = {"app": stack.app_pid, "standins": standins.pid, "stack": os.getpid()}
            if spec.baseline:
                baseline, urls["baseline"] = start_baseline(stack.env, log, spec.against)
                urls["pids"]["baseline"] = baseline.pid
            announce(urls)
        finally:
            if baseline is not None:
                baseline.terminate()
                baseline.wait(timeout=10)
            stack.stop()


if __name__ == "__main__":
    serve(StackSpec.from_json(sys.argv[1]))
