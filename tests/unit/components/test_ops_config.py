"""Operations keys of the stack config: the daily ceiling, the new-session limit, the alarm address and threshold."""

from __future__ import annotations

from typing import Any

import pytest

from compliance.offline_engine import apply_overrides, load_stack_file
from components.config import load_stack_config, validate_stack_config
from components.ops_config import is_email_address
from runtime.settings import setting

P = "sovereign-chat"


def raw(overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    return apply_overrides(load_stack_file("eu"), overrides or {})


def refused_keys(overrides: dict[str, Any]) -> list[str]:
    config, violations = validate_stack_config(raw(overrides))
    assert config is None
    return [v.key for v in violations]


def test_defaults_when_the_keys_are_left_out() -> None:
    config = load_stack_config(raw())
    assert config.settings["daily_token_ceiling"] == int(setting("daily_token_ceiling").default or -1) == 5_000_000
    assert config.edge.new_sessions_per_5_minutes_per_ip == 20
    assert config.edge.new_sessions_per_5_minutes_per_ip < config.edge.waf_requests_per_5_minutes_per_ip
    assert config.ops.alarm_email is None
    assert config.ops.ttft_p95_threshold_ms == 5000


def test_configured_values_are_carried() -> None:
    config = load_stack_config(
        raw(
            {
                f"{P}:chat.dailyTokenCeiling": 0,
                f"{P}:edge.newSessionsPer5MinutesPerIp": 50,
                f"{P}:ops.alarmEmail": "chat-oncall+eu@bank.example.pt",
                f"{P}:ops.ttftP95ThresholdMs": "3000",
            }
        )
    )
    assert config.settings["daily_token_ceiling"] == 0
    assert config.edge.new_sessions_per_5_minutes_per_ip == 50
    assert config.ops.alarm_email == "chat-oncall+eu@bank.example.pt"
    assert config.ops.ttft_p95_threshold_ms == 3000


@pytest.mark.parametrize(
    "address",
    ["ops", "ops@", "@bank.pt", "ops@bank", "ops @bank.pt", "Ops <ops@bank.pt>", "a@b.pt,c@d.pt", "a..b@bank.pt"],
)
def test_a_malformed_alarm_address_is_refused_by_its_key(address: str) -> None:
    assert not is_email_address(address)
    assert refused_keys({f"{P}:ops.alarmEmail": address}) == [f"{P}:ops.alarmEmail"]


def test_an_overlong_alarm_address_is_refused() -> None:
    address = "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".pt"
    assert len(address) > 254
    assert refused_keys({f"{P}:ops.alarmEmail": address}) == [f"{P}:ops.alarmEmail"]


@pytest.mark.parametrize("limit", [300, 301])
def test_the_new_session_limit_must_be_below_the_per_ip_limit(limit: int) -> None:
    config, violations = validate_stack_config(raw({f"{P}:edge.newSessionsPer5MinutesPerIp": limit}))
    assert config is None
    assert [v.key for v in violations] == [f"{P}:edge.newSessionsPer5MinutesPerIp"]
    assert "wafRequestsPer5MinutesPerIp (300)" in violations[0].message and violations[0].allowed == ("10..299",)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("chat.dailyTokenCeiling", -1),
        ("chat.dailyTokenCeiling", "lots"),
        ("edge.newSessionsPer5MinutesPerIp", 9),
        ("ops.ttftP95ThresholdMs", 50),
        ("ops.alarmEmail", ""),
        ("ops.alarmEmails", "ops@bank.pt"),
    ],
)
def test_out_of_range_or_misspelt_values_are_refused_by_their_key(key: str, value: Any) -> None:
    assert refused_keys({f"{P}:{key}": value}) == [f"{P}:{key}"]
