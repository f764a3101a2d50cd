"""The chat page's static files, served with the security headers the edge also sends (`page_headers`)."""

from __future__ import annotations

from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from runtime.http.page_headers import PAGE_SECURITY_HEADERS as PAGE_SECURITY_HEADERS


class PageFiles(StaticFiles):
    """`StaticFiles` that adds the page's security headers to every file it serves."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        """Serve the file as StaticFiles does, then add the security headers."""
        response = await super().get_response(path, scope)
        for name, value in PAGE_SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response
