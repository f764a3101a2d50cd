"""Pure builders the components (and the compliance review) rely on: statements, environment, page files."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import iam_statements as iam
from components.ai_access import COMPREHEND_TO_GUARDRAIL_PII, ai_statements, guardrail_pii_entities
from components.chat_function import lwa_layer_arn
from components.config import COMPREHEND_PII_ENTITY_TYPES
from components.edge import origin_domain
from components.inference_profile import in_region_route
from components.runtime_env import RuntimeSettings, function_environment
from components.site_files import content_type, site_files

PROFILE_ARN = "arn:aws:bedrock:eu-central-1:123456789012:inference-profile/eu.m"
MODELS = ["arn:aws:bedrock:eu-west-1::foundation-model/m", "arn:aws:bedrock:eu-central-1::foundation-model/m"]


def test_bedrock_statements_never_widen_to_a_wildcard():
    for resources in (["*"], [], ["foundation-model/m"]):
        with pytest.raises(ValueError):
            iam.bedrock_invoke_statements(PROFILE_ARN, resources)
    with pytest.raises(ValueError):
        iam.bedrock_invoke_statements("*", MODELS)
    with pytest.raises(ValueError, match="exactly one"):
        iam.bedrock_invoke_statements(None, MODELS)


def test_bedrock_models_are_sorted_and_conditioned_on_the_profile():
    profile, models = iam.bedrock_invoke_statements(PROFILE_ARN, MODELS)
    assert profile["Resource"] == [PROFILE_ARN] and "Condition" not in profile
    assert models["Resource"] == sorted(MODELS)
    # An ARN-typed key: compared with ArnEquals, never StringEquals.
    assert models["Condition"] == {"ArnEquals": {"bedrock:InferenceProfileArn": PROFILE_ARN}}


def test_arn_conditions_take_only_arn_typed_keys_and_one_exact_arn():
    assert iam.arn_condition("aws:SourceArn", "arn:aws:cloudfront::1:distribution/D") == {
        "ArnEquals": {"aws:SourceArn": "arn:aws:cloudfront::1:distribution/D"}
    }
    with pytest.raises(ValueError, match="not one of the ARN-typed"):
        iam.arn_condition("aws:RequestedRegion", "arn:aws:x")
    for bad in ("*", "arn:aws:bedrock:*:1:inference-profile/eu.x", "eu.model"):
        with pytest.raises(ValueError, match="one exact ARN"):
            iam.arn_condition("bedrock:InferenceProfileArn", bad)
    assert {"ArnEquals", "ArnLike"} <= set(iam.ARN_OPERATORS)
    assert not any(op.startswith("String") for op in iam.ARN_OPERATORS)


def test_comprehend_needs_explicit_regions_and_pins_them():
    with pytest.raises(ValueError):
        iam.comprehend_detect_statements([])
    with pytest.raises(ValueError):
        iam.comprehend_detect_statements(["*"])
    (statement,) = iam.comprehend_detect_statements(["eu-west-1", "eu-central-1", "eu-west-1"])
    assert statement["Condition"]["StringEquals"]["aws:RequestedRegion"] == ["eu-central-1", "eu-west-1"]
    assert all("*" not in action for action in statement["Action"])


def test_ai_statements_for_an_in_region_route_and_a_guardrail():
    found = ai_statements(in_region_route("m", "eu-west-3"), ["eu-west-1"], "arn:aws:bedrock:eu-west-3:1:guardrail/g")
    assert [s["Sid"] for s in found] == ["BedrockInRegionModel", "ComprehendDetectInRegion", "BedrockApplyGuardrail"]
    assert found[0]["Resource"] == ["arn:aws:bedrock:eu-west-3::foundation-model/m"]


def test_scoped_grants_refuse_wildcards():
    with pytest.raises(ValueError):
        iam.dynamodb_statement("*")
    with pytest.raises(ValueError):
        iam.prompt_object_statement("bucket", "*")
    with pytest.raises(ValueError):
        iam.kms_use_statement("arn:aws:kms:eu-central-1:1:key/k", [])
    assert iam.logs_statement("arn:aws:logs:eu-central-1:1:log-group:g")["Resource"] == [
        "arn:aws:logs:eu-central-1:1:log-group:g",
        "arn:aws:logs:eu-central-1:1:log-group:g:*",
    ]
    assert iam.policy_json([iam.dynamodb_statement("arn:aws:dynamodb:eu-central-1:1:table/t")]) == iam.policy_json(
        [iam.dynamodb_statement("arn:aws:dynamodb:eu-central-1:1:table/t")]
    )


def test_every_configurable_pii_type_maps_to_a_real_guardrail_type_or_none():
    assert set(COMPREHEND_TO_GUARDRAIL_PII) <= set(COMPREHEND_PII_ENTITY_TYPES)
    with pytest.raises(ValueError):
        guardrail_pii_entities(["AGE", "DATE_TIME"])
    filters = guardrail_pii_entities(["SSN", "NAME"])
    assert [f["type"] for f in filters] == ["NAME", "US_SOCIAL_SECURITY_NUMBER"]
    assert all(f["input_action"] == "ANONYMIZE" and f["output_enabled"] is False for f in filters)


def test_layer_arn_per_region_and_architecture():
    assert lwa_layer_arn("eu-west-1", "x86_64").startswith(
        "arn:aws:lambda:eu-west-1:753240598075:layer:LambdaAdapterLayerX86:"
    )
    with pytest.raises(ValueError):
        lwa_layer_arn("eu-west-1", "riscv")


def test_function_environment_refuses_half_a_guardrail_and_out_of_zone_regions():
    settings = RuntimeSettings(
        home_region="eu-central-1",
        bedrock_region="eu-central-1",
        bedrock_model_id="m",
        max_output_tokens=1,
        comprehend_region="eu-central-1",
        languages=["de"],
        comprehend_min_score=0.5,
        pii_entity_types=["NAME"],
        max_message_bytes=1,
        session_token_budget=1000,
        history_retention_days=1,
        allowed_regions=["eu-central-1"],
        prompt_cache_ttl_seconds=0,
        heartbeat_seconds=1,
    )
    with pytest.raises(ValueError, match="both"):
        function_environment(settings, table_name="t", prompt_bucket="b", prompt_key="k", guardrail_id="g")
    env = function_environment(settings, table_name="t", prompt_bucket="b", prompt_key="k")
    assert env["CHAT_COMPREHEND_ENABLED"] == "true" and env["CHAT_ALLOWED_REGIONS"] == "eu-central-1"
    with pytest.raises(ValueError, match="allowed regions"):
        settings.replace(comprehend_region="us-east-1")


def test_origin_domain() -> None:
    assert origin_domain("https://abc.lambda-url.eu-central-1.on.aws/") == "abc.lambda-url.eu-central-1.on.aws"
    with pytest.raises(ValueError):
        origin_domain("https:///")


def test_page_files_have_known_content_types(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        site_files(tmp_path)
    (tmp_path / "index.html").write_text("x", encoding="utf-8")
    (tmp_path / "data.bin").write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match=r"data\.bin"):
        site_files(tmp_path)
    assert content_type(Path("A.CSS")) == "text/css; charset=utf-8"
