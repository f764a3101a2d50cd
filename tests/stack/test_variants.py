"""Variants of the EU stack (few full runs): an in-region model on x86 with a custom domain, market languages
Comprehend cannot read and detection in the detected language only, and refusals."""

from __future__ import annotations

import json

import pytest

from compliance.offline_engine import ProgramRun, RecordedResource
from components.config import ConfigError
from components.edge_languages import language_gaps
from components.site_files import PAGE_CONFIG_KEY
from runtime.privacy.market_languages import builtin_only_languages
from tests.pulumi_harness import run_stack
from tests.stack.helpers import as_list, grants_for, role_statements

P = "sovereign-chat"
IN_REGION_MODEL = "mistral.mistral-large-2402-v1:0"
DOMAIN = "chat.example.pt"
#: Dutch and Polish: languages Comprehend cannot read (built-in detection only).
LANGUAGES = ["pt", "nl", "pl", "en"]
#: The page narrowed to three of the languages it has, Polish its default.
PAGE_LANGUAGES = ["pl", "pt", "en"]


@pytest.fixture(scope="module")
def variant() -> ProgramRun:
    return run_stack(
        "eu",
        {
            f"{P}:bedrock.modelId": IN_REGION_MODEL,
            f"{P}:bedrock.guardrailEnabled": False,
            f"{P}:chat.lambdaArchitecture": "x86_64",
            f"{P}:edge.customDomain": {"domainName": DOMAIN, "hostedZoneId": "Z0123456789ABC"},
            f"{P}:comprehend.languages": LANGUAGES,
            f"{P}:comprehend.speculativeCalls": False,
            f"{P}:page.languages": PAGE_LANGUAGES,
        },
    )


def test_languages_comprehend_cannot_read_reach_the_function_and_the_page(variant):
    env = variant.one("aws:lambda/function:Function").inputs["environment"]["variables"]
    assert env["CHAT_LANGUAGES"] == "pt,nl,pl,en"
    assert env["CHAT_COMPREHEND_SPECULATIVE"] == "false"  # comprehend.speculativeCalls: fewer Comprehend calls
    assert builtin_only_languages(LANGUAGES) == ("nl", "pl")
    objects = variant.of_type("aws:s3/bucketObjectv2:BucketObjectv2")
    (page_config,) = [o.inputs for o in objects if o.inputs["key"] == PAGE_CONFIG_KEY]
    assert json.loads(page_config["content"]) == {"languages": LANGUAGES, "offeredLanguages": PAGE_LANGUAGES}


def test_pulumi_up_warns_of_each_admitted_country_whose_language_is_not_detected(variant):
    countries = variant.config[f"{P}:edge"]["allowedViewerCountries"]
    gaps = language_gaps(countries, LANGUAGES)
    assert [gap.country for gap in gaps] == ["ES"]  # Spain admitted, Spanish not among the variant's languages
    assert variant.warnings == [gap.warning() for gap in gaps]


def test_in_region_model_is_granted_on_its_own_arn_only_and_needs_no_lookup(variant):
    assert not [t for t, _ in variant.invokes if t == "aws:bedrock/getInferenceProfile:getInferenceProfile"]
    (statement,) = grants_for(role_statements(variant), "bedrock:Invoke")
    assert as_list(statement["Resource"]) == [f"arn:aws:bedrock:eu-central-1::foundation-model/{IN_REGION_MODEL}"]
    assert "Condition" not in statement
    assert variant.outputs["residency"]["bedrockDestinationRegions"] == ["eu-central-1"]


def test_guardrail_off_means_no_guardrail_grant_or_variable(variant):
    assert variant.of_type("aws:bedrock/guardrail:Guardrail") == []
    assert grants_for(role_statements(variant), "bedrock:ApplyGuardrail") == []
    env = variant.one("aws:lambda/function:Function").inputs["environment"]["variables"]
    assert not any(k.startswith("CHAT_BEDROCK_GUARDRAIL") for k in env)


def test_x86_uses_the_x86_adapter_layer(variant):
    function = variant.one("aws:lambda/function:Function").inputs
    assert function["architectures"] == ["x86_64"]
    assert function["layers"] == ["arn:aws:lambda:eu-central-1:753240598075:layer:LambdaAdapterLayerX86:27"]


def test_custom_domain_gets_a_dns_validated_us_east_1_certificate_and_aliases(variant):
    certificate = variant.one("aws:acm/certificate:Certificate").inputs
    assert certificate["region"] == "us-east-1" and certificate["validationMethod"] == "DNS"
    assert certificate["domainName"] == DOMAIN
    validation = variant.one("aws:acm/certificateValidation:CertificateValidation").inputs
    assert validation["region"] == "us-east-1" and validation["validationRecordFqdns"] == ["_x.example.com"]
    records: dict[str, RecordedResource] = {r.inputs["type"]: r for r in variant.of_type("aws:route53/record:Record")}
    assert set(records) == {"CNAME", "A", "AAAA"}
    for kind in ("A", "AAAA"):
        alias = records[kind].inputs["aliases"][0]
        assert records[kind].inputs["name"] == DOMAIN
        assert alias["name"] == "d111111abcdef8.cloudfront.net" and alias["zoneId"] == "Z2FDTNDATAQYW2"
    distribution = variant.one("aws:cloudfront/distribution:Distribution").inputs
    assert distribution["aliases"] == [DOMAIN]
    viewer = distribution["viewerCertificate"]
    assert viewer["acmCertificateArn"].startswith("arn:aws:acm:us-east-1:")
    assert viewer["sslSupportMethod"] == "sni-only" and viewer["minimumProtocolVersion"] == "TLSv1.2_2021"
    assert variant.outputs["chatUrl"] == f"https://{DOMAIN}/"
    assert "ACM certificate" in variant.outputs["residency"]["outsideZone"][0]["what"]


@pytest.mark.parametrize(
    ("overrides", "destinations"),
    [
        ({f"{P}:comprehend.region": "eu-west-2"}, None),
        ({}, {"eu.anthropic.claude-3-7-sonnet-20250219-v1:0": ("eu-central-1", "eu-central-2")}),
    ],
    ids=["config-refused", "profile-routes-outside-zone"],
)
def test_a_refused_stack_declares_nothing(overrides, destinations):
    recorded: list[RecordedResource] = []
    with pytest.raises(ConfigError):
        run_stack("eu", overrides, profile_destinations=destinations, recorded=recorded)
    assert recorded == []
