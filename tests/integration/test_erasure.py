"""Erasure through the local stack: DELETE /c, the operator command by value and by session, a restored table
cleaned again (moto server: the sessions table with its value index, the erasure table, the KMS HMAC key)."""

from __future__ import annotations

from typing import Any

import boto3
import pytest

from compliance.erasure import command
from devstack.launcher import LocalStack
from runtime.aws.erasure_items import VALUE_KEY_ATTRIBUTE, table_definition
from tests.fixtures.local_stack import app_log_text
from tests.integration import db
from tests.integration.sse_client import chat, history

pytestmark = pytest.mark.integration

ANA = "Olá, sou a Ana Silva, o meu e-mail é ana.silva@example.pt e o meu IBAN é PT50 0002 0123 1234 5678 9015 4."


def client(stack: LocalStack, service: str) -> Any:
    assert stack.moto is not None
    return boto3.client(  # type: ignore[call-overload]  # any service by name
        service,
        endpoint_url=stack.moto.url,
        region_name=stack.env["CHAT_HOME_REGION"],
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )


def records(stack: LocalStack) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = client(stack, "dynamodb").scan(TableName=stack.env["CHAT_ERASURE_TABLE_NAME"])[
        "Items"
    ]
    return items


def new_session(stack: LocalStack, message: str = ANA) -> str:
    result = chat(stack.url, message)
    assert result.status == 200 and result.types[-1] == "done", result.events
    return result.session_id


def operator(stack: LocalStack, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    """The operator's command against the local stack (its endpoints, as boto3 reads them)."""
    assert stack.moto is not None
    for service in ("DYNAMODB", "KMS", "CLOUDWATCH"):
        monkeypatch.setenv(f"AWS_ENDPOINT_URL_{service}", stack.moto.url)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    overrides = [
        "--table",
        stack.env["CHAT_TABLE_NAME"],
        "--erasure-table",
        stack.env["CHAT_ERASURE_TABLE_NAME"],
        "--key-id",
        stack.env["CHAT_VALUE_KEY_ID"],
        "--region",
        stack.env["CHAT_HOME_REGION"],
    ]
    return command.main(["--stack", "local", *argv, *overrides])


def test_delete_erases_the_conversation_at_once(local_stack: LocalStack) -> None:
    sid = new_session(local_stack)
    assert chat(local_stack.url, "E o saldo?", sid).types[-1] == "done"
    assert any(VALUE_KEY_ATTRIBUTE in item for item in db.session_items(local_stack, sid))  # the value index
    before = len(records(local_stack))

    erased = chat(local_stack.url, session_id=sid, method="DELETE")
    assert erased.status == 204 and erased.json_body is None
    assert erased.headers["cache-control"] == "no-store"
    assert db.session_items(local_stack, sid) == []
    assert history(local_stack.url, sid).status == 404
    assert chat(local_stack.url, "Ainda aí?", sid).status == 404
    assert db.session_items(local_stack, sid) == []

    after = records(local_stack)
    assert len(after) == before + 1
    assert sid not in str(after) and "Ana" not in str(after)
    assert {record["how"]["S"] for record in after} >= {"person"}
    log = app_log_text(local_stack)
    assert '"Erasures.person":1' in log
    assert sid not in log


def test_a_second_delete_is_harmless(local_stack: LocalStack) -> None:
    sid = new_session(local_stack, "Olá")
    assert chat(local_stack.url, session_id=sid, method="DELETE").status == 204
    count = len(records(local_stack))
    assert chat(local_stack.url, session_id=sid, method="DELETE").status == 204
    assert chat(local_stack.url, session_id="B" * 43, method="DELETE").status == 204
    assert len(records(local_stack)) == count  # nothing erased, nothing recorded


def test_delete_needs_a_valid_session_id(local_stack: LocalStack) -> None:
    missing = chat(local_stack.url, method="DELETE")
    assert missing.status == 400 and missing.json_body["error"]["code"] == "missing_session_id"
    malformed = chat(local_stack.url, session_id="not a session id", method="DELETE")
    assert malformed.status == 400 and malformed.json_body["error"]["code"] == "invalid_session_id"


def test_operator_erases_every_conversation_holding_a_value(
    local_stack: LocalStack, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first = new_session(local_stack)
    second = new_session(local_stack, "O meu e-mail é ANA.SILVA@example.pt, obrigado.")
    other = new_session(local_stack, "O meu e-mail é rui.costa@example.pt.")
    assert operator(local_stack, monkeypatch, "--value", "ana.silva@example.pt") == 0
    assert db.session_items(local_stack, first) == [] and db.session_items(local_stack, second) == []
    assert db.session_items(local_stack, other) != []
    assert "2 of 2 conversation(s) erased" in capsys.readouterr().out
    assert history(local_stack.url, first).status == 404
    metrics = client(local_stack, "cloudwatch").list_metrics(Namespace="SovereignChat/local")["Metrics"]
    assert "Erasures.operator-value" in {metric["MetricName"] for metric in metrics}


def test_operator_erases_by_session_and_a_restored_table_is_cleaned_again(
    local_stack: LocalStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    erased, kept = new_session(local_stack), new_session(local_stack, "Bom dia")
    dynamodb = client(local_stack, "dynamodb")
    restored = "sovereign-chat-local-sessions-restored"
    dynamodb.create_table(**table_definition(restored))
    for item in db.all_items(local_stack):  # the point-in-time restore, before the erasure
        dynamodb.put_item(TableName=restored, Item=item)

    assert operator(local_stack, monkeypatch, "--session", erased) == 0
    assert db.session_items(local_stack, erased) == []
    assert operator(local_stack, monkeypatch, "--reapply-to", restored) == 0
    left = dynamodb.scan(TableName=restored)["Items"]
    partitions = {item["pk"]["S"] for item in left}
    assert f"SESSION#{erased}" not in partitions
    assert f"SESSION#{kept}" in partitions
