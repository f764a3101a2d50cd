"""Table-driven tests of every residency rule (pure: no Pulumi, no AWS)."""

from __future__ import annotations

import pytest

from components import residency
from components.residency import (
    ZONES,
    check_countries,
    check_destination_regions,
    check_model_id,
    check_region,
)

EU = ZONES["eu"]
US = ZONES["us"]


@pytest.mark.parametrize(
    ("zone", "region", "comprehend", "ok"),
    [
        (EU, "eu-central-1", False, True),
        (EU, "eu-west-1", False, True),
        (EU, "eu-west-3", False, True),
        (EU, "eu-north-1", False, True),
        (EU, "eu-south-1", False, True),
        (EU, "eu-south-2", False, True),
        (EU, "eu-west-2", False, False),  # London: not in the EU
        (EU, "eu-central-2", False, False),  # Zurich: not in the EU
        (EU, "us-east-1", False, False),
        (EU, "EU-CENTRAL-1", False, False),  # malformed
        (EU, "", False, False),
        (EU, None, False, False),
        (EU, "eu-central-1", True, True),
        (EU, "eu-west-1", True, True),
        (EU, "eu-west-3", True, False),  # in the zone, but no Comprehend there
        (EU, "eu-west-2", True, False),
        (US, "us-east-2", False, True),
        (US, "us-west-1", True, False),
        (US, "us-gov-west-1", False, False),
        (US, "eu-central-1", False, False),
    ],
)
def test_check_region(zone, region, comprehend, ok):
    violations = check_region(zone, "k", region, comprehend=comprehend)
    assert (violations == []) is ok
    if not ok:
        assert violations[0].key == "k" and violations[0].value == region and violations[0].allowed


@pytest.mark.parametrize(
    ("model_id", "bedrock_region", "ok", "reason"),
    [
        ("eu.anthropic.claude-3-7-sonnet-20250219-v1:0", "eu-central-1", True, ""),
        ("eu.amazon.nova-pro-v1:0", "eu-west-1", True, ""),
        ("anthropic.claude-3-haiku-20240307-v1:0", "eu-central-1", True, ""),
        ("anthropic.claude-3-haiku-20240307-v1:0", "eu-west-2", False, "in-region model"),
        ("global.anthropic.claude-sonnet-4-5-20250929-v1:0", "eu-central-1", False, "global"),
        ("us.anthropic.claude-3-7-sonnet-20250219-v1:0", "eu-central-1", False, "geography 'us'"),
        ("apac.anthropic.claude-3-5-sonnet-20240620-v1:0", "eu-central-1", False, "geography 'apac'"),
        ("jp.anthropic.claude-x", "eu-central-1", False, "geography 'jp'"),
        (
            "arn:aws:bedrock:eu-central-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0",
            "eu-central-1",
            True,
            "",
        ),
        (
            "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0",
            "eu-central-1",
            False,
            "ARN region",
        ),
        ("", "eu-central-1", False, "required"),
        (None, "eu-central-1", False, "required"),
    ],
)
def test_check_model_id(model_id, bedrock_region, ok, reason):
    violations = check_model_id(EU, "sovereign-chat:bedrock.modelId", model_id, bedrock_region)
    assert (violations == []) is ok
    if not ok:
        assert any(reason in v.message for v in violations), [v.message for v in violations]


def test_us_zone_accepts_only_us_profiles():
    assert check_model_id(US, "k", "us.amazon.nova-pro-v1:0", "us-east-2") == []
    assert check_model_id(US, "k", "eu.amazon.nova-pro-v1:0", "us-east-2")


@pytest.mark.parametrize(
    ("countries", "ok", "bad_value"),
    [
        (["PT"], True, None),
        (["PT", "ES", "DE"], True, None),
        (["NO"], True, None),  # EEA: GDPR applies
        ([], False, []),
        (None, False, None),
        ("PT", False, "PT"),
        (["pt"], False, "pt"),
        (["PRT"], False, "PRT"),
        (["US"], False, "US"),
        (["GB"], False, "GB"),
        (["CH"], False, "CH"),
        (["PT", "PT"], False, "PT"),
        (["PT", 7], False, 7),
    ],
)
def test_check_countries(countries, ok, bad_value):
    violations = check_countries(EU, "sovereign-chat:edge.allowedViewerCountries", countries)
    assert (violations == []) is ok
    if not ok:
        assert any(v.value == bad_value for v in violations)


def test_check_countries_reports_every_bad_entry():
    violations = check_countries(EU, "k", ["pt", "US", "XX1", "DE"])
    assert [v.value for v in violations] == ["pt", "US", "XX1"]


@pytest.mark.parametrize(
    ("regions", "ok"),
    [
        (["eu-central-1", "eu-west-1", "eu-west-3"], True),
        (["eu-central-1", "eu-central-2"], False),  # Zurich reported in some EU profiles
        (["eu-west-2"], False),
        ([], False),
    ],
)
def test_check_destination_regions(regions, ok):
    violations = check_destination_regions(EU, "k", "eu.m", regions)
    assert (violations == []) is ok
    if regions and not ok:
        assert "outside zone 'eu'" in violations[0].message


def test_parse_model_id():
    ref = residency.parse_model_id("eu.anthropic.claude-3-7-sonnet-20250219-v1:0")
    assert ref.geo_prefix == "eu" and ref.base_model_id == "anthropic.claude-3-7-sonnet-20250219-v1:0"
    assert residency.parse_model_id("us-gov.x.y").geo_prefix == "us-gov"
    assert not residency.parse_model_id("mistral.mistral-large-2402-v1:0").is_inference_profile


def test_zone_catalog_is_consistent():
    for zone in ZONES.values():
        assert zone.comprehend_regions <= zone.region_names, zone.name
        assert zone.viewer_countries and all(len(c) == 2 and c.isupper() for c in zone.viewer_countries)
        assert zone.inference_profile_prefixes
        assert all(p in residency.GEO_INFERENCE_PROFILE_PREFIXES for p in zone.inference_profile_prefixes)
    # eu means EU member states only: neither the UK nor Switzerland.
    assert {"eu-west-2", "eu-central-2"}.isdisjoint(EU.region_names)
    assert len(EU.viewer_countries - {"IS", "LI", "NO"}) == 27


def test_region_of_arn():
    assert residency.region_of_arn("arn:aws:bedrock:eu-west-3::foundation-model/x") == "eu-west-3"
    assert residency.region_of_arn("arn:aws:iam::123:role/x") is None
    assert residency.region_of_arn("nonsense") is None
