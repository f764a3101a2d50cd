"""The compliance rules of sovereign-chat, as plain functions over resource records (pure: no Pulumi imports).

One source of truth: the offline review (`compliance/review.py`) runs them over the resources the program
declares under mocks, and the CrossGuard policy pack (`policy/__main__.py`) wraps each one in a mandatory
`ResourceValidationPolicy`. A rule is configured by a residency zone (`components/residency.py`).

A resource record is what both worlds can provide: the type token, the logical name, the inputs (camelCase, as
the engine sees them) and the region of its provider. Inputs may be plain dicts/lists or pulumi_policy's
read-only proxies (which raise on values unknown during preview), so rules use `Mapping`/`Sequence` and never
catch broad exceptions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from compliance import policy_rules_iam as iam
from components.residency import GEO_INFERENCE_PROFILE_PREFIXES, ResidencyZone, get_zone
from components.residency import ZONES as RESIDENCY_ZONES

__all__ = [
    "CLOUDFRONT_SCOPE_REGION",
    "CONFIG_SCHEMA",
    "DEFAULT_SSE_S3_BUCKETS",
    "DEFAULT_ZONE",
    "GLOBAL_SERVICES",
    "PROVIDER_TYPE",
    "RULES",
    "RULES_BY_ID",
    "STACK_RULES",
    "ResourceRecord",
    "Rule",
    "RuleContext",
    "RuleViolation",
    "StackRule",
    "context_from_config",
    "evaluate",
    "global_service_note",
    "is_zone_exception",
    "record_from_policy_args",
    "record_from_stack_resource",
]

DEFAULT_ZONE = "eu"
PROVIDER_TYPE = "pulumi:providers:aws"
#: CloudFront-scoped WAF resources and CloudFront's ACM certificates can only be created in us-east-1.
CLOUDFRONT_SCOPE_REGION = "us-east-1"
#: Buckets (logical names) allowed to use SSE-S3 instead of SSE-KMS: the chat page bucket holds only the
#: public static page (HTML, JS, CSS), read by CloudFront through its Origin Access Control; no personal data.
DEFAULT_SSE_S3_BUCKETS: tuple[str, ...] = ("edge-site",)

#: Resource type prefixes of global AWS services: no region, and what that means for residency.
GLOBAL_SERVICES: Mapping[str, str] = {
    "aws:iam/": "IAM is a global service: roles and policies hold permissions, never chat data.",
    "aws:cloudfront/": (
        "CloudFront is global: its configuration lives in the global control plane and viewers are served by "
        "edge locations worldwide (the geo allow-list limits who may connect, not where edges are)."
    ),
    "aws:route53/": "Route 53 is global: DNS records only.",
}
_ACM_TYPES = ("aws:acm/certificate:Certificate", "aws:acm/certificateValidation:CertificateValidation")
_IAM_DOCUMENT_TYPES = (
    "aws:iam/policy:Policy",
    "aws:iam/rolePolicy:RolePolicy",
    "aws:iam/userPolicy:UserPolicy",
    "aws:iam/groupPolicy:GroupPolicy",
)
_IAM_ATTACHMENT_TYPES = (
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
    "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
    "aws:iam/policyAttachment:PolicyAttachment",
)
_ROLE_TYPE = "aws:iam/role:Role"
_BUCKET_TYPES = ("aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2")
_SSE_TYPES = (
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
)
_PAB_TYPES = (
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
)
_BUCKET_POLICY_TYPE = "aws:s3/bucketPolicy:BucketPolicy"
_PROFILE_ID = re.compile(
    r"^(?P<geo>" + "|".join(re.escape(p) for p in GEO_INFERENCE_PROFILE_PREFIXES) + r")\.[a-z0-9-]+\.[A-Za-z0-9._:-]+$"
)
#: Condition operators that pin a key to exact values.
_STRING_EQUALS = ("StringEquals", "StringEqualsIgnoreCase", "ForAnyValue:StringEquals", "ForAllValues:StringEquals")
_EQUALS = (*_STRING_EQUALS, "ArnEquals")
#: AWS managed policies that allow Bedrock or Comprehend in every region (never attach them to the function).
_BROAD_AWS_POLICIES = ("AdministratorAccess", "PowerUserAccess")


# --- Records, context, violations -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResourceRecord:
    """What a rule sees of one resource.

    `provider_region` is the region of the resource's provider (the default provider's is `aws:region`);
    `refs` maps an input name to the URNs of the resources it refers to (used by stack rules, e.g. which
    bucket a public access block belongs to).
    """

    type: str
    name: str
    inputs: Mapping[str, Any]
    provider_region: str | None = None
    urn: str = ""
    refs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def region(self) -> str | None:
        """The region the resource is created in: its explicit `region` input, else its provider's."""
        explicit = self.inputs.get("region")
        if isinstance(explicit, str) and explicit:
            return explicit
        return self.provider_region


