"""runtime.errors: the one declaration of the HTTP contract's error codes."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from runtime import errors
from runtime.errors import PRE_STREAM, STREAM, ErrorCode, declarations
from runtime.http.validation import HttpProblem

RUNTIME = Path(__file__).resolve().parents[3] / "runtime"


def test_each_code_is_declared_once_per_kind() -> None:
    for kind in (PRE_STREAM, STREAM):
        codes = [error.code for error in kind]
        assert len(codes) == len(set(codes))
    assert all(error.status is not None and 400 <= error.status < 600 for error in PRE_STREAM)
    assert all(error.is_stream for error in STREAM)


def test_every_module_level_declaration_is_listed() -> None:
    declared = {value for value in vars(errors).values() if isinstance(value, ErrorCode)}
    assert declared == set(PRE_STREAM + STREAM)


def test_declarations_are_plain_json() -> None:
    found = declarations()
    assert json.loads(json.dumps(found)) == found
    token = [d for d in found if d["code"] == "token_budget_exhausted"]
    assert {d["kind"] for d in token} == {"pre-stream", "stream"}
    assert {d["status"] for d in token} == {429, None}
    assert all(d["message"] and d["when"] for d in found)


def test_text_fills_the_message_or_a_case() -> None:
    too_large = errors.MESSAGE_TOO_LARGE
    assert too_large.text(size=9, limit=8) == "The message is 9 bytes (UTF-8); the limit is 8 bytes."
    assert too_large.text("body", limit=8) == "The request body exceeds the limit of 8 bytes."
    assert errors.EMPTY_MESSAGE.text() == "The message is empty."
    with pytest.raises(KeyError):
        errors.EMPTY_MESSAGE.text("body")


def test_a_problem_is_made_of_a_pre_stream_declaration_only() -> None:
    problem = HttpProblem.of(errors.SESSION_NOT_FOUND)
    assert (problem.status, problem.code) == (404, "session_not_found")
    with pytest.raises(AssertionError):
        HttpProblem.of(errors.SESSION_BUSY)


def test_no_error_code_is_spelled_outside_its_declaration() -> None:
    codes = {error.code for error in PRE_STREAM + STREAM}
    spelled = [
        f"{path.relative_to(RUNTIME)}: {node.value}"
        for path in sorted(RUNTIME.rglob("*.py"))
        if path != RUNTIME / "errors.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in codes
    ]
    assert spelled == []
