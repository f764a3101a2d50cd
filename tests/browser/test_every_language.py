"""The page in every official language of the EU and the EEA, in headless Chromium against the local stack: the
browser's language first (region and Norwegian tags included), the switch listing every language by its own name
and remembered, a stack's narrowed list, and screenshots of an exchange in Polish, Greek and Swedish."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("playwright.sync_api", reason="playwright (PyPI) is not installed")

from playwright.sync_api import Browser, Page, Route, expect

from devstack.launcher import LocalStack
from devstack.standins.bedrock import BedrockStandin
from tests.browser.chat_page import IDLE, ChatPage, open_chat, wait_until

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
LANGUAGE_KEY = "sovereign-chat.language"


def _close(chat: ChatPage) -> None:
    try:
        assert chat.problems() == []
    finally:
        chat.page.context.close()


def _send(page: Page, label: str, text: str) -> None:
    box = page.get_by_label(label)
    box.fill(text)
    box.press("Enter")
    wait_until(page, IDLE)


def _catalog(page: Page, key: str) -> str:
    """A string of the catalog of the language the page speaks, as the page has it."""
    script = "(key) => import(`/i18n/${document.documentElement.lang}.js`).then((m) => m.default[key])"
    text = page.evaluate(script, key)
    assert isinstance(text, str), key
    return text


def test_a_polish_browser_gets_polish_and_the_switch_to_greek_is_remembered(
    browser: Browser, local_stack: LocalStack
) -> None:
    chat = open_chat(browser, local_stack.url, locale="pl-PL")
    page = chat.page
    try:
        assert page.evaluate("document.documentElement.lang") == "pl"
        expect(page.get_by_role("button", name="Nowy czat")).to_be_visible()
        expect(page.get_by_role("button", name="Wyślij")).to_be_visible()
        expect(page.locator("#privacy-notice")).to_contain_text("Twoja prywatność:")
        switch = page.get_by_label("Język")
        expect(switch).to_have_value("pl")
        expect(switch.locator("option")).to_have_count(26)  # every language: the local stack narrows none
        expect(switch.locator("option[value='el']")).to_have_text("Ελληνικά")
        expect(switch.locator("option[value='el']")).to_have_attribute("lang", "el")
        assert page.evaluate(f"localStorage.getItem('{LANGUAGE_KEY}')") is None  # nothing chosen yet

        switch.select_option("el")
        expect(page.get_by_role("button", name="Αποστολή")).to_be_visible()
        assert page.evaluate("document.documentElement.lang") == "el"
        expect(page.get_by_label("Γλώσσα")).to_have_value("el")
        assert page.evaluate(f"localStorage.getItem('{LANGUAGE_KEY}')") == "el"

        page.reload()  # the choice outranks the browser's Polish
        wait_until(page, IDLE)
        assert page.evaluate("document.documentElement.lang") == "el"
        expect(page.get_by_role("button", name="Νέα συνομιλία")).to_be_visible()
        expect(page.get_by_label("Γλώσσα")).to_have_value("el")
    finally:
        _close(chat)


@pytest.mark.parametrize(("locale", "language", "send"), [("nn-NO", "nb", "Send"), ("pt-BR", "pt", "Enviar")])
def test_a_regional_or_norwegian_browser_gets_the_language_the_page_has(
    browser: Browser, local_stack: LocalStack, locale: str, language: str, send: str
) -> None:
    chat = open_chat(browser, local_stack.url, locale=locale)
    try:
        assert chat.page.evaluate("document.documentElement.lang") == language
        expect(chat.page.get_by_role("button", name=send, exact=True)).to_be_visible()
    finally:
        _close(chat)


def test_a_stack_that_narrows_the_languages_offers_only_those(browser: Browser, local_stack: LocalStack) -> None:
    def narrowed(route: Route) -> None:
        config = {"languages": ["pt", "en"], "offeredLanguages": ["pt", "en"]}
        route.fulfill(status=200, content_type="application/json", body=json.dumps(config))

    chat = open_chat(browser, local_stack.url, locale="pl-PL")
    page = chat.page
    try:
        page.context.route("**/page-config.json", narrowed)
        page.reload()
        wait_until(page, IDLE)
        assert page.evaluate("document.documentElement.lang") == "pt"  # Polish is not offered: the stack's first
        switch = page.get_by_label("Idioma")
        expect(switch.locator("option")).to_have_text(["English", "Português"])
    finally:
        _close(chat)


EXCHANGES = {
    "pl": (
        "pl-PL",
        "Twoja wiadomość",
        "Dzień dobry, nazywam się Anna Kowalska, mój IBAN to PL61 1090 1014 0000 0712 1981 2874. Ile wynosi rata?",
        "Co otrzymała AI",
    ),
    "el": (
        "el-GR",
        "Το μήνυμά σας",
        "Γεια σας, ονομάζομαι Μαρία Παπαδοπούλου και το IBAN μου είναι GR16 0110 1250 0000 0001 2300 695.",
        "Τι έλαβε η ΤΝ",
    ),
    "sv": (
        "sv-SE",
        "Ditt meddelande",
        "Hej, jag heter Anna Svensson och mitt IBAN är SE45 5000 0000 0583 9825 7466. Vad kostar ett lån?",
        "Vad AI:n fick",
    ),
}


@pytest.mark.parametrize("language", sorted(EXCHANGES))
def test_an_exchange_in_a_new_language_with_its_legend_and_errors(
    browser: Browser, local_stack: LocalStack, bedrock: BedrockStandin, language: str
) -> None:
    locale, box, text, received = EXCHANGES[language]
    tall = {"width": 1100, "height": 1000}  # the whole exchange on the screenshot, no scrolling
    chat = open_chat(browser, local_stack.url, locale=locale, viewport=tall)
    page = chat.page
    try:
        _send(page, box, text)
        question = page.locator("#messages .msg-user").first
        question.get_by_role("button", name=received).click()
        legend = question.locator(".received-legend dd")
        expect(legend.first).to_be_visible()
        expect(legend).to_contain_text([_catalog(page, "pii.IBAN")])
        expect(page.locator("#messages .msg-assistant .msg-tokens").first).to_be_visible()

        _send(page, box, "[[fault:midstream]]")
        error = page.locator("#messages .msg-error[role='alert']")
        expect(error).to_contain_text(_catalog(page, "stream.model_stream_error"))
        expect(error).to_contain_text("model_stream_error")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"page-{language}.png"), full_page=True)
    finally:
        _close(chat)
