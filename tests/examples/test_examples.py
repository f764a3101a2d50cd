"""The example programs (examples/), each run under Pulumi mocks as `pulumi up` would run it, with its config.

Under the mocks the project is `sovereign-chat`, so the config keys carry that namespace instead of the example
project's own (`chat-edge:region` in a real stack is `sovereign-chat:region` here).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from compliance.checkout_alias import checkout_as_library
from compliance.offline_engine import ProgramRun, run_program
from components.zone_checks import ZoneError
from tests.stack.helpers import owning_component, statements

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
REGION = "eu-west-3"


@pytest.fixture(scope="module", autouse=True)
def library_layout() -> Iterator[None]:
    with checkout_as_library():
        yield


def run(example: str, config: dict[str, Any], **kwargs: Any) -> ProgramRun:
    keyed = {f"sovereign-chat:{key}": value for key, value in config.items()}
    return run_program("example", config=keyed, program=EXAMPLES / example / "__main__.py", **kwargs)


EDGE_CONFIG = {
    "region": REGION,
    "functionName": "their-streaming-fn",
    "functionUrl": f"https://abc123.lambda-url.{REGION}.on.aws/",
    "allowedCountries": ["FR", "BE"],
}


def test_the_edge_alone_fronts_an_existing_function_url():
    declared = run("edge_only", EDGE_CONFIG)
    components = [r for r in declared.resources if not r.custom]
    assert [c.type for c in components] == ["sovereign-chat:edge:Edge"]  # the edge, nothing else of ours
    for resource in declared.resources:
        if resource.custom:
            assert owning_component(declared, resource) is not None, resource.name
    distribution = declared.one("aws:cloudfront/distribution:Distribution").inputs
    assert distribution["restrictions"]["geoRestriction"]["locations"] == ["BE", "FR"]
    origin = next(o for o in distribution["origins"] if o["originId"] == "chat-function")
    assert origin["domainName"] == f"abc123.lambda-url.{REGION}.on.aws"
    for permission in declared.of_type("aws:lambda/permission:Permission"):
        assert permission.inputs["function"] == "their-streaming-fn" and permission.inputs["region"] == REGION
    assert declared.outputs["chatUrl"].startswith("https://")


def test_the_edge_alone_refuses_a_viewer_country_outside_its_zone_before_any_resource():
    recorded: list[Any] = []
    with pytest.raises(ZoneError, match="allowed_countries = 'US'"):
        run("edge_only", {**EDGE_CONFIG, "allowedCountries": ["FR", "US"]}, recorded=recorded)
    assert [r for r in recorded if r.custom] == []


AI_CONFIG = {
    "bedrockRegion": "eu-central-1",
    "modelId": "eu.anthropic.claude-3-7-sonnet-20250219-v1:0",
    "comprehendRegions": ["eu-central-1"],
    "roleName": "their-function-role",
}


def test_ai_access_alone_is_attached_to_another_teams_role():
    declared = run("ai_access_only", AI_CONFIG)
    policy = declared.one("aws:iam/policy:Policy")
    attachment = declared.one("aws:iam/rolePolicyAttachment:RolePolicyAttachment")
    assert attachment.inputs["role"] == "their-function-role"
    assert attachment.inputs["policyArn"] == f"arn:aws:iam::123456789012:policy/{policy.name}"  # AiAccess's
    assert owning_component(declared, attachment) is None  # the program's own resource, not the component's
    found = {s["Sid"]: s for s in statements(policy.inputs["policy"])}
    regions = sorted(arn.split(":")[3] for arn in found["BedrockModelsThroughProfile"]["Resource"])
    assert regions == declared.outputs["bedrockDestinationRegions"]
    assert all(region.startswith("eu-") for region in regions)
    assert found["ComprehendDetectInRegion"]["Condition"]["StringEquals"]["aws:RequestedRegion"] == ["eu-central-1"]
    assert declared.outputs["guardrailId"] is None


def test_ai_access_alone_refuses_a_profile_routing_outside_the_zone_before_any_resource():
    recorded: list[Any] = []
    with pytest.raises(ValueError, match="eu-central-2"):
        run(
            "ai_access_only",
            AI_CONFIG,
            profile_destinations={AI_CONFIG["modelId"]: ("eu-central-1", "eu-central-2")},
            recorded=recorded,
        )
    assert [r for r in recorded if r.custom] == []
