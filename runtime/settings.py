"""The chat service's settings, declared once, and parsed from the environment (see docs/runtime-contract.md).

`SETTINGS` is the one table of the function's settings: each `SettingSpec` names an environment variable, the
`Settings` field it fills, its type, limits, default and what it means, and, when a platform team sets it per
stack, its stack config key (`StackKey`: key, unit, the sentence of docs/configuration.md). Everything else is
derived from this table: the stack schema's rows for those keys (`components/config_schema.py`), the typed stack
config and its parsing, the function's environment (`components/runtime_env.py`), the cross-language package's
flat inputs (`components/provider/`), the local stack's environment (`devstack/launcher.py`) and the tables of
docs/configuration.md, docs/runtime-contract.md and docs/platform-teams.md. This module ships to Lambda and
imports nothing of the deployment code; the deployment code imports it.

Adding a setting: a row here (and a field of `Settings`), and the code that acts on it.

`Settings.from_env` refuses to build a configuration that breaks the residency rules (a Bedrock or
Comprehend region outside `CHAT_ALLOWED_REGIONS`) or holds a malformed value, with a message that names
the variable, so that a misconfigured function fails at start instead of serving requests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from runtime.privacy.comprehend_pii_types import COMPREHEND_PII_TYPES, DEFAULT_PII_ENTITY_TYPES
from runtime.regions import function_placements, is_region_name, misplaced
from runtime.tools.specs import BUILTIN_TOOL_NAMES, LambdaToolSpec, ToolSpecError, lambda_tools_json, parse_lambda_tools

__all__ = [
    "DAILY_CEILING_OFF",
    "SETTINGS",
    "STACK_SETTINGS",
    "SettingSpec",
    "Settings",
    "SettingsError",
    "StackKey",
    "daily_ceiling_on",
    "environment_for",
    "setting",
]

_LANGUAGE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}

#: Parses one variable's (stripped, non-empty) text: `(variable name, text) -> value`.
Parser = Callable[[str, str], Any]
#: Writes a value back as the variable's text.
Formatter = Callable[[Any], str]

#: `CHAT_DAILY_TOKEN_CEILING` of this value turns the daily ceiling off.
DAILY_CEILING_OFF = 0


def daily_ceiling_on(ceiling: int) -> bool:
    """Whether a daily token ceiling of `ceiling` is on (the one place that decides; `DAILY_CEILING_OFF` is off)."""
    return ceiling != DAILY_CEILING_OFF


class SettingsError(ValueError):
    """The environment does not describe a valid, residency-compliant configuration."""


@dataclass(frozen=True)
class StackKey:
    """How a platform team sets a runtime setting per stack: `sovereign-chat:<path>` in `Pulumi.<stack>.yaml`.

    `doc` and `unit` are its row of docs/configuration.md; `flat_input` names the cross-language `ChatFunction`'s
    input when it is not the `Settings` field's name.
    """

    path: str
    doc: str
    unit: str = ""
    flat_input: str = ""


def _parse_int(name: str, raw: str, low: float | None, high: float | None) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name}: {raw!r} is not an integer") from None
    _check_bounds(name, value, low, high)
    return value


def _parse_float(name: str, raw: str, low: float | None, high: float | None) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name}: {raw!r} is not a number") from None
    if value != value:
        raise SettingsError(f"{name} must be a number, got {raw}")
    _check_bounds(name, value, low, high)
    return value


def _check_bounds(name: str, value: float, low: float | None, high: float | None) -> None:
    if low is not None and value < low:
        raise SettingsError(f"{name} must be at least {low:g}, got {value:g}")
    if high is not None and value > high:
        raise SettingsError(f"{name} must be at most {high:g}, got {value:g}")


def _items(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


def _parse_bool(name: str, raw: str) -> bool:
    if raw.lower() in _TRUE:
        return True
    if raw.lower() in _FALSE:
        return False
    raise SettingsError(f"{name}: {raw!r} is not true or false")


def _format_number(value: Any) -> str:
    short = f"{value:g}"
    return short if float(short) == value else repr(value)


def _format_bool(value: Any) -> str:
    return "true" if value else "false"


def _format_list(value: Any) -> str:
    return ",".join(value)


#: How each kind of setting is written back as text (a spec's own `formatter` comes first).
_FORMATTERS: Mapping[str, Formatter] = {"float": _format_number, "bool": _format_bool, "str-list": _format_list}


@dataclass(frozen=True)
class SettingSpec:
    """One setting of the chat function: its environment variable, `Settings` field, type and limits.

    `kind` is `str`, `int`, `float`, `bool` or `str-list` (a comma list); `minimum`/`maximum` bound a number and
    `choices` the items of a list, for the runtime and the stack alike. `default` is the text used when the
    variable is unset or blank; `None` makes the variable required unless `optional` is set (then the field is
    `None`). `parser`/`formatter` replace the kind's own reading and writing of the text; `stack` is set when a
    platform team tunes the setting per stack.
    """

    env_name: str
    field: str
    kind: str
    default: str | None
    description: str
    example: str = ""
    optional: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    stack: StackKey | None = None
    parser: Parser | None = None
    formatter: Formatter | None = None

    def parse(self, name: str, raw: str) -> Any:
        """The value of the (stripped, non-empty) text `raw` of variable `name`; `SettingsError` when invalid."""
        if self.parser is not None:
            return self.parser(name, raw)
        if self.kind == "int":
            return _parse_int(name, raw, self.minimum, self.maximum)
        if self.kind == "float":
            return _parse_float(name, raw, self.minimum, self.maximum)
        if self.kind == "bool":
            return _parse_bool(name, raw)
        if self.kind == "str-list":
            return tuple(_items(raw))
        return raw

    def format(self, value: Any) -> str:
        """`value` written as the variable's text (what `parse` reads back)."""
        formatter = self.formatter or _FORMATTERS.get(self.kind, str)
        return formatter(value)

    def read(self, env: Mapping[str, str]) -> Any:
        """This variable's parsed value from `env` (its default when unset or blank)."""
        raw = env.get(self.env_name, "").strip() or self.default
        if raw is None:
            if self.optional:
                return None
            raise SettingsError(f"{self.env_name} is required")
        return self.parse(self.env_name, raw)

    @property
    def default_value(self) -> Any:
        """The default as a stack config value: a list in the order written for `str-list`, else parsed."""
        if self.kind == "str-list":
            return _items(self.default or "")
        return self.read({})

    def check(self, value: Any) -> Any:
        """`value` as the runtime will read it back; `SettingsError` when it breaks the type or limits."""
        return self.parse(self.env_name, self.format(value))


