"""Direct reads and writes of the local stack's DynamoDB table (moto), for assertions and set-up."""

from __future__ import annotations

from typing import Any

import boto3

from devstack.launcher import LocalStack


def dynamodb(stack: LocalStack) -> Any:
    assert stack.moto is not None
    return boto3.client(
        "dynamodb",
        endpoint_url=stack.moto.url,
        region_name=stack.env["CHAT_HOME_REGION"],
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )


def all_items(stack: LocalStack) -> list[dict[str, Any]]:
    client = dynamodb(stack)
    items: list[dict[str, Any]] = []
    kwargs: dict[str, Any] = {"TableName": stack.env["CHAT_TABLE_NAME"]}
    while True:
        page = client.scan(**kwargs)
        items.extend(page["Items"])
        if "LastEvaluatedKey" not in page:
            return items
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def session_items(stack: LocalStack, session_id: str) -> list[dict[str, Any]]:
    page = dynamodb(stack).query(
        TableName=stack.env["CHAT_TABLE_NAME"],
        KeyConditionExpression="pk = :pk",
        ExpressionAttributeValues={":pk": {"S": f"SESSION#{session_id}"}},
        ConsistentRead=True,
    )
    return list(page["Items"])


def messages(stack: LocalStack, session_id: str) -> list[dict[str, Any]]:
    return [item for item in session_items(stack, session_id) if item["sk"]["S"].startswith("MSG#")]


def meta(stack: LocalStack, session_id: str) -> dict[str, Any]:
    return next(item for item in session_items(stack, session_id) if item["sk"]["S"] == "META")


def set_tokens_used(stack: LocalStack, session_id: str, tokens: int) -> None:
    dynamodb(stack).update_item(
        TableName=stack.env["CHAT_TABLE_NAME"],
        Key={"pk": {"S": f"SESSION#{session_id}"}, "sk": {"S": "META"}},
        UpdateExpression="SET tokensUsed = :n",
        ExpressionAttributeValues={":n": {"N": str(tokens)}},
    )


def vault(stack: LocalStack, session_id: str) -> dict[str, str]:
    """The session's vault as stored: `VAULT#<placeholder>` items (and a META map of sessions stored before)."""
    items = session_items(stack, session_id)
    found = {
        key: value["S"]
        for item in items
        if item["sk"]["S"] == "META"
        for key, value in item.get("vault", {}).get("M", {}).items()
    }
    found.update(
        {item["sk"]["S"][len("VAULT#") :]: item["value"]["S"] for item in items if item["sk"]["S"].startswith("VAULT#")}
    )
    return found
