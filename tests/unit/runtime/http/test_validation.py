"""The 413 problem of a too-long message tells the client the limit in bytes."""

from __future__ import annotations

import json

import pytest

from runtime.http.validation import MAX_JSON_DEPTH, HttpProblem, has_visible_character, nesting_depth, parse_message


def test_too_large_message_names_its_size_and_the_limit_in_bytes() -> None:
    with pytest.raises(HttpProblem) as caught:
        parse_message(json.dumps({"message": "é" * 4001}).encode(), 8000)
    assert caught.value.status == 413 and caught.value.code == "message_too_large"
    assert "8002 bytes" in caught.value.message and "8000 bytes" in caught.value.message


@pytest.mark.parametrize("depth", [33, 100, 2000, 5000])
def test_json_nested_deeper_than_the_limit_is_invalid_json(depth: int) -> None:
    body = '{"message": "hi", "x": ' + "[" * depth + "]" * depth + "}"
    with pytest.raises(HttpProblem) as caught:
        parse_message(body.encode(), 8000 * 10)
    assert (caught.value.status, caught.value.code) == (400, "invalid_json")


def test_json_nested_up_to_the_limit_is_read() -> None:
    inner = MAX_JSON_DEPTH - 1  # the body's object is the first level
    body = '{"message": "hi", "x": ' + "[" * inner + "]" * inner + "}"
    assert nesting_depth(json.loads(body)) == MAX_JSON_DEPTH
    assert parse_message(body.encode(), 8000) == "hi"


@pytest.mark.parametrize("message", ["", "   \n\t", "\u200b\u200b\u2060", "\ufeff\u200d ", "\u3164\u2800", "\u0301"])
def test_a_message_with_no_visible_character_is_empty(message: str) -> None:
    assert not has_visible_character(message)
    with pytest.raises(HttpProblem) as caught:
        parse_message(json.dumps({"message": message}).encode(), 8000)
    assert caught.value.code == "empty_message"


@pytest.mark.parametrize("message", ["a", "\u200b?\u200b", "é", "👋", "日本"])
def test_one_visible_character_is_a_message(message: str) -> None:
    assert parse_message(json.dumps({"message": message}).encode(), 8000) == message
