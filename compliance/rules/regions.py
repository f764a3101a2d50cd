"""Residency rules about where things are: regional resources and the models the function is pointed at.

`region_problem`, `profile_problem` and `bedrock_arn_problems` are shared with the grant rules (`grants.py`):
a region, an inference profile id or a Bedrock ARN is checked against the zone the same way wherever it appears.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from compliance.rules import iam_documents as iam
from compliance.rules.records import (
    PROVIDER_TYPE,
    ResourceRecord,
    Rule,
    RuleContext,
    get_input,
    global_service_note,
    is_zone_exception,
)
from components.residency import GEO_INFERENCE_PROFILE_PREFIXES

__all__ = [
    "INFERENCE_PROFILES_IN_ZONE",
    "REGIONAL_RESOURCES_IN_ZONE",
    "bedrock_arn_problems",
    "profile_problem",
    "region_problem",
]

_PROFILE_ID = re.compile(
    r"^(?P<geo>" + "|".join(re.escape(p) for p in GEO_INFERENCE_PROFILE_PREFIXES) + r")\.[a-z0-9-]+\.[A-Za-z0-9._:-]+$"
)


def _zone_regions(context: RuleContext) -> str:
    return ", ".join(sorted(context.zone.region_names))


def region_problem(region: str | None, context: RuleContext, what: str) -> str | None:
    """Why `region` is not acceptable for `what` (missing, a wildcard, outside the zone), or None when it is."""
    zone = context.zone
    if region is None or region == "":
        return f"{what} names no region"
    if "*" in region or "?" in region:
        return f"{what} uses a region wildcard ({region!r}): it would match regions outside zone '{zone.name}'"
    if not zone.allows_region(region):
        return f"{what} is in {region}, outside zone '{zone.name}' (allowed: {_zone_regions(context)})"
    return None


def profile_problem(profile_id: str, context: RuleContext, what: str) -> str | None:
    """Why an inference profile id routes outside the zone (`global.`, another geography), or None.

    Ids that are not inference profiles (plain model ids, other values) are None: nothing to say.
    """
    match = _PROFILE_ID.match(profile_id)
    if match is None:
        return None
    geo = match.group("geo")
    if geo == "global":
        return f"{what}: `global.` inference profile {profile_id} may route to any region in the world"
    if geo not in context.zone.inference_profile_prefixes:
        return f"{what}: inference profile {profile_id} of geography '{geo}' routes outside zone '{context.zone.name}'"
    return None


def bedrock_arn_problems(arn: str, context: RuleContext, what: str) -> list[str]:
    """Why a Bedrock ARN leaves the zone: its region field, and the geography of an inference profile it names."""
    problems = []
    problem = region_problem(iam.region_field_of_arn(arn), context, f"{what} {arn}")
    if problem:
        problems.append(problem)
    resource = arn.split(":", 5)[5] if arn.count(":") >= 5 else ""
    kind, _, ident = resource.partition("/")
    if kind == "inference-profile":
        profile = profile_problem(ident, context, f"{what} {arn}")
        if profile:
            problems.append(profile)
    return problems


def _check_region(record: ResourceRecord, context: RuleContext) -> list[str]:
    if record.type == PROVIDER_TYPE:
        region = record.inputs.get("region")
        problem = region_problem(region if isinstance(region, str) else None, context, "the AWS provider")
        return [problem] if problem else []
    if global_service_note(record.type) is not None:
        return []
    problems = []
    problem = region_problem(record.region, context, "the resource")
    if problem and not is_zone_exception(record):
        problems.append(problem)
    if record.type == "aws:dynamodb/table:Table":
        for replica in iam.as_list(record.inputs.get("replicas")):
            replica_problem = region_problem(get_input(replica, "regionName"), context, "a table replica")
            if replica_problem:
                problems.append(replica_problem)
    return problems


def _model_reference_problems(value: str, context: RuleContext, what: str) -> list[str]:
    problems = []
    for token in (t.strip() for t in value.split(",")):
        if token.startswith("arn:") and iam.arn_service(token) == "bedrock":
            problems += bedrock_arn_problems(token, context, what)
        else:
            problem = profile_problem(token, context, what)
            if problem:
                problems.append(problem)
    return problems


def _check_inference_profiles(record: ResourceRecord, context: RuleContext) -> list[str]:
    problems = []
    if record.type == "aws:lambda/function:Function":
        variables = get_input(record.inputs, "environment", "variables")
        if isinstance(variables, Mapping):
            for name in variables:
                value = variables[name]
                if isinstance(value, str):
                    problems += _model_reference_problems(value, context, f"environment variable {name}")
    else:
        source = get_input(record.inputs, "modelSource", "copyFrom")
        if isinstance(source, str):
            problems += _model_reference_problems(source, context, "the copied model source")
    return problems


REGIONAL_RESOURCES_IN_ZONE = Rule(
    "regional-resources-in-zone",
    "Regional resources inside the zone",
    "Every regional resource (and the AWS provider) is in a region of the zone. Global services (IAM, "
    "CloudFront, Route 53) have no region. Stated exception: CLOUDFRONT-scoped WAF resources and CloudFront's "
    "ACM certificate, which AWS only accepts in us-east-1 (configuration, no personal data).",
    ("aws:", PROVIDER_TYPE),
    _check_region,
)
INFERENCE_PROFILES_IN_ZONE = Rule(
    "inference-profiles-in-zone",
    "No global or foreign inference profiles",
    "No `global.` or other-geography inference profile id, and no Bedrock ARN outside the zone, in the "
    "function's environment variables or an application inference profile's source.",
    ("aws:lambda/function:Function", "aws:bedrock/inferenceProfile:InferenceProfile"),
    _check_inference_profiles,
)
