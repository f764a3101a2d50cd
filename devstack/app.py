"""The chat app as the local stack serves it: the deployed `runtime.http.app` plus the chat page from `web/`.

`uvicorn devstack.app:app` (the local stack's subprocess mode and the bench); settings come from the
environment exactly as on Lambda. `/page-config.json` gives the page the local stack's languages
(`CHAT_LANGUAGES`) and, when `PAGE_LANGUAGES` is set (a comma list, like the stack key `page.languages`), the
languages the page offers, as the deployment's site bucket does (components/edge_site.py).
"""

from __future__ import annotations

import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from components.site_files import CACHE_CONTROL, PAGE_CONFIG_KEY, PAGE_DIR, page_config_json
from runtime.http.app import create_app
from runtime.http.page_files import PAGE_SECURITY_HEADERS

#: The local stack's stand-in for the stack key `page.languages` (the function never reads it).
OFFERED_VARIABLE = "PAGE_LANGUAGES"


def _codes(variable: str, default: str = "") -> list[str]:
    return [code.strip() for code in os.environ.get(variable, default).split(",") if code.strip()]


async def page_config(request: Request) -> Response:
    """The page's settings: the languages of `CHAT_LANGUAGES` (default `en`) and those of `PAGE_LANGUAGES`
    (default: every language the page has), read per request."""
    content = page_config_json(_codes("CHAT_LANGUAGES", "en") or ["en"], _codes(OFFERED_VARIABLE))
    headers = {"cache-control": CACHE_CONTROL, **PAGE_SECURITY_HEADERS}
    return Response(content, media_type="application/json", headers=headers)


def create_local_app() -> Starlette:
    """The runtime app with the page and its `/page-config.json` (the route goes before the page's mount)."""
    application = create_app(page_directory=PAGE_DIR)
    application.router.routes.insert(0, Route(f"/{PAGE_CONFIG_KEY}", page_config, methods=["GET", "HEAD"]))
    return application


app = create_local_app()
