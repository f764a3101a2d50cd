"""Only `AiAccess` of sovereign-chat, for another team's Lambda function: the zone-pinned Bedrock and Comprehend
grants as one IAM policy, attached to that function's role.

    pulumi config set bedrockRegion eu-central-1
    pulumi config set modelId eu.anthropic.claude-3-7-sonnet-20250219-v1:0
    pulumi config set --path 'comprehendRegions[0]' eu-central-1
    pulumi config set roleName their-function-role
    pulumi up

The inference profile is looked up now: when one of its destination regions is outside the zone (`residencyZone`,
default `eu`), nothing is declared. The role's other policies are not this program's: the policy pack checks
that none of them allows Bedrock or Comprehend outside the zone.
"""

import pulumi
import pulumi_aws as aws
from sovereign_chat.components.ai_access import AiAccess, AiAccessArgs, GuardrailSettings
from sovereign_chat.components.inference_profile import checked_bedrock_route
from sovereign_chat.components.residency import ZONES

config = pulumi.Config()
zone = ZONES[config.get("residencyZone") or "eu"]
bedrock_region = config.require("bedrockRegion")
guardrail_types = config.get_object("guardrailPiiEntityTypes")
ai = AiAccess(
    "team-ai",
    AiAccessArgs(
        bedrock_region=bedrock_region,
        route=checked_bedrock_route(zone, config.require("modelId"), bedrock_region),
        comprehend_regions=config.require_object("comprehendRegions"),
        guardrail=GuardrailSettings(guardrail_types) if guardrail_types else None,
        tags={"Team": config.get("team") or "platform"},
        zone=zone,
    ),
)
aws.iam.RolePolicyAttachment("team-ai-attachment", role=config.require("roleName"), policy_arn=ai.policy_arn)

pulumi.export("policyArn", ai.policy_arn)
pulumi.export("bedrockDestinationRegions", ai.destination_regions)
pulumi.export("guardrailId", ai.guardrail_id)
