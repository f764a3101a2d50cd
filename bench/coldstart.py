"""Cold start: a fresh process's time to import the app and answer the first `GET /healthz`, and where the
import time goes (`python -X importtime`)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass

from bench.stats import Summary
from devstack.launcher import REPO_ROOT, SERVER_OPTIONS
from devstack.standins.asgi_server import bind_socket
from runtime.settings import environment_for

#: Enough configuration for the app to start (no AWS call happens before the first chat request).
START_ENV = {
    **environment_for(
        {
            "table_name": "bench-table",
            "prompt_bucket": "bench-bucket",
            "prompt_key": "system-prompt.md",
            "home_region": "eu-central-1",
            "bedrock_region": "eu-central-1",
            "bedrock_model_id": "eu.anthropic.claude-3-7-sonnet-20250219-v1:0",
            "comprehend_region": "eu-west-1",
            "languages": ("pt", "en"),
            "allowed_regions": ("eu-central-1", "eu-west-1"),
        }
    ),
    "AWS_ACCESS_KEY_ID": "local-standin",
    "AWS_SECRET_ACCESS_KEY": "local-standin",
    "AWS_DEFAULT_REGION": "eu-central-1",
}
#: What runtime/run.sh starts on Lambda, on an inherited socket instead of $AWS_LWA_PORT.
SERVER = ["-m", "uvicorn", "runtime.http.app:app", *SERVER_OPTIONS, "--no-access-log", "--no-server-header"]
#: What that server imports before it answers (uvicorn imports its httptools protocol itself).
IMPORTS = "import uvicorn.main, uvicorn.protocols.http.httptools_impl, runtime.http.app"


@dataclass(frozen=True)
class ImportEntry:
    """One line of `-X importtime`: module, nesting depth, self and cumulative microseconds."""

    module: str
    depth: int
    self_us: int
    cumulative_us: int


@dataclass(frozen=True)
class ColdStart:
    """Seconds from process spawn to the first 200 of /healthz; import profile of the app."""

    to_healthz: Summary
    interpreter_only: Summary
    import_total_us: int
    top_imports: list[ImportEntry]


def parse_importtime(stderr: str) -> list[ImportEntry]:
    """The entries of `python -X importtime` output (other lines are ignored)."""
    entries = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        fields = line[len("import time:") :].split("|")
        if len(fields) != 3:
            continue
        self_us, cumulative, name = fields
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
        entries.append(ImportEntry(name.strip(), depth, int(self_us), int(cumulative)))
    return entries


def top_imports(entries: list[ImportEntry], count: int = 10, max_depth: int = 1) -> list[ImportEntry]:
    """The heaviest imports (cumulative) among the top levels."""
    shallow = [e for e in entries if e.depth <= max_depth]
    return sorted(shallow, key=lambda e: e.cumulative_us, reverse=True)[:count]


def spawn_app(env: Mapping[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    """Start the app as on Lambda, on a socket of its own with `env`; the process and its base URL."""
    sock = bind_socket()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    process = subprocess.Popen(
        [sys.executable, *SERVER, "--fd", str(sock.fileno())],
        cwd=REPO_ROOT,
        env=dict(env),
        pass_fds=[sock.fileno()],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    sock.close()
    return process, url


def wait_healthz(url: str, process: subprocess.Popen[bytes]) -> float:
    """Poll `/healthz` until it answers 200; the monotonic time it did."""
    while True:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
                if response.status == 200:
                    return time.monotonic()
        except OSError:
            if process.poll() is not None:
                raise RuntimeError("the app exited during its start") from None
            time.sleep(0.002)


def _spawn_to_healthz(env: dict[str, str]) -> float:
    started = time.monotonic()
    process, url = spawn_app(env)
    try:
        return wait_healthz(url, process) - started
    finally:
        process.terminate()
        process.wait(timeout=10)


def _interpreter_only(env: dict[str, str]) -> float:
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", "pass"], cwd=REPO_ROOT, env=env, check=True)
    return time.monotonic() - started


def measure_cold_start(runs: int = 7) -> ColdStart:
    """Median over `runs` fresh processes; the import profile of `uvicorn` + `runtime.http.app`."""
    env = {**os.environ, **START_ENV, "PYTHONDONTWRITEBYTECODE": "0"}
    env.pop("PYTHONPATH", None)
    _spawn_to_healthz(env)  # bytecode caches written once, like a deployed package's .pyc
    to_healthz = Summary.of([_spawn_to_healthz(env) for _ in range(runs)])
    interpreter = Summary.of([_interpreter_only(env) for _ in range(runs)])
    profile = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", IMPORTS],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    entries = parse_importtime(profile.stderr)
    total = sum(e.cumulative_us for e in entries if e.depth == 0)
    return ColdStart(to_healthz, interpreter, total, top_imports(entries))