@dataclass(frozen=True)
class RuleContext:
    """How the rules are configured: the residency zone and the SSE-S3 exemptions."""

    zone: ResidencyZone
    sse_s3_buckets: tuple[str, ...] = DEFAULT_SSE_S3_BUCKETS


@dataclass(frozen=True)
class RuleViolation:
    """One way a resource breaks a rule."""

    rule: str
    resource: str
    resource_type: str
    message: str
    urn: str = ""

    def describe(self) -> str:
        """A one-line description: rule, resource and reason."""
        return f"[{self.rule}] {self.resource} ({self.resource_type}): {self.message}"


Check = Callable[[ResourceRecord, RuleContext], list[str]]


@dataclass(frozen=True)
class Rule:
    """A rule over one resource at a time (what a CrossGuard `ResourceValidationPolicy` runs)."""

    id: str
    title: str
    description: str
    types: tuple[str, ...]  # exact type tokens, or prefixes ending in ':' or '/'
    check: Check

    def applies_to(self, type_token: str) -> bool:
        """True when the rule looks at resources of this type."""
        return any(type_token == t or (t.endswith((":", "/")) and type_token.startswith(t)) for t in self.types)

    def evaluate(self, record: ResourceRecord, context: RuleContext) -> list[RuleViolation]:
        """The rule's violations for one resource (none when it does not apply)."""
        if not self.applies_to(record.type):
            return []
        return [RuleViolation(self.id, record.name, record.type, m, record.urn) for m in self.check(record, context)]


@dataclass(frozen=True)
class StackRule:
    """A rule over all resources together (relations between resources, e.g. every bucket is guarded)."""

    id: str
    title: str
    description: str
    check: Callable[[Sequence[ResourceRecord], RuleContext], list[RuleViolation]]


# --- Helpers ------------------------------------------------------------------------------------------------------


def global_service_note(type_token: str) -> str | None:
    """What "global" means for a resource of a global service (None for regional types)."""
    return next((note for prefix, note in GLOBAL_SERVICES.items() if type_token.startswith(prefix)), None)


def is_zone_exception(record: ResourceRecord) -> bool:
    """True for the stated exception: a CLOUDFRONT-scoped WAF resource or CloudFront's ACM certificate in us-east-1.

    (A certificate cannot be told apart from one for another use; it holds no personal data either way.)
    """
    if record.region != CLOUDFRONT_SCOPE_REGION:
        return False
    if record.type.startswith("aws:wafv2/"):
        return str(record.inputs.get("scope") or "").upper() == "CLOUDFRONT"
    return record.type in _ACM_TYPES


def _get(mapping: Any, *path: str) -> Any:
    """A nested input (None when any step is missing)."""
    value = mapping
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def _zone_regions(context: RuleContext) -> str:
    return ", ".join(sorted(context.zone.region_names))


def _region_problem(region: str | None, context: RuleContext, what: str) -> str | None:
    zone = context.zone
    if region is None or region == "":
        return f"{what} names no region"
    if "*" in region or "?" in region:
        return f"{what} uses a region wildcard ({region!r}): it would match regions outside zone '{zone.name}'"
    if not zone.allows_region(region):
        return f"{what} is in {region}, outside zone '{zone.name}' (allowed: {_zone_regions(context)})"
    return None


def _profile_problem(profile_id: str, context: RuleContext, what: str) -> str | None:
    match = _PROFILE_ID.match(profile_id)
    if match is None:
        return None
    geo = match.group("geo")
    if geo == "global":
        return f"{what}: `global.` inference profile {profile_id} may route to any region in the world"
    if geo not in context.zone.inference_profile_prefixes:
        return f"{what}: inference profile {profile_id} of geography '{geo}' routes outside zone '{context.zone.name}'"
    return None


