"""The measuring side's handle on `bench.stack_process`: start it, read its URLs, query the model stand-in."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

import httpx

from bench.stack_process import StackSpec
from runtime.local import REPO_ROOT


@dataclass(frozen=True)
class ModelRecord:
    """What the Bedrock stand-in recorded for one request (CLOCK_MONOTONIC times)."""

    last_user_text: str
    received_at: float
    deltas: list[str]
    delta_sent_at: list[float]

    @classmethod
    def from_admin(cls, raw: dict[str, Any]) -> ModelRecord:
        """Parse one entry of `GET /_standin/requests`."""
        messages = raw["body"].get("messages", [])
        user: dict[str, Any] = next((m for m in reversed(messages) if m.get("role") == "user"), {"content": []})
        text = "".join(block.get("text", "") for block in user["content"])
        return cls(text, float(raw["received_at"]), list(raw["deltas"]), [float(t) for t in raw["delta_sent_at"]])


class BenchStack:
    """Context manager around a `bench.stack_process` subprocess."""

    def __init__(self, spec: StackSpec) -> None:
        self.spec = spec
        self._process: subprocess.Popen[str] | None = None
        self.urls: dict[str, Any] = {}
        self._admin = httpx.Client(timeout=30)

    def __enter__(self) -> BenchStack:
        command = [sys.executable, "-m", "bench.stack_process", self.spec.to_json()]
        self._process = subprocess.Popen(
            command, cwd=REPO_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            self._process.wait(timeout=30)
            raise RuntimeError(f"bench.stack_process exited with status {self._process.returncode}")
        self.urls = json.loads(line)
        return self

    def __exit__(self, *exc: object) -> None:
        self._admin.close()
        if self._process is not None:
            assert self._process.stdin is not None
            self._process.stdin.close()
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    def model_records(self) -> list[ModelRecord]:
        """Every request the model stand-in recorded since the last `clear_model_records`."""
        response = self._admin.get(f"{self.urls['bedrock']}/_standin/requests")
        response.raise_for_status()
        return [ModelRecord.from_admin(raw) for raw in response.json()["requests"]]

    def clear_model_records(self) -> None:
        """Forget the recorded requests."""
        self._admin.delete(f"{self.urls['bedrock']}/_standin/requests").raise_for_status()
