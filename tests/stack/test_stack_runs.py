"""The real `__main__.py` under Pulumi mocks: every stack file runs; broken variants are refused up front."""

from __future__ import annotations

import pytest

from compliance.offline_engine import stack_names
from components.config import ConfigError
from tests.pulumi_harness import cached_run, run_stack

P = "sovereign-chat"


def test_there_are_at_least_two_zones_of_stack_files():
    assert {"eu", "us"} <= set(stack_names())


@pytest.mark.parametrize("stack", stack_names())
def test_every_stack_file_runs_and_exports_its_residency(stack):
    run = cached_run(stack)
    residency = run.outputs["residency"]
    assert residency["zone"] == stack
    assert residency["bedrockDestinationRegions"], "the inference profile was not looked up"
    lookups = [args for token, args in run.invokes if token == "aws:bedrock/getInferenceProfile:getInferenceProfile"]
    assert lookups and lookups[0]["region"] == run.config[f"{P}:bedrock"]["region"]


@pytest.mark.parametrize("stack", stack_names())
def test_every_stack_file_deploys_without_warnings(stack):
    # Pulumi.eu.yaml admits Spain and detects Spanish: no admitted viewer writes a language detection misses.
    assert cached_run(stack).warnings == []


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({f"{P}:homeRegion": "eu-west-2"}, "sovereign-chat:homeRegion = 'eu-west-2'"),
        ({f"{P}:bedrock.modelId": "global.anthropic.claude-sonnet-4-5-20250929-v1:0"}, "global."),
        ({f"{P}:edge.allowedViewerCountries": ["PT", "CH"]}, "'CH'"),
        ({f"{P}:chat.lambdaTimeoutSecs": 10}, "sovereign-chat:chat.lambdaTimeoutSecs"),
    ],
)
def test_broken_variant_is_refused_before_any_resource(overrides, fragment):
    with pytest.raises(ConfigError) as error:
        run_stack("eu", overrides)
    assert fragment in str(error.value)


def test_profile_routing_outside_the_zone_is_refused_at_deploy_time():
    # What the Bedrock lookup answers decides: an EU profile that also routes to Zurich is refused.
    destinations = {"eu.anthropic.claude-3-7-sonnet-20250219-v1:0": ("eu-central-1", "eu-central-2", "eu-west-1")}
    with pytest.raises(ConfigError) as error:
        run_stack("eu", profile_destinations=destinations)
    assert "routes to eu-central-2, outside zone 'eu'" in str(error.value)


def test_runs_are_independent():
    first = run_stack("us")
    second = run_stack("us")
    assert first.outputs == second.outputs
    assert len(first.resources) == len(second.resources)
