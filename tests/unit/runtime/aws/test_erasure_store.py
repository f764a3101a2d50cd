"""runtime.aws.erasure_store against moto: erasing whole sessions, the record, the lookup by value, the keyed hash
written on each new vault item."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any, cast

import pytest

from runtime.aws.clients import AwsClients
from runtime.aws.erasure_items import VALUE_KEY_ATTRIBUTE
from runtime.aws.erasure_store import SessionEraser, ValueIndex
from runtime.aws.session_items import session_key, vault_puts, write_context
from runtime.chat.session import StorageUnavailable
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
    """What `ValueIndex` uses of `AwsClients`: the KMS client and running a blocking call."""

    def __init__(self, kms: Any) -> None:
        self._kms = kms

    def kms(self) -> Any:
        return self._kms

    async def run(self, func: Callable[..., Any], *args: Any) -> Any:
        return func(*args)


def _index(tables: ErasureTables, key_id: str | None) -> ValueIndex:
    settings = cast(Settings, SimpleNamespace(value_key_id=key_id))
    return ValueIndex(settings, cast(AwsClients, _Clients(tables.kms)))


def test_new_vault_items_are_written_with_their_keyed_hash(erasure_tables: ErasureTables) -> None:
    context = write_context(TABLE, 1000, 30, time.time())
    vault = {"[EMAIL_1]": "Ana@Example.pt", "[NAME_1]": "Ana Silva"}
    meta = {"pk": session_key("ana"), "sk": {"S": "META"}, "tokensUsed": {"N": "0"}}
    transactions = [[*vault_puts(context, "ana", vault), {"Put": {"TableName": TABLE, "Item": meta}}]]
    asyncio.run(_index(erasure_tables, KEY_ALIAS).tag(transactions, vault))
    erasure_tables.dynamodb.transact_write_items(TransactItems=transactions[0])
    eraser = erasure_tables.eraser()
    assert eraser.sessions_holding("ana@example.pt") == {"ana"} == eraser.sessions_holding("ANA SILVA")
    tags = [put["Put"]["Item"].get(VALUE_KEY_ATTRIBUTE, {}).get("S", "") for put in transactions[0]]
    assert all(len(tag) == 64 and "ana" not in tag.lower() for tag in tags[:2]) and tags[2] == ""


def test_without_a_key_no_hash_and_a_key_failure_stops_the_write(erasure_tables: ErasureTables) -> None:
    context = write_context(TABLE, 1000, 30, time.time())
    transactions = [vault_puts(context, "ana", {"[NAME_1]": "Ana"})]
    asyncio.run(_index(erasure_tables, None).tag(transactions, {"[NAME_1]": "Ana"}))
    assert VALUE_KEY_ATTRIBUTE not in transactions[0][0]["Put"]["Item"]
    with pytest.raises(StorageUnavailable):
        asyncio.run(_index(erasure_tables, "alias/missing").tag(transactions, {"[NAME_1]": "Ana"}))
