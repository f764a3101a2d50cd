"""A stand-in for `runtime.aws.clients.AwsClients` that records each blocking call handed to a worker and lets
the test answer it: what was handed over, in which order, before which await."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any


class RecordingClient:
    """A boto3-like client: each method records its operation and answers from `answers` (or raises)."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers
        self.calls: list[str] = []

    def __getattr__(self, method: str) -> Callable[..., Any]:
        def call(**_: Any) -> Any:
            self.calls.append(method)
            answer = self.answers[method]
            if isinstance(answer, Exception):
                raise answer
            return answer

        return call


class HandOverClients:
    """Records each `start`ed call; `answer_all` runs them (as a worker would) and settles their futures."""

    def __init__(self, client: RecordingClient) -> None:
        self.client = client
        self.started: list[tuple[Callable[[], Any], asyncio.Future[Any]]] = []

    def dynamodb(self) -> RecordingClient:
        return self.client

    def comprehend(self) -> RecordingClient:
        return self.client

    def start(self, func: Callable[[], Any]) -> asyncio.Future[Any]:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.started.append((func, future))
        return future

    async def run(self, func: Callable[[], Any]) -> Any:
        return await self.start(func)

    def answer_all(self) -> None:
        for func, future in self.started:
            if future.done():
                continue
            try:
                future.set_result(func())
            except Exception as error:
                future.set_exception(error)
