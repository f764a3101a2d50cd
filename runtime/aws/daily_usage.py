"""The stack-wide daily token counter in DynamoDB (item shapes in `runtime.aws.daily_usage_items`).

Reading is one strongly consistent `Query` of one item; adding is one atomic `UpdateItem ... ADD`, so
concurrent turns never lose each other's tokens. Failures raise `StorageUnavailable`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from runtime.aws.clients import AwsClients, aws_error_code
from runtime.aws.daily_usage_items import add_request, parse_count, parse_total, read_request, utc_day
from runtime.chat.session import StorageUnavailable
from runtime.settings import Settings


class DailyUsage:
    """Tokens spent by the whole stack today (UTC); one instance per container.

    `clock` gives epoch seconds (tests pass another day's time).
    """

    def __init__(self, settings: Settings, clients: AwsClients, clock: Callable[[], float] = time.time) -> None:
        self._table = settings.table_name
        self._clients = clients
        self._clock = clock

    async def _call(self, func: Callable[[], Any]) -> Any:
        try:
            return await self._clients.run(func)
        except Exception as error:
            raise StorageUnavailable(aws_error_code(error)) from error

    async def used(self) -> int:
        """Tokens counted so far today."""
        client: Any = self._clients.dynamodb()
        request = read_request(self._table, utc_day(self._clock()))
        response = await self._call(lambda: client.query(**request))
        return parse_count(response.get("Items", []))

    async def add(self, tokens: int) -> int:
        """Add a turn's tokens to today's count; the new total."""
        client: Any = self._clients.dynamodb()
        request = add_request(self._table, utc_day(self._clock()), tokens)
        response = await self._call(lambda: client.update_item(**request))
        return parse_total(response)