def _bedrock_arn_problems(arn: str, context: RuleContext, what: str) -> list[str]:
    problems = []
    region_problem = _region_problem(iam.region_field_of_arn(arn), context, f"{what} {arn}")
    if region_problem:
        problems.append(region_problem)
    resource = arn.split(":", 5)[5] if arn.count(":") >= 5 else ""
    kind, _, ident = resource.partition("/")
    if kind == "inference-profile":
        profile = _profile_problem(ident, context, f"{what} {arn}")
        if profile:
            problems.append(profile)
    return problems


def _arn_service(arn: str) -> str:
    parts = arn.split(":", 3)
    return parts[2] if len(parts) > 2 else ""


def _documents(record: ResourceRecord) -> list[tuple[str, Any]]:
    if record.type in _IAM_DOCUMENT_TYPES:
        return [("policy", record.inputs.get("policy"))]
    if record.type == _ROLE_TYPE:
        return [
            (f"inline policy {_get(item, 'name') or index}", _get(item, "policy"))
            for index, item in enumerate(iam.as_list(record.inputs.get("inlinePolicies")))
        ]
    return []


def _statements(record: ResourceRecord) -> tuple[list[iam.PolicyStatement], list[str]]:
    statements: list[iam.PolicyStatement] = []
    problems: list[str] = []
    for label, document in _documents(record):
        if document is None:
            continue
        try:
            statements += iam.parse_policy_document(document)
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            problems.append(f"{label}: not a readable policy document ({error})")
    return statements, problems


def _attached_policy_arns(record: ResourceRecord) -> list[str]:
    if record.type in _IAM_ATTACHMENT_TYPES:
        return [str(a) for a in iam.as_list(record.inputs.get("policyArn"))]
    if record.type == _ROLE_TYPE:
        return [str(a) for a in iam.as_list(record.inputs.get("managedPolicyArns"))]
    return []


def _broad_managed_policies(record: ResourceRecord, service: str) -> list[str]:
    problems = []
    for arn in _attached_policy_arns(record):
        if not arn.startswith("arn:aws:iam::aws:policy/"):
            continue
        name = arn.rsplit("/", 1)[-1]
        if name in _BROAD_AWS_POLICIES or service in name.lower():
            problems.append(f"AWS managed policy {name} allows {service} in every region")
    return problems


def _sid(statement: iam.PolicyStatement) -> str:
    return f"statement {statement.sid!r}" if statement.sid else "a statement"


# --- Rule checks ----------------------------------------------------------------------------------------------------


def _check_region(record: ResourceRecord, context: RuleContext) -> list[str]:
    if record.type == PROVIDER_TYPE:
        region = record.inputs.get("region")
        problem = _region_problem(region if isinstance(region, str) else None, context, "the AWS provider")
        return [problem] if problem else []
    if global_service_note(record.type) is not None:
        return []
    problems = []
    problem = _region_problem(record.region, context, "the resource")
    if problem and not is_zone_exception(record):
        problems.append(problem)
    if record.type == "aws:dynamodb/table:Table":
        for replica in iam.as_list(record.inputs.get("replicas")):
            replica_problem = _region_problem(_get(replica, "regionName"), context, "a table replica")
            if replica_problem:
                problems.append(replica_problem)
    return problems


def _check_bedrock_grants(record: ResourceRecord, context: RuleContext) -> list[str]:
    statements, problems = _statements(record)
    problems += _broad_managed_policies(record, "bedrock")
    for statement in statements:
        if not statement.may_grant("bedrock"):
            continue
        where = _sid(statement)
        if statement.not_resources:
            problems.append(f"{where} allows Bedrock with NotResource: it cannot be pinned to the zone")
        for resource in statement.resources:
            if resource == "*" or (resource.startswith("arn:") and "*" in _arn_service(resource)):
                problems.append(f"{where} allows Bedrock on {resource!r}: every model in every region")
            elif not resource.startswith("arn:"):
                problems.append(f"{where} allows Bedrock on {resource!r}, which is not an ARN")
            elif _arn_service(resource) == "bedrock":
                problems += _bedrock_arn_problems(resource, context, f"{where} allows Bedrock on")
        for profile_arn in iam.condition_values(statement.condition, "bedrock:InferenceProfileArn", _EQUALS) or []:
            problems += _bedrock_arn_problems(profile_arn, context, f"{where} is conditioned on")
    return problems


