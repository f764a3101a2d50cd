"""`python -m devstack.launcher` (what `make run` starts): banner, health, built-in detectors only, Ctrl-C."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time

import httpx
import pytest

from devstack.launcher import REPO_ROOT
from devstack.standins.asgi_server import bind_socket
from tests.integration.sse_client import chat

pytestmark = pytest.mark.integration


def free_port() -> int:
    sock = bind_socket()
    port = int(sock.getsockname()[1])
    sock.close()
    return port


def test_local_stack_cli_without_comprehend_and_ctrl_c() -> None:
    port = free_port()
    command = [sys.executable, "-m", "devstack.launcher", "--port", str(port), "--no-comprehend"]
    command += ["--first-delta-ms", "10", "--inter-delta-ms", "1"]
    env = {"PATH": "/usr/bin:/bin", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        command, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        banner = ""
        assert process.stdout is not None
        while "Ctrl-C" not in banner:
            line = process.stdout.readline()
            assert line, f"exited early: {banner}"
            banner += line
        assert "Comprehend      : off, built-in detectors only" in banner
        assert f"http://127.0.0.1:{port}/" in banner
        bedrock = re.search(r"Bedrock runtime : (http://\S+)", banner)
        assert bedrock is not None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.05)
        result = chat(f"http://127.0.0.1:{port}", "Mail me at ana@example.pt or call +351 912 345 678")
        assert result.last["type"] == "done"
        assert "ana@example.pt" in result.text
        received = json.dumps(httpx.get(f"{bedrock.group(1)}/_standin/requests").json())
        assert "[EMAIL_1]" in received and "ana@example.pt" not in received and "912 345 678" not in received
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert process.returncode == 0
