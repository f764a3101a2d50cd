"""Per-operation latency in front of the LOCAL Comprehend STAND-IN (the stand-in's own knob is one latency
for every call; issue 8's check needs DetectDominantLanguage, DetectEntities and DetectPiiEntities to differ)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any


class OperationLatency:
    """ASGI middleware: wait `latencies[operation]` seconds (X-Amz-Target's operation) before the inner app."""

    def __init__(self, inner: Any, latencies: Mapping[str, float]) -> None:
        self._inner = inner
        self._latencies = dict(latencies)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """Delay API calls (not lifespan or admin requests), then delegate."""
        if scope["type"] == "http" and not scope["path"].startswith("/_standin/"):
            target = next((v.decode() for k, v in scope["headers"] if k.lower() == b"x-amz-target"), "")
            delay = self._latencies.get(target.rsplit(".", 1)[-1], 0.0)
            if delay > 0:
                await asyncio.sleep(delay)
        await self._inner(scope, receive, send)
