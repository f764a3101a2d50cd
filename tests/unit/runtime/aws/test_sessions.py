"""runtime.aws.sessions' pure part: DynamoDB items to a session record."""

from __future__ import annotations

import pytest

from runtime.aws.session_items import message_sort_key, parse_session_items
from runtime.chat.session import SessionNotFound


def item(sk: str, **attrs: dict) -> dict:  # type: ignore[type-arg]
    return {"pk": {"S": "SESSION#x"}, "sk": {"S": sk}, **attrs}


def test_sort_keys_sort_numerically() -> None:
    assert sorted([message_sort_key(10), message_sort_key(9)]) == [message_sort_key(9), message_sort_key(10)]


def test_parse_items() -> None:
    items = [
        item(message_sort_key(2), role={"S": "assistant"}, content={"S": "hi [NAME_1]"}, complete={"BOOL": False}),
        item("META", vault={"M": {"[NAME_1]": {"S": "Ana"}}}, tokensUsed={"N": "42"}, expiresAt={"N": "200"}),
        item(
            message_sort_key(1),
            role={"S": "user"},
            content={"S": "I am [NAME_1]"},
            createdAt={"S": "t"},
            originals={"L": [{"S": "ana"}]},
        ),
    ]
    record = parse_session_items("x", items, now=100.0)
    assert record.vault == {"[NAME_1]": "Ana"} and record.tokens_used == 42
    assert [m.seq for m in record.messages] == [1, 2]
    assert record.messages[0].surface_forms == ["ana"]
    assert record.messages[1].complete is False
    assert record.next_seq == 3


def test_missing_or_expired_meta_is_not_found() -> None:
    with pytest.raises(SessionNotFound):
        parse_session_items("x", [], now=0.0)
    with pytest.raises(SessionNotFound):
        parse_session_items("x", [item("META", expiresAt={"N": "50"})], now=100.0)
