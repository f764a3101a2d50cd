"""The chat service's configuration, parsed once from the environment (see docs/runtime-contract.md).

`SETTINGS` is the one declaration of the runtime contract: each `SettingSpec` names an environment variable,
the `Settings` field it fills, how it is parsed and written back, its default and what it means. The function's
environment (`components/runtime_env.py`), the local stack's (`devstack/launcher.py`) and the contract's table
are all built from it.

`Settings.from_env` refuses to build a configuration that breaks the residency rules (a Bedrock or
Comprehend region outside `CHAT_ALLOWED_REGIONS`) or holds a malformed value, with a message that names
the variable, so that a misconfigured function fails at start instead of serving requests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from runtime.regions import is_region_name
from runtime.tools.specs import BUILTIN_TOOL_NAMES, LambdaToolSpec, ToolSpecError, lambda_tools_json, parse_lambda_tools

__all__ = ["SETTINGS", "SettingSpec", "Settings", "SettingsError", "environment_for", "setting"]

_LANGUAGE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}

#: Parses one variable's (stripped, non-empty) text: `(variable name, text) -> value`.
Parser = Callable[[str, str], Any]
#: Writes a value back as the variable's text.
Formatter = Callable[[Any], str]


class SettingsError(ValueError):
    """The environment does not describe a valid, residency-compliant configuration."""


@dataclass(frozen=True)
class SettingSpec:
    """One environment variable of the runtime contract.

    `default` is the text used when the variable is unset or blank; `None` makes the variable required unless
    `optional` is set (then the field is `None`).
    """

    env_name: str
    field: str
    parse: Parser
    format: Formatter
    default: str | None
    description: str
    example: str
    optional: bool = False

    def read(self, env: Mapping[str, str]) -> Any:
        """This variable's parsed value from `env` (its default when unset or blank)."""
        raw = env.get(self.env_name, "").strip() or self.default
        if raw is None:
            if self.optional:
                return None
            raise SettingsError(f"{self.env_name} is required")
        return self.parse(self.env_name, raw)


def _text(name: str, raw: str) -> str:
    return raw


def _region(name: str, raw: str) -> str:
    if not is_region_name(raw):
        raise SettingsError(f"{name}: {raw!r} is not an AWS region name")
    return raw


