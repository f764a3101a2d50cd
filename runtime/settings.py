"""The chat service's configuration, parsed once from the environment (see docs/runtime-contract.md).

`Settings.from_env` refuses to build a configuration that breaks the residency rules (a Bedrock or
Comprehend region outside `CHAT_ALLOWED_REGIONS`) or holds a malformed value, with a message that names
the variable, so that a misconfigured function fails at start instead of serving requests.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

_REGION = re.compile(r"^[a-z]{2}(-gov)?-[a-z]+-\d$")
_LANGUAGE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


class SettingsError(ValueError):
    """The environment does not describe a valid, residency-compliant configuration."""


@dataclass(frozen=True)
class Settings:
    """Every knob of the chat service, validated."""

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

    @property
    def default_language(self) -> str:
        """The market's first language: the one assumed when only one is configured."""
        return self.languages[0]

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Parse and validate the contract's variables; raise `SettingsError` naming the first bad one."""
        reader = _Reader(env)
        allowed = frozenset(reader.csv("CHAT_ALLOWED_REGIONS"))
        for region in allowed:
            if not _REGION.match(region):
                raise SettingsError(f"CHAT_ALLOWED_REGIONS: {region!r} is not an AWS region name")
        if not allowed:
            raise SettingsError("CHAT_ALLOWED_REGIONS must name at least one region")
        languages = tuple(lang.lower() for lang in reader.csv("CHAT_LANGUAGES", default="en"))
        for lang in languages:
            if not _LANGUAGE.match(lang):
                raise SettingsError(f"CHAT_LANGUAGES: {lang!r} is not an ISO 639-1 language code")
        guardrail_id = reader.optional("CHAT_BEDROCK_GUARDRAIL_ID")
        guardrail_version = reader.optional("CHAT_BEDROCK_GUARDRAIL_VERSION")
        if bool(guardrail_id) != bool(guardrail_version):
            raise SettingsError("CHAT_BEDROCK_GUARDRAIL_ID and CHAT_BEDROCK_GUARDRAIL_VERSION must be set together")
        settings = cls(
            table_name=reader.required("CHAT_TABLE_NAME"),
            prompt_bucket=reader.required("CHAT_PROMPT_BUCKET"),
            prompt_key=reader.required("CHAT_PROMPT_KEY"),
            home_region=reader.region("CHAT_HOME_REGION"),
            bedrock_region=reader.region("CHAT_BEDROCK_REGION"),
            bedrock_model_id=reader.required("CHAT_BEDROCK_MODEL_ID"),
            guardrail_id=guardrail_id,
            guardrail_version=guardrail_version,
            max_output_tokens=reader.integer("CHAT_MAX_OUTPUT_TOKENS", default=1024, minimum=1),
            comprehend_enabled=reader.boolean("CHAT_COMPREHEND_ENABLED", default=True),
            comprehend_region=reader.region("CHAT_COMPREHEND_REGION"),
            languages=languages,
            comprehend_min_score=reader.number("CHAT_COMPREHEND_MIN_SCORE", default=0.5, low=0.0, high=1.0),
            pii_entity_types=frozenset(t.upper() for t in reader.csv("CHAT_PII_ENTITY_TYPES", default="ALL")),
            max_message_bytes=reader.integer("CHAT_MAX_MESSAGE_BYTES", default=8000, minimum=1),
            session_token_budget=reader.integer("CHAT_SESSION_TOKEN_BUDGET", default=200000, minimum=1),
            history_retention_days=reader.integer("CHAT_HISTORY_RETENTION_DAYS", default=30, minimum=1),
            allowed_regions=allowed,
            prompt_cache_ttl_seconds=reader.number("CHAT_PROMPT_CACHE_TTL_SECONDS", default=300.0, low=0.0),
            heartbeat_seconds=reader.number("CHAT_HEARTBEAT_SECONDS", default=10.0, low=0.01),
        )
        settings.check_residency()
        return settings

    def check_residency(self) -> None:
        """Refuse a Bedrock, Comprehend or home region outside the residency zone."""
        zone = ", ".join(sorted(self.allowed_regions))
        checks = [
            ("CHAT_BEDROCK_REGION", self.bedrock_region, True),
            ("CHAT_COMPREHEND_REGION", self.comprehend_region, self.comprehend_enabled),
            ("CHAT_HOME_REGION", self.home_region, True),
        ]
        for name, region, relevant in checks:
            if relevant and region not in self.allowed_regions:
                raise SettingsError(
                    f"{name}={region} is outside the allowed regions ({zone}): refusing to start, "
                    "personal data must not leave the residency zone"
                )

    def pii_type_enabled(self, comprehend_type: str) -> bool:
        """Whether a Comprehend PII entity type is to be pseudonymized (`ALL` enables every type)."""
        return "ALL" in self.pii_entity_types or comprehend_type.upper() in self.pii_entity_types


class _Reader:
    """Typed access to environment variables with error messages naming the variable."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self._env = env

    def optional(self, name: str) -> str | None:
        value = self._env.get(name, "").strip()
        return value or None

    def required(self, name: str) -> str:
        value = self.optional(name)
        if value is None:
            raise SettingsError(f"{name} is required")
        return value

    def region(self, name: str) -> str:
        value = self.required(name)
        if not _REGION.match(value):
            raise SettingsError(f"{name}: {value!r} is not an AWS region name")
        return value

    def csv(self, name: str, default: str = "") -> list[str]:
        raw = self._env.get(name, "").strip() or default
        return [part.strip() for part in raw.split(",") if part.strip()]

    def integer(self, name: str, default: int, minimum: int) -> int:
        raw = self.optional(name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise SettingsError(f"{name}: {raw!r} is not an integer") from None
        if value < minimum:
            raise SettingsError(f"{name} must be at least {minimum}, got {value}")
        return value

    def number(self, name: str, default: float, low: float, high: float | None = None) -> float:
        raw = self.optional(name)
        if raw is None:
            return default
        try:
            value = float(raw)
        except ValueError:
            raise SettingsError(f"{name}: {raw!r} is not a number") from None
        if value != value or value < low or (high is not None and value > high):
            bounds = f"[{low}, {high}]" if high is not None else f">= {low}"
            raise SettingsError(f"{name} must be {bounds}, got {raw}")
        return value

    def boolean(self, name: str, default: bool) -> bool:
        raw = self.optional(name)
        if raw is None:
            return default
        if raw.lower() in _TRUE:
            return True
        if raw.lower() in _FALSE:
            return False
        raise SettingsError(f"{name}: {raw!r} is not true or false")
