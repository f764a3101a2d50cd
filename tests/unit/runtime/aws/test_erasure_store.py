"""runtime.aws.erasure_store against moto: erasing whole sessions, the record, the lookup by value, the index
items written with new vault values."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any, cast

import pytest

from runtime.aws.clients import AwsClients
from runtime.aws.erasure_items import INDEX_PREFIX, INDEX_REFRESH_SECONDS
from runtime.aws.erasure_store import SessionEraser, ValueIndex
from runtime.aws.session_items import new_meta_put, now_iso, session_key, write_context
from runtime.chat.session import SessionRecord, StorageUnavailable, StoredMessage
from runtime.privacy.erasure_keys import session_message
from runtime.settings import Settings
from tests.fixtures.erasure_tables import ERASURES, KEY_ALIAS, TABLE, ErasureTables, erasure_tables

__all__ = ["erasure_tables"]


def test_erase_deletes_every_item_of_the_session_and_nothing_else(erasure_tables: ErasureTables) -> None:
    erasure_tables.put_session("ana", {"[NAME_1]": "Ana Silva", "[EMAIL_1]": "ana@example.pt"}, messages=4)
    erasure_tables.put_session("rui", {"[NAME_1]": "Rui Costa"})
    deleted = erasure_tables.eraser().erase("ana", "person")
    assert deleted == 1 + 4 + 2
    assert erasure_tables.items_of("ana") == []
    assert len(erasure_tables.items_of("rui")) == 1 + 2 + 1


def test_a_session_larger_than_one_transaction_is_erased(erasure_tables: ErasureTables) -> None:
    vault = {f"[NAME_{n}]": f"Person {n}" for n in range(1, 81)}
    erasure_tables.put_session("big", vault, messages=150)
    assert erasure_tables.eraser().erase("big", "person") == 231
    assert erasure_tables.items_of("big") == []


def test_every_erasure_is_recorded_by_the_keyed_hash_of_the_id_only(erasure_tables: ErasureTables) -> None:
    erasure_tables.put_session("ana", {"[NAME_1]": "Ana Silva"})
    eraser = erasure_tables.eraser()
    eraser.erase("ana", "operator-value")
    records = erasure_tables.dynamodb.scan(TableName=ERASURES)["Items"]
    assert len(records) == 1
    assert records[0]["pk"]["S"] == erasure_tables.hasher(session_message("ana"))
    assert records[0]["how"]["S"] == "operator-value"
    assert "ana" not in str(records) and "Ana" not in str(records)
    assert eraser.recorded_keys() == {eraser.record_key("ana")}


def test_erasing_an_unknown_or_erased_session_does_nothing_and_records_nothing(erasure_tables: ErasureTables) -> None:
    erasure_tables.put_session("ana", {})
    eraser = erasure_tables.eraser()
    assert eraser.erase("ana", "person") > 0
    assert eraser.erase("ana", "person") == 0
    assert eraser.erase("never-was", "person") == 0
    assert len(erasure_tables.dynamodb.scan(TableName=ERASURES)["Items"]) == 1


def test_items_written_while_erasing_are_erased_too(erasure_tables: ErasureTables) -> None:
    erasure_tables.put_session("ana", {"[NAME_1]": "Ana Silva"})
    eraser = erasure_tables.eraser()
    real_transact = eraser.dynamodb.transact_write_items
    calls = []

    class RacingClient:
        """The table as a turn writing its answer during the first deletion sees it."""

        def __getattr__(self, name: str) -> object:
            return getattr(erasure_tables.dynamodb, name)

        def transact_write_items(self, **kwargs: object) -> object:
            calls.append(1)
            result = real_transact(**kwargs)
            if len(calls) == 1:
                erasure_tables.dynamodb.put_item(
                    TableName="sessions", Item={"pk": {"S": "SESSION#ana"}, "sk": {"S": "MSG#00000003"}}
                )
            return result

    racing = SessionEraser(RacingClient(), "sessions", ERASURES, erasure_tables.hasher)
    assert racing.erase("ana", "person") == 4 + 1
    assert erasure_tables.items_of("ana") == []


def test_sessions_holding_a_value_are_found_in_any_written_form(erasure_tables: ErasureTables) -> None:
    erasure_tables.put_session("ana", {"[EMAIL_1]": "Ana@Example.pt", "[PHONE_1]": "912 345 678"})
    erasure_tables.put_session("ana2", {"[NAME_1]": "Ana Silva", "[EMAIL_1]": "ana@example.pt"})
    erasure_tables.put_session("rui", {"[EMAIL_1]": "rui@example.pt"})
    eraser = erasure_tables.eraser()
    assert eraser.sessions_holding("ana@example.pt") == {"ana", "ana2"}
    assert eraser.sessions_holding("+351 912 345 678") == {"ana"}
    assert eraser.sessions_holding("ANA SILVA", "NAME") == {"ana2"}
    assert eraser.sessions_holding("nobody@example.pt") == set()


def test_the_index_goes_with_the_vault(erasure_tables: ErasureTables) -> None:
    erasure_tables.put_session("ana", {"[EMAIL_1]": "ana@example.pt"})
    eraser = erasure_tables.eraser()
    eraser.erase("ana", "person")
    assert eraser.sessions_holding("ana@example.pt") == set()


def test_without_a_key_nothing_can_be_looked_up_or_recorded(erasure_tables: ErasureTables) -> None:
    keyless = SessionEraser(erasure_tables.dynamodb, "sessions", None, None)
    with pytest.raises(ValueError):
        keyless.sessions_holding("ana@example.pt")
    with pytest.raises(ValueError):
        keyless.record_key("ana")


class _Clients:
    """What `ValueIndex` uses of `AwsClients`: the KMS and DynamoDB clients and running a blocking call."""

    def __init__(self, kms: Any, dynamodb: Any = None) -> None:
        self._kms = kms
        self._dynamodb = dynamodb

    def kms(self) -> Any:
        return self._kms

    def dynamodb(self) -> Any:
        return self._dynamodb

    async def run(self, func: Callable[..., Any], *args: Any) -> Any:
        return func(*args)


def _index(tables: ErasureTables, key_id: str | None) -> ValueIndex:
    settings = cast(Settings, SimpleNamespace(value_key_id=key_id))
    return ValueIndex(settings, cast(AwsClients, _Clients(tables.kms, tables.dynamodb)))


def test_new_vault_values_are_written_with_their_index_items(erasure_tables: ErasureTables) -> None:
    context = write_context(TABLE, 1000, 30, time.time())
    vault = {"[EMAIL_1]": "Ana@Example.pt", "[NAME_1]": "Ana Silva"}
    transaction = [new_meta_put(context, "ana", vault)]
    more = asyncio.run(_index(erasure_tables, KEY_ALIAS).add(transaction, context, "ana", vault))
    assert more == [] and len(transaction) == 3
    erasure_tables.dynamodb.transact_write_items(TransactItems=transaction)
    eraser = erasure_tables.eraser()
    assert eraser.sessions_holding("ana@example.pt") == {"ana"} == eraser.sessions_holding("ANA SILVA")
    assert "Ana" not in str(transaction[1:])


def test_without_a_key_no_index_item_and_a_key_failure_stops_the_write(erasure_tables: ErasureTables) -> None:
    context = write_context(TABLE, 1000, 30, time.time())
    transaction = [new_meta_put(context, "ana", {"[NAME_1]": "Ana"})]
    assert asyncio.run(_index(erasure_tables, None).add(transaction, context, "ana", {"[NAME_1]": "Ana"})) == []
    assert len(transaction) == 1
    with pytest.raises(StorageUnavailable):
        asyncio.run(_index(erasure_tables, "alias/missing").add(transaction, context, "ana", {"[NAME_1]": "Ana"}))


def _expiry(tables: ErasureTables, session_id: str, sort_key: str) -> int | None:
    item = tables.dynamodb.get_item(TableName=TABLE, Key={"pk": session_key(session_id), "sk": {"S": sort_key}})
    return int(item["Item"]["expiresAt"]["N"]) if "Item" in item else None


@pytest.mark.parametrize(("age_days", "moved"), [(2.0, True), (0.5, False)])
def test_a_day_old_sessions_index_outlasts_its_vault(
    erasure_tables: ErasureTables, age_days: float, moved: bool
) -> None:
    erasure_tables.put_session("ana", {"[EMAIL_1]": "ana@example.pt"})  # index item expiring at 2_000_000_000
    vault = {"[EMAIL_1]": "ana@example.pt", "[NAME_1]": "Ana Silva"}  # the name has no index item
    first = now_iso(time.time() - age_days * 86400)
    record = SessionRecord("ana", vault, 0, [StoredMessage(1, "user", "x", first), StoredMessage(2, "user", "y", "?")])
    context = write_context(TABLE, 1000, 30, time.time() + 3_000_000_000)
    asyncio.run(_index(erasure_tables, KEY_ALIAS).refresh(record, context))
    expected = context.expires_at + INDEX_REFRESH_SECONDS if moved else 2_000_000_000
    assert _expiry(erasure_tables, "ana", INDEX_PREFIX + "[EMAIL_1]") == expected
    assert _expiry(erasure_tables, "ana", INDEX_PREFIX + "[NAME_1]") is None  # never created by a refresh