def _check_comprehend_grants(record: ResourceRecord, context: RuleContext) -> list[str]:
    statements, problems = _statements(record)
    problems += _broad_managed_policies(record, "comprehend")
    for statement in statements:
        if not statement.may_grant("comprehend"):
            continue
        where = _sid(statement)
        unscoped = bool(statement.not_resources)
        for resource in statement.resources:
            if resource.startswith("arn:") and _arn_service(resource) == "comprehend":
                problem = _region_problem(iam.region_field_of_arn(resource), context, f"{where} allows Comprehend on")
                if problem:
                    problems.append(problem)
            elif resource == "*" or (resource.startswith("arn:") and "*" in _arn_service(resource)):
                unscoped = True
        if not unscoped:
            continue
        regions = iam.condition_values(statement.condition, "aws:RequestedRegion", _STRING_EQUALS)
        if not regions:
            problems.append(
                f"{where} allows Comprehend in every region: pin it with an `aws:RequestedRegion` condition "
                f"(StringEquals) listing regions of zone '{context.zone.name}'"
            )
            continue
        for region in regions:
            problem = _region_problem(region, context, f"{where} allows Comprehend through aws:RequestedRegion")
            if problem:
                problems.append(problem)
    return problems


def _model_reference_problems(value: str, context: RuleContext, what: str) -> list[str]:
    problems = []
    for token in (t.strip() for t in value.split(",")):
        if token.startswith("arn:") and _arn_service(token) == "bedrock":
            problems += _bedrock_arn_problems(token, context, what)
        else:
            problem = _profile_problem(token, context, what)
            if problem:
                problems.append(problem)
    return problems


def _check_inference_profiles(record: ResourceRecord, context: RuleContext) -> list[str]:
    problems = []
    if record.type == "aws:lambda/function:Function":
        variables = _get(record.inputs, "environment", "variables")
        if isinstance(variables, Mapping):
            for name in variables:
                value = variables[name]
                if isinstance(value, str):
                    problems += _model_reference_problems(value, context, f"environment variable {name}")
    else:
        source = _get(record.inputs, "modelSource", "copyFrom")
        if isinstance(source, str):
            problems += _model_reference_problems(source, context, "the copied model source")
    return problems


def _check_function_url_auth(record: ResourceRecord, context: RuleContext) -> list[str]:
    inputs = record.inputs
    if record.type == "aws:lambda/functionUrl:FunctionUrl":
        auth = inputs.get("authorizationType")
        if auth != "AWS_IAM":
            return [f"authorizationType is {auth!r}: a Function URL must use AWS_IAM (only CloudFront may call it)"]
        return []
    problems = []
    if str(inputs.get("functionUrlAuthType") or "").upper() == "NONE":
        problems.append("the permission is for a Function URL with auth type NONE (public, unauthenticated)")
    action = str(inputs.get("action") or "")
    principal = str(inputs.get("principal") or "")
    if action in ("lambda:InvokeFunctionUrl", "lambda:InvokeFunction", "lambda:*"):
        if principal == "*":
            problems.append(f"{action} is granted to every principal ('*')")
        elif principal == "cloudfront.amazonaws.com" and not inputs.get("sourceArn"):
            problems.append(f"{action} is granted to CloudFront without a SourceArn: any distribution could call it")
    return problems


def _check_geo_allow_list(record: ResourceRecord, context: RuleContext) -> list[str]:
    geo = _get(record.inputs, "restrictions", "geoRestriction")
    kind = _get(geo, "restrictionType")
    if kind != "whitelist":
        return [f"geo restriction type is {kind!r}: an allow-list ('whitelist') of viewer countries is required"]
    locations = iam.as_list(_get(geo, "locations"))
    if not locations:
        return ["the geo allow-list is empty"]
    allowed = context.zone.viewer_countries
    return [
        f"viewer country {code!r} is not one zone '{context.zone.name}' may serve"
        for code in locations
        if code not in allowed
    ]