def _region(name: str, raw: str) -> str:
    if not is_region_name(raw):
        raise SettingsError(f"{name}: {raw!r} is not an AWS region name")
    return raw


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


def _format_sorted(value: Any) -> str:
    return ",".join(sorted(value))


# fmt: off
#: The settings, in the order of the runtime contract's table (docs/runtime-contract.md).
SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("CHAT_TABLE_NAME", "table_name", "str", None,
                "DynamoDB table for sessions and messages", "sovereign-chat-eu-sessions"),
    SettingSpec("CHAT_PROMPT_BUCKET", "prompt_bucket", "str", None,
                "S3 bucket holding the system prompt", "sovereign-chat-eu-prompts"),
    SettingSpec("CHAT_PROMPT_KEY", "prompt_key", "str", None,
                "S3 object key of the system prompt", "system-prompt.md"),
    SettingSpec("CHAT_HOME_REGION", "home_region", "str", None,
                "region of the table and bucket", "eu-central-1", parser=_region),
    SettingSpec("CHAT_BEDROCK_REGION", "bedrock_region", "str", None,
                "region of the Bedrock runtime endpoint", "eu-central-1", parser=_region),
    SettingSpec("CHAT_BEDROCK_MODEL_ID", "bedrock_model_id", "str", None,
                "model or inference-profile id for ConverseStream", "eu.anthropic.claude-3-7-sonnet-20250219-v1:0"),
    SettingSpec("CHAT_BEDROCK_GUARDRAIL_ID", "guardrail_id", "str", None,
                "optional guardrail passed to ConverseStream (set together with its version)", "gr-ai-guardrail",
                optional=True),
    SettingSpec("CHAT_BEDROCK_GUARDRAIL_VERSION", "guardrail_version", "str", None,
                "version of that guardrail", "1", optional=True),
    SettingSpec("CHAT_MAX_OUTPUT_TOKENS", "max_output_tokens", "int", "1024",
                "maxTokens per answer", minimum=1, maximum=64_000,
                stack=StackKey("bedrock.maxOutputTokens", "Maximum tokens of one answer.", "tokens")),
    SettingSpec("CHAT_COMPREHEND_ENABLED", "comprehend_enabled", "bool", "true",
                "`true` in every deployed stack; `false` only locally (built-in detectors alone)"),
    SettingSpec("CHAT_COMPREHEND_REGION", "comprehend_region", "str", None,
                "Comprehend region", "eu-west-1", parser=_region),
    SettingSpec("CHAT_LANGUAGES", "languages", "str-list", "en",
                "comma list of ISO 639-1 languages the market speaks; the first is the default", "pt,en",
                parser=_languages),
    SettingSpec("CHAT_COMPREHEND_MIN_SCORE", "comprehend_min_score", "float", "0.5",
                "minimum confidence (0..1) for a Comprehend entity", minimum=0.0, maximum=1.0,
                stack=StackKey("comprehend.minConfidenceScore",
                               "Lowest Comprehend score that still counts as personal data (lower = more cautious).",
                               "0..1", flat_input="comprehend_min_confidence_score")),
    SettingSpec("CHAT_PII_ENTITY_TYPES", "pii_entity_types", "str-list", ",".join(DEFAULT_PII_ENTITY_TYPES),
                "comma list of Comprehend PII entity types to pseudonymize (`ALL`: every type)", "NAME,EMAIL,PHONE",
                choices=COMPREHEND_PII_TYPES, parser=_upper_set,
                stack=StackKey("comprehend.piiEntityTypes", "Comprehend PII entity types to pseudonymize.")),
    SettingSpec("CHAT_MAX_MESSAGE_BYTES", "max_message_bytes", "int", "8000",
                "limit of one message, UTF-8 bytes (413 above)", minimum=1, maximum=100_000,
                stack=StackKey("chat.maxMessageBytes", "Largest accepted message (413 above).", "bytes (UTF-8)")),
    SettingSpec("CHAT_SESSION_TOKEN_BUDGET", "session_token_budget", "int", "200000",
                "input+output tokens a session may spend (429 after)", minimum=1000, maximum=100_000_000,
                stack=StackKey("chat.sessionTokenBudget", "Input+output tokens one session may spend (429 after).",
                               "tokens")),
    SettingSpec("CHAT_HISTORY_RETENTION_DAYS", "history_retention_days", "int", "30",
                "DynamoDB TTL of sessions and messages", minimum=1, maximum=3650,
                stack=StackKey("chat.historyRetentionDays", "Sessions and messages expire (DynamoDB TTL) after this.",
                               "days")),
    SettingSpec("CHAT_ALLOWED_REGIONS", "allowed_regions", "str-list", "",
                "comma list of the residency zone's regions; the runtime refuses to start when the home, Bedrock or "
                "Comprehend region is not in it", "eu-central-1,eu-west-1", parser=_regions, formatter=_format_sorted),
    SettingSpec("CHAT_PROMPT_CACHE_TTL_SECONDS", "prompt_cache_ttl_seconds", "int", "300",
                "per-container cache of the system prompt, seconds", minimum=0, maximum=86_400,
                stack=StackKey("chat.promptCacheTtlSeconds", "How long a container caches the system prompt.",
                               "seconds")),
    # At most 25 s: below CloudFront's default origin read timeout (30 s; the Edge sets 60 s) with room for a
    # slow write, so that a silent model never lets CloudFront cut the stream. Fractions serve the tests.
    SettingSpec("CHAT_HEARTBEAT_SECONDS", "heartbeat_seconds", "float", "10",
                "`: ping` after this much model silence, seconds", minimum=0.01, maximum=25,
                stack=StackKey("chat.heartbeatSeconds", "SSE `: ping` after this much model silence (keeps "
                               "CloudFront's origin read timeout from cutting long answers).", "seconds")),
    SettingSpec("CHAT_DAILY_TOKEN_CEILING", "daily_token_ceiling", "int", "5000000",
                "input+output tokens the whole stack may spend per UTC day (503 after); `0` turns the ceiling off",
                minimum=DAILY_CEILING_OFF, maximum=1_000_000_000_000,
                stack=StackKey("chat.dailyTokenCeiling", "Input+output tokens the whole stack may spend per UTC day "
                               "(then 503 `service_budget_exhausted`); `0` turns the ceiling off (docs/operations.md).",
                               "tokens")),
    SettingSpec("CHAT_METRICS_NAMESPACE", "metrics_namespace", "str", "SovereignChat",
                "CloudWatch namespace of the metric lines (embedded metric format), one per stack",
                "SovereignChat/eu"),
    SettingSpec("CHAT_COMPREHEND_SPECULATIVE", "comprehend_speculative", "bool", "true",
                "no effect any more (accepted so that existing stacks keep their config): the function identifies "
                "a message's language itself and makes only that language's calls at once (docs/language-id.md)",
                stack=StackKey("comprehend.speculativeCalls", "No effect any more (accepted so that existing stack "
                               "configs stay valid): the function identifies each message's language itself and "
                               "makes only that language's Comprehend calls, at once (docs/language-id.md).")),
    SettingSpec("CHAT_TOOLS_BUILTIN", "tools_builtin", "str-list", "loan_calculator",
                "comma list of the built-in tools the model may call (`none`: no built-in tool)",
                choices=tuple(sorted(BUILTIN_TOOL_NAMES)), parser=_builtin_tools, formatter=_format_tools,
                stack=StackKey("tools.builtin", "Built-in tools the model may call (docs/tools.md); `[]` turns them "
                               "off.", flat_input="builtin_tools")),
    SettingSpec("CHAT_TOOLS_LAMBDA", "tools_lambda", "json", "[]",
                "JSON list of Lambda tools `{name, description, inputSchema, functionArn, timeoutSeconds}`; each "
                "function's region must be in the residency zone (docs/tools.md)", parser=_lambda_tools,
                formatter=lambda_tools_json),
    SettingSpec("CHAT_MAX_TOOL_ROUNDS", "max_tool_rounds", "int", "5",
                "tool rounds per turn (model asks, tools run, model reads the results) before `tool_rounds_exhausted`",
                minimum=1, maximum=20,
                stack=StackKey("chat.maxToolRounds", "Tool rounds one answer may take (the model asks, tools run, it "
                               "reads their results) before the stream ends with `tool_rounds_exhausted` "
                               "(docs/tools.md).", "rounds")),
    SettingSpec("CHAT_ERASURE_TABLE_NAME", "erasure_table_name", "str", None,
                "DynamoDB table recording every erased session (keyed hash of its id, time, how requested); apart "
                "from the sessions table, so that a point-in-time restore does not roll it back (docs/privacy.md)",
                "sovereign-chat-eu-erasures", optional=True),
    SettingSpec("CHAT_VALUE_KEY_ID", "value_key_id", "str", None,
                "KMS HMAC key of the erasure index: keyed hashes of vault values and erased session ids",
                "arn:aws:kms:eu-central-1:111122223333:key/example", optional=True),
)
# fmt: on

