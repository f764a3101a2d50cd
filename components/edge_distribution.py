"""The edge's CloudFront distribution: its two origins, its behaviours and the distribution itself.

- Origin `site`: the private site bucket, read through Origin Access Control `s3`; the default behaviour serves
  it (GET/HEAD, managed `CachingOptimized`).
- Origin `chat-function`: the function URL, signed through Origin Access Control `lambda` (SigV4, always), HTTPS
  only, read and keep-alive timeouts at CloudFront's 60 s default maximum and a response completion timeout
  derived from the function's timeout (`components/edge_timeouts.py`); `/c` and `/c/*` send every method there,
  uncached (managed `CachingDisabled`, `AllViewerExceptHostHeader`).
- Geo restriction of type whitelist, HTTPS only (HTTP redirects), HTTP/2 and HTTP/3, IPv6.

The behaviour and origin builders are pure (plain dicts of Pulumi inputs); `create_distribution` declares the
resources, as children of the `Edge` given as `parent`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from components.edge_timeouts import ORIGIN_TIMEOUT_SECONDS, response_completion_timeout
from components.edge_waf import CHAT_PATH

__all__ = [
    "ALL_METHODS",
    "CHAT_PATH_PATTERNS",
    "FUNCTION_ORIGIN",
    "MANAGED_POLICY_NAMES",
    "READ_METHODS",
    "SITE_ORIGIN",
    "Behaviours",
    "DistributionSpec",
    "chat_behaviours",
    "create_distribution",
    "default_behaviour",
    "origin_domain",
    "viewer_certificate",
]

CHAT_PATH_PATTERNS = (CHAT_PATH, f"{CHAT_PATH}/*")
ALL_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")
READ_METHODS = ("GET", "HEAD")
SITE_ORIGIN = "site"
FUNCTION_ORIGIN = "chat-function"
#: CloudFront's managed policies, looked up by name at deploy time (their ids are fixed by AWS, but a lookup
#: documents what is used and fails loudly if AWS ever retires one).
MANAGED_POLICY_NAMES: Mapping[str, str] = {
    "caching_disabled": "Managed-CachingDisabled",
    "caching_optimized": "Managed-CachingOptimized",
    "all_viewer_except_host_header": "Managed-AllViewerExceptHostHeader",
}


@dataclass(frozen=True)
class Behaviours:
    """The policies every behaviour refers to (ids, known at deploy time)."""

    caching_disabled: pulumi.Input[str]
    caching_optimized: pulumi.Input[str]
    all_viewer_except_host_header: pulumi.Input[str]
    response_headers: pulumi.Input[str]


@dataclass(frozen=True)
class DistributionSpec:
    """What the distribution fronts and for whom (plain values but the function URL and the certificate)."""

    prefix: str
    site_domain: pulumi.Input[str]
    function_url: pulumi.Input[str]
    function_timeout_seconds: int
    allowed_countries: Sequence[str]
    price_class: str
    web_acl_arn: pulumi.Input[str]
    aliases: Sequence[str] = ()
    certificate_arn: pulumi.Output[str] | None = None


def origin_domain(function_url: str) -> str:
    """The host of a Function URL (`https://abc.lambda-url.eu-central-1.on.aws/` -> the host)."""
    host = function_url.split("://", 1)[-1].split("/", 1)[0]
    if not host:
        raise ValueError(f"not a function URL: {function_url!r}")
    return host


def chat_behaviours(policies: Behaviours) -> list[aws.cloudfront.DistributionOrderedCacheBehaviorArgsDict]:
    """`/c` and `/c/*`: every method to the function, uncached, the viewer's headers but Host passed on."""
    return [
        {
            "path_pattern": pattern,
            "target_origin_id": FUNCTION_ORIGIN,
            "viewer_protocol_policy": "redirect-to-https",
            "allowed_methods": list(ALL_METHODS),
            "cached_methods": list(READ_METHODS),
            "cache_policy_id": policies.caching_disabled,
            "origin_request_policy_id": policies.all_viewer_except_host_header,
            "response_headers_policy_id": policies.response_headers,
            "compress": False,
        }
        for pattern in CHAT_PATH_PATTERNS
    ]


def default_behaviour(policies: Behaviours) -> aws.cloudfront.DistributionDefaultCacheBehaviorArgsDict:
    """Everything else: the page from the site bucket, GET/HEAD only, cached and compressed."""
    return {
        "target_origin_id": SITE_ORIGIN,
        "viewer_protocol_policy": "redirect-to-https",
        "allowed_methods": list(READ_METHODS),
        "cached_methods": list(READ_METHODS),
        "cache_policy_id": policies.caching_optimized,
        "response_headers_policy_id": policies.response_headers,
        "compress": True,
    }


