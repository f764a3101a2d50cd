"""The page's files carry the same security headers locally as behind the edge."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from runtime.app import STATIC_DIR
from runtime.page_files import PAGE_SECURITY_HEADERS, PageFiles


def test_page_files_carry_security_headers():
    client = TestClient(Starlette(routes=[Mount("/", PageFiles(directory=STATIC_DIR, html=True))]))
    for path in ("/", "/app.js"):
        response = client.get(path)
        assert response.status_code == 200
        for name, value in PAGE_SECURITY_HEADERS.items():
            assert response.headers[name] == value
    assert "default-src 'self'" in PAGE_SECURITY_HEADERS["content-security-policy"]
    assert client.get("/app.js").headers["content-type"].startswith(("text/javascript", "application/javascript"))
