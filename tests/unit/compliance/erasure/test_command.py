"""compliance.erase, the operator's command, against moto: by value, by session, re-applied to a restored table."""

from __future__ import annotations

import json
from typing import Any

import boto3
import pytest

from compliance.erasure import command as erase
from runtime.aws.erasure_items import table_definition
from tests.fixtures.erasure_tables import CREDENTIALS, ERASURES, REGION, TABLE, ErasureTables, erasure_tables

__all__ = ["erasure_tables"]

RESTORED = "sessions-restored"


def outputs(tables: ErasureTables) -> str:
    """What `pulumi stack output --json` prints for the stack."""
    return json.dumps({"tableName": TABLE, "erasureTableName": ERASURES, "valueKeyArn": tables.key_arn})


def run(tables: ErasureTables, *argv: str) -> int:
    session = boto3.session.Session(**CREDENTIALS)
    return erase.main(["--stack", "eu", *argv], runner=lambda stack: outputs(tables), session=session)


def metric_names() -> set[str]:
    """The metrics the stack's namespace holds."""
    cloudwatch = boto3.client("cloudwatch", **CREDENTIALS)
    return {metric["MetricName"] for metric in cloudwatch.list_metrics(Namespace="SovereignChat/eu")["Metrics"]}


def test_by_value_erases_every_conversation_holding_it(
    erasure_tables: ErasureTables, capsys: pytest.CaptureFixture[str]
) -> None:
    erasure_tables.put_session("s1", {"[EMAIL_1]": "ana@example.pt", "[NAME_1]": "Ana Silva"})
    erasure_tables.put_session("s2", {"[EMAIL_1]": "ANA@example.pt"})
    erasure_tables.put_session("s3", {"[EMAIL_1]": "rui@example.pt"})
    assert run(erasure_tables, "--value", "Ana@Example.PT") == 0
    assert erasure_tables.items_of("s1") == [] and erasure_tables.items_of("s2") == []
    assert erasure_tables.items_of("s3") != []
    printed = capsys.readouterr().out
    assert "2 of 2 conversation(s) erased" in printed and "operator-value" in printed
    assert "ana" not in printed.lower() and "s1" not in printed
    assert len(erasure_tables.dynamodb.scan(TableName=ERASURES)["Items"]) == 2
    assert metric_names() == {"Erasures.operator-value"}


def test_dry_run_counts_and_erases_nothing(erasure_tables: ErasureTables, capsys: pytest.CaptureFixture[str]) -> None:
    erasure_tables.put_session("s1", {"[PHONE_1]": "912 345 678"})
    assert run(erasure_tables, "--value", "+351 912 345 678", "--dry-run") == 0
    assert "1 conversation(s) found; nothing erased" in capsys.readouterr().out
    assert erasure_tables.items_of("s1") != []
    assert erasure_tables.dynamodb.scan(TableName=ERASURES)["Items"] == []
    assert metric_names() == set()


def test_a_value_nobody_wrote_exits_1(erasure_tables: ErasureTables, capsys: pytest.CaptureFixture[str]) -> None:
    erasure_tables.put_session("s1", {"[EMAIL_1]": "ana@example.pt"})
    assert run(erasure_tables, "--value", "nobody@example.pt") == 1
    assert erasure_tables.items_of("s1") != []
    assert capsys.readouterr().out == "no conversation found; nothing erased\n"


def test_by_session_erases_that_conversation(erasure_tables: ErasureTables) -> None:
    erasure_tables.put_session("s1", {"[EMAIL_1]": "ana@example.pt"})
    erasure_tables.put_session("s2", {"[EMAIL_1]": "ana@example.pt"})
    assert run(erasure_tables, "--session", "s1") == 0
    assert erasure_tables.items_of("s1") == [] and erasure_tables.items_of("s2") != []
    record = erasure_tables.dynamodb.scan(TableName=ERASURES)["Items"][0]
    assert record["how"]["S"] == "operator-session"
    assert run(erasure_tables, "--session", "s1") == 1


