"""Deploy-time residency checks that must pass before the program declares any resource.

`resolve_bedrock_route` (components/inference_profile.py) returns an Output: a refusal inside it surfaces only
while resources are being registered, after independent resources may already have been created. The program
therefore looks the inference profile up synchronously here, at the top of `__main__.py`, so that a profile
routing outside the zone stops the deployment before anything exists (same lookup, same rule, same error).
"""

from __future__ import annotations

import pulumi_aws as aws

from components.inference_profile import BedrockRoute, in_region_route, route_from_profile
from components.residency import ResidencyZone, parse_model_id

__all__ = ["checked_bedrock_route"]


def checked_bedrock_route(zone: ResidencyZone, model_id: str, region: str) -> BedrockRoute:
    """Where `model_id` is served, looked up now; raises `ConfigError` when it routes outside `zone`."""
    if not parse_model_id(model_id).is_inference_profile:
        return in_region_route(model_id, region)
    profile = aws.bedrock.get_inference_profile(inference_profile_id=model_id, region=region)
    return route_from_profile(zone, model_id, profile.inference_profile_arn, [m.model_arn for m in profile.models])
