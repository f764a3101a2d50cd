"""Start-up: residency refusal before serving, and a lean import path for the cold start."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from components.runtime_env import PORT_VARIABLE
from devstack.launcher import REPO_ROOT, SERVER_OPTIONS, wait_healthy
from devstack.standins.asgi_server import bind_socket

pytestmark = pytest.mark.integration

ENV = {
    "CHAT_TABLE_NAME": "t",
    "CHAT_PROMPT_BUCKET": "b",
    "CHAT_PROMPT_KEY": "k",
    "CHAT_HOME_REGION": "eu-central-1",
    "CHAT_BEDROCK_REGION": "us-east-1",
    "CHAT_BEDROCK_MODEL_ID": "m",
    "CHAT_COMPREHEND_REGION": "eu-west-1",
    "CHAT_ALLOWED_REGIONS": "eu-central-1,eu-west-1",
    "PATH": "/usr/bin:/bin",
}


def test_app_refuses_to_start_with_bedrock_outside_the_zone() -> None:
    command = [sys.executable, "-m", "uvicorn", "runtime.http.app:app", "--host", "127.0.0.1", "--port", "0"]
    done = subprocess.run(command, cwd=REPO_ROOT, env=ENV, capture_output=True, text=True, timeout=30)
    assert done.returncode != 0
    output = done.stdout + done.stderr
    assert "CHAT_BEDROCK_REGION=us-east-1 is outside the allowed regions" in output


def test_importing_the_app_does_not_import_the_aws_sdk() -> None:
    code = "import sys, runtime.http.app; print(sorted(m for m in ('boto3', 'botocore') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_lambda_entry_script_serves_with_httptools(tmp_path) -> None:
    """runtime/run.sh (the function's handler) starts uvicorn on $AWS_LWA_PORT with the C HTTP parser, with the
    server options the local stack and the bench use too."""
    assert " ".join(SERVER_OPTIONS) in (REPO_ROOT / "runtime" / "run.sh").read_text()
    probe = bind_socket()
    port = probe.getsockname()[1]
    probe.close()
    env = {**ENV, "CHAT_BEDROCK_REGION": "eu-central-1", PORT_VARIABLE: str(port)}
    env["PATH"] = f"{os.path.dirname(sys.executable)}:{env['PATH']}"  # `python3` of this environment
    process = subprocess.Popen(["sh", str(REPO_ROOT / "runtime" / "run.sh")], env=env, cwd=tmp_path)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", timeout=20, process=process)
        with open(f"/proc/{process.pid}/maps") as mapped:  # the shared objects the server process loaded
            maps = mapped.read()
        assert "/httptools/parser/parser." in maps
    finally:
        process.terminate()
        process.wait(timeout=10)
