"""runtime.aws.daily_usage_items: the daily counter's key, expiry and requests (pure)."""

from __future__ import annotations

from datetime import UTC, datetime

from runtime.aws.daily_usage_items import (
    KEEP_DAYS,
    add_request,
    counter_key,
    expiry_of,
    parse_count,
    parse_total,
    read_request,
    utc_day,
)


def test_the_day_is_the_utc_date() -> None:
    late = datetime(2026, 3, 1, 23, 59, 59, tzinfo=UTC).timestamp()
    assert utc_day(late) == "2026-03-01"
    assert utc_day(late + 1) == "2026-03-02"


def test_one_item_per_day_in_the_sessions_table() -> None:
    assert counter_key("2026-03-01") == {"pk": {"S": "CEILING#2026-03-01"}, "sk": {"S": "DAY"}}
    assert counter_key("2026-03-01") != counter_key("2026-03-02")


def test_the_counter_expires_some_days_after_its_day() -> None:
    end_of_day = datetime(2026, 3, 2, tzinfo=UTC).timestamp()
    assert expiry_of("2026-03-01") == end_of_day + KEEP_DAYS * 86400


def test_the_read_is_one_consistent_query_of_the_item() -> None:
    request = read_request("t", "2026-03-01")
    assert request["TableName"] == "t" and request["ConsistentRead"] is True
    assert request["ExpressionAttributeValues"] == {":pk": {"S": "CEILING#2026-03-01"}, ":sk": {"S": "DAY"}}
    assert parse_count([]) == 0
    assert parse_count([{"pk": {"S": "CEILING#2026-03-01"}, "sk": {"S": "DAY"}, "tokens": {"N": "420"}}]) == 420


def test_the_add_is_atomic_and_keeps_the_first_expiry() -> None:
    request = add_request("t", "2026-03-01", 37)
    assert request["Key"] == counter_key("2026-03-01")
    assert request["UpdateExpression"].startswith("ADD tokens :tokens")
    assert "if_not_exists(expiresAt" in request["UpdateExpression"]
    assert request["ExpressionAttributeValues"][":tokens"] == {"N": "37"}
    assert request["ReturnValues"] == "UPDATED_NEW"
    assert parse_total({"Attributes": {"tokens": {"N": "1037"}}}) == 1037
