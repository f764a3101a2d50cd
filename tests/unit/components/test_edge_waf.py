"""components.edge_waf and components.edge_timeouts: the WAF rules and CloudFront's timeouts, as plain data."""

from __future__ import annotations

import json
from typing import Any

import pytest

from components.edge_timeouts import COMPLETION_GRACE_SECONDS, ORIGIN_TIMEOUT_SECONDS, response_completion_timeout
from components.edge_waf import CHAT_PATH, COMMON_RULES_COUNTED, new_session_statement, waf_rules
from runtime.http.validation import SESSION_HEADER


def plain(value: Any) -> Any:
    return json.loads(json.dumps(value))  # what is sent: plain data


def test_three_rules_in_order_rate_limits_block_and_nothing_is_sampled() -> None:
    rules = plain(waf_rules(300, 20, "m"))
    assert [(r["name"], r["priority"]) for r in rules] == [
        ("rate-limit-per-ip", 0),
        ("new-sessions-per-ip", 1),
        ("aws-common-rule-set", 2),
    ]
    rate, sessions, common = rules
    assert rate["statement"]["rate_based_statement"] == {
        "limit": 300,
        "aggregate_key_type": "IP",
        "evaluation_window_sec": 300,
    }
    assert rate["action"] == sessions["action"] == {"block": {}}
    limited = sessions["statement"]["rate_based_statement"]
    assert (limited["limit"], limited["aggregate_key_type"], limited["evaluation_window_sec"]) == (20, "IP", 300)
    assert limited["scope_down_statement"] == plain(new_session_statement())
    managed = common["statement"]["managed_rule_group_statement"]
    assert managed["name"] == "AWSManagedRulesCommonRuleSet"
    assert [o["name"] for o in managed["rule_action_overrides"]] == list(COMMON_RULES_COUNTED)
    assert {r["visibility_config"]["metric_name"] for r in rules} == {"m-rate-limit", "m-new-sessions", "m-common"}
    assert not any(r["visibility_config"]["sampled_requests_enabled"] for r in rules)


def test_the_new_session_scope_is_post_to_the_chat_path_without_the_runtime_session_header() -> None:
    method, path, no_header = plain(new_session_statement())["and_statement"]["statements"]
    assert method["byte_match_statement"]["field_to_match"] == {"method": {}}
    assert method["byte_match_statement"]["search_string"] == "POST"
    assert path["byte_match_statement"]["field_to_match"] == {"uri_path": {}}
    assert path["byte_match_statement"]["search_string"] == CHAT_PATH == "/c"
    for statement in (method, path):
        assert statement["byte_match_statement"]["positional_constraint"] == "EXACTLY"
    size = no_header["not_statement"]["statement"]["size_constraint_statement"]
    assert size["field_to_match"] == {"single_header": {"name": SESSION_HEADER}}
    assert (size["comparison_operator"], size["size"]) == ("GT", 0)  # absent or empty: a new session
    for statement in (method["byte_match_statement"], path["byte_match_statement"], size):
        assert statement["text_transformations"] == [{"priority": 0, "type": "NONE"}]


def test_the_header_is_named_in_lower_case_as_waf_requires() -> None:
    assert SESSION_HEADER.islower()
    with pytest.raises(ValueError, match="lower case"):
        new_session_statement("X-Session-Id")


def test_the_new_session_limit_must_be_below_the_request_limit() -> None:
    with pytest.raises(ValueError, match="below"):
        waf_rules(100, 100, "m")


@pytest.mark.parametrize(
    ("lambda_timeout", "expected"),
    [(180, 190), (900, 910), (50, 60), (10, ORIGIN_TIMEOUT_SECONDS), (1, ORIGIN_TIMEOUT_SECONDS)],
)
def test_response_completion_timeout_follows_the_function_and_never_undercuts_the_read_timeout(
    lambda_timeout: int, expected: int
) -> None:
    completion = response_completion_timeout(lambda_timeout)
    assert completion == expected
    assert completion >= ORIGIN_TIMEOUT_SECONDS
    assert completion <= max(lambda_timeout + COMPLETION_GRACE_SECONDS, ORIGIN_TIMEOUT_SECONDS)


def test_response_completion_timeout_refuses_impossible_inputs() -> None:
    for bad in (0, 901):
        with pytest.raises(ValueError, match="Lambda timeout"):
            response_completion_timeout(bad)
    with pytest.raises(ValueError, match="read timeout"):
        response_completion_timeout(60, 0)
    assert response_completion_timeout(100, 120) == 120