def viewer_certificate(
    certificate_arn: pulumi.Output[str] | None,
) -> aws.cloudfront.DistributionViewerCertificateArgsDict:
    """The custom domain's certificate (SNI, TLS 1.2 at least), else CloudFront's own."""
    if certificate_arn is None:
        return {"cloudfront_default_certificate": True}
    return {
        "acm_certificate_arn": certificate_arn,
        "ssl_support_method": "sni-only",
        "minimum_protocol_version": "TLSv1.2_2021",
    }


def _origins(
    spec: DistributionSpec, s3_access: pulumi.Input[str], lambda_access: pulumi.Input[str]
) -> list[aws.cloudfront.DistributionOriginArgsDict]:
    return [
        {"origin_id": SITE_ORIGIN, "domain_name": spec.site_domain, "origin_access_control_id": s3_access},
        {
            "origin_id": FUNCTION_ORIGIN,
            "domain_name": pulumi.Output.from_input(spec.function_url).apply(origin_domain),
            "origin_access_control_id": lambda_access,
            "response_completion_timeout": response_completion_timeout(spec.function_timeout_seconds),
            "custom_origin_config": {
                "http_port": 80,
                "https_port": 443,
                "origin_protocol_policy": "https-only",
                "origin_ssl_protocols": ["TLSv1.2"],
                "origin_read_timeout": ORIGIN_TIMEOUT_SECONDS,
                "origin_keepalive_timeout": ORIGIN_TIMEOUT_SECONDS,
            },
        },
    ]


def _origin_access(name: str, prefix: str, kind: str, description: str, parent: pulumi.Resource) -> pulumi.Output[str]:
    access = aws.cloudfront.OriginAccessControl(
        f"{name}-{kind}-oac",
        name=f"{prefix}-{kind}",
        description=description,
        origin_access_control_origin_type=kind,
        signing_behavior="always",
        signing_protocol="sigv4",
        opts=pulumi.ResourceOptions(parent=parent),
    )
    return access.id


def _managed_policies(response_headers: pulumi.Input[str], parent: pulumi.Resource) -> Behaviours:
    opts = pulumi.InvokeOutputOptions(parent=parent)
    cache = {
        key: aws.cloudfront.get_cache_policy_output(name=MANAGED_POLICY_NAMES[key], opts=opts).id
        for key in ("caching_disabled", "caching_optimized")
    }
    all_viewer = aws.cloudfront.get_origin_request_policy_output(
        name=MANAGED_POLICY_NAMES["all_viewer_except_host_header"], opts=opts
    ).id
    return Behaviours(cache["caching_disabled"], cache["caching_optimized"], all_viewer, response_headers)


def create_distribution(
    name: str,
    spec: DistributionSpec,
    *,
    response_headers: pulumi.Input[str],
    depends_on: Sequence[pulumi.Resource],
    tags: Mapping[str, str],
    parent: pulumi.Resource,
) -> aws.cloudfront.Distribution:
    """The two Origin Access Controls and the `<name>-distribution` (waiting for `depends_on`, the page's files)."""
    s3_access = _origin_access(name, spec.prefix, "s3", "Chat page bucket (signed by CloudFront)", parent)
    lambda_access = _origin_access(name, spec.prefix, "lambda", "Chat function URL (signed by CloudFront)", parent)
    policies = _managed_policies(response_headers, parent)
    return aws.cloudfront.Distribution(
        f"{name}-distribution",
        comment=f"{spec.prefix}: chat page and streaming chat",
        enabled=True,
        is_ipv6_enabled=True,
        http_version="http2and3",
        price_class=spec.price_class,
        aliases=list(spec.aliases),
        default_root_object="index.html",
        web_acl_id=spec.web_acl_arn,
        origins=_origins(spec, s3_access, lambda_access),
        default_cache_behavior=default_behaviour(policies),
        ordered_cache_behaviors=chat_behaviours(policies),
        restrictions={
            "geo_restriction": {"restriction_type": "whitelist", "locations": sorted(spec.allowed_countries)}
        },
        viewer_certificate=viewer_certificate(spec.certificate_arn),
        tags=dict(tags),
        opts=pulumi.ResourceOptions(parent=parent, depends_on=list(depends_on)),
    )
