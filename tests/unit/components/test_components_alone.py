"""Each component on its own, with hand-written Args and no stack config, as another team would use it."""

from __future__ import annotations

import base64
import hashlib
import zipfile
from pathlib import Path
from typing import Any

import pulumi
import pytest

from compliance.offline_engine import ProgramRun, run_callable
from components.ai_access import AiAccess, AiAccessArgs, GuardrailSettings
from components.chat_function import ChatFunction, ChatFunctionArgs
from components.edge import CustomDomain, Edge, EdgeArgs
from components.inference_profile import BedrockRoute, in_region_route
from components.runtime_env import RuntimeSettings
from tests.stack.helpers import (
    GLOBAL_TYPES,
    as_list,
    custom_aws,
    is_taggable,
    owning_component,
    sessions_table,
    statements,
)

REGION = "eu-west-3"
TAGS = {"Team": "payments", "Env": "test"}


def settings(region: str = REGION) -> RuntimeSettings:
    return RuntimeSettings(
        home_region=region,
        bedrock_region=region,
        bedrock_model_id="mistral.mistral-large-2402-v1:0",
        max_output_tokens=512,
        comprehend_region="eu-west-1",
        languages=["fr"],
        comprehend_min_score=0.7,
        pii_entity_types=["NAME"],
        max_message_bytes=4000,
        session_token_budget=50_000,
        history_retention_days=7,
        allowed_regions=[region, "eu-west-1"],
        prompt_cache_ttl_seconds=60,
        heartbeat_seconds=5,
    )


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("solo")
    package = root / "fn.zip"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("runtime/run.sh", "#!/bin/sh\n")
    prompt = root / "prompt.md"
    prompt.write_text("You are helpful.\n", encoding="utf-8")
    static = root / "static"
    static.mkdir()
    (static / "index.html").write_text("<!doctype html><title>x</title>", encoding="utf-8")
    (static / "app.js").write_text("export {};\n", encoding="utf-8")
    (static / "logo.svg").write_text("<svg/>", encoding="utf-8")
    (static / ".DS_Store").write_text("junk", encoding="utf-8")
    return {"package": package, "prompt": prompt, "static": static}


def assert_owned_tagged_and_regional(run: ProgramRun, component_type: str, regions: set[str]) -> None:
    (component,) = [r for r in run.resources if r.type == component_type]
    assert component.outputs_registered and component.registered_outputs
    for resource in custom_aws(run):
        owner = owning_component(run, resource)
        assert owner is not None and owner.type == component_type, resource.name
        if is_taggable(resource.type):
            assert resource.inputs.get("tags") == TAGS, resource.name
        if resource.type not in GLOBAL_TYPES:
            assert resource.inputs.get("region") in regions, resource.name


# --- ChatFunction ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chat_run(files: dict[str, Path]) -> ProgramRun:
    def body() -> None:
        function = ChatFunction(
            "solo",
            ChatFunctionArgs(
                region=REGION,
                package_path=files["package"],
                prompt_file=files["prompt"],
                runtime=settings(),
                tags=TAGS,
                memory_mb=512,
                timeout_seconds=60,
                log_retention_days=7,
                table_deletion_protection=False,
            ),
        )
        pulumi.export("url", function.function_url)

    return run_callable(body, package_path=files["package"])


def test_chat_function_alone_lives_in_its_region_with_the_given_sizing(chat_run, files):
    assert_owned_tagged_and_regional(chat_run, "sovereign-chat:chat_function:ChatFunction", {REGION})
    function = chat_run.one("aws:lambda/function:Function").inputs
    assert (function["memorySize"], function["timeout"], function["architectures"]) == (512, 60, ["arm64"])
    digest = base64.b64encode(hashlib.sha256(files["package"].read_bytes()).digest()).decode()
    assert function["sourceCodeHash"] == digest
    assert Path(function["code"].path) == files["package"]
    assert chat_run.one("aws:cloudwatch/logGroup:LogGroup").inputs["retentionInDays"] == 7
    assert sessions_table(chat_run).inputs["deletionProtectionEnabled"] is False
    assert chat_run.one("aws:lambda/functionUrl:FunctionUrl").inputs["authorizationType"] == "AWS_IAM"
    assert chat_run.of_type("aws:lambda/permission:Permission") == []  # who may call it is the edge's business
    assert chat_run.outputs["url"] == f"https://solo-url.lambda-url.{REGION}.on.aws/"
    env = function["environment"]["variables"]
    assert env["CHAT_LANGUAGES"] == "fr" and env["CHAT_COMPREHEND_REGION"] == "eu-west-1"
    assert "CHAT_BEDROCK_GUARDRAIL_ID" not in env


