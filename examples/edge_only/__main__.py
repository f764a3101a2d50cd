"""Only the `Edge` of sovereign-chat, in front of a streaming function URL that already exists.

The function (yours, in your account) keeps `AWS_IAM` auth on its URL; the edge signs every request with its
Origin Access Control and gets permission to invoke it. Viewers outside `allowedCountries` get 403.

    pulumi config set region eu-west-3
    pulumi config set functionName my-streaming-fn
    pulumi config set functionUrl https://abc123.lambda-url.eu-west-3.on.aws/
    pulumi config set --path 'allowedCountries[0]' FR
    pulumi up

The edge refuses, before declaring anything, a bucket or function region or a viewer country outside the zone
(`residencyZone`, default `eu`). What it cannot see, like the function's own URL auth type, the policy pack checks.
"""

import pulumi
from sovereign_chat.components.edge import Edge, EdgeArgs
from sovereign_chat.components.residency import ZONES
from sovereign_chat.components.site_files import PAGE_DIR

config = pulumi.Config()
region = config.require("region")
edge = Edge(
    "edge",
    EdgeArgs(
        region=region,
        function_name=config.require("functionName"),
        function_url=config.require("functionUrl"),
        function_region=config.get("functionRegion") or region,
        static_dir=PAGE_DIR,
        allowed_countries=config.require_object("allowedCountries"),
        tags={"Team": config.get("team") or "platform"},
        zone=ZONES[config.get("residencyZone") or "eu"],
    ),
)

pulumi.export("chatUrl", edge.chat_url)
pulumi.export("distributionDomainName", edge.distribution_domain_name)
