"""Config parsing and validation: good stack files pass, every kind of bad value is named with its key."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from compliance.offline_engine import apply_overrides, load_stack_file, stack_names
from components.config import SCHEMA, ConfigError, load_stack_config, parse_raw_value, validate_stack_config

P = "sovereign-chat"


def raw_of(stack: str, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    return apply_overrides(load_stack_file(stack), overrides or {})


@pytest.mark.parametrize("stack", stack_names())
def test_every_stack_file_is_valid(stack):
    config = load_stack_config(raw_of(stack))
    assert config.residency_zone == stack
    assert set(config.regions_used) <= config.zone.region_names


def test_eu_stack_values():
    config = load_stack_config(raw_of("eu"))
    assert config.home_region == "eu-central-1"
    assert config.bedrock.model_id.startswith("eu.")
    assert config.comprehend.languages == ("pt", "es", "en")
    assert config.edge.page_languages is None  # the page offers every language it has
    assert config.edge.allowed_viewer_countries == ("PT", "ES")
    assert config.chat.lambda_timeout_seconds == 180 and config.chat.lambda_architecture == "arm64"
    assert config.tags.as_tags("eu", "eu")["DataClassification"] == "confidential"


def test_defaults_apply_when_keys_are_left_out():
    raw = raw_of("eu")
    for key in ("maxOutputTokens", "guardrailEnabled"):
        raw[f"{P}:bedrock"].pop(key)
    raw[f"{P}:chat"] = {}
    config = load_stack_config(raw)
    assert config.settings["max_output_tokens"] == 1024 and config.bedrock.guardrail_enabled is False
    assert config.chat.lambda_timeout_seconds == 180
    assert config.chat.lambda_architecture == "arm64"
    assert config.settings["max_message_bytes"] == 8000


def test_bedrock_region_defaults_to_home_region():
    raw = raw_of("eu")
    raw[f"{P}:bedrock"].pop("region")
    raw[f"{P}:homeRegion"] = "eu-west-1"
    raw["aws:region"] = "eu-west-1"
    assert load_stack_config(raw).bedrock.region == "eu-west-1"


def _violation_keys(raw: dict[str, Any]) -> list[str]:
    config, violations = validate_stack_config(raw)
    assert config is None
    return [v.key for v in violations]


BAD_VARIANTS = [
    ({f"{P}:homeRegion": "eu-west-2"}, f"{P}:homeRegion"),
    ({f"{P}:homeRegion": "us-east-1"}, f"{P}:homeRegion"),
    ({f"{P}:bedrock.region": "eu-central-2"}, f"{P}:bedrock.region"),
    ({f"{P}:comprehend.region": "eu-west-3"}, f"{P}:comprehend.region"),  # no Comprehend in Paris
    ({f"{P}:comprehend.region": "eu-west-2"}, f"{P}:comprehend.region"),
    ({"aws:region": "us-east-1"}, "aws:region"),
    ({f"{P}:bedrock.modelId": "global.anthropic.claude-sonnet-4-5-20250929-v1:0"}, f"{P}:bedrock.modelId"),
    ({f"{P}:bedrock.modelId": "us.anthropic.claude-3-7-sonnet-20250219-v1:0"}, f"{P}:bedrock.modelId"),
    ({f"{P}:edge.allowedViewerCountries": []}, f"{P}:edge.allowedViewerCountries"),
    ({f"{P}:edge.allowedViewerCountries": ["pt"]}, f"{P}:edge.allowedViewerCountries"),
    ({f"{P}:edge.allowedViewerCountries": ["PT", "US"]}, f"{P}:edge.allowedViewerCountries"),
    ({f"{P}:edge.allowedViewerCountries": "PT"}, f"{P}:edge.allowedViewerCountries"),
    ({f"{P}:residencyZone": "mars"}, f"{P}:residencyZone"),
    ({f"{P}:homeRegoin": "eu-central-1"}, f"{P}:homeRegoin"),  # typo at top level
    ({f"{P}:chat.lambdaTimeout": 60}, f"{P}:chat.lambdaTimeout"),  # typo inside an object
    ({f"{P}:chat.lambdaTimeoutSeconds": 901}, f"{P}:chat.lambdaTimeoutSeconds"),
    ({f"{P}:chat.lambdaTimeoutSeconds": "soon"}, f"{P}:chat.lambdaTimeoutSeconds"),
    ({f"{P}:chat.lambdaMemoryMb": 64}, f"{P}:chat.lambdaMemoryMb"),
    ({f"{P}:chat.lambdaArchitecture": "sparc"}, f"{P}:chat.lambdaArchitecture"),
    ({f"{P}:chat.historyRetentionDays": 0}, f"{P}:chat.historyRetentionDays"),
    ({f"{P}:chat.logRetentionDays": 31}, f"{P}:chat.logRetentionDays"),
    ({f"{P}:chat.maxMessageBytes": 200_000}, f"{P}:chat.maxMessageBytes"),
    ({f"{P}:chat.sessionTokenBudget": 1.5}, f"{P}:chat.sessionTokenBudget"),
    ({f"{P}:chat.tableDeletionProtection": "maybe"}, f"{P}:chat.tableDeletionProtection"),
    ({f"{P}:comprehend.minConfidenceScore": 1.5}, f"{P}:comprehend.minConfidenceScore"),
    ({f"{P}:comprehend.languages": ["pt", "xx"]}, f"{P}:comprehend.languages"),
    ({f"{P}:comprehend.piiEntityTypes": ["NAME", "SHOE_SIZE"]}, f"{P}:comprehend.piiEntityTypes"),
    ({f"{P}:edge.priceClass": "PriceClass_Cheap"}, f"{P}:edge.priceClass"),
    ({f"{P}:page.languages": ["pl", "tlh"]}, f"{P}:page.languages"),
    ({f"{P}:edge.wafRequestsPer5MinutesPerIp": 5}, f"{P}:edge.wafRequestsPer5MinutesPerIp"),
    ({f"{P}:edge.customDomain": {"domainName": "nodot"}}, f"{P}:edge.customDomain.domainName"),
    ({f"{P}:tags.dataClassification": "secret-ish"}, f"{P}:tags.dataClassification"),
]


@pytest.mark.parametrize(("overrides", "key"), BAD_VARIANTS, ids=[k for _, k in BAD_VARIANTS])
def test_bad_variant_is_refused_with_its_key(overrides, key):
    assert key in _violation_keys(raw_of("eu", overrides))


def test_page_languages_narrow_the_page_to_languages_it_has():
    config = load_stack_config(raw_of("eu", {f"{P}:page.languages": ["pl", "pt"]}))
    assert config.edge.page_languages == ("pl", "pt")


def test_missing_required_keys_are_each_reported():
    raw = raw_of("eu")
    del raw[f"{P}:homeRegion"]
    raw[f"{P}:tags"].pop("owner")
    raw[f"{P}:comprehend"].pop("region")
    keys = _violation_keys(raw)
    assert {f"{P}:homeRegion", f"{P}:tags.owner", f"{P}:comprehend.region"} <= set(keys)


def test_every_violation_is_collected_not_just_the_first():
    raw = raw_of(
        "eu",
        {
            f"{P}:homeRegion": "eu-west-2",
            f"{P}:bedrock.modelId": "global.x.y",
            f"{P}:edge.allowedViewerCountries": ["US", "de"],
            f"{P}:chat.lambdaTimeoutSeconds": 0,
            f"{P}:typo": 1,
        },
    )
    with pytest.raises(ConfigError) as error:
        load_stack_config(raw)
    message = str(error.value)
    for fragment in (
        "homeRegion = 'eu-west-2'",
        "global.x.y",
        "'US'",
        "'de'",
        "lambdaTimeoutSeconds",
        "typo",
        "allowed: eu-central-1",
    ):
        assert fragment in message
    assert len(error.value.violations) == 6


def test_keys_of_other_namespaces_are_not_ours_to_refuse():
    raw = raw_of("eu", {"aws:profile": "prod", "pulumi:tags": "{}"})
    assert load_stack_config(raw)


def test_engine_style_values_are_decoded():
    # The Pulumi engine hands objects over as JSON text and scalars as text.
    assert parse_raw_value('{"a": [1, 2]}') == {"a": [1, 2]}
    assert parse_raw_value("eu-central-1") == "eu-central-1"
    assert parse_raw_value("[not json") == "[not json"
    raw = copy.deepcopy(raw_of("eu"))
    raw[f"{P}:chat"] = {"lambdaTimeoutSeconds": "120", "tableDeletionProtection": "false"}
    config = load_stack_config(raw)
    assert config.chat.lambda_timeout_seconds == 120 and config.chat.table_deletion_protection is False


def test_schema_keys_are_unique_and_documented():
    paths = [spec.path for spec in SCHEMA]
    assert len(paths) == len(set(paths))
    assert all(spec.doc.endswith((".", ")")) for spec in SCHEMA)
