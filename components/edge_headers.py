"""The edge's response headers policy: the page's own security headers (`runtime.http.page_headers`), HSTS and a
Permissions-Policy, sent by CloudFront with every response of the page and of the chat."""

from __future__ import annotations

import pulumi
import pulumi_aws as aws

from runtime.http import page_headers

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "HSTS_MAX_AGE_SECONDS",
    "PERMISSIONS_POLICY",
    "create_security_headers",
    "security_headers_config",
]

#: The page's own policy (`runtime.http.page_headers`, also served locally), plus the HTTPS upgrade.
CONTENT_SECURITY_POLICY = "; ".join([*page_headers.CSP_DIRECTIVES, "upgrade-insecure-requests"])
HSTS_MAX_AGE_SECONDS = 63_072_000  # two years
#: Edge-only: the page needs no camera, microphone, location or payment.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()"


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


def create_security_headers(name: str, prefix: str, *, parent: pulumi.Resource) -> aws.cloudfront.ResponseHeadersPolicy:
    """The `<name>-security-headers` response headers policy (a child of `parent`)."""
    return aws.cloudfront.ResponseHeadersPolicy(
        f"{name}-security-headers",
        name=f"{prefix}-security-headers",
        comment="HSTS, nosniff, frame DENY, no-referrer, CSP for the chat page",
        security_headers_config=security_headers_config(),
        custom_headers_config={
            "items": [{"header": "Permissions-Policy", "value": PERMISSIONS_POLICY, "override": True}]
        },
        opts=pulumi.ResourceOptions(parent=parent),
    )
