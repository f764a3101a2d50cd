"""runtime.http.validation: request checks before anything is stored (statuses and codes of the contract)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable

import pytest

from runtime.http.validation import HttpProblem, body_limit, check_content_type, check_session_id, parse_message


def problem_of(func: Callable[..., object], *args: object) -> tuple[int, str]:
    with pytest.raises(HttpProblem) as info:
        func(*args)
    return info.value.status, info.value.code


@pytest.mark.parametrize("value", ["application/json", "application/json; charset=utf-8", "Application/JSON"])
def test_json_content_types_pass(value: str) -> None:
    check_content_type(value)


@pytest.mark.parametrize("value", [None, "", "text/plain", "application/jsonx", "multipart/form-data"])
def test_other_content_types_are_415(value: str | None) -> None:
    assert problem_of(check_content_type, value) == (415, "unsupported_media_type")


def test_session_ids() -> None:
    fresh = secrets.token_urlsafe(32)
    assert check_session_id(fresh, required=True) == fresh
    assert check_session_id(None, required=False) is None
    assert problem_of(check_session_id, None, True) == (400, "missing_session_id")
    for bad in ["x", fresh + "A", fresh[:-1] + "/", fresh[:-1] + "=", " " + fresh[1:]]:
        assert problem_of(check_session_id, bad, False) == (400, "invalid_session_id")


def test_parse_message_accepts_text_at_the_byte_limit() -> None:
    assert parse_message(json.dumps({"message": "é" * 4000}).encode(), 8000) == "é" * 4000
    assert problem_of(parse_message, json.dumps({"message": "é" * 4001}).encode(), 8000) == (
        413,
        "message_too_large",
    )


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"\xff\xfe", "invalid_utf8"),
        (b"{", "invalid_json"),
        (b"[]", "missing_message"),
        (b"{}", "missing_message"),
        (b'{"message": ["a"]}', "invalid_message"),
        (b'{"message": "\\udc00"}', "invalid_utf8"),
        (b'{"message": "\\t"}', "empty_message"),
    ],
)
def test_parse_message_problems(body: bytes, code: str) -> None:
    assert problem_of(parse_message, body, 8000) == (400, code)


def test_body_limit_covers_fully_escaped_messages() -> None:
    body = json.dumps({"message": "\x01" * 100}).encode()
    assert len(body) <= body_limit(100)
