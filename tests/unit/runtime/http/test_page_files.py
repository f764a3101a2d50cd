"""The page's files carry the same security headers locally as behind the edge."""

from __future__ import annotations

import httpx
from starlette.applications import Starlette
from starlette.routing import Mount

from components.site_files import PAGE_DIR as STATIC_DIR
from runtime.http.page_files import PAGE_SECURITY_HEADERS, PageFiles


async def test_page_files_carry_security_headers():
    app = Starlette(routes=[Mount("/", PageFiles(directory=STATIC_DIR, html=True))])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://page") as client:
        for path in ("/", "/app.js"):
            response = await client.get(path)
            assert response.status_code == 200
            for name, value in PAGE_SECURITY_HEADERS.items():
                assert response.headers[name] == value
        script = await client.get("/app.js")
    assert "default-src 'self'" in PAGE_SECURITY_HEADERS["content-security-policy"]
    assert script.headers["content-type"].startswith(("text/javascript", "application/javascript"))


def test_local_csp_is_the_edge_csp_without_the_https_upgrade():
    from components.edge import CONTENT_SECURITY_POLICY

    edge = [d for d in CONTENT_SECURITY_POLICY.split("; ") if d != "upgrade-insecure-requests"]
    assert PAGE_SECURITY_HEADERS["content-security-policy"].split("; ") == edge
