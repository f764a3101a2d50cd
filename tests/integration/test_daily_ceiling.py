"""The stack-wide daily token ceiling over HTTP on the shared local stack (the runtime's default ceiling).

The day's counter is the item `CEILING#<UTC date>`/`DAY` of the sessions table (moto); tests set it directly
and the module removes it (today's and yesterday's) when it ends, so other tests find the day unspent.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from devstack.launcher import LocalStack
from runtime.settings import setting
from tests.integration.db import all_items, dynamodb
from tests.integration.sse_client import StreamResult, chat

CEILING = int(setting("daily_token_ceiling").default or "0")
MESSAGE = "Hello, I am Alice Johnson, my IBAN is DE89370400440532013000. What can you do?"


@pytest.fixture(scope="module")
def stack(local_stack: LocalStack) -> Iterator[LocalStack]:
    """The shared local stack (ceiling: the runtime's default); today's and yesterday's counts removed after."""
    assert local_stack.env.get("CHAT_DAILY_TOKEN_CEILING", str(CEILING)) == str(CEILING)
    yield local_stack
    set_count(local_stack, None)
    set_count(local_stack, None, day=today(-1))


def today(offset_days: int = 0) -> str:
    return (datetime.now(UTC) + timedelta(days=offset_days)).strftime("%Y-%m-%d")


def set_count(stack: LocalStack, tokens: int | None, day: str | None = None) -> None:
    """Write (or, with None, delete) the counter of `day` (default: today)."""
    key = {"pk": {"S": f"CEILING#{day or today()}"}, "sk": {"S": "DAY"}}
    table = stack.env["CHAT_TABLE_NAME"]
    if tokens is None:
        dynamodb(stack).delete_item(TableName=table, Key=key)
    else:
        dynamodb(stack).put_item(TableName=table, Item={**key, "tokens": {"N": str(tokens)}})


def count(stack: LocalStack, day: str | None = None) -> int:
    key = {"pk": {"S": f"CEILING#{day or today()}"}, "sk": {"S": "DAY"}}
    item = dynamodb(stack).get_item(TableName=stack.env["CHAT_TABLE_NAME"], Key=key, ConsistentRead=True)
    return int(item.get("Item", {}).get("tokens", {}).get("N", "0"))


def turn_tokens(result: StreamResult) -> int:
    assert result.last["type"] == "done", result.last
    usage = result.last["usage"]
    return int(usage["inputTokens"]) + int(usage["outputTokens"])


def session_count(stack: LocalStack) -> int:
    return sum(1 for item in all_items(stack) if item["pk"]["S"].startswith("SESSION#"))


def metric_lines(stack: LocalStack) -> list[dict[str, object]]:
    assert stack.config.app_log is not None
    lines = stack.config.app_log.read_text(encoding="utf-8", errors="replace").splitlines()
    return [json.loads(line) for line in lines if line.startswith('{"_aws"')]


def test_a_spent_ceiling_is_503_before_the_model_and_stores_nothing(stack: LocalStack) -> None:
    assert stack.bedrock is not None
    set_count(stack, CEILING)
    sessions_before = session_count(stack)
    model_requests = len(stack.bedrock.requests)
    result = chat(stack.url, MESSAGE)
    assert result.status == 503
    assert result.json_body == {
        "error": {
            "code": "service_budget_exhausted",
            "message": "The service has reached its usage limit for today; please try again tomorrow.",
        }
    }
    assert len(stack.bedrock.requests) == model_requests  # the model stand-in received nothing
    assert session_count(stack) == sessions_before  # nothing stored
    assert count(stack) == CEILING  # and nothing counted
    assert metric_lines(stack)[-1].get("Error.service_budget_exhausted") == 1


def test_a_new_day_starts_from_zero(stack: LocalStack) -> None:
    set_count(stack, None)
    set_count(stack, 10 * CEILING, day=today(-1))  # yesterday spent far more than the ceiling
    result = chat(stack.url, MESSAGE)
    assert result.status == 200
    assert count(stack) == turn_tokens(result)  # today's counter holds this turn alone
    assert count(stack, today(-1)) == 10 * CEILING


def test_every_turn_counts_its_tokens_and_its_metric_line_is_clean(stack: LocalStack) -> None:
    set_count(stack, 100)
    first = chat(stack.url, MESSAGE)
    second = chat(stack.url, "And what about my account?", first.session_id)
    assert count(stack) == 100 + turn_tokens(first) + turn_tokens(second)
    lines = metric_lines(stack)
    assert lines[-1]["DailyTokensUsed"] == count(stack)
    assert lines[-2]["Pii.IBAN"] == 1 and lines[-2]["InputTokens"] == first.last["usage"]["inputTokens"]
    assert not any(key.startswith("Pii.") for key in lines[-1])  # the second message held nothing personal
    text = json.dumps(metric_lines(stack))
    for personal in ("Alice", "Johnson", "DE89370400440532013000", first.session_id, "account"):
        assert personal not in text


@pytest.mark.parametrize("spread", [0.0, 0.5], ids=["all-at-once", "one-every-half-turn"])
def test_twenty_concurrent_new_sessions_overshoot_at_most_the_turns_running(stack: LocalStack, spread: float) -> None:
    """20 new sessions with room left for about three turns, sent all at once or spread out (one new session
    every half of a turn's duration, measured on this machine, so that the spacing holds under load). No turn that
    began after the count reached the ceiling (the close of the stream that took it there) gets through; the
    overshoot is at most the tokens of the turns running then; the count ends exactly at the sum of the
    admitted turns' tokens (no add lost)."""
    set_count(stack, 0)
    probe_began = time.monotonic()
    probe = chat(stack.url, MESSAGE)
    spacing = spread * max(0.06, time.monotonic() - probe_began)
    per_turn = turn_tokens(probe)
    start_count = CEILING - 3 * per_turn
    set_count(stack, start_count)
    results: list[tuple[float, float, StreamResult] | None] = [None] * 20

    def one(index: int) -> None:
        began = time.monotonic()
        result = chat(stack.url, MESSAGE, timeout=60)
        results[index] = (began, time.monotonic(), result)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
        time.sleep(spacing)
    for thread in threads:
        thread.join(90)
    finished = [r for r in results if r is not None]
    assert len(finished) == 20
    admitted = [(began, ended, r) for began, ended, r in finished if r.status == 200]
    refused = [r for _, _, r in finished if r.status == 503]
    assert len(admitted) + len(refused) == 20
    assert all(r.json_body["error"]["code"] == "service_budget_exhausted" for r in refused)
    counted = count(stack)
    admitted_tokens = sum(turn_tokens(r) for _, _, r in admitted)
    assert counted == start_count + admitted_tokens  # every admitted turn counted, none lost

    # When did the count reach the ceiling? At the close of the admitted stream that took it there.
    running = start_count
    crossed_at = None
    for _, ended, r in sorted(admitted, key=lambda item: item[1]):
        running += turn_tokens(r)
        if running >= CEILING:
            crossed_at = ended
            break
    assert crossed_at is not None
    late = [began for began, _, _ in admitted if began > crossed_at]
    assert late == []  # no turn that began after the ceiling was reached got through
    in_flight = [r for began, ended, r in admitted if began <= crossed_at]
    overshoot = counted - CEILING
    bound = sum(turn_tokens(r) for r in in_flight)
    assert overshoot <= bound
    report = {
        "spacing s": spacing,
        "ceiling": CEILING,
        "count before": start_count,
        "tokens per turn": per_turn,
        "admitted": len(admitted),
        "503": len(refused),
        "counted": counted,
        "overshoot": overshoot,
        "bound (tokens of the turns running when the ceiling was reached)": bound,
    }
    print("\nconcurrent ceiling:", json.dumps(report))
    if spacing:
        assert len(refused) > 0  # spread out, the later sessions find the ceiling reached
