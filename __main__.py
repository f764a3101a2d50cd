"""sovereign-chat: the Pulumi program. It only reads and validates config, builds the components, and exports.

The config is validated (schema and residency zone) before any resource is declared: a refused config raises
one error listing every violation. At deploy time the Bedrock inference profile is looked up and refused when it
routes outside the zone. An admitted viewer country whose language is not a detection language is a warning
(`components.edge_languages`).
"""

from pathlib import Path

import pulumi

from components.ai_access import AiAccess, AiAccessArgs, GuardrailSettings
from components.alarms import alarm_name_prefix
from components.chat_function import DEFAULT_PROMPT_FILE, ChatFunction, ChatFunctionArgs
from components.config import load_stack_config, read_raw_config
from components.edge import CustomDomain, Edge, EdgeArgs
from components.edge_languages import language_gaps
from components.inference_profile import checked_bedrock_route
from components.operations import Operations, OperationsArgs
from components.package_builder import deployment_package
from components.residency import CLOUDFRONT_SCOPE_REGION
from components.runtime_env import RuntimeSettings, metrics_namespace_for
from components.site_files import PAGE_DIR

REPO_ROOT = Path(__file__).resolve().parent

config = load_stack_config(read_raw_config())
stack = pulumi.get_stack()
tags = config.tags.as_tags(stack, config.residency_zone)
metrics_namespace = metrics_namespace_for(stack)
alarm_prefix = alarm_name_prefix(pulumi.get_project(), stack)
# Looked up now (not as an Output): a profile routing outside the zone is refused before any resource exists.
bedrock_route = checked_bedrock_route(config.zone, config.bedrock.model_id, config.bedrock.region)
for gap in language_gaps(config.edge.allowed_viewer_countries, config.comprehend.languages):
    pulumi.log.warn(gap.warning())

chat_settings = config.chat
ai = AiAccess(
    "ai",
    AiAccessArgs(
        bedrock_region=config.bedrock.region,
        route=bedrock_route,
        comprehend_regions=[config.comprehend.region],
        guardrail=GuardrailSettings(config.settings["pii_entity_types"]) if config.bedrock.guardrail_enabled else None,
        tags=tags,
    ),
)
chat = ChatFunction(
    "chat",
    ChatFunctionArgs(
        region=config.home_region,
        package_path=deployment_package(chat_settings.lambda_architecture).path,
        prompt_file=DEFAULT_PROMPT_FILE,
        runtime=RuntimeSettings(
            **config.settings,
            allowed_regions=sorted(config.zone.region_names),
            metrics_namespace=metrics_namespace,
            tools_lambda=config.tools.lambda_tools,
        ),
        architecture=chat_settings.lambda_architecture,
        memory_mb=chat_settings.lambda_memory_mb,
        timeout_seconds=chat_settings.lambda_timeout_seconds,
        log_retention_days=chat_settings.log_retention_days,
        table_deletion_protection=chat_settings.table_deletion_protection,
        guardrail_id=ai.guardrail_id,
        guardrail_version=ai.guardrail_version,
        policy_arns=[ai.policy_arn],
        alarm_name_prefix=alarm_prefix,
        tags=tags,
    ),
)
operations = Operations(
    "ops",
    OperationsArgs(
        region=config.home_region,
        alarm_name_prefix=alarm_prefix,
        metrics_namespace=metrics_namespace,
        function_name=chat.function_name,
        table_name=chat.table_name,
        key_arn=chat.key_arn,
        ttft_p95_threshold_ms=config.ops.ttft_p95_threshold_ms,
        daily_token_ceiling=config.settings["daily_token_ceiling"],
        alarm_email=config.ops.alarm_email,
        tags=tags,
    ),
)
domain = config.edge.custom_domain
edge = Edge(
    "edge",
    EdgeArgs(
        region=config.home_region,
        function_name=chat.function_name,
        function_url=chat.function_url,
        function_region=config.home_region,
        static_dir=PAGE_DIR,
        allowed_countries=config.edge.allowed_viewer_countries,
        price_class=config.edge.price_class,
        waf_requests_per_5_minutes_per_ip=config.edge.waf_requests_per_5_minutes_per_ip,
        new_sessions_per_5_minutes_per_ip=config.edge.new_sessions_per_5_minutes_per_ip,
        function_timeout_seconds=chat_settings.lambda_timeout_seconds,
        custom_domain=CustomDomain(domain.domain_name, domain.hosted_zone_id) if domain else None,
        page_languages=config.comprehend.languages,
        offered_page_languages=config.edge.page_languages or (),
        tags=tags,
    ),
)

pulumi.export("chatUrl", edge.chat_url)
pulumi.export("functionUrl", chat.function_url)
pulumi.export("tableName", chat.table_name)
pulumi.export("erasureTableName", chat.erasure_table_name)  # the erasure command reads these (docs/privacy.md)
pulumi.export("valueKeyArn", chat.value_key_arn)
pulumi.export("promptBucketName", chat.prompt_bucket_name)
pulumi.export("siteBucketName", edge.site_bucket_name)
pulumi.export("alarmTopicArn", operations.topic_arn)
pulumi.export("dashboardName", operations.dashboard_name)
pulumi.export(
    "residency",
    {
        "zone": config.residency_zone,
        "regionsUsed": list(config.regions_used),
        "bedrockDestinationRegions": list(bedrock_route.destination_regions),
        # CloudFront-scoped WAF rules (and a custom domain's certificate) must live in us-east-1: the one
        # exception to an EU zone. They hold configuration, never chat data.
        "outsideZone": []
        if config.zone.allows_region(CLOUDFRONT_SCOPE_REGION)
        else [
            {
                "region": CLOUDFRONT_SCOPE_REGION,
                "what": "WAF web ACL (CLOUDFRONT scope)" + (", ACM certificate" if domain else ""),
                "data": "none",
            }
        ],
        "viewerCountries": list(config.edge.allowed_viewer_countries),
    },
)
