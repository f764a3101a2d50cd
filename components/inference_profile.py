"""Deploy-time check of where a Bedrock model id actually routes.

A cross-region inference profile (`eu.…`) is served by a set of destination regions that AWS may change.
`checked_bedrock_route` looks the profile up in the Bedrock control plane (`aws.bedrock.get_inference_profile`)
when the program runs, refuses it when any destination lies outside the zone, and returns the exact ARNs the
IAM grants must list (the profile ARN and the foundation-model ARN in each destination region). An in-region
model needs no lookup: it is served from its own region.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pulumi_aws as aws

from components.config import PROJECT, ConfigError
from components.residency import ResidencyZone, check_destination_regions, parse_model_id, region_of_arn

__all__ = ["BedrockRoute", "checked_bedrock_route", "in_region_route", "route_from_profile"]


@dataclass(frozen=True)
class BedrockRoute:
    """Where a model id is served and what IAM must allow for it."""

    model_id: str
    inference_profile_arn: str | None  # None for an in-region model
    destination_regions: tuple[str, ...]
    foundation_model_arns: tuple[str, ...]  # one per destination region


def in_region_route(model_id: str, region: str) -> BedrockRoute:
    """The route of an in-region foundation model: its own region only."""
    arn = f"arn:aws:bedrock:{region}::foundation-model/{model_id}"
    return BedrockRoute(model_id, None, (region,), (arn,))


def route_from_profile(zone: ResidencyZone, model_id: str, profile_arn: str, model_arns: Sequence[str]) -> BedrockRoute:
    """Build the route from a looked-up profile; raise `ConfigError` when it routes outside the zone."""
    regions = sorted({r for r in (region_of_arn(a) for a in model_arns) if r})
    violations = check_destination_regions(zone, f"{PROJECT}:bedrock.modelId", model_id, regions)
    if violations:
        raise ConfigError(violations)
    return BedrockRoute(model_id, profile_arn, tuple(regions), tuple(sorted(model_arns)))


def checked_bedrock_route(zone: ResidencyZone, model_id: str, region: str) -> BedrockRoute:
    """Where `model_id` is served, looked up now; raises `ConfigError` when it routes outside `zone`.

    The lookup is synchronous on purpose: it runs at the top of `__main__.py`, so that a profile routing outside
    the zone stops the deployment before any resource is declared.
    """
    if not parse_model_id(model_id).is_inference_profile:
        return in_region_route(model_id, region)
    profile = aws.bedrock.get_inference_profile(inference_profile_id=model_id, region=region)
    return route_from_profile(zone, model_id, profile.inference_profile_arn, [m.model_arn for m in profile.models])