def _check_dynamodb(record: ResourceRecord, context: RuleContext) -> list[str]:
    inputs = record.inputs
    problems = []
    if _get(inputs, "serverSideEncryption", "enabled") is not True or not _get(
        inputs, "serverSideEncryption", "kmsKeyArn"
    ):
        problems.append("not encrypted with a customer-managed KMS key (serverSideEncryption.kmsKeyArn)")
    if _get(inputs, "pointInTimeRecovery", "enabled") is not True:
        problems.append("point-in-time recovery is off")
    if _get(inputs, "ttl", "enabled") is not True or not _get(inputs, "ttl", "attributeName"):
        problems.append("no TTL attribute: items would be kept for ever")
    return problems


def _sse_s3_exempt(name: str, context: RuleContext) -> bool:
    return any(name == bucket or name.startswith(f"{bucket}-") for bucket in context.sse_s3_buckets)


def _check_s3_encryption(record: ResourceRecord, context: RuleContext) -> list[str]:
    rules = iam.as_list(record.inputs.get("rules"))
    if record.type in _BUCKET_TYPES:
        inline = record.inputs.get("serverSideEncryptionConfiguration")
        if inline is None:
            return []  # the separate configuration resource is checked (and required by s3-buckets-guarded)
        rules = iam.as_list(_get(inline, "rule"))
    if not rules:
        return ["no default encryption rule"]
    problems = []
    for rule in rules:
        default = _get(rule, "applyServerSideEncryptionByDefault")
        algorithm = _get(default, "sseAlgorithm")
        if algorithm in ("aws:kms", "aws:kms:dsse"):
            if not _get(default, "kmsMasterKeyId"):
                problems.append("SSE-KMS without a customer-managed key (kmsMasterKeyId)")
        elif algorithm == "AES256" and _sse_s3_exempt(record.name, context):
            continue
        else:
            problems.append(f"default encryption is {algorithm!r}: SSE-KMS with a customer-managed key is required")
    return problems


def _check_public_access_block(record: ResourceRecord, context: RuleContext) -> list[str]:
    flags = ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")
    return [f"{flag} is not true" for flag in flags if record.inputs.get(flag) is not True]


def _is_everyone(principal: Any) -> bool:
    if principal == "*":
        return True
    return isinstance(principal, Mapping) and "*" in iam.as_list(principal.get("AWS"))


def _check_bucket_policy(record: ResourceRecord, context: RuleContext) -> list[str]:
    try:
        statements = iam.parse_policy_document(record.inputs.get("policy"))
    except ValueError as error:
        return [f"not a readable bucket policy ({error})"]
    problems = []
    tls_only = False
    for statement in statements:
        if statement.allows and _is_everyone(statement.principal) and not statement.condition:
            problems.append(f"{_sid(statement)} allows every principal without a condition: the bucket is public")
        insecure = iam.condition_values(statement.condition, "aws:SecureTransport", ("Bool",)) or []
        if (
            statement.effect == "Deny"
            and _is_everyone(statement.principal)
            and any(iam.covers_whole_service(a, "s3") for a in statement.actions)
            and "false" in [v.lower() for v in insecure]
            and any("/" not in r.split(":::", 1)[-1] for r in statement.resources)
            and any(r.endswith("/*") for r in statement.resources)
        ):
            tls_only = True
    if not tls_only:
        problems.append("no TLS-only statement (Deny s3:* to everyone when aws:SecureTransport is false)")
    return problems


def _check_logs(record: ResourceRecord, context: RuleContext) -> list[str]:
    problems = []
    if not record.inputs.get("kmsKeyId"):
        problems.append("log group not encrypted with a KMS key (kmsKeyId)")
    retention = record.inputs.get("retentionInDays")
    if not isinstance(retention, (int, float)) or retention <= 0:
        problems.append("no retention period: logs would be kept for ever")
    return problems


def _check_key_rotation(record: ResourceRecord, context: RuleContext) -> list[str]:
    spec = record.inputs.get("customerMasterKeySpec") or record.inputs.get("keySpec") or "SYMMETRIC_DEFAULT"
    if spec == "SYMMETRIC_DEFAULT" and record.inputs.get("enableKeyRotation") is not True:
        return ["automatic key rotation is off"]
    return []


