"""runtime.aws.session_lease: taking, refusing and releasing a turn's lease on its session."""

from __future__ import annotations

import pytest

from runtime.aws.session_items import WriteContext
from runtime.aws.session_lease import (
    abandon_request,
    lease_refusal,
    lease_request,
    leased_state,
    new_session_request,
    release_request,
)
from runtime.aws.transactions import MAX_EXPRESSION_BYTES
from runtime.chat.session import (
    LAMBDA_MAX_TIMEOUT_SECONDS,
    LEASE_MARGIN_SECONDS,
    BudgetExhausted,
    Lease,
    SessionBusy,
    SessionNotFound,
    lease_until,
)

LEASE = Lease("tok", 2_000)
CONTEXT = WriteContext(table="chat", budget=1000, now="2025-01-02T03:04:05.678Z", expires_at=1_800_000_000)


def test_a_new_session_is_created_leased_and_only_if_absent() -> None:
    request = new_session_request(CONTEXT, "abc", LEASE)
    assert request["ConditionExpression"] == "attribute_not_exists(pk)"
    item = request["Item"]
    assert item["leaseId"] == {"S": "tok"} and item["leaseUntil"] == {"N": "2000"}
    assert item["tokensUsed"] == {"N": "0"} and item["version"] == {"N": "0"} and "vault" not in item


def test_the_lease_needs_an_unexpired_session_with_budget_and_no_running_turn() -> None:
    request = lease_request("chat", "abc", LEASE, 1000, 1_500)
    condition = request["ConditionExpression"]
    assert "attribute_exists(pk)" in condition and "leaseUntil < :now" in condition
    assert "tokensUsed < :budget" in condition and "expiresAt >= :now" in condition
    assert request["ExpressionAttributeValues"][":now"] == {"N": "1500"}
    assert request["ReturnValues"] == "ALL_NEW" and request["ReturnValuesOnConditionCheckFailure"] == "ALL_OLD"
    assert len(condition) < MAX_EXPRESSION_BYTES
    assert leased_state({"version": {"N": "4"}, "tokensUsed": {"N": "99"}}) == (4, 99)
    assert leased_state({}) == (0, 0)


@pytest.mark.parametrize(
    ("old", "refusal"),
    [
        (None, SessionNotFound),
        ({"expiresAt": {"N": "10"}}, SessionNotFound),
        ({"tokensUsed": {"N": "1000"}, "leaseUntil": {"N": "9999"}}, BudgetExhausted),
        ({"tokensUsed": {"N": "10"}, "leaseUntil": {"N": "9999"}}, SessionBusy),
    ],
)
def test_a_refused_lease_says_why(old: dict[str, dict[str, str]] | None, refusal: type[Exception]) -> None:
    assert isinstance(lease_refusal(old, 1000, now=100), refusal)


def test_release_adds_the_tokens_spent_only_under_the_lease() -> None:
    request = release_request("chat", "abc", LEASE, 42)
    assert request["UpdateExpression"] == "REMOVE leaseId, leaseUntil ADD tokensUsed :n"
    assert request["ConditionExpression"] == "leaseId = :lease"
    assert request["ExpressionAttributeValues"] == {":lease": {"S": "tok"}, ":n": {"N": "42"}}
    assert release_request("chat", "abc", LEASE, 0)["UpdateExpression"] == "REMOVE leaseId, leaseUntil"
    assert abandon_request("chat", "abc", LEASE)["ConditionExpression"] == "leaseId = :lease"


def test_a_lease_outlives_the_invocation_and_never_lambdas_longest_timeout_by_more_than_the_margin() -> None:
    assert lease_until(1_000.0, 1_180.0) == 1_180 + LEASE_MARGIN_SECONDS
    assert lease_until(1_000.0, None) == 1_000 + LAMBDA_MAX_TIMEOUT_SECONDS + LEASE_MARGIN_SECONDS
    far = 1_000.0 + 10 * LAMBDA_MAX_TIMEOUT_SECONDS  # a client-made context cannot hold a session longer
    assert lease_until(1_000.0, far) == lease_until(1_000.0, None)
    assert lease_until(1_000.0, 900.0) == lease_until(1_000.0, None)  # a deadline in the past is not one
    assert Lease.new(5).token != Lease.new(5).token
