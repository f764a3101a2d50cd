"""Fixtures of the end-to-end tests of the chat page in headless Chromium (Debian's, via Playwright).

Never `playwright install`: the browser is /usr/bin/chromium; without it every browser test is skipped.
See chat_page.py for what every page checks (CSP, dialogs, script errors).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from devstack.launcher import LocalStack
from devstack.standins.bedrock import BedrockStandin
from tests.browser.chat_page import CHROMIUM, CHROMIUM_ARGS, ChatPage, open_chat

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, one per test module (closed before other test packages run)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium package: make browser-deps)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (PyPI) is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def bedrock(local_stack: LocalStack) -> Iterator[BedrockStandin]:
    """The model stand-in of the shared local stack; its timing is restored after the test."""
    standin = local_stack.bedrock
    if standin is None:
        pytest.skip("the local stack uses an external Bedrock endpoint: stand-in faults are unavailable")
    saved = (standin.timing.first_delta_delay, standin.timing.inter_delta_delay, standin.timing.extra_tokens)
    yield standin
    standin.timing.first_delta_delay, standin.timing.inter_delta_delay, standin.timing.extra_tokens = saved


@pytest.fixture
def chat(browser: Browser, local_stack: LocalStack) -> Iterator[ChatPage]:
    """The chat page on the local stack, desktop-sized; checks dialogs, script errors and CSP after the test."""
    opened = open_chat(browser, local_stack.url)
    yield opened
    try:
        assert opened.problems() == []
    finally:
        opened.page.context.close()