def _check_buckets_guarded(records: Sequence[ResourceRecord], context: RuleContext) -> list[RuleViolation]:
    companions: dict[str, set[str]] = {}
    for record in records:
        kind = (
            "public access block"
            if record.type in _PAB_TYPES
            else "default encryption configuration"
            if record.type in _SSE_TYPES
            else "bucket policy"
            if record.type == _BUCKET_POLICY_TYPE
            else None
        )
        if kind is None:
            continue
        for urn in record.refs.get("bucket", ()):
            companions.setdefault(urn, set()).add(kind)
    required = ("public access block", "default encryption configuration", "bucket policy")
    violations = []
    for record in records:
        if record.type not in _BUCKET_TYPES:
            continue
        have = companions.get(record.urn, set())
        violations += [
            RuleViolation("s3-buckets-guarded", record.name, record.type, f"the bucket has no {kind}", record.urn)
            for kind in required
            if kind not in have
        ]
    return violations


# --- The rule set -----------------------------------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule(
        "regional-resources-in-zone",
        "Regional resources inside the zone",
        "Every regional resource (and the AWS provider) is in a region of the zone. Global services (IAM, "
        "CloudFront, Route 53) have no region. Stated exception: CLOUDFRONT-scoped WAF resources and CloudFront's "
        "ACM certificate, which AWS only accepts in us-east-1 (configuration, no personal data).",
        ("aws:", PROVIDER_TYPE),
        _check_region,
    ),
    Rule(
        "bedrock-grants-in-zone",
        "Bedrock grants inside the zone",
        "IAM statements that allow Bedrock name ARNs in zone regions only: no `*` resource, no region "
        "wildcard, no `global.` or foreign inference profile (also in `bedrock:InferenceProfileArn` conditions), "
        "no AWS managed policy that allows Bedrock everywhere.",
        (*_IAM_DOCUMENT_TYPES, _ROLE_TYPE, *_IAM_ATTACHMENT_TYPES),
        _check_bedrock_grants,
    ),
    Rule(
        "comprehend-grants-in-zone",
        "Comprehend grants inside the zone",
        "IAM statements that allow Comprehend on `*` (detect calls take no ARN) are pinned with an "
        "`aws:RequestedRegion` condition listing zone regions only; Comprehend ARNs are in zone regions.",
        (*_IAM_DOCUMENT_TYPES, _ROLE_TYPE, *_IAM_ATTACHMENT_TYPES),
        _check_comprehend_grants,
    ),
    Rule(
        "inference-profiles-in-zone",
        "No global or foreign inference profiles",
        "No `global.` or other-geography inference profile id, and no Bedrock ARN outside the zone, in the "
        "function's environment variables or an application inference profile's source.",
        ("aws:lambda/function:Function", "aws:bedrock/inferenceProfile:InferenceProfile"),
        _check_inference_profiles,
    ),
    Rule(
        "function-url-iam-auth",
        "Function URLs never public",
        "Function URLs use AWS_IAM auth (never NONE); Lambda permissions never open a Function URL or an invoke "
        "to everyone, and CloudFront's permissions are scoped by SourceArn.",
        ("aws:lambda/functionUrl:FunctionUrl", "aws:lambda/permission:Permission"),
        _check_function_url_auth,
    ),
    Rule(
        "cloudfront-geo-allow-list",
        "CloudFront geo allow-list",
        "Every distribution has a geo restriction of type whitelist, non-empty, with countries the zone may serve.",
        ("aws:cloudfront/distribution:Distribution",),
        _check_geo_allow_list,
    ),
    Rule(
        "dynamodb-encrypted-retained",
        "DynamoDB encrypted, recoverable, expiring",
        "Tables use a customer-managed KMS key, point-in-time recovery and a TTL attribute.",
        ("aws:dynamodb/table:Table",),
        _check_dynamodb,
    ),
    Rule(
        "s3-encrypted",
        "S3 encrypted with KMS",
        "Bucket default encryption is SSE-KMS with a customer-managed key (SSE-S3 only for the configured "
        "public-content buckets).",
        (*_SSE_TYPES, *_BUCKET_TYPES),
        _check_s3_encryption,
    ),
    Rule(
        "s3-public-access-blocked",
        "S3 public access blocked",
        "Public access blocks set all four flags to true.",
        _PAB_TYPES,
        _check_public_access_block,
    ),
    Rule(
        "s3-tls-only",
        "S3 bucket policies TLS-only and not public",
        "Bucket policies deny every request without TLS (aws:SecureTransport false) and allow no one unconditionally.",
        (_BUCKET_POLICY_TYPE,),
        _check_bucket_policy,
    ),
    Rule(
        "logs-encrypted-retained",
        "Logs encrypted and retained",
        "Log groups are encrypted with a KMS key and have a retention period.",
        ("aws:cloudwatch/logGroup:LogGroup",),
        _check_logs,
    ),
    Rule(
        "kms-key-rotation",
        "KMS keys rotate",
        "Symmetric customer-managed keys have automatic rotation on.",
        ("aws:kms/key:Key",),
        _check_key_rotation,
    ),
)
RULES_BY_ID: Mapping[str, Rule] = {rule.id: rule for rule in RULES}

