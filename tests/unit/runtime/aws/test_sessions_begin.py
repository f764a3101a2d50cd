"""runtime.aws.sessions.SessionStore.begin: the lease and the session's Query are handed to workers in one
step (before the turn's other work), and a refused lease still refuses the turn."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import pytest
from botocore.exceptions import ClientError

from runtime.aws.clients import AwsClients
from runtime.aws.session_items import META, session_key
from runtime.aws.sessions import SessionStore
from runtime.chat.session import Lease, SessionBusy
from runtime.settings import Settings
from tests.unit.runtime.aws.handover_fakes import HandOverClients, RecordingClient
from tests.unit.runtime.chat.test_turn import ENV

SESSION = "s" * 32


def meta(**attributes: dict[str, str]) -> dict[str, Any]:
    return {"pk": {"S": session_key(SESSION)}, "sk": {"S": META}, **attributes}


def store(answers: dict[str, Any]) -> tuple[SessionStore, HandOverClients]:
    clients = HandOverClients(RecordingClient(answers))
    return SessionStore(Settings.from_env(ENV), cast(AwsClients, clients)), clients


async def test_the_lease_and_the_load_are_handed_over_in_one_step() -> None:
    sessions, clients = store(
        {
            "update_item": {"Attributes": meta(version={"N": "2"}, tokensUsed={"N": "40"})},
            "query": {"Items": [meta(version={"N": "2"}, tokensUsed={"N": "40"})]},
        }
    )
    lease = Lease.new(10**10)
    beginning = asyncio.ensure_future(sessions.begin(SESSION, lease))
    await asyncio.sleep(0)  # one step of `begin`
    assert len(clients.started) == 2 and not beginning.done()
    clients.answer_all()
    record = await beginning
    assert clients.client.calls == ["update_item", "query"]  # the lease leaves first
    assert record.lease is lease and record.tokens_used == 40 and record.session_id == SESSION


async def test_a_busy_session_is_refused_and_its_load_abandoned() -> None:
    until = 2**40  # the other turn's lease has not expired
    answer: Any = {"Error": {"Code": "ConditionalCheckFailedException"}, "Item": meta(leaseUntil={"N": str(until)})}
    refused = ClientError(answer, "UpdateItem")
    sessions, clients = store({"update_item": refused, "query": {"Items": []}})
    beginning = asyncio.ensure_future(sessions.begin(SESSION, Lease.new(10**10)))
    await asyncio.sleep(0)
    lease_call, lease_answer = clients.started[0]
    try:
        lease_answer.set_result(lease_call())
    except ClientError as error:
        lease_answer.set_exception(error)
    with pytest.raises(SessionBusy):
        await beginning
    await asyncio.sleep(0)
    assert clients.started[1][1].cancelled()  # the Query's answer is not waited for
