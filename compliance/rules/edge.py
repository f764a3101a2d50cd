"""Rules about who may reach the service: Function URLs are never public and CloudFront serves allowed countries."""

from __future__ import annotations

from compliance.rules import iam_documents as iam
from compliance.rules.records import ResourceRecord, Rule, RuleContext, get_input

__all__ = ["CLOUDFRONT_GEO_ALLOW_LIST", "FUNCTION_URL_IAM_AUTH"]


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
    geo = get_input(record.inputs, "restrictions", "geoRestriction")
    kind = get_input(geo, "restrictionType")
    if kind != "whitelist":
        return [f"geo restriction type is {kind!r}: an allow-list ('whitelist') of viewer countries is required"]
    locations = iam.as_list(get_input(geo, "locations"))
    if not locations:
        return ["the geo allow-list is empty"]
    allowed = context.zone.viewer_countries
    return [
        f"viewer country {code!r} is not one zone '{context.zone.name}' may serve"
        for code in locations
        if code not in allowed
    ]


FUNCTION_URL_IAM_AUTH = Rule(
    "function-url-iam-auth",
    "Function URLs never public",
    "Function URLs use AWS_IAM auth (never NONE); Lambda permissions never open a Function URL or an invoke "
    "to everyone, and CloudFront's permissions are scoped by SourceArn.",
    ("aws:lambda/functionUrl:FunctionUrl", "aws:lambda/permission:Permission"),
    _check_function_url_auth,
)
CLOUDFRONT_GEO_ALLOW_LIST = Rule(
    "cloudfront-geo-allow-list",
    "CloudFront geo allow-list",
    "Every distribution has a geo restriction of type whitelist, non-empty, with countries the zone may serve.",
    ("aws:cloudfront/distribution:Distribution",),
    _check_geo_allow_list,
)
