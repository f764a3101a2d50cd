"""The system prompt: an S3 object, cached per container for `CHAT_PROMPT_CACHE_TTL_SECONDS`."""

from __future__ import annotations

import asyncio
import time

from runtime.aws.clients import AwsClients
from runtime.chat.ports import PromptUnavailable
from runtime.settings import Settings


class PromptStore:
    """Fetches the prompt once per TTL; concurrent requests share one fetch (`PromptUnavailable` when it
    cannot be read)."""

    def __init__(self, settings: Settings, clients: AwsClients) -> None:
        self._settings = settings
        self._clients = clients
        self._text: str | None = None
        self._fetched_at = 0.0
        self._lock: asyncio.Lock | None = None

    def _fresh(self) -> bool:
        age = time.monotonic() - self._fetched_at
        return self._text is not None and age < self._settings.prompt_cache_ttl_seconds

    async def get(self) -> str:
        """The system prompt text (cached, or fetched from S3)."""
        if self._fresh():
            assert self._text is not None
            return self._text
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if not self._fresh():
                self._text = await self._fetch()
                self._fetched_at = time.monotonic()
        assert self._text is not None
        return self._text

    async def _fetch(self) -> str:
        settings = self._settings
        client = self._clients.s3()

        def read() -> str:
            response = client.get_object(Bucket=settings.prompt_bucket, Key=settings.prompt_key)
            return response["Body"].read().decode("utf-8")

        try:
            return await self._clients.run(read)
        except Exception as error:
            raise PromptUnavailable(type(error).__name__) from error
