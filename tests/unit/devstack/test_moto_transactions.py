"""devstack.standins.moto_transactions: moto's transactions keep their meaning (all or nothing) without copying
whole tables."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError
from moto import mock_aws

from devstack.standins import moto_transactions

TABLE = "sessions"


@pytest.fixture
def table() -> Iterator[Any]:
    moto_transactions.install()
    with mock_aws():
        client = boto3.client("dynamodb", region_name="eu-central-1")
        client.create_table(
            TableName=TABLE,
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
            AttributeDefinitions=[
                {"AttributeName": "pk", "AttributeType": "S"},
                {"AttributeName": "sk", "AttributeType": "S"},
            ],
            BillingMode="PAY_PER_REQUEST",
        )
        for n in range(50):
            client.put_item(TableName=TABLE, Item={"pk": {"S": "S#1"}, "sk": {"S": f"MSG#{n:03d}"}, "n": {"N": str(n)}})
        yield client


def put(sk: str, value: str) -> dict[str, Any]:
    return {"Put": {"TableName": TABLE, "Item": {"pk": {"S": "S#1"}, "sk": {"S": sk}, "n": {"N": value}}}}


def items(client: Any) -> dict[str, str]:
    found = client.query(
        TableName=TABLE, KeyConditionExpression="pk = :p", ExpressionAttributeValues={":p": {"S": "S#1"}}
    )["Items"]
    return {item["sk"]["S"]: item["n"]["N"] for item in found}


def test_a_cancelled_transaction_leaves_every_item_as_it_was(table: Any) -> None:
    before = items(table)
    update = {
        "Update": {
            "TableName": TABLE,
            "Key": {"pk": {"S": "S#1"}, "sk": {"S": "MSG#001"}},
            "UpdateExpression": "SET n = :n",
            "ExpressionAttributeValues": {":n": {"N": "999"}},
        }
    }
    failing = {
        "ConditionCheck": {
            "TableName": TABLE,
            "Key": {"pk": {"S": "S#1"}, "sk": {"S": "MSG#002"}},
            "ConditionExpression": "attribute_not_exists(pk)",
        }
    }
    with pytest.raises(ClientError) as raised:
        table.transact_write_items(TransactItems=[put("NEW", "1"), update, put("MSG#000", "7"), failing])
    assert raised.value.response["Error"]["Code"] == "TransactionCanceledException"
    assert items(table) == before


def test_a_transaction_that_passes_writes_every_item(table: Any) -> None:
    table.transact_write_items(TransactItems=[put("NEW", "1"), put("MSG#000", "7")])
    after = items(table)
    assert after["NEW"] == "1" and after["MSG#000"] == "7" and len(after) == 51


def test_tables_are_not_copied_while_a_transaction_runs() -> None:
    from moto.dynamodb.models.table import Table

    probe = Table.__new__(Table)
    with moto_transactions.whole_tables_not_copied():
        assert copy.deepcopy(probe) is probe
    assert "__deepcopy__" not in Table.__dict__  # moto's own copies elsewhere are untouched