def test_chat_function_args_refuse_inconsistent_values(files):
    base = {"package_path": files["package"], "prompt_file": files["prompt"], "tags": TAGS}
    with pytest.raises(ValueError, match="home region"):
        ChatFunctionArgs(region="eu-west-1", runtime=settings(), **base)
    with pytest.raises(FileNotFoundError):
        ChatFunctionArgs(
            region=REGION, runtime=settings(), **{**base, "package_path": files["prompt"].with_suffix(".zip")}
        )
    with pytest.raises(ValueError, match="architecture"):
        ChatFunctionArgs(region=REGION, runtime=settings(), architecture="sparc", **base)
    with pytest.raises(ValueError, match="guardrail"):
        ChatFunctionArgs(region=REGION, runtime=settings(), guardrail_id="gr-1", **base)
    with pytest.raises(ValueError, match="allowed regions"):
        settings().replace(bedrock_region="us-east-1")


# --- AiAccess ---------------------------------------------------------------------------------------------------


PROFILE = BedrockRoute(
    model_id="eu.amazon.nova-pro-v1:0",
    inference_profile_arn="arn:aws:bedrock:eu-west-3:111122223333:inference-profile/eu.amazon.nova-pro-v1:0",
    destination_regions=("eu-west-1", "eu-west-3"),
    foundation_model_arns=(
        "arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws:bedrock:eu-west-3::foundation-model/amazon.nova-pro-v1:0",
    ),
)


@pytest.fixture(scope="module")
def ai_run() -> ProgramRun:
    def body() -> None:
        AiAccess(
            "profiled", AiAccessArgs(bedrock_region=REGION, route=PROFILE, comprehend_regions=["eu-west-1"], tags=TAGS)
        )
        local = AiAccess(
            "local",
            AiAccessArgs(
                bedrock_region=REGION,
                route=pulumi.Output.from_input(in_region_route("mistral.large", REGION)),
                comprehend_regions=["eu-west-1", "eu-central-1"],
                tags=TAGS,
                guardrail=GuardrailSettings(["NAME", "EMAIL", "AGE", "DATE_TIME"]),
            ),
        )
        pulumi.export("guardrail", local.guardrail_id)

    return run_callable(body)


def ai_policy(run: ProgramRun, name: str) -> list[dict[str, Any]]:
    return statements(
        next(p for p in run.of_type("aws:iam/policy:Policy") if p.name == f"{name}-policy").inputs["policy"]
    )


def test_ai_access_alone_grants_the_profile_route(ai_run):
    found = {s["Sid"]: s for s in ai_policy(ai_run, "profiled")}
    assert found["BedrockInferenceProfile"]["Resource"] == [PROFILE.inference_profile_arn]
    assert found["BedrockModelsThroughProfile"]["Resource"] == list(PROFILE.foundation_model_arns)
    assert found["BedrockModelsThroughProfile"]["Condition"]["ArnEquals"] == {
        "bedrock:InferenceProfileArn": PROFILE.inference_profile_arn
    }
    assert found["ComprehendDetectInRegion"]["Condition"] == {"StringEquals": {"aws:RequestedRegion": ["eu-west-1"]}}
    assert "BedrockApplyGuardrail" not in found


