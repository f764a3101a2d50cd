"""`Edge`: the geo-fenced CloudFront front door of the chat.

- CloudFront distribution: geo restriction of type whitelist with exactly the allowed viewer countries, HTTPS
  only (HTTP redirects), HTTP/2 and HTTP/3, the configured price class.
- Default behaviour: the chat page from a private S3 bucket (Origin Access Control `s3`; the bucket policy
  lets only this distribution read), uploaded from `web` with correct Content-Types.
- `/c` and `/c/*`: the chat function's URL (Origin Access Control `lambda`, SigV4, always sign), managed
  `CachingDisabled` cache policy and `AllViewerExceptHostHeader` origin request policy (looked up by name),
  all methods, origin read and keep-alive timeouts at CloudFront's 60 s default maximum (the runtime's
  heartbeat keeps a long answer within it, see docs/deployment.md) and a response completion timeout derived
  from the function's timeout (`components/edge_timeouts.py`); both Lambda permissions CloudFront needs
  (`lambda:InvokeFunctionUrl` and `lambda:InvokeFunction`) scoped to this distribution's ARN.
- WAF web ACL (scope CLOUDFRONT, hence in us-east-1: the one resource outside the residency zone; it holds
  rules, not data) with a per-IP rate limit, a lower per-IP limit on new sessions and the AWS managed common
  rule set (`components/edge_waf.py`).
- A response headers policy: HSTS, nosniff, frame DENY, no-referrer and a CSP fitting the page.
- Optionally a custom domain with a DNS-validated ACM certificate (us-east-1) and Route 53 alias records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pulumi
import pulumi_aws as aws

from components import iam_statements as iam
from components.edge_certificate import CustomDomain, create_certificate
from components.edge_timeouts import ORIGIN_TIMEOUT_SECONDS, response_completion_timeout
from components.edge_waf import CHAT_PATH, create_web_acl
from components.private_bucket import create_private_bucket
from components.residency import ResidencyZone
from components.site_files import CACHE_CONTROL, PAGE_CONFIG_KEY, page_config_json, site_files
from components.zone_checks import edge_violations, require_in_zone
from runtime.http import page_headers

__all__ = [
    "ALL_METHODS",
    "CHAT_PATH_PATTERNS",
    "CONTENT_SECURITY_POLICY",
    "MANAGED_POLICY_NAMES",
    "CustomDomain",
    "Edge",
    "EdgeArgs",
    "origin_domain",
    "security_headers_config",
]

CHAT_PATH_PATTERNS = (CHAT_PATH, f"{CHAT_PATH}/*")
ALL_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")
READ_METHODS = ("GET", "HEAD")
#: CloudFront's managed policies, looked up by name at deploy time (their ids are fixed by AWS, but a lookup
#: documents what is used and fails loudly if AWS ever retires one).
MANAGED_POLICY_NAMES: Mapping[str, str] = {
    "caching_disabled": "Managed-CachingDisabled",
    "caching_optimized": "Managed-CachingOptimized",
    "all_viewer_except_host_header": "Managed-AllViewerExceptHostHeader",
}
#: The page's own policy (`runtime.http.page_headers`, also served locally), plus the HTTPS upgrade.
CONTENT_SECURITY_POLICY = "; ".join([*page_headers.CSP_DIRECTIVES, "upgrade-insecure-requests"])
HSTS_MAX_AGE_SECONDS = 63_072_000  # two years
#: Edge-only: the page needs no camera, microphone, location or payment.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()"


@dataclass(frozen=True)
class EdgeArgs:
    """Inputs of `Edge` (plain values, no stack config).

    - `region`: region of the site bucket (the stack's home region).
    - `function_name`, `function_url`, `function_region`: the chat function and its URL (`AWS_IAM` auth).
    - `static_dir`: the chat page's files, uploaded to the site bucket.
    - `page_languages`: the market's languages, written to the bucket as `page-config.json` (first = default).
    - `allowed_countries`: ISO 3166-1 alpha-2 viewer allow-list (everyone else gets 403).
    - `function_timeout_seconds`: the function's timeout (CloudFront's response completion timeout follows it).
    - `price_class`: CloudFront price class; `waf_requests_per_5_minutes_per_ip`: WAF rate limit per IP;
      `new_sessions_per_5_minutes_per_ip`: its lower limit on `POST /c` without a session header.
    - `custom_domain`: optional custom domain (ACM certificate in us-east-1).
    - `tags`: applied to every taggable resource.
    - `zone`: optional residency zone (used alone, outside our program): the bucket's and the function's regions
      and the viewer countries are refused outside it (the us-east-1 WAF and certificate are the stated exception).
    """

    region: str
    function_name: pulumi.Input[str]
    function_url: pulumi.Input[str]
    function_region: str
    static_dir: Path
    allowed_countries: Sequence[str]
    tags: Mapping[str, str]
    price_class: str = "PriceClass_100"
    waf_requests_per_5_minutes_per_ip: int = 300
    new_sessions_per_5_minutes_per_ip: int = 20
    function_timeout_seconds: int = 180
    custom_domain: CustomDomain | None = None
    page_languages: Sequence[str] = ("en",)
    zone: ResidencyZone | None = None

    def __post_init__(self) -> None:
        if self.new_sessions_per_5_minutes_per_ip >= self.waf_requests_per_5_minutes_per_ip:
            raise ValueError("the new-session limit must be below the per-IP request limit")
        if not self.allowed_countries:
            raise ValueError("the viewer allow-list must name at least one country")
        if len(set(self.allowed_countries)) != len(self.allowed_countries):
            raise ValueError("the viewer allow-list names a country twice")
        if self.zone is not None:
            found = edge_violations(self.zone, self.region, self.function_region, self.allowed_countries)
            require_in_zone("Edge", self.zone, found)


def security_headers_config() -> aws.cloudfront.ResponseHeadersPolicySecurityHeadersConfigArgsDict:
    """The response headers policy's security headers: the page's own (`runtime.http.page_headers`) and HSTS.

    `X-Content-Type-Options` has one value (`nosniff`), so CloudFront takes only the override flag for it.
    """
    return {
        "strict_transport_security": {
            "access_control_max_age_sec": HSTS_MAX_AGE_SECONDS,
            "include_subdomains": True,
            "preload": False,
            "override": True,
        },
        "content_type_options": {"override": True},
        "frame_options": {"frame_option": page_headers.FRAME_OPTIONS, "override": True},
        "referrer_policy": {"referrer_policy": page_headers.REFERRER_POLICY, "override": True},
        "content_security_policy": {"content_security_policy": CONTENT_SECURITY_POLICY, "override": True},
    }


def origin_domain(function_url: str) -> str:
    """The host of a Function URL (`https://abc.lambda-url.eu-central-1.on.aws/` -> the host)."""
    host = function_url.split("://", 1)[-1].split("/", 1)[0]
    if not host:
        raise ValueError(f"not a function URL: {function_url!r}")
    return host


class Edge(pulumi.ComponentResource):
    """CloudFront + WAF + site bucket in front of the chat function (see the module docstring)."""

    chat_url: pulumi.Output[str]
    distribution_arn: pulumi.Output[str]
    site_bucket_name: pulumi.Output[str]

    def __init__(self, name: str, args: EdgeArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("sovereign-chat:edge:Edge", name, None, opts)
        tags = dict(args.tags)
        child = pulumi.ResourceOptions(parent=self)
        invoke_opts = pulumi.InvokeOutputOptions(parent=self)
        prefix = f"{pulumi.get_project()}-{pulumi.get_stack()}-{name}"

        site = create_private_bucket(f"{name}-site", region=args.region, tags=tags, parent=self)
        objects = [
            aws.s3.BucketObjectv2(
                f"{name}-site-{item.key.replace('/', '-')}",
                region=args.region,
                bucket=site.bucket.id,
                key=item.key,
                source=pulumi.FileAsset(str(item.path)),
                content_type=item.content_type,
                cache_control=item.cache_control,
                tags=tags,
                opts=pulumi.ResourceOptions(parent=self, depends_on=site.settled),
            )
            for item in site_files(args.static_dir)
        ]
        objects.append(
            aws.s3.BucketObjectv2(
                f"{name}-site-page-config",
                region=args.region,
                bucket=site.bucket.id,
                key=PAGE_CONFIG_KEY,
                content=page_config_json(args.page_languages),
                content_type="application/json",
                cache_control=CACHE_CONTROL,
                tags=tags,
                opts=pulumi.ResourceOptions(parent=self, depends_on=site.settled),
            )
        )

        s3_access = aws.cloudfront.OriginAccessControl(
            f"{name}-s3-oac",
            name=f"{prefix}-s3",
            description="Chat page bucket (signed by CloudFront)",
            origin_access_control_origin_type="s3",
            signing_behavior="always",
            signing_protocol="sigv4",
            opts=child,
        )
        lambda_access = aws.cloudfront.OriginAccessControl(
            f"{name}-lambda-oac",
            name=f"{prefix}-lambda",
            description="Chat function URL (signed by CloudFront)",
            origin_access_control_origin_type="lambda",
            signing_behavior="always",
            signing_protocol="sigv4",
            opts=child,
        )
        policies = {
            key: aws.cloudfront.get_cache_policy_output(name=value, opts=invoke_opts).id
            for key, value in MANAGED_POLICY_NAMES.items()
            if key.startswith("caching")
        }
        all_viewer = aws.cloudfront.get_origin_request_policy_output(
            name=MANAGED_POLICY_NAMES["all_viewer_except_host_header"], opts=invoke_opts
        ).id
        headers = aws.cloudfront.ResponseHeadersPolicy(
            f"{name}-security-headers",
            name=f"{prefix}-security-headers",
            comment="HSTS, nosniff, frame DENY, no-referrer, CSP for the chat page",
            security_headers_config=security_headers_config(),
            custom_headers_config={
                "items": [{"header": "Permissions-Policy", "value": PERMISSIONS_POLICY, "override": True}]
            },
            opts=child,
        )
        waf = create_web_acl(
            name,
            parent=self,
            metric_prefix=prefix,
            requests_per_5_minutes=args.waf_requests_per_5_minutes_per_ip,
            new_sessions_per_5_minutes=args.new_sessions_per_5_minutes_per_ip,
            tags=tags,
        )

        aliases: list[str] = []
        certificate: pulumi.Output[str] | None = None
        if args.custom_domain is not None:
            certificate = create_certificate(name, args.custom_domain, tags, parent=self)
            aliases = [args.custom_domain.domain_name]

        site_origin, function_origin = "site", "chat-function"
        chat_behaviours: list[aws.cloudfront.DistributionOrderedCacheBehaviorArgsDict] = [
            {
                "path_pattern": pattern,
                "target_origin_id": function_origin,
                "viewer_protocol_policy": "redirect-to-https",
                "allowed_methods": list(ALL_METHODS),
                "cached_methods": list(READ_METHODS),
                "cache_policy_id": policies["caching_disabled"],
                "origin_request_policy_id": all_viewer,
                "response_headers_policy_id": headers.id,
                "compress": False,
            }
            for pattern in CHAT_PATH_PATTERNS
        ]
        viewer_certificate: aws.cloudfront.DistributionViewerCertificateArgsDict = (
            {
                "acm_certificate_arn": certificate,
                "ssl_support_method": "sni-only",
                "minimum_protocol_version": "TLSv1.2_2021",
            }
            if certificate is not None
            else {"cloudfront_default_certificate": True}
        )
        origins: list[aws.cloudfront.DistributionOriginArgsDict] = [
            {
                "origin_id": site_origin,
                "domain_name": site.bucket.bucket_regional_domain_name,
                "origin_access_control_id": s3_access.id,
            },
            {
                "origin_id": function_origin,
                "domain_name": pulumi.Output.from_input(args.function_url).apply(origin_domain),
                "origin_access_control_id": lambda_access.id,
                "response_completion_timeout": response_completion_timeout(args.function_timeout_seconds),
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
        default_behaviour: aws.cloudfront.DistributionDefaultCacheBehaviorArgsDict = {
            "target_origin_id": site_origin,
            "viewer_protocol_policy": "redirect-to-https",
            "allowed_methods": list(READ_METHODS),
            "cached_methods": list(READ_METHODS),
            "cache_policy_id": policies["caching_optimized"],
            "response_headers_policy_id": headers.id,
            "compress": True,
        }
        restrictions: aws.cloudfront.DistributionRestrictionsArgsDict = {
            "geo_restriction": {"restriction_type": "whitelist", "locations": sorted(args.allowed_countries)}
        }
        distribution = aws.cloudfront.Distribution(
            f"{name}-distribution",
            comment=f"{prefix}: chat page and streaming chat",
            enabled=True,
            is_ipv6_enabled=True,
            http_version="http2and3",
            price_class=args.price_class,
            aliases=aliases,
            default_root_object="index.html",
            web_acl_id=waf.arn,
            origins=origins,
            default_cache_behavior=default_behaviour,
            ordered_cache_behaviors=chat_behaviours,
            restrictions=restrictions,
            viewer_certificate=viewer_certificate,
            tags=tags,
            opts=pulumi.ResourceOptions(parent=self, depends_on=objects),
        )

        aws.s3.BucketPolicy(
            f"{name}-site-policy",
            region=args.region,
            bucket=site.bucket.id,
            policy=pulumi.Output.all(site.bucket.arn, distribution.arn).apply(
                lambda v: iam.policy_json([iam.cloudfront_read_statement(v[0], v[1]), iam.tls_only_statement(v[0])])
            ),
            opts=pulumi.ResourceOptions(parent=self, depends_on=site.settled),
        )
        aws.lambda_.Permission(
            f"{name}-invoke-function-url",
            region=args.function_region,
            action="lambda:InvokeFunctionUrl",
            function=args.function_name,
            principal="cloudfront.amazonaws.com",
            source_arn=distribution.arn,
            function_url_auth_type="AWS_IAM",
            opts=child,
        )
        aws.lambda_.Permission(
            f"{name}-invoke-function",
            region=args.function_region,
            action="lambda:InvokeFunction",
            function=args.function_name,
            principal="cloudfront.amazonaws.com",
            source_arn=distribution.arn,
            invoked_via_function_url=True,
            opts=child,
        )
        if args.custom_domain is not None and args.custom_domain.hosted_zone_id is not None:
            for record_type in ("A", "AAAA"):
                aws.route53.Record(
                    f"{name}-alias-{record_type.lower()}",
                    zone_id=args.custom_domain.hosted_zone_id,
                    name=args.custom_domain.domain_name,
                    type=record_type,
                    aliases=[
                        {
                            "name": distribution.domain_name,
                            "zone_id": distribution.hosted_zone_id,
                            "evaluate_target_health": False,
                        }
                    ],
                    opts=child,
                )

        host = args.custom_domain.domain_name if args.custom_domain else None
        self.chat_url = distribution.domain_name.apply(lambda domain: f"https://{host or domain}/")
        self.distribution_arn = distribution.arn
        self.distribution_domain_name = distribution.domain_name
        self.site_bucket_name = site.bucket.bucket
        self.web_acl_arn = waf.arn
        self.register_outputs(
            {
                "chatUrl": self.chat_url,
                "distributionArn": self.distribution_arn,
                "siteBucketName": self.site_bucket_name,
                "webAclArn": self.web_acl_arn,
            }
        )
