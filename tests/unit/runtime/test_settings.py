"""runtime.settings: parsing the env contract and refusing configurations outside the residency zone."""

from __future__ import annotations

from dataclasses import fields

import pytest

from runtime.settings import (
    DAILY_CEILING_OFF,
    SETTINGS,
    STACK_SETTINGS,
    Settings,
    SettingsError,
    daily_ceiling_on,
    environment_for,
    setting,
)
from tests.unit.runtime.settings_env import MINIMAL_ENV

BASE = MINIMAL_ENV


def parse(**overrides: str) -> Settings:
    return Settings.from_env({**BASE, **overrides})


def test_defaults_and_types() -> None:
    settings = parse(CHAT_LANGUAGES="PT, en", CHAT_PII_ENTITY_TYPES="name,EMAIL", CHAT_HEARTBEAT_SECONDS="2.5")
    assert settings.languages == ("pt", "en")
    assert settings.default_language == "pt"
    assert settings.allowed_regions == {"eu-central-1", "eu-west-1"}
    assert settings.max_message_bytes == 8000 and settings.session_token_budget == 200000
    assert settings.heartbeat_seconds == 2.5
    assert settings.comprehend_enabled is True
    assert settings.guardrail_id is None and settings.guardrail_version is None
    assert settings.pii_type_enabled("NAME") and settings.pii_type_enabled("email")
    assert not settings.pii_type_enabled("URL")
    assert parse(CHAT_PII_ENTITY_TYPES="ALL").pii_type_enabled("ANYTHING")
    assert parse().pii_entity_types == set(setting("pii_entity_types").default_value)


@pytest.mark.parametrize(
    ("variable", "region"), [("CHAT_BEDROCK_REGION", "us-east-1"), ("CHAT_COMPREHEND_REGION", "us-west-2")]
)
def test_refuses_a_region_outside_the_allowed_ones(variable: str, region: str) -> None:
    with pytest.raises(SettingsError, match=rf"{variable}={region} is outside the allowed regions"):
        parse(**{variable: region})


