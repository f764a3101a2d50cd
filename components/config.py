"""The typed stack configuration of sovereign-chat: read, parsed and validated in one place.

`__main__.py` reads the raw `sovereign-chat:*` keys once (see `read_raw_config`) and calls
`load_stack_config`, which returns a frozen `StackConfig` or raises `ConfigError` listing *every* violation
(config key, bad value, allowed values): schema errors (unknown keys, wrong types, out-of-range numbers) and
residency errors (a region, model or country outside the zone, judged by `runtime.regions.misplaced` like the
runtime judges its own). Components never read config: they get plain values from this model; the values the
chat function reads are `StackConfig.settings`, by `runtime.settings.Settings` field.

The keys themselves (meanings, units, defaults, ranges) are declared in `components/config_schema.py` (those of
the function's settings derived from `runtime.settings.SETTINGS`); its public names are re-exported here for the
code that imports them from `components.config`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from components import residency
from components.config_model import (
    BedrockConfig,
    ChatConfig,
    ComprehendConfig,
    CustomDomainConfig,
    EdgeConfig,
    StackConfig,
    TagsConfig,
)
from components.config_schema import (
    ARCHITECTURES,
    COMPREHEND_ENTITY_LANGUAGES,
    COMPREHEND_PII_ENTITY_TYPES,
    COMPREHEND_PII_LANGUAGES,
    DATA_CLASSIFICATIONS,
    LOG_RETENTION_DAYS,
    PRICE_CLASSES,
    PROJECT,
    SCHEMA,
    SCHEMA_BY_PATH,
    FieldSpec,
)
from components.ops_config import OpsConfig, ops_violations
from components.residency import ResidencyZone, Violation
from components.tool_config import ToolsConfig, lambda_tools
from runtime.regions import function_placements

__all__ = [
    "ARCHITECTURES",
    "COMPREHEND_ENTITY_LANGUAGES",
    "COMPREHEND_PII_ENTITY_TYPES",
    "COMPREHEND_PII_LANGUAGES",
    "DATA_CLASSIFICATIONS",
    "LOG_RETENTION_DAYS",
    "PRICE_CLASSES",
    "PROJECT",
    "SCHEMA",
    "SCHEMA_BY_PATH",
    "BedrockConfig",
    "ChatConfig",
    "ComprehendConfig",
    "ConfigError",
    "CustomDomainConfig",
    "EdgeConfig",
    "FieldSpec",
    "OpsConfig",
    "StackConfig",
    "TagsConfig",
    "load_stack_config",
    "parse_raw_value",
    "read_raw_config",
    "validate_stack_config",
]


class ConfigError(ValueError):
    """The stack config is invalid: carries every violation found, not just the first."""

    def __init__(self, violations: list[Violation]) -> None:
        self.violations = violations
        lines = "\n".join(f"  - {v.describe()}" for v in violations)
        super().__init__(f"sovereign-chat: the stack config is refused ({len(violations)} violation(s)):\n{lines}")


_TOP_KEYS = {spec.path.split(".")[0] for spec in SCHEMA}
_OBJECT_KEYS = {spec.path.split(".")[0] for spec in SCHEMA if "." in spec.path}
_CUSTOM_DOMAIN_FIELDS = ("domainName", "hostedZoneId")


# --- Reading raw config ------------------------------------------------------------------------------------


def parse_raw_value(value: Any) -> Any:
    """Pulumi hands structured config over as JSON text and scalars as plain text; decode the former."""
    if isinstance(value, str):
        stripped = value.strip()
        if stripped[:1] in ("{", "["):
            try:
                return json.loads(stripped)
            except json.JSONDecodeError:
                return value
    return value


def read_raw_config() -> dict[str, Any]:
    """Every config key of this program, `project:key` -> decoded value, as the Pulumi engine supplies them.

    This is the only place that reads Pulumi config; it reads all keys (not only known ones) so that a typo
    is reported instead of silently ignored.
    """
    from pulumi.runtime import config as pulumi_config  # imported here: the rest of the module is pure

    merged: dict[str, Any] = dict(pulumi_config.get_config_env())
    merged.update(pulumi_config.CONFIG.get())
    return {key: parse_raw_value(value) for key, value in merged.items()}


# --- Parsing and validation --------------------------------------------------------------------------------


def _coerce(spec: FieldSpec, value: Any, violations: list[Violation]) -> Any:
    key = spec.key
    allowed = tuple(str(c) for c in spec.choices)
    if spec.kind == "str":
        if not isinstance(value, str) or not value.strip():
            violations.append(Violation(key, value, "a non-empty string is required", allowed))
            return None
        if spec.choices and value not in spec.choices:
            violations.append(Violation(key, value, "not one of the allowed values", allowed))
            return None
        return value
    if spec.kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        violations.append(Violation(key, value, "true or false is required", ("true", "false")))
        return None
    if spec.kind in ("int", "float"):
        number: float | int
        try:
            if isinstance(value, bool):
                raise ValueError
            number = int(value) if spec.kind == "int" else float(value)
            if spec.kind == "int" and isinstance(value, float) and not value.is_integer():
                raise ValueError
            if spec.kind == "int" and isinstance(value, str) and not value.strip().lstrip("-").isdigit():
                raise ValueError
        except (TypeError, ValueError):
            violations.append(Violation(key, value, f"a number ({spec.kind}) is required", allowed))
            return None
        bounds = f"{spec.minimum:g}..{spec.maximum:g}" if spec.minimum is not None and spec.maximum is not None else ""
        if spec.choices and number not in spec.choices:
            violations.append(Violation(key, value, "not one of the allowed values", allowed))
            return None
        if (spec.minimum is not None and number < spec.minimum) or (spec.maximum is not None and number > spec.maximum):
            violations.append(Violation(key, value, f"out of range {bounds} {spec.unit}".rstrip(), (bounds,)))
            return None
        return number
    if spec.kind == "str-list":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            violations.append(Violation(key, value, "a list of strings is required", allowed))
            return None
        if spec.choices:
            bad = [v for v in value if v not in spec.choices]
            for item in bad:
                violations.append(Violation(key, item, "not one of the allowed values", allowed))
            if bad:
                return None
        return tuple(value)
    if spec.kind == "object-list":
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            violations.append(Violation(key, value, "a list of objects is required", ()))
            return None
        return value
    if spec.kind == "object":
        if not isinstance(value, dict):
            violations.append(Violation(key, value, "an object is required", ()))
            return None
        return value
    raise AssertionError(f"unknown kind {spec.kind}")


def _lookup(raw: Mapping[str, Any], spec: FieldSpec) -> tuple[bool, Any]:
    top, _, field_name = spec.path.partition(".")
    value = raw.get(f"{PROJECT}:{top}")
    if not field_name:
        return (value is not None, value)
    if not isinstance(value, dict) or field_name not in value:
        return (False, None)
    return (True, value[field_name])


def _parse_fields(raw: Mapping[str, Any], violations: list[Violation]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for spec in SCHEMA:
        present, value = _lookup(raw, spec)
        if not present:
            if spec.default is None and not spec.optional:
                violations.append(Violation(spec.key, None, "required key is missing", ()))
            values[spec.path] = tuple(spec.default) if isinstance(spec.default, list) else spec.default
            continue
        values[spec.path] = _coerce(spec, value, violations)
    return values


def _unknown_keys(raw: Mapping[str, Any]) -> list[Violation]:
    violations: list[Violation] = []
    known_top = tuple(sorted(f"{PROJECT}:{k}" for k in _TOP_KEYS))
    for key, value in raw.items():
        project, sep, name = key.partition(":")
        if not sep or project != PROJECT:
            continue
        if name not in _TOP_KEYS:
            violations.append(Violation(key, value, "unknown config key (typo?)", known_top))
            continue
        if name in _OBJECT_KEYS:
            if not isinstance(value, dict):
                violations.append(Violation(key, value, "an object of settings is required", ()))
                continue
            fields = tuple(sorted(s.path.split(".", 1)[1] for s in SCHEMA if s.path.startswith(f"{name}.")))
            for field_name in value:
                if field_name not in fields:
                    violations.append(
                        Violation(
                            f"{key}.{field_name}",
                            value[field_name],
                            "unknown config key (typo?)",
                            tuple(f"{name}.{f}" for f in fields),
                        )
                    )
    return violations


def _custom_domain(value: Any, violations: list[Violation]) -> CustomDomainConfig | None:
    if value is None:
        return None
    key = f"{PROJECT}:edge.customDomain"
    unknown = [k for k in value if k not in _CUSTOM_DOMAIN_FIELDS]
    for name in unknown:
        violations.append(Violation(f"{key}.{name}", value[name], "unknown config key (typo?)", _CUSTOM_DOMAIN_FIELDS))
    domain = value.get("domainName")
    if not isinstance(domain, str) or "." not in domain:
        violations.append(Violation(f"{key}.domainName", domain, "a DNS name is required", ()))
        return None
    zone_id = value.get("hostedZoneId")
    if zone_id is not None and not isinstance(zone_id, str):
        violations.append(Violation(f"{key}.hostedZoneId", zone_id, "a Route 53 hosted zone id is required", ()))
        return None
    return CustomDomainConfig(domain_name=domain, hosted_zone_id=zone_id)


def validate_stack_config(raw: Mapping[str, Any]) -> tuple[StackConfig | None, list[Violation]]:
    """Parse and validate raw config; returns the typed config (None if invalid) and every violation."""
    violations = _unknown_keys(raw)
    v = _parse_fields(raw, violations)
    if v["bedrock.region"] == "<homeRegion>":
        v["bedrock.region"] = v["homeRegion"]
    custom_domain = _custom_domain(v["edge.customDomain"], violations)
    violations += ops_violations(v)
    declared_tools = lambda_tools(v["tools.lambda"], violations)
    zone = residency.get_zone(v["residencyZone"]) if isinstance(v["residencyZone"], str) else None
    if zone is not None:
        violations += _residency_violations(zone, raw, v)
    if violations:
        return None, violations
    return _typed(v, custom_domain, ToolsConfig(declared_tools)), []


def _typed(v: Mapping[str, Any], custom_domain: CustomDomainConfig | None, tools: ToolsConfig) -> StackConfig:
    """The typed config of parsed, valid values (by schema path)."""
    return StackConfig(
        residency_zone=v["residencyZone"],
        home_region=v["homeRegion"],
        bedrock=BedrockConfig(v["bedrock.region"], v["bedrock.modelId"], v["bedrock.guardrailEnabled"]),
        comprehend=ComprehendConfig(v["comprehend.region"], v["comprehend.languages"]),
        edge=EdgeConfig(
            v["edge.allowedViewerCountries"],
            v["edge.priceClass"],
            v["edge.wafRequestsPer5MinutesPerIp"],
            custom_domain,
            v["edge.newSessionsPer5MinutesPerIp"],
            v["page.languages"],
        ),
        chat=ChatConfig(
            log_retention_days=v["chat.logRetentionDays"],
            lambda_memory_mb=v["chat.lambdaMemoryMb"],
            lambda_timeout_seconds=v["chat.lambdaTimeoutSeconds"],
            lambda_architecture=v["chat.lambdaArchitecture"],
            table_deletion_protection=v["chat.tableDeletionProtection"],
        ),
        ops=OpsConfig(v["ops.alarmEmail"], v["ops.ttftP95ThresholdMs"]),
        tools=tools,
        tags=TagsConfig(v["tags.owner"], v["tags.costCentre"], v["tags.dataClassification"]),
        settings={spec.setting: v[spec.path] for spec in SCHEMA if spec.setting is not None},
    )


#: The stack config key of each runtime setting the schema fills (`FieldSpec.setting`).
_KEY_OF_SETTING: Mapping[str, str] = {spec.setting: spec.key for spec in SCHEMA if spec.setting is not None}


def _residency_violations(zone: ResidencyZone, raw: Mapping[str, Any], v: Mapping[str, Any]) -> list[Violation]:
    placements = function_placements(v["homeRegion"], v["bedrock.region"], v["comprehend.region"])
    known = [placement for placement in placements if placement.region is not None]  # None: refused already
    found = residency.placement_violations(zone, known, lambda placement: _KEY_OF_SETTING[placement.field])
    aws_region = raw.get("aws:region")
    if aws_region is not None:
        found += residency.check_region(zone, "aws:region", aws_region)
    if v["bedrock.modelId"] is not None:
        found += residency.check_model_id(zone, f"{PROJECT}:bedrock.modelId", v["bedrock.modelId"], v["bedrock.region"])
    present, raw_countries = _lookup(raw, SCHEMA_BY_PATH["edge.allowedViewerCountries"])
    if present and isinstance(raw_countries, list):
        found += residency.check_countries(zone, f"{PROJECT}:edge.allowedViewerCountries", raw_countries)
    arns = [tool.get("functionArn") for tool in v["tools.lambda"] or [] if isinstance(tool, dict)]
    found += residency.check_lambda_tools(zone, f"{PROJECT}:tools.lambda", arns)
    return found


def load_stack_config(raw: Mapping[str, Any]) -> StackConfig:
    """Parse and validate; raise `ConfigError` listing every violation when the config is refused."""
    config, violations = validate_stack_config(raw)
    if config is None:
        raise ConfigError(violations)
    return config
