"""SessionStore.confirm_resend against moto: a re-sent message is checked like a new one (session exists,
budget left, no message added since the load) without storing it again."""

from __future__ import annotations

import asyncio

import pytest

from devstack.launcher import LocalStack
from runtime.aws.clients import AwsClients
from runtime.aws.sessions import SessionStore
from runtime.chat.session import BudgetExhausted, SessionConflict, SessionRecord
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
    return asyncio.run(store.load(session_id))


def test_a_resend_stores_nothing_but_the_expiry(local_stack: LocalStack, store: SessionStore) -> None:
    record = unanswered_session(local_stack, store)
    before = db.session_items(local_stack, record.session_id)
    asyncio.run(store.confirm_resend(record))
    after = db.session_items(local_stack, record.session_id)
    assert [item["sk"]["S"] for item in after] == [item["sk"]["S"] for item in before]
    old_meta, new_meta = (next(i for i in items if i["sk"]["S"] == "META") for items in (before, after))
    assert new_meta["vault"] == old_meta["vault"] and new_meta["tokensUsed"] == old_meta["tokensUsed"]
    assert new_meta["updatedAt"]["S"] >= old_meta["updatedAt"]["S"]


def test_a_message_added_meanwhile_is_a_conflict(local_stack: LocalStack, store: SessionStore) -> None:
    record = unanswered_session(local_stack, store)
    assert chat(local_stack.url, "Another turn", record.session_id).last["type"] == "done"  # takes seq 4
    with pytest.raises(SessionConflict):
        asyncio.run(store.confirm_resend(record))


def test_a_spent_budget_is_reported_as_such(local_stack: LocalStack, store: SessionStore) -> None:
    record = unanswered_session(local_stack, store)
    db.set_tokens_used(local_stack, record.session_id, 10**9)
    with pytest.raises(BudgetExhausted):
        asyncio.run(store.confirm_resend(record))
