"""runtime.http.page_headers: the page's security headers, declared once for the local server and the edge."""

from __future__ import annotations

import ast
from pathlib import Path

from runtime.http import page_headers
from runtime.http.page_headers import CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, PAGE_SECURITY_HEADERS

REPO = Path(__file__).resolve().parents[4]


def test_the_page_may_load_and_call_only_its_own_origin() -> None:
    assert CSP_DIRECTIVES[0] == "default-src 'self'"
    assert {"object-src 'none'", "frame-ancestors 'none'", "connect-src 'self'"} <= set(CSP_DIRECTIVES)
    assert "upgrade-insecure-requests" not in CSP_DIRECTIVES  # would break plain-http localhost
    assert PAGE_SECURITY_HEADERS["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert PAGE_SECURITY_HEADERS["x-frame-options"] == "DENY"
    assert PAGE_SECURITY_HEADERS["referrer-policy"] == "no-referrer"
    assert PAGE_SECURITY_HEADERS["x-content-type-options"] == "nosniff"
    assert all(name == name.lower() for name in PAGE_SECURITY_HEADERS)


def _directive_literals(path: Path) -> list[int]:
    """Lines of string constants holding a CSP directive of the page (a second copy of the policy)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "default-src 'self'" in node.value
    ]


def test_no_other_module_spells_out_the_policy() -> None:
    declaring = Path(page_headers.__file__).resolve()
    assert _directive_literals(declaring), "the scan would not notice a copy"
    offenders = {
        str(path.relative_to(REPO)): lines
        for package in ("runtime", "components", "devstack", "compliance")
        for path in sorted((REPO / package).rglob("*.py"))
        if path.resolve() != declaring and (lines := _directive_literals(path))
    }
    assert offenders == {}, "import the page's headers from runtime.http.page_headers"
