"""Opening the chat page in a fresh browser context, with what the browser did recorded.

Every page is served with the production Content-Security-Policy (`default-src 'self'`, added to the
document response here because the local app does not set it); `ChatPage.problems()` lists JavaScript
errors, dialogs (alert/confirm/prompt) and CSP violations, which every test expects to be empty.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Dialog, Page, Request, Route

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CSP = "default-src 'self'"
IDLE = "document.querySelector('#composer').getAttribute('aria-busy') === 'false'"
DESKTOP = {"width": 1100, "height": 800}

RECORDER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
"""


@dataclass
class ChatPage:
    """A page on the local stack plus what the browser did: dialogs, script errors, chat requests."""

    page: Page
    url: str
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    chat_requests: list[dict[str, Any]] = field(default_factory=list)

    def posts(self) -> list[dict[str, Any]]:
        """The POST /c requests the page sent so far."""
        return [r for r in self.chat_requests if r["method"] == "POST"]

    def csp_violations(self) -> list[str]:
        """CSP violations reported in the current document."""
        return list(self.page.evaluate("window.__cspViolations || []"))

    def problems(self) -> list[str]:
        """Dialogs opened, JavaScript errors and CSP violations: all should be empty."""
        found = [f"dialog: {d}" for d in self.dialogs] + [f"error: {e}" for e in self.errors]
        return found + [f"CSP: {v}" for v in self.csp_violations()]


def open_chat(browser: Browser, url: str, init_script: str | None = None, **context_options: Any) -> ChatPage:
    """A fresh browser context (own sessionStorage) with the CSP, recorders, and the page loaded."""
    options: dict[str, Any] = {"viewport": DESKTOP, **context_options}
    context = browser.new_context(**options)
    context.set_default_timeout(15_000)
    context.add_init_script(RECORDER)
    if init_script:
        context.add_init_script(init_script)
    page = context.new_page()
    chat = ChatPage(page=page, url=url)

    def add_csp(route: Route) -> None:
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": CSP})

    # Only the HTML document: routing /c through Playwright would buffer the event stream.
    context.route(lambda u: urlparse(u).path in ("/", "/index.html"), add_csp)

    def on_request(request: Request) -> None:
        if urlparse(request.url).path == "/c":
            entry = {"method": request.method, "headers": request.headers, "body": request.post_data_buffer}
            chat.chat_requests.append(entry)

    def on_dialog(dialog: Dialog) -> None:
        chat.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: chat.errors.append(str(error)))
    page.on("request", on_request)
    page.goto(url + "/")
    wait_until(page, IDLE)
    return chat


def wait_until(page: Page, expression: str, timeout: float = 15.0) -> None:
    """Poll a JavaScript expression until it is truthy. (Not `page.wait_for_function`: it compiles its
    predicate with eval, which the page's CSP rightly forbids.)"""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for: {expression}")
        page.wait_for_timeout(20)
