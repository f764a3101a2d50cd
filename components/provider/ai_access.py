"""`AiAccess` with flat inputs, for the cross-language package (and any Python program that prefers them).

The same component as `components.ai_access.AiAccess` (same resources, logical names and type token
`sovereign-chat:ai_access:AiAccess`). Given a model id instead of a checked route, it looks an inference profile
up at deploy time (`aws.bedrock.getInferenceProfile`) and grants exactly the destinations found, refusing the
deployment when one lies outside the zone. No `from __future__ import annotations`: the package schema is read
from these annotations.
"""

from typing import NotRequired, TypedDict

import pulumi
import pulumi_aws as aws

from components import ai_access as base
from components.inference_profile import BedrockRoute, in_region_route
from components.provider.inputs import InputsRefused, OptionalInput, spec_violations, value_or_default, zone_named
from components.residency import Violation, check_model_id, parse_model_id, region_of_arn
from components.zone_checks import require_in_zone

__all__ = ["CHOICES", "OPTIONAL", "AiAccess", "AiAccessInputs", "ai_access_args", "profile_route"]

COMPONENT = "AiAccess"


class AiAccessInputs(TypedDict):
    """Inputs of the AI grants: the model, the regions it and Comprehend may be called in, the guardrail."""

    residency_zone: str
    """Residency zone the Bedrock region, the Comprehend regions and every destination of the model's inference
    profile must lie in."""
    bedrock_region: str
    """Region of the Bedrock runtime endpoint the function calls (and of the guardrail)."""
    model_id: str
    """Bedrock model the grant allows: an inference profile of the zone's geography (its destination regions are
    looked up at deploy time and must all lie in the zone) or an in-region model id. `global.` is refused."""
    comprehend_regions: list[str]
    """Regions Comprehend may be called in (each in the zone and offering Comprehend)."""
    guardrail_enabled: NotRequired[bool]
    """Create a Bedrock guardrail that masks personal data in the model's input (defence in depth)."""
    guardrail_pii_entity_types: NotRequired[list[str]]
    """Comprehend PII entity types the guardrail masks (those Bedrock Guardrails knows)."""
    tags: NotRequired[dict[str, str]]
    """Tags applied to every taggable resource."""


OPTIONAL: dict[str, OptionalInput] = {
    "guardrail_enabled": OptionalInput(stack_key="bedrock.guardrailEnabled"),
    "guardrail_pii_entity_types": OptionalInput(stack_key="comprehend.piiEntityTypes"),
    "tags": OptionalInput(default={}),
}
CHOICES: dict[str, tuple[object, ...]] = {}


def profile_route(model_id: str, profile_arn: str, model_arns: list[str]) -> BedrockRoute:
    """The route of a looked-up inference profile: its ARN, destination regions and model ARNs (unchecked)."""
    regions = sorted({region for region in (region_of_arn(arn) for arn in model_arns) if region})
    return BedrockRoute(model_id, profile_arn, tuple(regions), tuple(sorted(model_arns)))


def _route(model_id: str, bedrock_region: str) -> pulumi.Input[BedrockRoute]:
    if not parse_model_id(model_id).is_inference_profile:
        return in_region_route(model_id, bedrock_region)
    profile = aws.bedrock.get_inference_profile_output(inference_profile_id=model_id, region=bedrock_region)
    return profile.apply(
        lambda found: profile_route(model_id, found.inference_profile_arn, [m.model_arn for m in found.models])
    )


def ai_access_args(inputs: AiAccessInputs) -> base.AiAccessArgs:
    """The `AiAccessArgs` of flat inputs: the model id checked against the zone now, its route when looked up."""
    zone = zone_named(COMPONENT, inputs.get("residency_zone"))
    guardrail = bool(value_or_default(inputs, "guardrail_enabled", OPTIONAL))
    pii_types = list(value_or_default(inputs, "guardrail_pii_entity_types", OPTIONAL))
    found: list[Violation] = []
    if "guardrail_pii_entity_types" in inputs:
        spec = OPTIONAL["guardrail_pii_entity_types"].spec
        found += spec_violations("guardrail_pii_entity_types", pii_types, spec) if spec else []
    if found:
        raise InputsRefused(COMPONENT, found)
    model_id, bedrock_region = inputs["model_id"], inputs["bedrock_region"]
    require_in_zone(COMPONENT, zone, check_model_id(zone, "modelId", model_id, bedrock_region))
    return base.AiAccessArgs(
        bedrock_region=bedrock_region,
        route=_route(model_id, bedrock_region),
        comprehend_regions=list(inputs["comprehend_regions"]),
        tags=dict(value_or_default(inputs, "tags", OPTIONAL)),
        guardrail=base.GuardrailSettings(pii_types) if guardrail else None,
        zone=zone,
    )


class AiAccess(base.AiAccess):
    """What a function may call on Amazon Bedrock and Amazon Comprehend, pinned to the residency zone: one
    customer-managed IAM policy (attach it to any role) granting the model through exactly the inference
    profile's destination regions (or the in-region model) and the Comprehend detect calls in the given regions
    only; optionally a Bedrock guardrail that masks personal data in the model's input."""

    policy_arn: pulumi.Output[str]
    """ARN of the IAM policy to attach to the function's role."""
    destination_regions: pulumi.Output[list[str]]
    """Regions the model is served from (the inference profile's destinations, as found at deploy time)."""
    guardrail_id: pulumi.Output[str] | None
    """Id of the guardrail (when `guardrailEnabled`)."""
    guardrail_version: pulumi.Output[str] | None
    """Version of the guardrail (when `guardrailEnabled`)."""

    def __init__(self, name: str, args: AiAccessInputs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__(name, ai_access_args(args), opts)
