"""The stand-ins, moto and both apps, run in their own process so that the measuring client shares no GIL
with them: `python -m bench.stack_process '<json config>'`.

Prints one JSON line with the URLs once everything answers, then runs until its stdin closes. The chat app
and the baseline each run in a subprocess of their own (uvicorn, like on Lambda behind the Web Adapter),
against the same LOCAL STAND-INS: moto (DynamoDB, S3) taking `aws_latency` per call, the Comprehend stand-in
`comprehend_latency[operation]` per call, the Bedrock stand-in with `ModelTiming`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from runtime.local import REPO_ROOT, LocalStack, LocalStackConfig, wait_healthy
from runtime.standins.asgi_server import bind_socket
from runtime.standins.bedrock import ModelTiming


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

    def to_json(self) -> str:
        """The spec as the process's argument."""
        return json.dumps(self.__dict__)

    @classmethod
    def from_json(cls, text: str) -> StackSpec:
        """Parse `to_json`'s output."""
        return cls(**json.loads(text))


def start_baseline(env: dict[str, str], log: Path | None) -> tuple[subprocess.Popen[bytes], str]:
    """The baseline app under uvicorn in a subprocess, on a free port; returns (process, URL)."""
    sock = bind_socket()
    port = sock.getsockname()[1]
    command = [sys.executable, "-m", "uvicorn", "bench.baseline_app:app", "--fd", str(sock.fileno())]
    command += ["--no-access-log", "--log-level", "warning"]
    output = log.open("ab") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        command,
        cwd=REPO_ROOT,
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
    """Start everything, announce the URLs on stdout, wait for stdin to close, stop everything."""
    log = Path(spec.app_log) if spec.app_log else None
    config = LocalStackConfig(
        app_mode="subprocess",
        languages=spec.languages,
        aws_latency=spec.aws_latency,
        model_timing=ModelTiming(spec.first_delta_delay, spec.inter_delta_delay),
        comprehend_latency_by_operation=spec.comprehend_latency,
        app_log=log,
    )
    stack = LocalStack(config)
    baseline: subprocess.Popen[bytes] | None = None
    try:
        stack.start()
        urls: dict[str, Any] = {"app": stack.url, "bedrock": stack.bedrock_url, "comprehend": stack.comprehend_url}
        urls["env"] = stack.env
        if spec.baseline:
            baseline, urls["baseline"] = start_baseline(stack.env, log)
        print(json.dumps(urls), flush=True)
        sys.stdin.read()
    finally:
        if baseline is not None:
            baseline.terminate()
            baseline.wait(timeout=10)
        stack.stop()


if __name__ == "__main__":
    serve(StackSpec.from_json(sys.argv[1]))
