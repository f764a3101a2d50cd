"""SessionStore.confirm_resend against moto: a re-sent message is checked like a new one (session exists,
budget left, no message added since the load) without storing it again."""

from __future__ import annotations

import asyncio
import time

import pytest

from devstack.launcher import LocalStack
from runtime.aws.clients import AwsClients
from runtime.aws.sessions import SessionStore
from runtime.chat.session import BudgetExhausted, Lease, SessionConflict, SessionRecord, lease_until
from runtime.settings import Settings
from tests.integration import db
from tests.integration.sse_client import chat

pytestmark = pytest.mark.integration


@pytest.fixture
def store(local_stack: LocalStack, monkeypatch: pytest.MonkeyPatch) -> SessionStore:
    for name, value in local_stack.env.items():
        monkeypatch.setenv(name, value)  # endpoints and credentials, read by boto3 itself
    settings = Settings.from_env(local_stack.env)
    return SessionStore(settings, AwsClients(settings))


def unanswered_session(local_stack: LocalStack, store: SessionStore) -> SessionRecord:
    """A session whose last message (seq 3) got no answer: its assistant message is removed."""
    session_id = chat(local_stack.url, "Hello").session_id
    assert session_id and chat(local_stack.url, "And again", session_id).last["type"] == "done"
    db.dynamodb(local_stack).delete_item(
        TableName=local_stack.env["CHAT_TABLE_NAME"],
        Key={"pk": {"S": f"SESSION#{session_id}"}, "sk": {"S": "MSG#00000004"}},
    )
    return asyncio.run(store.begin(session_id, Lease.new(lease_until(time.time(), None))))


def test_a_resend_stores_nothing_but_the_expiry(local_stack: LocalStack, store: SessionStore) -> None:
    record = unanswered_session(local_stack, store)
    before = db.session_items(local_stack, record.session_id)
    asyncio.run(store.confirm_resend(record))
    after = db.session_items(local_stack, record.session_id)
    assert [item["sk"]["S"] for item in after] == [item["sk"]["S"] for item in before]
    old_meta, new_meta = (next(i for i in items if i["sk"]["S"] == "META") for items in (before, after))
    assert new_meta["tokensUsed"] == old_meta["tokensUsed"]
    assert new_meta["updatedAt"]["S"] >= old_meta["updatedAt"]["S"]
    asyncio.run(store.release(record, 0))


def test_no_message_is_added_while_the_lease_is_held_and_a_lost_lease_is_a_conflict(
    local_stack: LocalStack, store: SessionStore
) -> None:
    record = unanswered_session(local_stack, store)
    refused = chat(local_stack.url, "Another turn", record.session_id)
    assert refused.status == 409 and refused.json_body["error"]["code"] == "session_busy"
    db.dynamodb(local_stack).update_item(
        TableName=local_stack.env["CHAT_TABLE_NAME"],
        Key={"pk": {"S": f"SESSION#{record.session_id}"}, "sk": {"S": "META"}},
        UpdateExpression="SET leaseId = :other",
        ExpressionAttributeValues={":other": {"S": "another turn's"}},
    )
    with pytest.raises(SessionConflict):
        asyncio.run(store.confirm_resend(record))


def test_a_spent_budget_refuses_the_lease(local_stack: LocalStack, store: SessionStore) -> None:
    record = unanswered_session(local_stack, store)
    asyncio.run(store.release(record, 0))
    db.set_tokens_used(local_stack, record.session_id, 10**9)
    with pytest.raises(BudgetExhausted):
        asyncio.run(store.begin(record.session_id, Lease.new(lease_until(time.time(), None))))
