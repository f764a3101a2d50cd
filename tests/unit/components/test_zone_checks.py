"""Residency of a component used alone: each checks its own regions, model and route against a zone passed in."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path
from typing import Any

import pulumi
import pytest

from compliance.offline_engine import run_callable
from components.ai_access import AiAccess, AiAccessArgs
from components.chat_function import ChatFunctionArgs
from components.edge import EdgeArgs
from components.inference_profile import BedrockRoute, in_region_route
from components.operations import OperationsArgs
from components.residency import ZONES, ResidencyZone, Violation
from components.runtime_env import RuntimeSettings
from components.zone_checks import (
    ZoneError,
    ai_access_violations,
    chat_function_violations,
    edge_violations,
    operations_violations,
    route_violations,
)
from runtime.tools.specs import parse_lambda_tools

EU = ZONES["eu"]
#: A zone the consuming program declares itself (no edit of our catalog): Switzerland.
SWISS = ResidencyZone(
    name="ch",
    description="Regions in Switzerland.",
    regions={"eu-central-2": "Zurich, Switzerland"},
    inference_profile_prefixes=(),
    comprehend_regions=frozenset(),
    viewer_countries=frozenset({"CH", "LI"}),
)


def settings(**changes: object) -> RuntimeSettings:
    base = RuntimeSettings(
        home_region="eu-west-3",
        bedrock_region="eu-west-3",
        bedrock_model_id="eu.amazon.nova-pro-v1:0",
        max_output_tokens=512,
        comprehend_region="eu-west-1",
        languages=["fr"],
        comprehend_min_score=0.5,
        pii_entity_types=["NAME"],
        max_message_bytes=4000,
        session_token_budget=50_000,
        history_retention_days=7,
        allowed_regions=["eu-west-3", "eu-west-1"],
        prompt_cache_ttl_seconds=60,
        heartbeat_seconds=5,
    )
    return base.replace(**changes)


def keys(violations: list[Violation]) -> list[str]:
    return [v.key for v in violations]


def test_chat_function_in_zone_passes_and_every_way_out_is_named():
    assert chat_function_violations(EU, "eu-west-3", settings()) == []
    tool = parse_lambda_tools(
        '[{"name": "lookup", "description": "d", "inputSchema": {"type": "object"},'
        ' "functionArn": "arn:aws:lambda:us-east-1:123456789012:function:lookup"}]'
    )
    outside = settings(
        home_region="us-east-1",
        bedrock_region="eu-west-2",
        bedrock_model_id="global.anthropic.claude",
        comprehend_region="eu-west-3",
        tools_lambda=tool,
        allowed_regions=["us-east-1", "eu-west-2", "eu-west-3"],
    )
    assert keys(chat_function_violations(EU, "us-east-1", outside)) == [
        "region",
        "runtime.bedrock_region",
        "runtime.comprehend_region",  # in the zone, but no Comprehend there
        "runtime.bedrock_model_id",
        "runtime.tools_lambda[0].functionArn",
        "runtime.allowed_regions[0]",
        "runtime.allowed_regions[1]",
    ]


def test_ai_access_regions_and_route():
    assert ai_access_violations(EU, "eu-west-3", ["eu-west-1", "eu-central-1"]) == []
    assert keys(ai_access_violations(EU, "us-east-1", ["eu-west-3"])) == ["bedrock_region", "comprehend_regions[0]"]
    inside = BedrockRoute(
        "eu.x",
        "arn:aws:bedrock:eu-west-3:1:inference-profile/eu.x",
        ("eu-west-1", "eu-west-3"),
        ("arn:aws:bedrock:eu-west-1::foundation-model/x", "arn:aws:bedrock:eu-west-3::foundation-model/x"),
    )
    assert route_violations(EU, inside) == []
    zurich = dataclasses.replace(
        inside,
        destination_regions=("eu-central-2", "eu-west-1"),
        foundation_model_arns=("arn:aws:bedrock:eu-central-2::foundation-model/x",),
    )
    found = route_violations(EU, zurich)
    assert keys(found) == ["route.destination_regions", "route"]
    assert "eu-central-2" in found[0].message
    assert route_violations(EU, in_region_route("mistral.large", "eu-west-3")) == []
    assert keys(route_violations(EU, in_region_route("mistral.large", "us-east-1"))) == [
        "route.model_id",
        "route.destination_regions",
        "route",
    ]


def test_edge_regions_and_countries():
    assert edge_violations(EU, "eu-west-3", "eu-west-3", ["FR", "BE", "NO"]) == []
    assert keys(edge_violations(EU, "eu-west-2", "us-east-1", ["FR", "GB", "FR"])) == [
        "region",
        "function_region",
        "allowed_countries",
        "allowed_countries",
    ]


def test_a_zone_of_the_consumers_own(tmp_path: Path):
    assert edge_violations(SWISS, "eu-central-2", "eu-central-2", ["CH"]) == []
    assert keys(edge_violations(SWISS, "eu-west-3", "eu-central-2", ["FR"])) == ["region", "allowed_countries"]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("zone")
    package = root / "fn.zip"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("runtime/run.sh", "#!/bin/sh\n")
    prompt = root / "prompt.md"
    prompt.write_text("x\n", encoding="utf-8")
    return package, prompt


def test_chat_function_args_refuse_their_zone_before_any_resource(files):
    package, prompt = files
    ChatFunctionArgs(region="eu-west-3", package_path=package, prompt_file=prompt, runtime=settings(), tags={}, zone=EU)
    with pytest.raises(ZoneError) as refused:
        ChatFunctionArgs(
            region="eu-west-3",
            package_path=package,
            prompt_file=prompt,
            runtime=settings(comprehend_region="eu-west-3"),
            tags={},
            zone=EU,
        )
    assert refused.value.component == "ChatFunction" and keys(refused.value.violations) == ["runtime.comprehend_region"]
    assert "residency zone 'eu'" in str(refused.value)
    # Without a zone, nothing is checked beyond the Args' own consistency (our program checks the stack config).
    ChatFunctionArgs(
        region="eu-west-3",
        package_path=package,
        prompt_file=prompt,
        runtime=settings(comprehend_region="eu-west-3"),
        tags={},
    )


def test_ai_access_refuses_a_plain_route_at_once_and_an_output_route_when_it_resolves():
    outside = in_region_route("mistral.large", "us-east-1")
    with pytest.raises(ZoneError, match="AiAccess"):
        AiAccessArgs(bedrock_region="eu-west-3", route=outside, comprehend_regions=["eu-west-1"], tags={}, zone=EU)

    def body() -> None:
        AiAccess(
            "late",
            AiAccessArgs(
                bedrock_region="eu-west-3",
                route=pulumi.Output.from_input(outside),
                comprehend_regions=["eu-west-1"],
                tags={},
                zone=EU,
            ),
        )

    # Pulumi re-raises the error of an apply as a ValueError naming the resource and input it was computing.
    with pytest.raises(ValueError, match=r"(?s)AiAccess: refused by residency zone 'eu'.*route\.destination_regions"):
        run_callable(body)


def test_edge_args_refuse_their_zone(tmp_path: Path):
    static = tmp_path / "page"
    static.mkdir()
    (static / "index.html").write_text("<!doctype html>", encoding="utf-8")
    base: dict[str, Any] = {"function_name": "f", "function_url": "https://f/", "static_dir": static, "tags": {}}
    EdgeArgs(region="eu-west-3", function_region="eu-west-3", allowed_countries=["FR"], zone=EU, **base)
    with pytest.raises(ZoneError) as refused:
        EdgeArgs(region="eu-west-2", function_region="eu-west-3", allowed_countries=["FR", "CH"], zone=EU, **base)
    assert refused.value.component == "Edge" and keys(refused.value.violations) == ["region", "allowed_countries"]
    EdgeArgs(region="eu-central-2", function_region="eu-central-2", allowed_countries=["CH"], zone=SWISS, **base)


def test_operations_region_and_key_and_the_args_refusing_them():
    key = "arn:aws:kms:eu-west-3:123456789012:key/k"
    assert operations_violations(EU, "eu-west-3", key) == []
    outside = operations_violations(EU, "us-east-1", "arn:aws:kms:us-east-1:123456789012:key/k")
    assert keys(outside) == ["region", "key_arn"]
    assert keys(operations_violations(EU, "eu-west-3", "alias/aws/sns")) == ["key_arn"]
    base: dict[str, Any] = {
        "alarm_name_prefix": "p",
        "metrics_namespace": "Ns",
        "function_name": "f",
        "table_name": "t",
        "key_arn": key,
        "tags": {},
    }
    OperationsArgs(region="eu-west-3", zone=EU, **base)
    with pytest.raises(ZoneError) as refused:
        OperationsArgs(region="eu-west-2", zone=SWISS, **base)
    assert refused.value.component == "Operations" and keys(refused.value.violations) == ["region", "key_arn"]
    OperationsArgs(region="us-east-1", **base)  # without a zone, the region is not checked

    def body() -> None:  # a key that is another resource's output is checked where that resource is
        found.extend(operations_violations(EU, "eu-west-3", pulumi.Output.from_input("arn:aws:kms:us-east-1:1:key/k")))

    found: list[Violation] = []
    run_callable(body)
    assert found == []