def _items(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


def _regions(name: str, raw: str) -> frozenset[str]:
    regions = frozenset(_region(name, item) for item in _items(raw))
    if not regions:
        raise SettingsError(f"{name} must name at least one region")
    return regions


def _languages(name: str, raw: str) -> tuple[str, ...]:
    languages = tuple(item.lower() for item in _items(raw))
    for lang in languages:
        if not _LANGUAGE.match(lang):
            raise SettingsError(f"{name}: {lang!r} is not an ISO 639-1 language code")
    return languages


def _upper_set(name: str, raw: str) -> frozenset[str]:
    return frozenset(item.upper() for item in _items(raw))


def _boolean(name: str, raw: str) -> bool:
    if raw.lower() in _TRUE:
        return True
    if raw.lower() in _FALSE:
        return False
    raise SettingsError(f"{name}: {raw!r} is not true or false")


def _integer(minimum: int) -> Parser:
    def parse(name: str, raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            raise SettingsError(f"{name}: {raw!r} is not an integer") from None
        if value < minimum:
            raise SettingsError(f"{name} must be at least {minimum}, got {value}")
        return value

    return parse


def _number(low: float, high: float | None = None) -> Parser:
    def parse(name: str, raw: str) -> float:
        try:
            value = float(raw)
        except ValueError:
            raise SettingsError(f"{name}: {raw!r} is not a number") from None
        if value != value or value < low or (high is not None and value > high):
            bounds = f"[{low}, {high}]" if high is not None else f">= {low}"
            raise SettingsError(f"{name} must be {bounds}, got {raw}")
        return value

    return parse


def _builtin_tools(name: str, raw: str) -> tuple[str, ...]:
    tools = tuple(item.lower() for item in _items(raw) if item.lower() != "none")
    unknown = sorted(set(tools) - BUILTIN_TOOL_NAMES)
    if unknown:
        raise SettingsError(f"{name}: unknown built-in tools {unknown} (known: {sorted(BUILTIN_TOOL_NAMES)})")
    return tools


def _lambda_tools(name: str, raw: str) -> tuple[LambdaToolSpec, ...]:
    try:
        return parse_lambda_tools(raw)
    except (ToolSpecError, ValueError) as error:
        raise SettingsError(f"{name}: {error}") from None


def _format_tools(value: Any) -> str:
    return ",".join(value) or "none"


def _format_lambda_tools(value: Any) -> str:
    return lambda_tools_json(value)


def _format_text(value: Any) -> str:
    return str(value)


def _format_bool(value: Any) -> str:
    return "true" if value else "false"


def _format_number(value: Any) -> str:
    short = f"{value:g}"
    return short if float(short) == value else repr(value)


def _format_list(value: Any) -> str:
    return ",".join(value)


def _format_sorted(value: Any) -> str:
    return ",".join(sorted(value))


# fmt: off
#: The runtime contract, in the order of the documentation table.
SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("CHAT_TABLE_NAME", "table_name", _text, _format_text, None,
                "DynamoDB table for sessions and messages", "sovereign-chat-eu-sessions"),
    SettingSpec("CHAT_PROMPT_BUCKET", "prompt_bucket", _text, _format_text, None,
                "S3 bucket holding the system prompt", "sovereign-chat-eu-prompts"),
    SettingSpec("CHAT_PROMPT_KEY", "prompt_key", _text, _format_text, None,
                "S3 object key of the system prompt", "system-prompt.md"),
    SettingSpec("CHAT_HOME_REGION", "home_region", _region, _format_text, None,
                "region of the table and bucket", "eu-central-1"),
    SettingSpec("CHAT_BEDROCK_REGION", "bedrock_region", _region, _format_text, None,
                "region of the Bedrock runtime endpoint", "eu-central-1"),
    SettingSpec("CHAT_BEDROCK_MODEL_ID", "bedrock_model_id", _text, _format_text, None,
                "model or inference-profile id for ConverseStream", "eu.anthropic.claude-3-7-sonnet-20250219-v1:0"),
    SettingSpec("CHAT_BEDROCK_GUARDRAIL_ID", "guardrail_id", _text, _format_text, None,
                "optional guardrail passed to ConverseStream (set together with its version)", "gr-ai-guardrail",
                optional=True),
    SettingSpec("CHAT_BEDROCK_GUARDRAIL_VERSION", "guardrail_version", _text, _format_text, None,
                "version of that guardrail", "1", optional=True),
    SettingSpec("CHAT_MAX_OUTPUT_TOKENS", "max_output_tokens", _integer(1), _format_text, "1024",
                "maxTokens per answer", "1024"),
    SettingSpec("CHAT_COMPREHEND_ENABLED", "comprehend_enabled", _boolean, _format_bool, "true",
                "`true` in every deployed stack; `false` only locally (built-in detectors alone)", "true"),
    SettingSpec("CHAT_COMPREHEND_REGION", "comprehend_region", _region, _format_text, None,
                "Comprehend region", "eu-west-1"),
    SettingSpec("CHAT_LANGUAGES", "languages", _languages, _format_list, "en",
                "comma list of ISO 639-1 languages the market speaks; the first is the default", "pt,en"),
    SettingSpec("CHAT_COMPREHEND_MIN_SCORE", "comprehend_min_score", _number(0.0, 1.0), _format_number, "0.5",
                "minimum confidence (0..1) for a Comprehend entity", "0.5"),
    SettingSpec("CHAT_PII_ENTITY_TYPES", "pii_entity_types", _upper_set, _format_list, "ALL",
                "comma list of Comprehend PII entity types to pseudonymize (`ALL`: every type)", "NAME,EMAIL,PHONE"),
    SettingSpec("CHAT_MAX_MESSAGE_BYTES", "max_message_bytes", _integer(1), _format_text, "8000",
                "limit of one message, UTF-8 bytes (413 above)", "8000"),
    SettingSpec("CHAT_SESSION_TOKEN_BUDGET", "session_token_budget", _integer(1), _format_text, "200000",
                "input+output tokens a session may spend (429 after)", "200000"),
    SettingSpec("CHAT_HISTORY_RETENTION_DAYS", "history_retention_days", _integer(1), _format_text, "30",
                "DynamoDB TTL of sessions and messages", "30"),
    SettingSpec("CHAT_ALLOWED_REGIONS", "allowed_regions", _regions, _format_sorted, "",
                "comma list of the residency zone's regions; the runtime refuses to start when the home, Bedrock or "
                "Comprehend region is not in it", "eu-central-1,eu-west-1"),
    SettingSpec("CHAT_PROMPT_CACHE_TTL_SECONDS", "prompt_cache_ttl_seconds", _number(0.0), _format_number, "300",
                "per-container cache of the system prompt, seconds", "300"),
    SettingSpec("CHAT_HEARTBEAT_SECONDS", "heartbeat_seconds", _number(0.01), _format_number, "10",
                "`: ping` after this much model silence, seconds", "10"),
    SettingSpec("CHAT_DAILY_TOKEN_CEILING", "daily_token_ceiling", _integer(0), _format_text, "5000000",
                "input+output tokens the whole stack may spend per UTC day (503 after); `0` turns the ceiling off",
                "5000000"),
    SettingSpec("CHAT_METRICS_NAMESPACE", "metrics_namespace", _text, _format_text, "SovereignChat",
                "CloudWatch namespace of the metric lines (embedded metric format), one per stack",
                "SovereignChat/eu"),
    SettingSpec("CHAT_COMPREHEND_SPECULATIVE", "comprehend_speculative", _boolean, _format_bool, "true",
                "with several languages, call Comprehend in every one at once (`true`, fastest) or detect the "
                "language first and call only in it (`false`, fewer calls, one round trip more)", "true"),
    SettingSpec("CHAT_TOOLS_BUILTIN", "tools_builtin", _builtin_tools, _format_tools, "loan_calculator",
                "comma list of the built-in tools the model may call (`none`: no built-in tool)", "loan_calculator"),
    SettingSpec("CHAT_TOOLS_LAMBDA", "tools_lambda", _lambda_tools, _format_lambda_tools, "[]",
                "JSON list of Lambda tools `{name, description, inputSchema, functionArn, timeoutSeconds}`; each "
                "function's region must be in the residency zone (docs/tools.md)", "[]"),
    SettingSpec("CHAT_ERASURE_TABLE_NAME", "erasure_table_name", _text, _format_text, None,
                "DynamoDB table recording every erased session (a keyed hash, the time, how requested); outside the "
                "sessions table, so that a point-in-time restore does not roll it back (docs/privacy.md)",
                "sovereign-chat-eu-erasures", optional=True),
    SettingSpec("CHAT_VALUE_KEY_ID", "value_key_id", _text, _format_text, None,
                "KMS HMAC key (ARN) of the erasure index: the keyed hash of every vault value and erased session id",
                "arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", optional=True),
    SettingSpec("CHAT_MAX_TOOL_ROUNDS", "max_tool_rounds", _integer(1), _format_text, "5",
                "tool rounds per turn (model asks, tools run, model reads the results) before `tool_rounds_exhausted`",
                "5"),
)
# fmt: on

_BY_FIELD = {spec.field: spec for spec in SETTINGS}


def setting(field: str) -> SettingSpec:
    """The spec of one `Settings` field (KeyError for an unknown field)."""
    return _BY_FIELD[field]


def environment_for(values: Mapping[str, Any]) -> dict[str, str]:
    """The variables that give `Settings` these field values (a field missing or `None` is left unset).

    The inverse of `Settings.from_env`: `Settings.from_env(environment_for(v))` has the values of `v`. Raises
    KeyError for a name that is not a field, so that a misspelt key cannot be silently dropped.
    """
    unknown = set(values) - set(_BY_FIELD)
    if unknown:
        raise KeyError(f"not runtime settings: {', '.join(sorted(unknown))}")
    return {spec.env_name: spec.format(values[spec.field]) for spec in SETTINGS if values.get(spec.field) is not None}


@dataclass(frozen=True)
class Settings:
    """Every knob of the chat service, validated (one field per entry of `SETTINGS`)."""

    table_name: str
    prompt_bucket: str
    prompt_key: str
    home_region: str
    bedrock_region: str
    bedrock_model_id: str
    guardrail_id: str | None
    guardrail_version: str | None
    max_output_tokens: int
    comprehend_enabled: bool
    comprehend_region: str
    languages: tuple[str, ...]
    comprehend_min_score: float
    pii_entity_types: frozenset[str]
    max_message_bytes: int
    session_token_budget: int
    history_retention_days: int
    allowed_regions: frozenset[str]
    prompt_cache_ttl_seconds: float
    heartbeat_seconds: float
    daily_token_ceiling: int
    metrics_namespace: str
    comprehend_speculative: bool
    tools_builtin: tuple[str, ...]
    tools_lambda: tuple[LambdaToolSpec, ...]
    max_tool_rounds: int
    erasure_table_name: str | None = None
    value_key_id: str | None = None

    @property
    def default_language(self) -> str:
        """The market's first language: the one assumed when only one is configured."""
        return self.languages[0]

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Parse and validate the contract's variables; raise `SettingsError` naming the first bad one."""
        values = {spec.field: spec.read(env) for spec in SETTINGS}
        if bool(values["guardrail_id"]) != bool(values["guardrail_version"]):
            raise SettingsError("CHAT_BEDROCK_GUARDRAIL_ID and CHAT_BEDROCK_GUARDRAIL_VERSION must be set together")
        settings = cls(**values)
        settings.check_residency()
        return settings

    def check_residency(self) -> None:
        """Refuse a Bedrock, Comprehend, home or Lambda tool region outside the residency zone."""
        zone = ", ".join(sorted(self.allowed_regions))
        checks = [
            ("CHAT_BEDROCK_REGION", self.bedrock_region, True),
            ("CHAT_COMPREHEND_REGION", self.comprehend_region, self.comprehend_enabled),
            ("CHAT_HOME_REGION", self.home_region, True),
        ]
        checks.extend((f"CHAT_TOOLS_LAMBDA ({tool.spec.name})", tool.region, True) for tool in self.tools_lambda)
        for name, region, relevant in checks:
            if relevant and region not in self.allowed_regions:
                raise SettingsError(
                    f"{name}={region} is outside the allowed regions ({zone}): refusing to start, "
                    "personal data must not leave the residency zone"
                )

    def pii_type_enabled(self, comprehend_type: str) -> bool:
        """Whether a Comprehend PII entity type is to be pseudonymized (`ALL` enables every type)."""
        return "ALL" in self.pii_entity_types or comprehend_type.upper() in self.pii_entity_types