_BY_FIELD = {spec.field: spec for spec in SETTINGS}
#: The settings a platform team tunes per stack (those with a stack config key), in table order.
STACK_SETTINGS: tuple[SettingSpec, ...] = tuple(spec for spec in SETTINGS if spec.stack is not None)


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

    @property
    def daily_ceiling_on(self) -> bool:
        """Whether the stack-wide daily token ceiling applies (`daily_ceiling_on`)."""
        return daily_ceiling_on(self.daily_token_ceiling)

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
        comprehend = self.comprehend_region if self.comprehend_enabled else None
        tools = [(tool.spec.name, tool.region) for tool in self.tools_lambda]
        placements = function_placements(self.home_region, self.bedrock_region, comprehend, tools)
        for wrong in misplaced(placements, self.allowed_regions)[:1]:
            name = setting(wrong.placement.field).env_name
            name += f" ({wrong.placement.tool})" if wrong.placement.tool else ""
            raise SettingsError(
                f"{name}={wrong.placement.region} is outside the allowed regions "
                f"({', '.join(sorted(self.allowed_regions))}): refusing to start, "
                "personal data must not leave the residency zone"
            )

    def pii_type_enabled(self, comprehend_type: str) -> bool:
        """Whether a Comprehend PII entity type is to be pseudonymized (`ALL` enables every type)."""
        return "ALL" in self.pii_entity_types or comprehend_type.upper() in self.pii_entity_types
