"""Each component constructed through the provider (`SovereignChatProvider.construct`, as the engine's Construct
call does) under Pulumi mocks, with inputs shaped as they arrive from another language: camelCase names, numbers
as floats, optional inputs left out."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any

import pulumi
import pytest
from pulumi.provider.provider import ConstructResult

from compliance.offline_engine import ProgramRun, run_callable
from components.config_schema import SCHEMA_BY_PATH
from components.provider.host import TYPE_TOKENS, SovereignChatProvider
from components.site_files import PAGE_DIR, site_files
from tests.stack.helpers import GLOBAL_TYPES, custom_aws, owning_component, sessions_table, stack_key, statements

REGION = "eu-west-3"
TAGS = {"Team": "payments"}
PROVIDER = SovereignChatProvider()


def construct(token: str, inputs: Mapping[str, Any], **run: Any) -> tuple[ProgramRun, dict[str, Any]]:
    """Construct one component through the provider; returns the run and its resolved output state."""
    state: dict[str, Any] = {}

    def keep(key: str, value: Any) -> None:
        state[key] = value

    def body() -> None:
        result: ConstructResult = PROVIDER.construct("solo", token, dict(inputs), None)
        for key, value in result.state.items():
            pulumi.Output.from_input(value).apply(functools.partial(keep, key))

    return run_callable(body, **run), state


def schema_outputs(token: str) -> set[str]:
    return set(json.loads(PROVIDER.schema or "{}")["resources"][token]["properties"])


def assert_owned_and_in(run: ProgramRun, token: str, regions: set[str]) -> None:
    (component,) = [r for r in run.resources if r.type == token]
    assert component.name == "solo" and component.outputs_registered
    for resource in custom_aws(run):
        owner = owning_component(run, resource)
        assert owner is not None and owner.type == token, resource.name
        if resource.type not in GLOBAL_TYPES:
            assert resource.inputs.get("region") in regions, resource.name


# --- ChatFunction ---------------------------------------------------------------------------------------------

CHAT_INPUTS: dict[str, Any] = {
    "residencyZone": "eu",
    "region": REGION,
    "bedrockModelId": "eu.amazon.nova-pro-v1:0",
    "comprehendRegion": "eu-west-1",
    "languages": ["fr", "nl"],
    "memoryMb": 512.0,  # numbers come as floats from other languages
    "maxMessageBytes": 4000.0,
    "tableDeletionProtection": False,
    "policyArns": ["arn:aws:iam::123456789012:policy/ai"],
    "alarmNamePrefix": "team-chat",
    "tags": TAGS,
}


@pytest.fixture(scope="module")
def chat() -> tuple[ProgramRun, dict[str, Any]]:
    return construct(TYPE_TOKENS["ChatFunction"], CHAT_INPUTS)


def test_chat_function_through_the_provider_is_the_component_with_its_own_type_token(chat):
    run, state = chat
    token = TYPE_TOKENS["ChatFunction"]
    assert_owned_and_in(run, token, {REGION})
    urns = {r.urn.split("::", 2)[2] for r in run.resources}
    assert f"{token}$aws:lambda/function:Function::solo-fn" in urns
    assert f"{token}$aws:lambda/functionUrl:FunctionUrl::solo-url" in urns
    assert set(state) == schema_outputs(token)
    assert state["functionUrl"] == f"https://solo-url.lambda-url.{REGION}.on.aws/" and state["region"] == REGION


def test_chat_function_inputs_arrive_as_integers_and_defaults_fill_the_rest(chat):
    run, _ = chat
    function = run.one("aws:lambda/function:Function").inputs
    assert function["memorySize"] == 512 and function["architectures"] == ["arm64"]
    assert function["timeout"] == SCHEMA_BY_PATH["chat.lambdaTimeoutSeconds"].default
    env = function["environment"]["variables"]
    assert env["CHAT_MAX_MESSAGE_BYTES"] == "4000"  # not "4000.0"
    assert env["CHAT_LANGUAGES"] == "fr,nl" and env["CHAT_BEDROCK_REGION"] == REGION  # bedrockRegion: region
    assert sessions_table(run).inputs["deletionProtectionEnabled"] is False
    assert (
        run.one("aws:iam/rolePolicyAttachment:RolePolicyAttachment").inputs["policyArn"] == CHAT_INPUTS["policyArns"][0]
    )
    assert run.one("aws:cloudwatch/logGroup:LogGroup").inputs["tags"] == TAGS


def test_chat_function_key_admits_cloudwatch_for_the_alarms_of_its_prefix_only(chat):
    run, _ = chat
    (cloudwatch,) = [
        s
        for s in statements(stack_key(run).inputs["policy"])
        if s["Principal"] == {"Service": "cloudwatch.amazonaws.com"}
    ]
    assert cloudwatch["Condition"]["ArnLike"] == {
        "aws:SourceArn": f"arn:aws:cloudwatch:{REGION}:123456789012:alarm:team-chat-*"
    }


# --- AiAccess ---------------------------------------------------------------------------------------------------


def test_ai_access_through_the_provider_grants_the_profile_destinations_found_at_deploy_time():
    run, state = construct(
        TYPE_TOKENS["AiAccess"],
        {
            "residencyZone": "eu",
            "bedrockRegion": REGION,
            "modelId": "eu.amazon.nova-pro-v1:0",
            "comprehendRegions": ["eu-west-1"],
            "guardrailEnabled": True,
            "tags": TAGS,
        },
        profile_destinations={"eu.amazon.nova-pro-v1:0": ("eu-west-1", "eu-west-3")},
    )
    assert_owned_and_in(run, TYPE_TOKENS["AiAccess"], {REGION})
    assert state["destinationRegions"] == ["eu-west-1", "eu-west-3"]
    assert set(state) == schema_outputs(TYPE_TOKENS["AiAccess"])
    found = {s["Sid"]: s for s in statements(run.one("aws:iam/policy:Policy").inputs["policy"])}
    assert found["BedrockModelsThroughProfile"]["Resource"] == [
        "arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws:bedrock:eu-west-3::foundation-model/amazon.nova-pro-v1:0",
    ]
    assert "BedrockApplyGuardrail" in found and run.one("aws:bedrock/guardrail:Guardrail").inputs["region"] == REGION


def test_ai_access_refuses_a_profile_that_routes_outside_the_zone_when_it_is_looked_up():
    inputs = {"residencyZone": "eu", "bedrockRegion": REGION, "modelId": "eu.amazon.nova-pro-v1:0"}
    with pytest.raises(ValueError, match=r"(?s)refused by residency zone 'eu'.*eu-central-2"):
        construct(
            TYPE_TOKENS["AiAccess"],
            {**inputs, "comprehendRegions": ["eu-west-1"]},
            profile_destinations={"eu.amazon.nova-pro-v1:0": ("eu-central-2", "eu-west-3")},
        )


# --- Edge -------------------------------------------------------------------------------------------------------


def test_edge_through_the_provider_fronts_a_function_url_with_the_chat_page():
    run, state = construct(
        TYPE_TOKENS["Edge"],
        {
            "residencyZone": "eu",
            "region": REGION,
            "functionName": "their-fn",
            "functionUrl": f"https://abc.lambda-url.{REGION}.on.aws/",
            "functionRegion": REGION,
            "allowedCountries": ["FR", "BE"],
            "wafRequestsPer5MinutesPerIp": 600.0,
            "tags": TAGS,
        },
    )
    assert_owned_and_in(run, TYPE_TOKENS["Edge"], {REGION, "us-east-1"})
    assert set(state) == schema_outputs(TYPE_TOKENS["Edge"])
    distribution = run.one("aws:cloudfront/distribution:Distribution").inputs
    assert distribution["restrictions"]["geoRestriction"]["locations"] == ["BE", "FR"]
    assert distribution["priceClass"] == SCHEMA_BY_PATH["edge.priceClass"].default
    rate = run.one("aws:wafv2/webAcl:WebAcl").inputs["rules"][0]["statement"]["rateBasedStatement"]
    assert rate["limit"] == 600
    keys = {o.inputs["key"] for o in run.of_type("aws:s3/bucketObjectv2:BucketObjectv2")}
    assert {f.key for f in site_files(PAGE_DIR)} <= keys  # the library's chat page by default
    for permission in run.of_type("aws:lambda/permission:Permission"):
        assert permission.inputs["function"] == "their-fn"


# --- Operations ---------------------------------------------------------------------------------------------------

KEY = f"arn:aws:kms:{REGION}:123456789012:key/k-1"
OPS_INPUTS: dict[str, Any] = {
    "residencyZone": "eu",
    "region": REGION,
    "alarmNamePrefix": "team-chat",  # the ChatFunction's, whose key encrypts the topic
    "functionName": "their-fn",
    "tableName": "their-table",
    "keyArn": KEY,
    "ttftP95ThresholdMs": 4000.0,
    "alarmEmail": "oncall@payments.example",
    "tags": TAGS,
}


def test_operations_through_the_provider_alarms_on_the_function_and_notifies_the_encrypted_topic():
    run, state = construct(TYPE_TOKENS["Operations"], OPS_INPUTS)
    token = TYPE_TOKENS["Operations"]
    assert_owned_and_in(run, token, {REGION})
    assert set(state) == schema_outputs(token)
    urns = {r.urn.split("::", 2)[2] for r in run.resources}
    assert f"{token}$aws:sns/topic:Topic::solo-alarms" in urns
    assert f"{token}$aws:cloudwatch/dashboard:Dashboard::solo-dashboard" in urns
    topic = run.one("aws:sns/topic:Topic").inputs
    assert topic["kmsMasterKeyId"] == KEY and topic["tags"] == TAGS
    assert run.one("aws:sns/topicSubscription:TopicSubscription").inputs["endpoint"] == OPS_INPUTS["alarmEmail"]
    alarms = {a.inputs["name"]: a.inputs for a in run.of_type("aws:cloudwatch/metricAlarm:MetricAlarm")}
    assert sorted(state["alarmNames"]) == sorted(alarms) and len(alarms) == 6
    assert all(name.startswith("team-chat-") for name in alarms)
    assert alarms["team-chat-ttft-p95"]["threshold"] == 4000  # the float arrived as an integer
    assert alarms["team-chat-ttft-p95"]["namespace"] == "SovereignChat"  # the ChatFunction's default namespace
    assert alarms["team-chat-function-errors"]["dimensions"] == {"FunctionName": "their-fn"}
    ceiling = SCHEMA_BY_PATH["chat.dailyTokenCeiling"].default
    assert alarms["team-chat-daily-tokens"]["threshold"] == pytest.approx(ceiling * 0.8)
    assert state["dashboardName"] == "team-chat"


def test_operations_without_ceiling_or_email_declares_neither_alarm_nor_subscription():
    inputs = {k: v for k, v in OPS_INPUTS.items() if k != "alarmEmail"}
    run, state = construct(TYPE_TOKENS["Operations"], {**inputs, "dailyTokenCeiling": 0.0})
    assert run.of_type("aws:sns/topicSubscription:TopicSubscription") == []
    assert "team-chat-daily-tokens" not in state["alarmNames"] and len(state["alarmNames"]) == 5


# --- Refusals ---------------------------------------------------------------------------------------------------

EDGE_BASE = {
    "residencyZone": "eu",
    "region": REGION,
    "functionName": "f",
    "functionUrl": "https://f/",
    "functionRegion": REGION,
    "allowedCountries": ["FR"],
}


@pytest.mark.parametrize(
    ("token", "inputs", "message"),
    [
        (TYPE_TOKENS["Edge"], {**EDGE_BASE, "residencyZone": "mars"}, r"residencyZone = 'mars'"),
        (TYPE_TOKENS["Edge"], {**EDGE_BASE, "allowedCountries": ["FR", "US"]}, r"allowed_countries = 'US'"),
        (TYPE_TOKENS["Edge"], {**EDGE_BASE, "priceClass": "PriceClass_Cheap"}, r"priceClass = 'PriceClass_Cheap'"),
        (TYPE_TOKENS["Edge"], {**EDGE_BASE, "wafRequestsPer5MinutesPerIp": 2.5}, "an integer is required"),
        (TYPE_TOKENS["Edge"], {**EDGE_BASE, "wafRequestsPer5MinutesPerIp": 5.0}, "below the minimum 10"),
        (
            TYPE_TOKENS["ChatFunction"],
            {**CHAT_INPUTS, "bedrockModelId": "global.anthropic.claude-x"},
            r"runtime\.bedrock_model_id = 'global\.anthropic",
        ),
        (TYPE_TOKENS["ChatFunction"], {**CHAT_INPUTS, "memoryMb": 64.0}, "memoryMb = 64: below the minimum 128"),
        (TYPE_TOKENS["ChatFunction"], {**CHAT_INPUTS, "lambdaToolsJson": "{"}, "lambdaToolsJson"),
        (
            TYPE_TOKENS["AiAccess"],
            {"residencyZone": "eu", "bedrockRegion": REGION, "modelId": "us.x", "comprehendRegions": ["eu-west-1"]},
            r"modelId = 'us\.x'",
        ),
        (TYPE_TOKENS["ChatFunction"], {**CHAT_INPUTS, "alarmNamePrefix": "a b"}, "alarmNamePrefix = 'a b'"),
        (
            TYPE_TOKENS["Operations"],
            {**OPS_INPUTS, "region": "us-east-1"},
            r"(?s)Operations: refused by residency zone 'eu'.*region = 'us-east-1'",
        ),
        (
            TYPE_TOKENS["Operations"],
            {**OPS_INPUTS, "keyArn": "arn:aws:kms:us-east-1:123456789012:key/k-1"},
            r"key_arn = 'arn:aws:kms:us-east-1:123456789012:key/k-1': the key's region us-east-1 is outside",
        ),
        (TYPE_TOKENS["Operations"], {**OPS_INPUTS, "keyArn": "alias/aws/sns"}, "not a KMS key ARN"),
        (TYPE_TOKENS["Operations"], {**OPS_INPUTS, "alarmEmail": "Ops <ops@x.example>"}, "not one e-mail address"),
        (TYPE_TOKENS["Operations"], {**OPS_INPUTS, "ttftP95ThresholdMs": 50.0}, "below the minimum 100"),
        (TYPE_TOKENS["Operations"], {**OPS_INPUTS, "dailyTokenCeiling": -1.0}, "below the minimum 0"),
        (TYPE_TOKENS["Operations"], {**OPS_INPUTS, "alarmNamePrefix": "x*"}, "alarmNamePrefix = 'x\\*'"),
        ("sovereign-chat:index:ChatFunction", CHAT_INPUTS, "has no component"),
    ],
)
def test_refused_before_any_resource(token: str, inputs: dict[str, Any], message: str):
    declared: list[Any] = []
    with pytest.raises(Exception, match=message):
        construct(token, inputs, recorded=declared)
    assert [r.type for r in declared if r.custom] == []


def test_a_missing_required_input_is_named():
    with pytest.raises(Exception, match="Missing required input 'allowedCountries'"):
        construct(TYPE_TOKENS["Edge"], {k: v for k, v in EDGE_BASE.items() if k != "allowedCountries"})
