"""`AiAccess`: what the chat function may call on Amazon Bedrock and Amazon Comprehend, pinned to the zone.

One customer-managed IAM policy (attach it to any role: `ChatFunctionArgs.policy_arns` does) with:
- Bedrock invoke on the inference-profile ARN and on the foundation-model ARNs in exactly the profile's
  destination regions (as looked up and checked against the zone at deploy time), the latter only through that
  profile (`bedrock:InferenceProfileArn`); or, for an in-region model, that model's ARN only;
- the Comprehend detect calls the runtime makes, only in the configured region(s) (`aws:RequestedRegion`);
- optionally `bedrock:ApplyGuardrail` on a Bedrock Guardrail with a sensitive-information filter that this
  component creates in the Bedrock region (defence in depth behind the runtime's own pseudonymization).

The statements come from `components.iam_statements` (pure); this component only creates the resources.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from components import iam_statements as iam
from components.inference_profile import BedrockRoute
from components.residency import ResidencyZone
from components.zone_checks import ai_access_violations, checked_route, require_in_zone, route_violations
from runtime.privacy.comprehend_pii_types import GUARDRAIL_PII_TYPES

__all__ = [
    "COMPREHEND_TO_GUARDRAIL_PII",
    "AiAccess",
    "AiAccessArgs",
    "GuardrailSettings",
    "ai_statements",
    "guardrail_pii_entities",
]

#: Comprehend PII entity types (our config's vocabulary) -> Bedrock Guardrails PII entity types, from their one
#: declaration (`runtime.privacy.comprehend_pii_types`). Types without a Guardrails equivalent (AGE, DATE_TIME,
#: ...) are covered by the runtime only.
COMPREHEND_TO_GUARDRAIL_PII: Mapping[str, str] = {
    comprehend: guardrail for comprehend, guardrail in GUARDRAIL_PII_TYPES.items() if guardrail is not None
}


@dataclass(frozen=True)
class GuardrailSettings:
    """The optional guardrail: which PII types it masks (Comprehend names, mapped to Guardrails names)."""

    pii_entity_types: Sequence[str]


def guardrail_pii_entities(
    pii_entity_types: Sequence[str],
) -> list[aws.bedrock.GuardrailSensitiveInformationPolicyConfigPiiEntitiesConfigArgsDict]:
    """The guardrail's PII filters: mask (ANONYMIZE) on the input, so that a value our pseudonymizer missed
    never reaches the model; the output is not filtered (it would delay the stream and mask model-written
    names; the model never received personal data to repeat)."""
    types = sorted({COMPREHEND_TO_GUARDRAIL_PII[t] for t in pii_entity_types if t in COMPREHEND_TO_GUARDRAIL_PII})
    if not types:
        raise ValueError("none of the PII entity types has a Bedrock Guardrails equivalent")
    return [
        {
            "type": t,
            "action": "ANONYMIZE",
            "input_action": "ANONYMIZE",
            "input_enabled": True,
            "output_action": "NONE",
            "output_enabled": False,
        }
        for t in types
    ]


def ai_statements(
    route: BedrockRoute, comprehend_regions: Sequence[str], guardrail_arn: str | None = None
) -> list[iam.Statement]:
    """Every statement of the AI policy for a checked Bedrock route (pure)."""
    statements = iam.bedrock_invoke_statements(route.inference_profile_arn, route.foundation_model_arns)
    statements += iam.comprehend_detect_statements(comprehend_regions)
    if guardrail_arn:
        statements.append(iam.guardrail_statement(guardrail_arn))
    return statements


@dataclass(frozen=True)
class AiAccessArgs:
    """Inputs of `AiAccess` (plain values, no stack config).

    - `bedrock_region`: region of the Bedrock runtime endpoint (and of the guardrail).
    - `route`: the checked Bedrock route (`components.inference_profile.checked_bedrock_route`): profile ARN,
      destination regions and foundation-model ARNs, or one in-region model.
    - `comprehend_regions`: the region(s) Comprehend may be called in.
    - `guardrail`: create a guardrail with a sensitive-information filter (None: no guardrail).
    - `tags`: applied to every taggable resource.
    - `zone`: optional residency zone (used alone, outside our program): the Bedrock and Comprehend regions and
      every region the route reaches are refused outside it (a route given as an Output, when it resolves).
    """

    bedrock_region: str
    route: pulumi.Input[BedrockRoute]
    comprehend_regions: Sequence[str]
    tags: Mapping[str, str]
    guardrail: GuardrailSettings | None = None
    zone: ResidencyZone | None = None

    def __post_init__(self) -> None:
        if not self.comprehend_regions:
            raise ValueError("at least one Comprehend region is required")
        if self.zone is not None:
            violations = ai_access_violations(self.zone, self.bedrock_region, self.comprehend_regions)
            if isinstance(self.route, BedrockRoute):
                violations += route_violations(self.zone, self.route)
            require_in_zone("AiAccess", self.zone, violations)


class AiAccess(pulumi.ComponentResource):
    """The zone-pinned Bedrock and Comprehend grants (one IAM policy) and the optional guardrail."""

    policy_arn: pulumi.Output[str]
    guardrail_id: pulumi.Output[str] | None
    guardrail_version: pulumi.Output[str] | None

    def __init__(self, name: str, args: AiAccessArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("sovereign-chat:ai_access:AiAccess", name, None, opts)
        tags = dict(args.tags)
        child = pulumi.ResourceOptions(parent=self)
        guardrail_arn: pulumi.Output[str | None] = pulumi.Output.from_input(None)
        self.guardrail_id = None
        self.guardrail_version = None
        if args.guardrail is not None:
            filters = guardrail_pii_entities(args.guardrail.pii_entity_types)
            guardrail = aws.bedrock.Guardrail(
                f"{name}-guardrail",
                region=args.bedrock_region,
                name=f"{pulumi.get_project()}-{pulumi.get_stack()}-{name}",
                description="Masks personal data that reached the model input despite pseudonymization.",
                blocked_input_messaging="This request cannot be processed.",
                blocked_outputs_messaging="This answer cannot be shown.",
                sensitive_information_policy_config={"pii_entities_configs": filters},
                tags=tags,
                opts=child,
            )
            # A new version whenever the filters change (a version is a snapshot of the guardrail).
            digest = hashlib.sha256(json.dumps(filters, sort_keys=True).encode()).hexdigest()[:16]
            version = aws.bedrock.GuardrailVersion(
                f"{name}-guardrail-version",
                region=args.bedrock_region,
                guardrail_arn=guardrail.guardrail_arn,
                description=f"sensitive-information filter {digest}",
                opts=child,
            )
            guardrail_arn = guardrail.guardrail_arn
            self.guardrail_id = guardrail.guardrail_id
            self.guardrail_version = version.version

        route = pulumi.Output.from_input(args.route)
        zone = args.zone
        if zone is not None:
            route = route.apply(lambda r: checked_route("AiAccess", zone, r))
        regions = list(args.comprehend_regions)
        policy = aws.iam.Policy(
            f"{name}-policy",
            description="Bedrock and Comprehend calls of the chat function, pinned to the residency zone",
            policy=pulumi.Output.all(route, guardrail_arn).apply(
                lambda v: iam.policy_json(ai_statements(v[0], regions, v[1]))
            ),
            tags=tags,
            opts=child,
        )
        self.policy_arn = policy.arn
        self.destination_regions = route.apply(lambda r: list(r.destination_regions))
        self.register_outputs(
            {
                "policyArn": self.policy_arn,
                "bedrockDestinationRegions": self.destination_regions,
                "guardrailId": self.guardrail_id,
                "guardrailVersion": self.guardrail_version,
            }
        )
