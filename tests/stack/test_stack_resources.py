"""Every stack file, run under mocks (one run per stack, shared): the properties the deployed resources must have."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from compliance.offline_catalog import INFERENCE_PROFILE_DESTINATIONS
from compliance.offline_engine import ProgramRun, stack_names
from components.chat_function import LWA_LAYER_ACCOUNT, LWA_LAYER_VERSION, PROMPT_KEY
from components.config import load_stack_config
from components.edge import CONTENT_SECURITY_POLICY
from components.edge_timeouts import COMPLETION_GRACE_SECONDS, response_completion_timeout
from components.erasure_grants import erasure_statements
from components.residency import CLOUDFRONT_SCOPE_REGION
from components.site_files import PAGE_CONFIG_KEY, site_files
from runtime.http.validation import SESSION_HEADER
from runtime.settings import Settings
from tests.pulumi_harness import cached_run
from tests.stack.helpers import (
    GLOBAL_TYPES,
    OUR_COMPONENTS,
    arn_regions,
    as_list,
    custom_aws,
    grants_for,
    is_regional,
    is_taggable,
    owning_component,
    role_statements,
    sessions_table,
    stack_key,
    statements,
)

REPO = Path(__file__).resolve().parents[2]
STACKS = stack_names()


@pytest.fixture(scope="module", params=STACKS)
def stack(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def run(stack: str) -> ProgramRun:
    return cached_run(stack)


@pytest.fixture(scope="module")
def config(run: ProgramRun):
    # The raw config as the program saw it, parsed by the same model (objects are JSON-decoded already).
    return load_stack_config(run.config)


# --- Edge -----------------------------------------------------------------------------------------------------


def test_geo_allow_list_is_exactly_the_configured_countries(run, config):
    geo = run.one("aws:cloudfront/distribution:Distribution").inputs["restrictions"]["geoRestriction"]
    assert geo["restrictionType"] == "whitelist"
    assert sorted(geo["locations"]) == sorted(config.edge.allowed_viewer_countries)


def test_distribution_is_https_only_http3_with_the_configured_price_class(run, config):
    distribution = run.one("aws:cloudfront/distribution:Distribution").inputs
    assert distribution["httpVersion"] == "http2and3"
    assert distribution["priceClass"] == config.edge.price_class
    behaviours = [distribution["defaultCacheBehavior"], *distribution["orderedCacheBehaviors"]]
    assert {b["viewerProtocolPolicy"] for b in behaviours} == {"redirect-to-https"}
    waf = run.one("aws:wafv2/webAcl:WebAcl")
    assert distribution["webAclId"] == f"arn:aws:wafv2:us-east-1:123456789012:global/webacl/{waf.name}/{waf.name}-id"


def test_chat_paths_go_uncached_to_the_function_with_every_method(run):
    distribution = run.one("aws:cloudfront/distribution:Distribution").inputs
    origins = {o["originId"]: o for o in distribution["origins"]}
    function_url = run.one("aws:lambda/functionUrl:FunctionUrl")
    chat = {b["pathPattern"]: b for b in distribution["orderedCacheBehaviors"]}
    assert set(chat) == {"/c", "/c/*"}
    looked_up = {args["name"] for token, args in run.invokes if token.startswith("aws:cloudfront/get")}
    assert {"Managed-CachingDisabled", "Managed-AllViewerExceptHostHeader"} <= looked_up
    for behaviour in chat.values():
        assert behaviour["cachePolicyId"] == "cache-Managed-CachingDisabled"
        assert behaviour["originRequestPolicyId"] == "orp-Managed-AllViewerExceptHostHeader"
        assert set(behaviour["allowedMethods"]) == {"GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"}
        origin = origins[behaviour["targetOriginId"]]
        assert origin["domainName"] == f"{function_url.name}.lambda-url.{function_url.inputs['region']}.on.aws"
        custom = origin["customOriginConfig"]
        assert custom["originProtocolPolicy"] == "https-only"
        assert custom["originReadTimeout"] == 60 and custom["originKeepaliveTimeout"] == 60


def test_no_response_outlives_the_function(run, config):
    origins = {o["originId"]: o for o in run.one("aws:cloudfront/distribution:Distribution").inputs["origins"]}
    function = run.one("aws:lambda/function:Function").inputs
    completion = origins["chat-function"]["responseCompletionTimeout"]
    assert completion == response_completion_timeout(function["timeout"])
    assert completion == config.chat.lambda_timeout_seconds + COMPLETION_GRACE_SECONDS
    assert completion >= origins["chat-function"]["customOriginConfig"]["originReadTimeout"]
    assert "responseCompletionTimeout" not in origins["site"]


def test_origin_access_controls_sign_always_with_sigv4(run):
    distribution = run.one("aws:cloudfront/distribution:Distribution").inputs
    controls = {f"{c.name}-id": c.inputs for c in run.of_type("aws:cloudfront/originAccessControl:OriginAccessControl")}
    kinds = {}
    for origin in distribution["origins"]:
        control = controls[origin["originAccessControlId"]]
        assert control["signingBehavior"] == "always" and control["signingProtocol"] == "sigv4"
        kinds[origin["originId"]] = control["originAccessControlOriginType"]
    assert kinds == {"site": "s3", "chat-function": "lambda"}


def test_both_lambda_permissions_name_cloudfront_and_this_distribution(run):
    distribution_arn = "arn:aws:cloudfront::123456789012:distribution/EEDGE-DISTRIBUTION"
    function = run.one("aws:lambda/function:Function")
    permissions = {p.inputs["action"]: p.inputs for p in run.of_type("aws:lambda/permission:Permission")}
    assert set(permissions) == {"lambda:InvokeFunctionUrl", "lambda:InvokeFunction"}
    for permission in permissions.values():
        assert permission["principal"] == "cloudfront.amazonaws.com"
        assert permission["sourceArn"] == distribution_arn
        assert permission["function"] == function.name
        assert permission["region"] == function.inputs["region"]
    assert permissions["lambda:InvokeFunctionUrl"]["functionUrlAuthType"] == "AWS_IAM"
    assert permissions["lambda:InvokeFunction"]["invokedViaFunctionUrl"] is True


def test_site_bucket_is_readable_by_this_distribution_only_and_holds_the_page(run, config):
    policies = {p.name: statements(p.inputs["policy"]) for p in run.of_type("aws:s3/bucketPolicy:BucketPolicy")}
    site = policies["edge-site-policy"]
    allows = [s for s in site if s["Effect"] == "Allow"]
    assert len(allows) == 1
    assert allows[0]["Principal"] == {"Service": "cloudfront.amazonaws.com"}
    assert as_list(allows[0]["Action"]) == ["s3:GetObject"]
    assert allows[0]["Condition"] == {
        "ArnEquals": {"aws:SourceArn": "arn:aws:cloudfront::123456789012:distribution/EEDGE-DISTRIBUTION"}
    }
    objects = {
        o.inputs["key"]: o.inputs
        for o in run.of_type("aws:s3/bucketObjectv2:BucketObjectv2")
        if o.inputs["bucket"] == "edge-site-id"
    }
    expected = {f.key: f.content_type for f in site_files(REPO / "web")} | {PAGE_CONFIG_KEY: "application/json"}
    assert {key: o["contentType"] for key, o in objects.items()} == expected
    assert json.loads(objects[PAGE_CONFIG_KEY]["content"]) == {"languages": list(config.comprehend.languages)}
    assert objects["index.html"]["contentType"] == "text/html; charset=utf-8"
    assert run.one("aws:cloudfront/distribution:Distribution").inputs["defaultRootObject"] == "index.html"


def test_waf_is_cloudfront_scoped_in_us_east_1_with_rate_limits_and_common_rules(run, config):
    acl = run.one("aws:wafv2/webAcl:WebAcl").inputs
    assert acl["scope"] == "CLOUDFRONT" and acl["region"] == CLOUDFRONT_SCOPE_REGION
    rules = {r["name"]: r for r in acl["rules"]}
    assert [r["name"] for r in sorted(acl["rules"], key=lambda r: r["priority"])] == [
        "rate-limit-per-ip",
        "new-sessions-per-ip",
        "aws-common-rule-set",
    ]
    rate = rules["rate-limit-per-ip"]["statement"]["rateBasedStatement"]
    assert rate["limit"] == config.edge.waf_requests_per_5_minutes_per_ip and rate["aggregateKeyType"] == "IP"
    assert rules["rate-limit-per-ip"]["action"] == {"block": {}}
    sessions = rules["new-sessions-per-ip"]["statement"]["rateBasedStatement"]
    assert sessions["limit"] == config.edge.new_sessions_per_5_minutes_per_ip < rate["limit"]
    assert sessions["aggregateKeyType"] == "IP" and rules["new-sessions-per-ip"]["action"] == {"block": {}}
    method, path, no_header = sessions["scopeDownStatement"]["andStatement"]["statements"]
    assert method["byteMatchStatement"]["searchString"] == "POST"
    assert path["byteMatchStatement"]["searchString"] == "/c"
    size = no_header["notStatement"]["statement"]["sizeConstraintStatement"]
    assert size["fieldToMatch"] == {"singleHeader": {"name": SESSION_HEADER}}
    assert (size["comparisonOperator"], size["size"]) == ("GT", 0)
    managed = rules["aws-common-rule-set"]["statement"]["managedRuleGroupStatement"]
    assert (managed["vendorName"], managed["name"]) == ("AWS", "AWSManagedRulesCommonRuleSet")
    # Sampled requests would retain request headers (the session id among them): never on.
    assert all(not r["visibilityConfig"]["sampledRequestsEnabled"] for r in acl["rules"])
    assert acl["visibilityConfig"]["sampledRequestsEnabled"] is False


def test_security_headers_are_set_on_every_behaviour(run):
    policy = run.one("aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy")
    security = policy.inputs["securityHeadersConfig"]
    assert security["strictTransportSecurity"]["accessControlMaxAgeSec"] >= 31_536_000
    assert security["contentTypeOptions"]["override"] is True
    assert security["frameOptions"]["frameOption"] == "DENY"
    assert security["referrerPolicy"]["referrerPolicy"] == "no-referrer"
    csp = security["contentSecurityPolicy"]["contentSecurityPolicy"]
    assert csp == CONTENT_SECURITY_POLICY
    directives = dict(d.split(" ", 1) for d in csp.split("; ") if " " in d)
    assert directives["default-src"] == "'self'" and directives["connect-src"] == "'self'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    distribution = run.one("aws:cloudfront/distribution:Distribution").inputs
    behaviours = [distribution["defaultCacheBehavior"], *distribution["orderedCacheBehaviors"]]
    assert {b["responseHeadersPolicyId"] for b in behaviours} == {f"{policy.name}-id"}


def test_page_has_no_inline_script_or_style_that_the_csp_would_block():
    for path in (REPO / "web").glob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), f"inline script in {path.name}"
        assert "<style" not in html and " style=" not in html and not re.search(r"\son[a-z]+=", html)


# --- Function ---------------------------------------------------------------------------------------------------


def test_function_url_streams_and_requires_iam(run):
    url = run.one("aws:lambda/functionUrl:FunctionUrl").inputs
    assert url["invokeMode"] == "RESPONSE_STREAM"
    assert url["authorizationType"] == "AWS_IAM"
    assert url["functionName"] == run.one("aws:lambda/function:Function").name


def test_function_runs_python_behind_the_web_adapter_as_configured(run, config):
    function = run.one("aws:lambda/function:Function").inputs
    runtime = re.fullmatch(r"python3\.(\d+)", function["runtime"])
    assert runtime and int(runtime.group(1)) >= 12
    arch = config.chat.lambda_architecture
    assert function["architectures"] == [arch]
    layer_name = {"arm64": "LambdaAdapterLayerArm64", "x86_64": "LambdaAdapterLayerX86"}[arch]
    assert function["layers"] == [
        f"arn:aws:lambda:{config.home_region}:{LWA_LAYER_ACCOUNT}:layer:{layer_name}:{LWA_LAYER_VERSION}"
    ]
    assert LWA_LAYER_VERSION == 27 and function["layers"][0].endswith(":27")  # Lambda Web Adapter v1.0.0
    assert function["handler"] == "runtime/run.sh"
    assert function["timeout"] == config.chat.lambda_timeout_seconds
    assert function["memorySize"] == config.chat.lambda_memory_mb
    env = function["environment"]["variables"]
    assert env["AWS_LAMBDA_EXEC_WRAPPER"] == "/opt/bootstrap"
    assert env["AWS_LWA_INVOKE_MODE"] == "response_stream"
    assert env["AWS_LWA_READINESS_CHECK_PATH"] == "/healthz"
    assert env["AWS_LWA_PORT"] == "8080"
    assert not {"PORT", "READINESS_CHECK_PATH", "READINESS_CHECK_PORT", "HOST"} & set(env)  # v1: AWS_LWA_ only
    assert function["loggingConfig"]["logGroup"] == run.one("aws:cloudwatch/logGroup:LogGroup").inputs["name"]


def test_environment_is_the_runtime_contract_and_the_runtime_accepts_it(run, config):
    env = run.one("aws:lambda/function:Function").inputs["environment"]["variables"]
    contract = (REPO / "docs" / "runtime-contract.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([A-Z_]+)`", contract, flags=re.M))
    documented |= set(re.findall(r"`(CHAT_BEDROCK_GUARDRAIL_[A-Z]+)`", contract))
    ours = {k for k in env if k.startswith("CHAT_") or k == "AWS_LWA_PORT"}
    guardrail = {"CHAT_BEDROCK_GUARDRAIL_ID", "CHAT_BEDROCK_GUARDRAIL_VERSION"}
    assert ours - documented == set(), "variables set but not in docs/runtime-contract.md"
    assert documented - ours - guardrail == set(), "contract variables the function does not get"
    settings = Settings.from_env(env)  # the runtime's own parser and residency check
    assert settings.table_name == sessions_table(run).name
    assert settings.prompt_key == PROMPT_KEY
    assert settings.bedrock_model_id == config.bedrock.model_id
    assert settings.comprehend_region == config.comprehend.region and settings.comprehend_enabled
    assert settings.allowed_regions == config.zone.region_names
    assert settings.languages == config.comprehend.languages
    assert settings.history_retention_days == config.settings["history_retention_days"]
    assert bool(settings.guardrail_id) == config.bedrock.guardrail_enabled
    assert settings.daily_token_ceiling == config.settings["daily_token_ceiling"]
    assert settings.metrics_namespace == f"SovereignChat/{run.stack}"


def test_table_is_on_demand_encrypted_with_the_key_recoverable_and_expiring(run, config):
    table = sessions_table(run).inputs
    key = stack_key(run)
    assert table["billingMode"] == "PAY_PER_REQUEST"
    assert (table["hashKey"], table["rangeKey"]) == ("pk", "sk")
    assert table["serverSideEncryption"] == {
        "enabled": True,
        "kmsKeyArn": f"arn:aws:kms:{config.home_region}:123456789012:key/{key.name}-key-id",
    }
    assert table["pointInTimeRecovery"]["enabled"] is True
    assert table["ttl"] == {"enabled": True, "attributeName": "expiresAt"}
    assert table["deletionProtectionEnabled"] is config.chat.table_deletion_protection
    assert key.inputs["enableKeyRotation"] is True


def test_key_policy_lets_only_this_regions_logs_use_it_for_this_group(run, config):
    key = stack_key(run)
    group = run.one("aws:cloudwatch/logGroup:LogGroup").inputs
    logs = [
        s for s in statements(key.inputs["policy"]) if s.get("Principal", {}).get("Service", "").startswith("logs.")
    ]
    assert len(logs) == 1
    assert logs[0]["Principal"] == {"Service": f"logs.{config.home_region}.amazonaws.com"}
    context = logs[0]["Condition"]["ArnEquals"]["kms:EncryptionContext:aws:logs:arn"]
    assert context == f"arn:aws:logs:{config.home_region}:123456789012:log-group:{group['name']}"


def test_log_group_is_encrypted_and_retained_as_configured(run, config):
    group = run.one("aws:cloudwatch/logGroup:LogGroup").inputs
    assert group["retentionInDays"] == config.chat.log_retention_days
    assert group["kmsKeyId"].startswith(f"arn:aws:kms:{config.home_region}:")


@pytest.mark.parametrize("bucket_name", ["chat-prompts", "edge-site"])
def test_buckets_block_public_access_encrypt_version_and_require_tls(run, config, bucket_name):
    bucket_id = f"{bucket_name}-id"
    block = [
        b.inputs
        for b in run.of_type("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock")
        if b.inputs["bucket"] == bucket_id
    ]
    assert len(block) == 1
    assert all(
        block[0][k] is True
        for k in ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")
    )
    sse = [
        s.inputs
        for s in run.of_type("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration")
        if s.inputs["bucket"] == bucket_id
    ]
    default = sse[0]["rules"][0]["applyServerSideEncryptionByDefault"]
    if bucket_name == "chat-prompts":
        assert default["sseAlgorithm"] == "aws:kms" and default["kmsMasterKeyId"].startswith("arn:aws:kms:")
    else:  # the public page: SSE-S3 (CloudFront's OAC reads it without a key grant)
        assert default["sseAlgorithm"] == "AES256"
    versioning = [
        v.inputs for v in run.of_type("aws:s3/bucketVersioning:BucketVersioning") if v.inputs["bucket"] == bucket_id
    ]
    assert versioning[0]["versioningConfiguration"]["status"] == "Enabled"
    policy = [
        statements(p.inputs["policy"])
        for p in run.of_type("aws:s3/bucketPolicy:BucketPolicy")
        if p.inputs["bucket"] == bucket_id
    ]
    denies = [s for s in policy[0] if s["Effect"] == "Deny"]
    assert denies == [
        {
            "Sid": "DenyInsecureTransport",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": [f"arn:aws:s3:::{bucket_name}", f"arn:aws:s3:::{bucket_name}/*"],
            "Condition": {"Bool": {"aws:SecureTransport": "false"}},
        }
    ]


def test_prompt_object_is_the_repository_file_encrypted_with_the_key(run):
    prompt = [o for o in run.of_type("aws:s3/bucketObjectv2:BucketObjectv2") if o.inputs["bucket"] == "chat-prompts-id"]
    assert len(prompt) == 1
    assert prompt[0].inputs["key"] == PROMPT_KEY
    assert prompt[0].inputs["serverSideEncryption"] == "aws:kms"
    assert Path(prompt[0].inputs["source"].path).resolve() == REPO / "components" / "prompts" / "system-prompt.md"


# --- IAM --------------------------------------------------------------------------------------------------------


def test_role_grants_are_named_actions_on_this_stacks_resources_only(run, config):
    found = role_statements(run)
    for statement in found:
        assert statement["Effect"] == "Allow"
        assert all("*" not in action for action in as_list(statement["Action"])), statement
    table_arn = f"arn:aws:dynamodb:{config.home_region}:123456789012:table/chat-sessions"
    erasure = {s["Sid"] for s in erasure_statements("arn:t", "arn:r", "arn:k")}  # tests/stack/test_erasure.py
    found = [s for s in found if s.get("Sid") not in erasure]
    (dynamo,) = grants_for(found, "dynamodb:")
    assert as_list(dynamo["Resource"]) == [table_arn]
    (s3,) = grants_for(found, "s3:")
    assert as_list(s3["Action"]) == ["s3:GetObject"]
    assert as_list(s3["Resource"]) == [f"arn:aws:s3:::chat-prompts/{PROMPT_KEY}"]
    (kms,) = grants_for(found, "kms:")
    assert as_list(kms["Resource"]) == [sessions_table(run).inputs["serverSideEncryption"]["kmsKeyArn"]]
    (logs,) = grants_for(found, "logs:")
    group = run.one("aws:cloudwatch/logGroup:LogGroup").inputs["name"]
    assert all(
        r.startswith(f"arn:aws:logs:{config.home_region}:123456789012:log-group:{group}") for r in logs["Resource"]
    )
    resources = [r for s in found for r in as_list(s["Resource"])]
    assert resources.count("*") == 1  # Comprehend detect calls take no ARN: region-pinned below


def test_bedrock_grants_cover_exactly_the_profile_and_its_destination_regions(run, config):
    found = role_statements(run)
    bedrock = [s for s in grants_for(found, "bedrock:Invoke")]
    destinations = INFERENCE_PROFILE_DESTINATIONS[config.bedrock.model_id]
    profile_arn = f"arn:aws:bedrock:{config.bedrock.region}:123456789012:inference-profile/{config.bedrock.model_id}"
    by_sid = {s["Sid"]: s for s in bedrock}
    assert set(by_sid) == {"BedrockInferenceProfile", "BedrockModelsThroughProfile"}
    assert as_list(by_sid["BedrockInferenceProfile"]["Resource"]) == [profile_arn]
    models = as_list(by_sid["BedrockModelsThroughProfile"]["Resource"])
    assert arn_regions(models) == set(destinations)
    assert all(config.zone.allows_region(r) for r in arn_regions(models))
    assert by_sid["BedrockModelsThroughProfile"]["Condition"] == {
        "ArnEquals": {"bedrock:InferenceProfileArn": profile_arn}
    }
    for statement in bedrock:
        assert set(as_list(statement["Action"])) == {"bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"}
        assert "*" not in as_list(statement["Resource"])
    assert run.outputs["residency"]["bedrockDestinationRegions"] == sorted(destinations)


def test_comprehend_grant_is_pinned_to_the_configured_region(run, config):
    (comprehend,) = grants_for(role_statements(run), "comprehend:")
    assert set(as_list(comprehend["Action"])) == {
        "comprehend:DetectPiiEntities",
        "comprehend:DetectEntities",
    }
    assert comprehend["Condition"] == {"StringEquals": {"aws:RequestedRegion": [config.comprehend.region]}}


def test_guardrail_follows_the_flag_and_is_granted_and_passed_on(run, config):
    guardrails = run.of_type("aws:bedrock/guardrail:Guardrail")
    apply = grants_for(role_statements(run), "bedrock:ApplyGuardrail")
    env = run.one("aws:lambda/function:Function").inputs["environment"]["variables"]
    if not config.bedrock.guardrail_enabled:
        assert guardrails == [] and apply == [] and "CHAT_BEDROCK_GUARDRAIL_ID" not in env
        return
    (guardrail,) = guardrails
    assert guardrail.inputs["region"] == config.bedrock.region
    filters = guardrail.inputs["sensitiveInformationPolicyConfig"]["piiEntitiesConfigs"]
    assert {f["type"] for f in filters} >= {"NAME", "EMAIL", "PHONE", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"}
    assert {f["inputAction"] for f in filters} == {"ANONYMIZE"}
    assert as_list(apply[0]["Resource"]) == [
        f"arn:aws:bedrock:{config.bedrock.region}:123456789012:guardrail/gr-ai-guardrail"
    ]
    assert env["CHAT_BEDROCK_GUARDRAIL_ID"] == "gr-ai-guardrail" and env["CHAT_BEDROCK_GUARDRAIL_VERSION"] == "1"


# --- Whole stack ------------------------------------------------------------------------------------------------


def test_every_resource_belongs_to_one_of_our_components(run):
    components = [r for r in run.resources if not r.custom]
    assert {c.type for c in components} == OUR_COMPONENTS
    for component in components:
        assert component.outputs_registered, f"{component.type} did not call register_outputs"
        assert component.parent_type == "pulumi:pulumi:Stack"
    expected_owner = {
        "aws:lambda/function:Function": "sovereign-chat:chat_function:ChatFunction",
        "aws:dynamodb/table:Table": "sovereign-chat:chat_function:ChatFunction",
        "aws:iam/policy:Policy": "sovereign-chat:ai_access:AiAccess",
        "aws:cloudfront/distribution:Distribution": "sovereign-chat:edge:Edge",
        "aws:wafv2/webAcl:WebAcl": "sovereign-chat:edge:Edge",
        "aws:lambda/permission:Permission": "sovereign-chat:edge:Edge",
        "aws:sns/topic:Topic": "sovereign-chat:operations:Operations",
        "aws:cloudwatch/metricAlarm:MetricAlarm": "sovereign-chat:operations:Operations",
        "aws:cloudwatch/dashboard:Dashboard": "sovereign-chat:operations:Operations",
    }
    for resource in custom_aws(run):
        owner = owning_component(run, resource)
        assert owner is not None, f"{resource.type} {resource.name} is not under a component of ours"
        if resource.type in expected_owner:
            assert owner.type == expected_owner[resource.type]


def test_every_taggable_resource_carries_the_stack_tags(run, config):
    expected = config.tags.as_tags(run.stack, config.residency_zone)
    taggable = [r for r in custom_aws(run) if is_taggable(r.type)]
    assert len(taggable) >= 10
    for resource in taggable:
        assert resource.inputs.get("tags") == expected, f"{resource.type} {resource.name}"


def test_every_regional_resource_names_its_region_inside_the_zone(run, config):
    outside = []
    for resource in custom_aws(run):
        if resource.type in GLOBAL_TYPES:
            assert not is_regional(resource.type)
            continue
        assert is_regional(resource.type), resource.type
        region = resource.inputs.get("region")
        assert region, f"{resource.type} {resource.name} has no explicit region"
        if not config.zone.allows_region(region):
            outside.append((resource.type, region))
    # The one exception: CloudFront-scoped WAF (and a custom domain's certificate) live in us-east-1.
    assert {t for t, _ in outside} <= {
        "aws:wafv2/webAcl:WebAcl",
        "aws:acm/certificate:Certificate",
        "aws:acm/certificateValidation:CertificateValidation",
    }
    assert {r for _, r in outside} <= {CLOUDFRONT_SCOPE_REGION}


def test_exports(run, config):
    outputs = run.outputs
    assert outputs["chatUrl"] == "https://d111111abcdef8.cloudfront.net/"
    url = run.one("aws:lambda/functionUrl:FunctionUrl")
    assert outputs["functionUrl"] == f"https://{url.name}.lambda-url.{config.home_region}.on.aws/"
    assert outputs["tableName"] == sessions_table(run).name
    assert outputs["promptBucketName"] == "chat-prompts"
    assert outputs["siteBucketName"] == "edge-site"
    residency = outputs["residency"]
    assert residency["zone"] == config.residency_zone
    assert residency["regionsUsed"] == sorted(set(config.regions_used))
    assert residency["viewerCountries"] == list(config.edge.allowed_viewer_countries)
    exception = [] if config.zone.allows_region(CLOUDFRONT_SCOPE_REGION) else [CLOUDFRONT_SCOPE_REGION]
    assert [e["region"] for e in residency["outsideZone"]] == exception
