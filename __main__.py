"""sovereign-chat: the Pulumi program. It only reads and validates config, builds the components, and exports.

The config is validated (schema and residency zone) before any resource is declared: a refused config raises
one error listing every violation. At deploy time the Bedrock inference profile is looked up and refused when it
routes outside the zone.
"""

import pulumi

from components.config import load_stack_config, read_raw_config
from components.inference_profile import resolve_bedrock_route

config = load_stack_config(read_raw_config())
stack = pulumi.get_stack()
tags = config.tags.as_tags(stack, config.residency_zone)
bedrock_route = resolve_bedrock_route(config.zone, config.bedrock.model_id, config.bedrock.region)

# COMPONENTS-WIRING: the components are composed below (components issue).

pulumi.export(
    "residency",
    {
        "zone": config.residency_zone,
        "regionsUsed": list(config.regions_used),
        "bedrockDestinationRegions": bedrock_route.apply(lambda route: list(route.destination_regions)),
    },
)