def test_ai_access_alone_with_a_guardrail_and_an_in_region_model(ai_run):
    found = {s["Sid"]: s for s in ai_policy(ai_run, "local")}
    assert found["BedrockInRegionModel"]["Resource"] == [f"arn:aws:bedrock:{REGION}::foundation-model/mistral.large"]
    assert set(found) == {"BedrockInRegionModel", "ComprehendDetectInRegion", "BedrockApplyGuardrail"}
    assert found["ComprehendDetectInRegion"]["Condition"]["StringEquals"]["aws:RequestedRegion"] == [
        "eu-central-1",
        "eu-west-1",
    ]
    (guardrail,) = ai_run.of_type("aws:bedrock/guardrail:Guardrail")
    assert guardrail.inputs["region"] == REGION
    types = [f["type"] for f in guardrail.inputs["sensitiveInformationPolicyConfig"]["piiEntitiesConfigs"]]
    assert types == ["EMAIL", "NAME"]  # AGE and DATE_TIME have no Guardrails equivalent
    version = ai_run.one("aws:bedrock/guardrailVersion:GuardrailVersion")
    owner = owning_component(ai_run, version)
    assert version.inputs["region"] == REGION and owner is not None and owner.name == "local"
    assert as_list(found["BedrockApplyGuardrail"]["Resource"]) == [
        f"arn:aws:bedrock:{REGION}:123456789012:guardrail/gr-local-guardrail"
    ]
    assert ai_run.outputs["guardrail"] == "gr-local-guardrail"
    for resource in custom_aws(ai_run):
        if is_taggable(resource.type):
            assert resource.inputs["tags"] == TAGS


# --- Edge -------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def edge_run(files: dict[str, Path]) -> ProgramRun:
    def body() -> None:
        edge = Edge(
            "front",
            EdgeArgs(
                region=REGION,
                function_name="my-fn",
                function_url=f"https://abc123.lambda-url.{REGION}.on.aws/",
                function_region=REGION,
                static_dir=files["static"],
                allowed_countries=["FR", "BE"],
                tags=TAGS,
                price_class="PriceClass_200",
                waf_requests_per_5_minutes_per_ip=1000,
                custom_domain=CustomDomain("chat.example.fr"),
            ),
        )
        pulumi.export("url", edge.chat_url)

    return run_callable(body)


def test_edge_alone_fronts_any_function_url(edge_run):
    assert_owned_tagged_and_regional(edge_run, "sovereign-chat:edge:Edge", {REGION, "us-east-1"})
    distribution = edge_run.one("aws:cloudfront/distribution:Distribution").inputs
    assert distribution["restrictions"]["geoRestriction"]["locations"] == ["BE", "FR"]
    assert distribution["priceClass"] == "PriceClass_200"
    function_origin = next(o for o in distribution["origins"] if o["originId"] == "chat-function")
    assert function_origin["domainName"] == f"abc123.lambda-url.{REGION}.on.aws"
    for permission in edge_run.of_type("aws:lambda/permission:Permission"):
        assert permission.inputs["function"] == "my-fn" and permission.inputs["region"] == REGION
    rate = edge_run.one("aws:wafv2/webAcl:WebAcl").inputs["rules"][0]["statement"]["rateBasedStatement"]
    assert rate["limit"] == 1000
    objects = {
        o.inputs["key"]: o.inputs["contentType"] for o in edge_run.of_type("aws:s3/bucketObjectv2:BucketObjectv2")
    }
    assert objects == {
        "index.html": "text/html; charset=utf-8",
        "app.js": "text/javascript; charset=utf-8",
        "logo.svg": "image/svg+xml",
        "page-config.json": "application/json",  # written from EdgeArgs.page_languages (default: English)
    }


def test_edge_custom_domain_without_hosted_zone_waits_for_manual_validation(edge_run):
    assert edge_run.of_type("aws:route53/record:Record") == []
    validation = edge_run.one("aws:acm/certificateValidation:CertificateValidation").inputs
    assert validation["region"] == "us-east-1" and not validation.get("validationRecordFqdns")
    assert edge_run.one("aws:cloudfront/distribution:Distribution").inputs["aliases"] == ["chat.example.fr"]
    assert edge_run.outputs["url"] == "https://chat.example.fr/"


def test_edge_args_refuse_an_empty_or_repeated_allow_list(files):
    base = {
        "region": REGION,
        "function_name": "f",
        "function_url": "https://x/",
        "function_region": REGION,
        "static_dir": files["static"],
        "tags": TAGS,
    }
    with pytest.raises(ValueError, match="at least one"):
        EdgeArgs(allowed_countries=[], **base)
    with pytest.raises(ValueError, match="twice"):
        EdgeArgs(allowed_countries=["FR", "FR"], **base)
