"""The session store's DynamoDB client (with the Query fast path) against moto: same items as a plain boto3
client, binary attributes decoded as botocore does, and errors still raised as botocore's ClientErrors."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from devstack.launcher import LocalStack
from runtime.aws.clients import USER_AGENT, AwsClients, aws_error_code
from runtime.settings import Settings
from tests.integration.db import dynamodb

pytestmark = pytest.mark.integration


@pytest.fixture
def clients(local_stack: LocalStack, monkeypatch: pytest.MonkeyPatch) -> AwsClients:
    for name, value in local_stack.env.items():
        monkeypatch.setenv(name, value)  # AWS_ENDPOINT_URL_DYNAMODB and credentials, read by boto3 itself
    return AwsClients(Settings.from_env(local_stack.env))


def query(client: Any, table: str, pk: str) -> dict[str, Any]:
    page: dict[str, Any] = client.query(
        TableName=table, KeyConditionExpression="pk = :pk", ExpressionAttributeValues={":pk": {"S": pk}}
    )
    page.pop("ResponseMetadata")
    return page


def test_query_items_are_those_of_a_plain_client(local_stack: LocalStack, clients: AwsClients) -> None:
    table, pk = local_stack.env["CHAT_TABLE_NAME"], f"TEST#{uuid.uuid4().hex}"
    plain = dynamodb(local_stack)
    items = [
        {"pk": {"S": pk}, "sk": {"S": "META"}, "vault": {"M": {"[NAME_1]": {"S": "Zoë"}}}, "n": {"N": "7"}},
        {"pk": {"S": pk}, "sk": {"S": "MSG#1"}, "content": {"S": 'a "B": b'}, "l": {"L": [{"BOOL": False}]}},
    ]
    for item in items:
        plain.put_item(TableName=table, Item=item)
    fast = query(clients.dynamodb(), table, pk)
    assert fast == query(plain, table, pk)
    assert fast["Items"] == items and fast["Count"] == 2


def test_binary_attributes_come_back_decoded(local_stack: LocalStack, clients: AwsClients) -> None:
    table, pk = local_stack.env["CHAT_TABLE_NAME"], f"TEST#{uuid.uuid4().hex}"
    dynamodb(local_stack).put_item(TableName=table, Item={"pk": {"S": pk}, "sk": {"S": "X"}, "b": {"B": b"\x00\x01"}})
    assert query(clients.dynamodb(), table, pk)["Items"][0]["b"] == {"B": b"\x00\x01"}


def test_an_error_answer_is_still_a_client_error_with_its_code(clients: AwsClients) -> None:
    with pytest.raises(Exception) as raised:
        query(clients.dynamodb(), "no-such-table", "x")
    assert aws_error_code(raised.value) == "ResourceNotFoundException"


def test_requests_carry_the_fixed_user_agent(local_stack: LocalStack, clients: AwsClients) -> None:
    import botocore

    sent: list[str] = []
    client = clients.dynamodb()
    client.meta.events.register("before-send", lambda request, **_: sent.append(request.headers["User-Agent"]))
    query(client, local_stack.env["CHAT_TABLE_NAME"], f"TEST#{uuid.uuid4().hex}")
    assert len(sent) == 1
    agent = sent[0].decode() if isinstance(sent[0], bytes) else sent[0]
    assert agent.startswith(f"{USER_AGENT} ") and agent.endswith(f"/{botocore.__version__}")
