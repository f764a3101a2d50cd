"""runtime.aws.daily_usage.DailyUsage against moto's DynamoDB: adds return the new total, one count per UTC day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import boto3
import pytest
from moto import mock_aws

from runtime.aws.clients import AwsClients
from runtime.aws.daily_usage import DailyUsage
from runtime.chat.session import StorageUnavailable
from runtime.settings import Settings
from tests.unit.runtime.chat.test_turn import ENV

DAY = datetime(2026, 3, 1, 12, tzinfo=UTC).timestamp()


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.setenv(name, "testing")
    with mock_aws():
        boto3.client("dynamodb", region_name="eu-central-1").create_table(
            TableName="t",
            AttributeDefinitions=[
                {"AttributeName": "pk", "AttributeType": "S"},
                {"AttributeName": "sk", "AttributeType": "S"},
            ],
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
            BillingMode="PAY_PER_REQUEST",
        )
        yield Settings.from_env(ENV)


async def test_adds_accumulate_and_return_the_new_total(settings: Settings) -> None:
    # One add at a time: moto's in-process backend is not thread-safe (the local stack's moto server
    # serializes its calls, and tests/integration/test_daily_ceiling.py adds concurrently through it).
    usage = DailyUsage(settings, AwsClients(settings), clock=lambda: DAY)
    assert await usage.used() == 0
    totals = [await usage.add(10) for _ in range(5)]
    assert totals == [10, 20, 30, 40, 50]
    assert await usage.used() == 50


async def test_a_new_day_starts_at_zero(settings: Settings) -> None:
    clients = AwsClients(settings)
    await DailyUsage(settings, clients, clock=lambda: DAY).add(500)
    tomorrow = DailyUsage(settings, clients, clock=lambda: DAY + 86400)
    assert await tomorrow.used() == 0
    assert await DailyUsage(settings, clients, clock=lambda: DAY).used() == 500


async def test_a_missing_table_is_storage_unavailable(settings: Settings) -> None:
    other = Settings.from_env({**ENV, "CHAT_TABLE_NAME": "missing"})
    with pytest.raises(StorageUnavailable):
        await DailyUsage(other, AwsClients(other)).used()
