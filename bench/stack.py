"""The measuring side's handle on `bench.stack_process`: start it, read its URLs, query the model stand-in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from bench.child import ChildProcess
from bench.stack_process import StackSpec


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
        self._child = ChildProcess("bench.stack_process", spec.to_json())
        self.urls: dict[str, Any] = {}
        self._admin = httpx.Client(timeout=30)

    def __enter__(self) -> BenchStack:
        self.urls = self._child.__enter__().announced
        return self

    def __exit__(self, *exc: object) -> None:
        self._admin.close()
        self._child.__exit__()

    def app_pids(self) -> list[int]:
        """Process ids of the apps (the runtime and the baseline)."""
        pids = self.urls["pids"]
        return [pids[name] for name in ("app", "baseline") if pids.get(name)]

    def other_pids(self) -> list[int]:
        """Process ids of the stand-ins and of moto's process."""
        return [self.urls["pids"]["standins"], self.urls["pids"]["stack"]]

    def model_records(self) -> list[ModelRecord]:
        """Every request the model stand-in recorded since the last `clear_model_records`."""
        response = self._admin.get(f"{self.urls['bedrock']}/_standin/requests")
        response.raise_for_status()
        return [ModelRecord.from_admin(raw) for raw in response.json()["requests"]]

    def clear_model_records(self) -> None:
        """Forget the recorded requests."""
        self._admin.delete(f"{self.urls['bedrock']}/_standin/requests").raise_for_status()
