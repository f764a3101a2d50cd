"""The chat page's security headers: the one declaration, served locally by `PageFiles` and by the edge.

`components/edge.py` builds the CloudFront response headers policy from these values and adds what only makes
sense behind HTTPS (HSTS, `upgrade-insecure-requests`, which would break plain-http localhost) and its
Permissions-Policy.
"""

from __future__ import annotations

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "CSP_DIRECTIVES",
    "FRAME_OPTIONS",
    "PAGE_SECURITY_HEADERS",
    "REFERRER_POLICY",
]

#: The page loads only its own scripts, styles and icon and talks only to its own origin (`/c`).
CSP_DIRECTIVES: tuple[str, ...] = (
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
)
CONTENT_SECURITY_POLICY = "; ".join(CSP_DIRECTIVES)
FRAME_OPTIONS = "DENY"
REFERRER_POLICY = "no-referrer"

#: Header name (lower case) to value, as the page's files are served.
PAGE_SECURITY_HEADERS: dict[str, str] = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "x-frame-options": FRAME_OPTIONS,
    "referrer-policy": REFERRER_POLICY,
}