def test_comprehend_region_is_irrelevant_when_comprehend_is_off() -> None:
    settings = parse(CHAT_COMPREHEND_ENABLED="false", CHAT_COMPREHEND_REGION="us-west-2")
    assert settings.comprehend_enabled is False


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"CHAT_TABLE_NAME": ""}, "CHAT_TABLE_NAME is required"),
        ({"CHAT_ALLOWED_REGIONS": ""}, "CHAT_ALLOWED_REGIONS must name"),
        ({"CHAT_ALLOWED_REGIONS": "europe"}, "not an AWS region"),
        ({"CHAT_MAX_MESSAGE_BYTES": "lots"}, "not an integer"),
        ({"CHAT_MAX_MESSAGE_BYTES": "0"}, "at least 1"),
        ({"CHAT_COMPREHEND_MIN_SCORE": "1.5"}, "CHAT_COMPREHEND_MIN_SCORE must be"),
        ({"CHAT_COMPREHEND_MIN_SCORE": "nan"}, "CHAT_COMPREHEND_MIN_SCORE must be"),
        ({"CHAT_COMPREHEND_ENABLED": "maybe"}, "not true or false"),
        ({"CHAT_LANGUAGES": "portuguese"}, "not an ISO 639-1"),
        ({"CHAT_BEDROCK_GUARDRAIL_ID": "gr-1"}, "must be set together"),
    ],
)
def test_rejects_malformed_values(overrides: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        parse(**overrides)


def test_guardrail_pair() -> None:
    settings = parse(CHAT_BEDROCK_GUARDRAIL_ID="gr-1", CHAT_BEDROCK_GUARDRAIL_VERSION="3")
    assert (settings.guardrail_id, settings.guardrail_version) == ("gr-1", "3")


def test_the_table_declares_every_field_once() -> None:
    declared = [spec.field for spec in SETTINGS]
    assert sorted(declared) == sorted(f.name for f in fields(Settings))
    names = [spec.env_name for spec in SETTINGS]
    assert len(set(names)) == len(names) and all(name.startswith("CHAT_") for name in names)
    assert setting("heartbeat_seconds").env_name == "CHAT_HEARTBEAT_SECONDS"


def test_every_default_parses_and_a_blank_variable_takes_it() -> None:
    settings = parse(CHAT_MAX_OUTPUT_TOKENS="  ", CHAT_HEARTBEAT_SECONDS="")
    for spec in SETTINGS:
        if spec.default:
            assert getattr(settings, spec.field) == spec.parse(spec.env_name, spec.default)
    assert settings.max_output_tokens == 1024 and settings.heartbeat_seconds == 10.0


def test_environment_for_is_the_inverse_of_from_env() -> None:
    settings = parse(
        CHAT_LANGUAGES="pt,en",
        CHAT_PII_ENTITY_TYPES="NAME,EMAIL",
        CHAT_COMPREHEND_MIN_SCORE="0.125",
        CHAT_HEARTBEAT_SECONDS="2.5",
        CHAT_COMPREHEND_ENABLED="false",
        CHAT_BEDROCK_GUARDRAIL_ID="gr-1",
        CHAT_BEDROCK_GUARDRAIL_VERSION="2",
        CHAT_ERASURE_TABLE_NAME="erasures",
        CHAT_VALUE_KEY_ID="alias/value-keys",
    )
    env = environment_for({f.name: getattr(settings, f.name) for f in fields(Settings)})
    assert set(env) == {spec.env_name for spec in SETTINGS}
    assert Settings.from_env(env) == settings
    assert env["CHAT_ALLOWED_REGIONS"] == "eu-central-1,eu-west-1"  # a set: written sorted
    assert env["CHAT_LANGUAGES"] == "pt,en"  # a list: the order is the default language
    assert env["CHAT_COMPREHEND_ENABLED"] == "false" and env["CHAT_HEARTBEAT_SECONDS"] == "2.5"


def test_environment_for_writes_numbers_without_losing_precision_and_skips_unset_values() -> None:
    env = environment_for({"comprehend_min_score": 0.1234567, "heartbeat_seconds": 10, "guardrail_id": None})
    assert env == {"CHAT_COMPREHEND_MIN_SCORE": "0.1234567", "CHAT_HEARTBEAT_SECONDS": "10"}
    with pytest.raises(KeyError, match="heartbeat"):
        environment_for({"heartbeat": 10})


@pytest.mark.parametrize(
    ("variable", "text", "message"),
    [
        ("CHAT_HEARTBEAT_SECONDS", "25.5", "CHAT_HEARTBEAT_SECONDS must be at most 25"),
        ("CHAT_HEARTBEAT_SECONDS", "0", "CHAT_HEARTBEAT_SECONDS must be at least 0.01"),
        ("CHAT_MAX_TOOL_ROUNDS", "21", "CHAT_MAX_TOOL_ROUNDS must be at most 20"),
        ("CHAT_SESSION_TOKEN_BUDGET", "999", "CHAT_SESSION_TOKEN_BUDGET must be at least 1000"),
        ("CHAT_DAILY_TOKEN_CEILING", "-1", "CHAT_DAILY_TOKEN_CEILING must be at least 0"),
    ],
)
def test_the_runtime_holds_the_limits_the_stack_holds(variable: str, text: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        parse(**{variable: text})


def test_every_stack_setting_has_one_key_and_a_default_within_its_limits() -> None:
    paths = [spec.stack.path for spec in STACK_SETTINGS if spec.stack is not None]
    assert len(paths) == len(set(paths)) == len(STACK_SETTINGS)
    assert "chat.maxToolRounds" in paths and "chat.heartbeatSeconds" in paths
    for spec in STACK_SETTINGS:
        value = spec.default_value
        assert spec.check(value) == spec.read({}), spec.field  # the default written back reads the same
        if spec.minimum is not None:
            spec.check(spec.minimum)
            with pytest.raises(SettingsError):
                spec.check(spec.minimum - 1)
        if spec.maximum is not None:
            spec.check(spec.maximum)
            with pytest.raises(SettingsError):
                spec.check(spec.maximum + 1)


def test_whether_the_daily_ceiling_is_on_is_decided_in_one_place() -> None:
    assert not daily_ceiling_on(DAILY_CEILING_OFF) and daily_ceiling_on(1)
    assert parse().daily_ceiling_on and not parse(CHAT_DAILY_TOKEN_CEILING="0").daily_ceiling_on


def test_a_lambda_tool_outside_the_allowed_regions_is_named_with_its_variable() -> None:
    tools = (
        '[{"name": "lookup", "description": "d", "inputSchema": {"type": "object"},'
        ' "functionArn": "arn:aws:lambda:us-east-1:123456789012:function:lookup"}]'
    )
    with pytest.raises(SettingsError, match=r"CHAT_TOOLS_LAMBDA \(lookup\)=us-east-1 is outside"):
        parse(CHAT_TOOLS_LAMBDA=tools)
