"""`Edge` with flat inputs, for the cross-language package (and any Python program that prefers them).

The same component as `components.edge.Edge` (same resources, logical names and type token
`sovereign-chat:edge:Edge`), in front of any function URL with `AWS_IAM` auth. No `from __future__ import
annotations`: the package schema is read from these annotations.
"""

from pathlib import Path
from typing import Any, NotRequired, TypedDict

import pulumi

from components import edge as base
from components.config_schema import PRICE_CLASSES
from components.provider.inputs import (
    InputsRefused,
    OptionalInput,
    dataclass_default,
    integer,
    spec_violations,
    value_or_default,
    zone_named,
)
from components.residency import Violation
from components.site_files import PAGE_DIR

__all__ = ["CHOICES", "OPTIONAL", "Edge", "EdgeInputs", "edge_args"]

COMPONENT = "Edge"


class EdgeInputs(TypedDict):
    """Inputs of the edge: the function it fronts, who may reach it, and its limits."""

    residency_zone: str
    """Residency zone the site bucket's and the function's regions and the viewer countries must lie in."""
    region: str
    """Region of the bucket holding the chat page."""
    function_name: pulumi.Input[str]
    """Name of the function behind the edge (CloudFront gets permission to invoke it through its URL)."""
    function_url: pulumi.Input[str]
    """URL of the function (AWS_IAM auth; the edge signs every request with its Origin Access Control)."""
    function_region: str
    """Region of the function."""
    allowed_countries: list[str]
    """Viewer countries let in (ISO 3166-1 alpha-2, upper case), each one the zone may serve; everyone else
    gets 403."""
    page_languages: NotRequired[list[str]]
    """Languages of the chat page (ISO 639-1), the first being its default."""
    offered_page_languages: NotRequired[list[str]]
    """Languages the chat page offers in its selector (from those it has), the first its default when the browser
    prefers none of them. Default: every language the page has."""
    price_class: NotRequired[str]
    """CloudFront price class (cost, not residency: edges are global)."""
    waf_requests_per_5_minutes_per_ip: NotRequired[int]
    """WAF rate limit per client IP, in requests per 5 minutes."""
    new_sessions_per_5_minutes_per_ip: NotRequired[int]
    """WAF rate limit per client IP on new chat sessions (`POST /c` without a session header), in requests per 5
    minutes; below `wafRequestsPer5MinutesPerIp`."""
    function_timeout_seconds: NotRequired[int]
    """Timeout of the function in seconds: CloudFront's response completion timeout follows it."""
    custom_domain_name: NotRequired[str]
    """Serve on this domain name with an ACM certificate (us-east-1, DNS-validated)."""
    custom_domain_hosted_zone_id: NotRequired[str]
    """Route 53 hosted zone of `customDomainName`: the certificate's validation and the alias records go there
    (without it, publish the validation record yourself)."""
    static_dir: NotRequired[str]
    """Directory of the page uploaded to the site bucket (needs an index.html). Default: the chat page."""
    tags: NotRequired[dict[str, str]]
    """Tags applied to every taggable resource."""


OPTIONAL: dict[str, OptionalInput] = {
    "page_languages": OptionalInput(default=list(dataclass_default(base.EdgeArgs, "page_languages"))),
    "offered_page_languages": OptionalInput(stack_key="page.languages"),
    "price_class": OptionalInput(stack_key="edge.priceClass"),
    "waf_requests_per_5_minutes_per_ip": OptionalInput(stack_key="edge.wafRequestsPer5MinutesPerIp"),
    "new_sessions_per_5_minutes_per_ip": OptionalInput(stack_key="edge.newSessionsPer5MinutesPerIp"),
    "function_timeout_seconds": OptionalInput(stack_key="chat.lambdaTimeoutSeconds"),
    "custom_domain_name": OptionalInput(),
    "custom_domain_hosted_zone_id": OptionalInput(),
    "static_dir": OptionalInput(),
    "tags": OptionalInput(default={}),
}
CHOICES: dict[str, tuple[object, ...]] = {"price_class": PRICE_CLASSES}
_INTEGERS = ("waf_requests_per_5_minutes_per_ip", "new_sessions_per_5_minutes_per_ip", "function_timeout_seconds")


def _value(inputs: EdgeInputs, name: str) -> Any:
    return value_or_default(inputs, name, OPTIONAL)


def edge_args(inputs: EdgeInputs) -> base.EdgeArgs:
    """The `EdgeArgs` of flat inputs: defaults filled in, ranges checked, the zone's rules applied."""
    zone = zone_named(COMPONENT, inputs.get("residency_zone"))
    values = {name: _value(inputs, name) for name in OPTIONAL}
    for name in _INTEGERS:
        values[name] = integer(COMPONENT, name, values[name])
    found: list[Violation] = []
    for name, optional in OPTIONAL.items():
        if optional.spec is not None and name in inputs:
            found += spec_violations(name, values[name], optional.spec)
    if values["custom_domain_hosted_zone_id"] and not values["custom_domain_name"]:
        found.append(
            Violation("customDomainHostedZoneId", values["custom_domain_hosted_zone_id"], "needs customDomainName")
        )
    new_sessions, requests = values["new_sessions_per_5_minutes_per_ip"], values["waf_requests_per_5_minutes_per_ip"]
    if new_sessions >= requests:
        found.append(Violation("newSessionsPer5MinutesPerIp", new_sessions, f"must be below {requests}"))
    if found:
        raise InputsRefused(COMPONENT, found)
    domain = values["custom_domain_name"]
    return base.EdgeArgs(
        region=inputs["region"],
        function_name=inputs["function_name"],
        function_url=inputs["function_url"],
        function_region=inputs["function_region"],
        static_dir=Path(values["static_dir"]) if values["static_dir"] else PAGE_DIR,
        allowed_countries=list(inputs["allowed_countries"]),
        tags=dict(values["tags"]),
        price_class=values["price_class"],
        waf_requests_per_5_minutes_per_ip=requests,
        new_sessions_per_5_minutes_per_ip=new_sessions,
        function_timeout_seconds=values["function_timeout_seconds"],
        custom_domain=base.CustomDomain(domain, values["custom_domain_hosted_zone_id"]) if domain else None,
        page_languages=list(values["page_languages"]),
        offered_page_languages=list(values["offered_page_languages"] or ()),
        zone=zone,
    )


class Edge(base.Edge):
    """The geo-fenced CloudFront front door of a streaming function URL: the viewer allow-list (403 elsewhere),
    HTTPS only, a WAF web ACL (per-IP rate limit, AWS common rules; us-east-1, the stated exception: rules, no
    data), security headers, the chat page from a private S3 bucket, and the function reached through a signed
    Origin Access Control (the function's URL keeps AWS_IAM auth)."""

    chat_url: pulumi.Output[str]
    """URL of the chat (the custom domain when given, else the distribution's domain)."""
    distribution_arn: pulumi.Output[str]
    """ARN of the CloudFront distribution."""
    distribution_domain_name: pulumi.Output[str]
    """Domain name of the CloudFront distribution (point a DNS alias at it)."""
    site_bucket_name: pulumi.Output[str]
    """Name of the S3 bucket holding the page."""
    web_acl_arn: pulumi.Output[str]
    """ARN of the WAF web ACL (us-east-1)."""

    def __init__(self, name: str, args: EdgeInputs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__(name, edge_args(args), opts)
