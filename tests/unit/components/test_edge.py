"""components.edge: the CloudFront response headers policy is the page's own headers plus the edge's extras."""

from __future__ import annotations

from typing import Any

from components.edge import CONTENT_SECURITY_POLICY, security_headers_config
from runtime.http.page_headers import CSP_DIRECTIVES, PAGE_SECURITY_HEADERS


def test_the_edge_sends_the_page_headers_and_upgrades_to_https() -> None:
    config: dict[str, Any] = dict(security_headers_config())
    assert CONTENT_SECURITY_POLICY.split("; ") == [*CSP_DIRECTIVES, "upgrade-insecure-requests"]
    assert config["content_security_policy"]["content_security_policy"] == CONTENT_SECURITY_POLICY
    assert config["frame_options"]["frame_option"] == PAGE_SECURITY_HEADERS["x-frame-options"]
    assert config["referrer_policy"]["referrer_policy"] == PAGE_SECURITY_HEADERS["referrer-policy"]
    assert PAGE_SECURITY_HEADERS["x-content-type-options"] == "nosniff"  # CloudFront's only value
    assert config["content_type_options"] == {"override": True}
    assert config["strict_transport_security"]["access_control_max_age_sec"] >= 31_536_000
    assert all(header["override"] for header in config.values())