STACK_RULES: tuple[StackRule, ...] = (
    StackRule(
        "s3-buckets-guarded",
        "Every bucket guarded",
        "Every S3 bucket has a public access block, a default encryption configuration resource (the inline "
        "setting is deprecated in pulumi-aws 7) and a bucket policy; the per-resource rules check their content.",
        _check_buckets_guarded,
    ),
)


def evaluate(records: Iterable[ResourceRecord], context: RuleContext) -> list[RuleViolation]:
    """Every violation of every rule (per-resource and stack rules) over these records."""
    listed = list(records)
    violations = [v for record in listed for rule in RULES for v in rule.evaluate(record, context)]
    for stack_rule in STACK_RULES:
        violations += stack_rule.check(listed, context)
    return violations


# --- Configuration (shared with the policy pack) ----------------------------------------------------------------

CONFIG_SCHEMA: Mapping[str, Mapping[str, Any]] = {
    "zone": {
        "type": "string",
        "enum": sorted(RESIDENCY_ZONES),
        "default": DEFAULT_ZONE,
        "description": "Residency zone the stack must stay in (components/residency.py).",
    },
    "sseS3Buckets": {
        "type": "array",
        "items": {"type": "string"},
        "default": list(DEFAULT_SSE_S3_BUCKETS),
        "description": "Logical names of buckets holding only public static content, allowed SSE-S3.",
    },
}


def context_from_config(config: Mapping[str, Any] | None) -> RuleContext:
    """The rule context from a policy config (`{"zone": "eu", "sseS3Buckets": [...]}`); defaults when absent.

    Raises `ValueError` for an unknown zone (a typo must not silently disable the residency rules).
    """
    settings = config or {}
    name = settings.get("zone") or DEFAULT_ZONE
    zone = get_zone(str(name))
    if zone is None:
        raise ValueError(f"unknown residency zone {name!r} (zones: {', '.join(sorted(RESIDENCY_ZONES))})")
    buckets = settings.get("sseS3Buckets")
    exempt = DEFAULT_SSE_S3_BUCKETS if buckets is None else tuple(str(b) for b in iam.as_list(buckets))
    return RuleContext(zone=zone, sse_s3_buckets=exempt)


def record_from_policy_args(
    resource_type: str, props: Mapping[str, Any], name: str, urn: str, provider_props: Mapping[str, Any] | None
) -> ResourceRecord:
    """A record from what CrossGuard hands a resource policy (type, inputs, name, URN, provider's inputs)."""
    region = provider_props.get("region") if provider_props is not None else None
    return ResourceRecord(
        type=resource_type,
        name=name,
        inputs=props,
        provider_region=region if isinstance(region, str) else None,
        urn=urn,
    )


def record_from_stack_resource(
    resource_type: str, name: str, urn: str, property_dependencies: Mapping[str, Sequence[str]]
) -> ResourceRecord:
    """A record for the stack rules from what CrossGuard hands a stack policy: relations only, no properties
    (stack rules read which resource refers to which; property values are the resource rules' business)."""
    refs = {key: tuple(urns) for key, urns in property_dependencies.items()}
    return ResourceRecord(type=resource_type, name=name, inputs={}, urn=urn, refs=refs)