def copy_table(tables: ErasureTables, source: str, target: str) -> None:
    """A point-in-time restore, simulated: a new table with the source's items as they are now (no TTL)."""
    tables.dynamodb.create_table(**table_definition(target))
    for item in tables.dynamodb.scan(TableName=source)["Items"]:
        tables.dynamodb.put_item(TableName=target, Item=item)


def test_a_restored_table_loses_the_recorded_erasures_again(
    erasure_tables: ErasureTables, capsys: pytest.CaptureFixture[str]
) -> None:
    erasure_tables.put_session("kept", {"[EMAIL_1]": "rui@example.pt"})
    erasure_tables.put_session("by-page", {"[EMAIL_1]": "ana@example.pt"}, messages=3)
    erasure_tables.put_session("by-value", {"[NAME_1]": "Eva Lopes"})
    copy_table(erasure_tables, TABLE, RESTORED)  # the backup was taken before the erasures
    erasure_tables.eraser().erase("by-page", "person")
    assert run(erasure_tables, "--value", "eva lopes") == 0
    records_before = erasure_tables.dynamodb.scan(TableName=ERASURES)["Items"]

    assert erasure_tables.items_of("by-page", RESTORED) != []  # the restore brought them back
    capsys.readouterr()
    assert run(erasure_tables, "--reapply-to", RESTORED) == 0
    items = (1 + 3 + 1) + (1 + 2 + 1)  # META, messages and vault items of each
    assert f"2 of 2 conversation(s) erased ({items} items) from the restored table" in capsys.readouterr().out
    assert erasure_tables.items_of("by-page", RESTORED) == []
    assert erasure_tables.items_of("by-value", RESTORED) == []
    assert len(erasure_tables.items_of("kept", RESTORED)) == 1 + 2 + 1
    restored = erasure_tables.eraser(RESTORED)
    assert restored.sessions_holding("ana@example.pt") == set()
    assert restored.sessions_holding("rui@example.pt") == {"kept"}
    ttl = erasure_tables.dynamodb.describe_time_to_live(TableName=RESTORED)["TimeToLiveDescription"]
    assert ttl["TimeToLiveStatus"] == "ENABLED" and ttl["AttributeName"] == "expiresAt"
    assert erasure_tables.dynamodb.scan(TableName=ERASURES)["Items"] == records_before  # nothing new recorded
    assert run(erasure_tables, "--reapply-to", RESTORED) == 1  # nothing left to re-apply


def test_missing_stack_outputs_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    status = erase.main(["--stack", "eu", "--session", "x"], runner=lambda stack: json.dumps({"tableName": "t"}))
    assert status == 2
    assert "erasure_table" in capsys.readouterr().err


def test_options_override_the_outputs() -> None:
    args: Any = type("Args", (), {"table": "other", "erasure_table": None, "key_id": None, "region": None})()
    resources = erase.resources_from_outputs(
        {"tableName": "t", "erasureTableName": "e", "valueKeyArn": f"arn:aws:kms:{REGION}:1:key/k"}, args
    )
    assert resources == erase.StackResources("other", "e", f"arn:aws:kms:{REGION}:1:key/k", REGION)


def test_a_session_id_or_value_beginning_with_a_dash_is_taken_as_such(erasure_tables: ErasureTables) -> None:
    erasure_tables.put_session("-wFNJcPn9dYD", {"[EMAIL_1]": "ana@example.pt"})
    erasure_tables.put_session("-other", {"[NAME_1]": "-Ana Silva"})
    assert run(erasure_tables, "--session", "-wFNJcPn9dYD") == 0
    assert erasure_tables.items_of("-wFNJcPn9dYD") == [] and erasure_tables.items_of("-other") != []
    assert run(erasure_tables, "--value", "-Ana Silva", "--type", "NAME") == 0
    assert erasure_tables.items_of("-other") == []
