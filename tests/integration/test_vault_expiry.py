"""Against moto: a vault entry lives as long as the last stored message that names its placeholder."""

from __future__ import annotations

from typing import Any

import pytest

from devstack.launcher import LocalStack
from tests.integration import db
from tests.integration.sse_client import chat

pytestmark = pytest.mark.integration


def _item(items: list[dict[str, Any]], sort_key: str) -> dict[str, Any]:
    return next(item for item in items if item["sk"]["S"] == sort_key)


def test_a_later_message_naming_a_value_keeps_its_vault_entry(local_stack: LocalStack) -> None:
    first = chat(local_stack.url, "Olá, sou a Ana Silva e o meu email é ana.vault.expiry@example.pt.")
    assert first.last["type"] == "done" and first.session_id
    table = local_stack.env["CHAT_TABLE_NAME"]
    for placeholder in ("[NAME_1]", "[EMAIL_1]"):  # as if written long ago, due to expire soon
        db.dynamodb(local_stack).update_item(
            TableName=table,
            Key={"pk": {"S": f"SESSION#{first.session_id}"}, "sk": {"S": f"VAULT#{placeholder}"}},
            UpdateExpression="SET expiresAt = :old",
            ExpressionAttributeValues={":old": {"N": "1000"}},
        )
    later = chat(local_stack.url, "A Ana Silva quer saber o saldo.", first.session_id)
    assert later.last["type"] == "done"
    items = db.session_items(local_stack, first.session_id)
    message_expiry = max(int(i["expiresAt"]["N"]) for i in items if i["sk"]["S"].startswith("MSG#"))
    assert int(_item(items, "VAULT#[NAME_1]")["expiresAt"]["N"]) == message_expiry  # named again: kept
    assert _item(items, "VAULT#[NAME_1]")["value"]["S"] == "Ana Silva"
    assert int(_item(items, "VAULT#[EMAIL_1]")["expiresAt"]["N"]) == 1000  # not named: left to its own expiry
