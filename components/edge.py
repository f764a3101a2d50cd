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

from components.edge_certificate import CustomDomain, create_certificate
from components.edge_distribution import (
    ALL_METHODS,
    CHAT_PATH_PATTERNS,
    MANAGED_POLICY_NAMES,
    DistributionSpec,
    create_distribution,
    origin_domain,
)
from components.edge_headers import CONTENT_SECURITY_POLICY, create_security_headers, security_headers_config
from components.edge_site import create_site_bucket, let_distribution_read
from components.edge_waf import create_web_acl
from components.residency import ResidencyZone
from components.zone_checks import edge_violations, require_in_zone

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


@dataclass(frozen=True)
class EdgeArgs:
    """Inputs of `Edge` (plain values, no stack config).

    - `region`: region of the site bucket (the stack's home region).
    - `function_name`, `function_url`, `function_region`: the chat function and its URL (`AWS_IAM` auth).
    - `static_dir`: the chat page's files, uploaded to the site bucket.
    - `page_languages`: the market's languages, written to the bucket as `page-config.json` (first = default).
    - `offered_page_languages`: the languages the page offers (first = default); empty: every one it has.
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
    offered_page_languages: Sequence[str] = ()
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


class Edge(pulumi.ComponentResource):
    """CloudFront + WAF + site bucket in front of the chat function (see the module docstring)."""

    chat_url: pulumi.Output[str]
    distribution_arn: pulumi.Output[str]
    site_bucket_name: pulumi.Output[str]

    def __init__(self, name: str, args: EdgeArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("sovereign-chat:edge:Edge", name, None, opts)
        tags = dict(args.tags)
        prefix = f"{pulumi.get_project()}-{pulumi.get_stack()}-{name}"
        site = create_site_bucket(
            name,
            region=args.region,
            static_dir=args.static_dir,
            page_languages=args.page_languages,
            offered_page_languages=args.offered_page_languages,
            tags=tags,
            parent=self,
        )
        headers = create_security_headers(name, prefix, parent=self)
        waf = create_web_acl(
            name,
            parent=self,
            metric_prefix=prefix,
            requests_per_5_minutes=args.waf_requests_per_5_minutes_per_ip,
            new_sessions_per_5_minutes=args.new_sessions_per_5_minutes_per_ip,
            tags=tags,
        )
        domain = args.custom_domain
        spec = DistributionSpec(
            prefix=prefix,
            site_domain=site.bucket.bucket_regional_domain_name,
            function_url=args.function_url,
            function_timeout_seconds=args.function_timeout_seconds,
            allowed_countries=args.allowed_countries,
            price_class=args.price_class,
            web_acl_arn=waf.arn,
            aliases=[domain.domain_name] if domain else [],
            certificate_arn=create_certificate(name, domain, tags, parent=self) if domain else None,
        )
        distribution = create_distribution(
            name, spec, response_headers=headers.id, depends_on=site.objects, tags=tags, parent=self
        )
        let_distribution_read(name, site, distribution.arn, region=args.region, parent=self)
        self._let_cloudfront_invoke(name, args, distribution.arn)
        if domain is not None and domain.hosted_zone_id is not None:
            self._alias_records(name, domain, domain.hosted_zone_id, distribution)
        self._expose(distribution, site.bucket.bucket, waf.arn, domain)

    def _let_cloudfront_invoke(self, name: str, args: EdgeArgs, distribution_arn: pulumi.Output[str]) -> None:
        """Both permissions CloudFront needs on the function, scoped to this distribution."""
        child = pulumi.ResourceOptions(parent=self)
        aws.lambda_.Permission(
            f"{name}-invoke-function-url",
            region=args.function_region,
            action="lambda:InvokeFunctionUrl",
            function=args.function_name,
            principal="cloudfront.amazonaws.com",
            source_arn=distribution_arn,
            function_url_auth_type="AWS_IAM",
            opts=child,
        )
        aws.lambda_.Permission(
            f"{name}-invoke-function",
            region=args.function_region,
            action="lambda:InvokeFunction",
            function=args.function_name,
            principal="cloudfront.amazonaws.com",
            source_arn=distribution_arn,
            invoked_via_function_url=True,
            opts=child,
        )

    def _alias_records(
        self, name: str, domain: CustomDomain, zone_id: str, distribution: aws.cloudfront.Distribution
    ) -> None:
        """Route 53 A and AAAA alias records of the custom domain, pointing at the distribution."""
        for record_type in ("A", "AAAA"):
            aws.route53.Record(
                f"{name}-alias-{record_type.lower()}",
                zone_id=zone_id,
                name=domain.domain_name,
                type=record_type,
                aliases=[
                    {
                        "name": distribution.domain_name,
                        "zone_id": distribution.hosted_zone_id,
                        "evaluate_target_health": False,
                    }
                ],
                opts=pulumi.ResourceOptions(parent=self),
            )

    def _expose(
        self,
        distribution: aws.cloudfront.Distribution,
        site_bucket_name: pulumi.Output[str],
        web_acl_arn: pulumi.Output[str],
        domain: CustomDomain | None,
    ) -> None:
        host = domain.domain_name if domain else None
        self.chat_url = distribution.domain_name.apply(lambda name: f"https://{host or name}/")
        self.distribution_arn = distribution.arn
        self.distribution_domain_name = distribution.domain_name
        self.site_bucket_name = site_bucket_name
        self.web_acl_arn = web_acl_arn
        self.register_outputs(
            {
                "chatUrl": self.chat_url,
                "distributionArn": self.distribution_arn,
                "siteBucketName": self.site_bucket_name,
                "webAclArn": self.web_acl_arn,
            }
        )
