"""The local app serves the page's `/page-config.json` from `CHAT_LANGUAGES`, like the deployed site bucket."""

from __future__ import annotations

import httpx
import pytest

from components.site_files import page_config_json
from devstack.app import create_local_app


async def _get(path: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=create_local_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://local") as client:
        return await client.get(path)


async def test_page_config_lists_the_local_stacks_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHAT_LANGUAGES", "de, en")
    monkeypatch.delenv("PAGE_LANGUAGES", raising=False)
    response = await _get("/page-config.json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"languages": ["de", "en"]}
    assert "content-security-policy" in response.headers
    assert (await _get("/index.html")).status_code == 200  # the page's mount still answers


async def test_page_languages_narrow_what_the_local_page_offers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHAT_LANGUAGES", "pt,en")
    monkeypatch.setenv("PAGE_LANGUAGES", "pl, pt")
    response = await _get("/page-config.json")
    assert response.json() == {"languages": ["pt", "en"], "offeredLanguages": ["pl", "pt"]}


def test_page_config_json_rejects_what_is_not_a_language() -> None:
    assert page_config_json(["PT", "en", "pt"]) == '{"languages":["pt","en"]}\n'
    for bad in ([], ["portuguese"], ["p1"]):
        with pytest.raises(ValueError):
            page_config_json(bad)
