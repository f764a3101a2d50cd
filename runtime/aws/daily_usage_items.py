"""DynamoDB item shapes of the stack-wide daily token counter (pure: no boto3, no I/O).

One item per UTC day in the sessions table: `pk=CEILING#<YYYY-MM-DD>`, `sk=DAY`, `tokens` (number, added to
atomically by every turn) and `expiresAt` (TTL, a few days after the day). A new day is a new item, so the
count starts again at zero without any reset. `runtime.aws.daily_usage.DailyUsage` sends these requests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

CEILING_PREFIX = "CEILING#"
DAY_SORT_KEY = "DAY"
#: The counter item outlives its day by this many days (then DynamoDB's TTL removes it).
KEEP_DAYS = 3
_DAY_SECONDS = 86400


def utc_day(timestamp: float) -> str:
    """The UTC date of `timestamp` (epoch seconds), `YYYY-MM-DD`."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")


def counter_key(day: str) -> dict[str, dict[str, str]]:
    """The key of the counter item of `day` (`YYYY-MM-DD`)."""
    return {"pk": {"S": f"{CEILING_PREFIX}{day}"}, "sk": {"S": DAY_SORT_KEY}}


def expiry_of(day: str) -> int:
    """Epoch seconds at which the counter of `day` may be removed: `KEEP_DAYS` after the day ends."""
    start = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=UTC).timestamp()
    return int(start) + (1 + KEEP_DAYS) * _DAY_SECONDS


def read_request(table: str, day: str) -> dict[str, Any]:
    """The `Query` keyword arguments reading the counter of `day` (strongly consistent: the count includes
    every turn that finished before it)."""
    key = counter_key(day)
    return {
        "TableName": table,
        "KeyConditionExpression": "pk = :pk AND sk = :sk",
        "ExpressionAttributeValues": {":pk": key["pk"], ":sk": key["sk"]},
        "ConsistentRead": True,
    }


def parse_count(items: list[dict[str, Any]]) -> int:
    """The tokens counted in the items a `read_request` returned (0 when the day has no item yet)."""
    for item in items:
        if "tokens" in item:
            return int(item["tokens"]["N"])
    return 0


def add_request(table: str, day: str, tokens: int) -> dict[str, Any]:
    """The `UpdateItem` keyword arguments adding `tokens` to the counter of `day` (creating it at the first
    turn of the day) and returning the new total."""
    return {
        "TableName": table,
        "Key": counter_key(day),
        "UpdateExpression": "ADD tokens :tokens SET expiresAt = if_not_exists(expiresAt, :expires)",
        "ExpressionAttributeValues": {":tokens": {"N": str(tokens)}, ":expires": {"N": str(expiry_of(day))}},
        "ReturnValues": "UPDATED_NEW",
    }


def parse_total(response: dict[str, Any]) -> int:
    """The counter's total after an `add_request`."""
    return int(response.get("Attributes", {}).get("tokens", {}).get("N", "0"))
