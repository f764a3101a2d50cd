"""bench.soak_check: a whole run passes; a lost answer, a miscount, a value missing from the vault or a lease
left behind is a problem."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bench.soak_check import StoredSession, TurnSeen, check_soak

SESSION = "S" * 43
OPENING = "soak-w00s001t001 Hi, I am Alice, write to alice.w00s001@example.com."
SECOND = "soak-w00s001t002 [[fault:throttle]] hello"


def estimate(body: Mapping[str, Any]) -> int:
    return 100


def run() -> tuple[list[TurnSeen], dict[str, StoredSession], list[dict[str, Any]]]:
    """An opening answered (30 tokens), then a throttled turn (every attempt refused before its stream)."""
    turns = [
        TurnSeen("open", "w00s001", OPENING, 200, SESSION, "Hello.", "done", {"inputTokens": 20, "outputTokens": 10}),
        TurnSeen("throttle", "w00s001", SECOND, 200, SESSION, "", "model_throttled"),
    ]
    history = [
        {"role": "user", "content": OPENING, "complete": True},
        {"role": "assistant", "content": "Hello.", "complete": True},
        {"role": "user", "content": SECOND, "complete": True},
        {"role": "assistant", "content": "", "complete": False},
    ]
    stored = {SESSION: StoredSession(history, 30, {"[EMAIL_1]": "alice.w00s001@example.com"})}
    answered = {"firstUserText": OPENING, "lastUserText": OPENING, "usage": {"inputTokens": 20, "outputTokens": 10}}
    refused: dict[str, Any] = {
        "firstUserText": OPENING,
        "lastUserText": SECOND,
        "usage": None,
        "streamed": False,
        "body": {},
    }
    return turns, stored, [answered, refused, refused, refused]


def test_a_whole_run_has_no_problem() -> None:
    turns, stored, ledger = run()
    report = check_soak(turns, stored, ledger, 30, estimate)
    assert report.problems == []
    assert report.figures["sessionTokens"] == 30 and report.figures["modelCalls"] == 4


def test_a_call_that_streamed_without_usage_must_be_counted() -> None:
    turns, stored, ledger = run()
    ledger[1] = {**ledger[1], "streamed": True, "deltas": 2}
    report = check_soak(turns, stored, ledger, 30, estimate)
    assert report.problems == [f"session {SESSION[:8]}: 30 tokens, calls say 130..132"]


def test_a_lost_answer_a_missing_value_a_lease_and_a_wrong_day_are_problems() -> None:
    turns, stored, ledger = run()
    session = stored[SESSION]
    stored[SESSION] = StoredSession(session.history[:1], 30, {}, leased=True)
    problems = check_soak(turns, stored, ledger, 31, estimate).problems
    assert "w00s001t001: no answer stored after its message" in problems
    assert f"session {SESSION[:8]}: 1 e-mail addresses not in the vault" in problems
    assert f"session {SESSION[:8]}: a lease is left on it" in problems
    assert "the daily count grew by 31, the sessions hold 30" in problems
