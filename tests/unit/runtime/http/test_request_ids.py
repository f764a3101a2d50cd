"""The request id and the deadline from the Lambda context the Web Adapter passes: only AWS's form is echoed."""

from __future__ import annotations

import json
import uuid

import pytest

from runtime.http.app import AWS_REQUEST_ID, invocation_deadline, lambda_context, request_id_from

AWS_ID = "8f5e2c1a-3b4d-4e6f-8a9b-0c1d2e3f4a5b"


def context_of(value: object) -> dict[str, object]:
    return lambda_context({"x-amzn-lambda-context": json.dumps(value)})


def test_the_lambda_request_id_is_taken_from_the_adapters_context() -> None:
    context = context_of({"request_id": AWS_ID, "deadline": 1_700_000_180_000})
    assert request_id_from(context) == AWS_ID
    assert request_id_from(context_of({"request_id": AWS_ID.upper()})) == AWS_ID
    assert invocation_deadline(context) == 1_700_000_180.0


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "not json",
        "[1, 2]",
        json.dumps({"request_id": "<script>alert(1)</script>"}),
        json.dumps({"request_id": "abc\r\nSet-Cookie: x=1"}),
        json.dumps({"request_id": AWS_ID + "x"}),
        json.dumps({"request_id": 12}),
        "[" * 5000,
    ],
)
def test_anything_else_gets_a_fresh_id_in_the_same_form(raw: str | None) -> None:
    headers = {} if raw is None else {"x-amzn-lambda-context": raw}
    context = lambda_context(headers)
    request_id = request_id_from(context)
    assert AWS_REQUEST_ID.match(request_id) and str(uuid.UUID(request_id)) == request_id
    assert request_id != request_id_from(context)  # fresh each time
    assert invocation_deadline(context) is None


@pytest.mark.parametrize("deadline", ["123", True, -5, 1.5])
def test_a_deadline_that_is_not_epoch_milliseconds_is_ignored(deadline: object) -> None:
    assert invocation_deadline(context_of({"deadline": deadline})) is None
