"""The chat page's static files, served with the same security headers as the edge adds in production."""

from __future__ import annotations

from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

# Mirrors the CloudFront response headers policy (components/edge.py), so the page behaves the same locally;
# the edge adds `upgrade-insecure-requests`, which would break plain-http localhost (a test keeps them in step).
PAGE_SECURITY_HEADERS: dict[str, str] = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
        "connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


class PageFiles(StaticFiles):
    """`StaticFiles` that adds the page's security headers to every file it serves."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        """Serve the file as StaticFiles does, then add the security headers."""
        response = await super().get_response(path, scope)
        for name, value in PAGE_SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response
