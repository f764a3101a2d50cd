"""The page in the market's languages (browser preference, the switch, error wording) and Retry on a failed
answer restored from the history, in headless Chromium against the local stack (languages pt,en,es,de,fr,it; the
page offers all of its own)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("playwright.sync_api", reason="playwright (PyPI) is not installed")

from playwright.sync_api import Browser, Page, expect

from devstack.launcher import LocalStack
from devstack.standins.bedrock import BedrockStandin
from tests.browser.chat_page import IDLE, ChatPage, open_chat, wait_until

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def _send(page: Page, label: str, text: str) -> None:
    box = page.get_by_label(label)
    box.fill(text)
    box.press("Enter")


def _close(chat: ChatPage) -> None:
    try:
        assert chat.problems() == []
    finally:
        chat.page.context.close()


def test_the_page_speaks_portuguese_when_the_browser_prefers_it(
    browser: Browser, local_stack: LocalStack, bedrock: BedrockStandin
) -> None:
    chat = open_chat(browser, local_stack.url, locale="pt-PT")
    page = chat.page
    try:
        assert page.evaluate("document.documentElement.lang") == "pt"
        expect(page.get_by_role("button", name="Nova conversa")).to_be_visible()
        expect(page.get_by_role("button", name="Enviar")).to_be_visible()
        expect(page.locator("#privacy-notice")).to_contain_text("A sua privacidade:")
        expect(page.get_by_label("Idioma")).to_have_value("pt")
        assert page.title() == "Sovereign Chat"

        _send(page, "A sua mensagem", "Olá, qual é a capital de Portugal?")
        wait_until(page, IDLE)
        answer = page.locator("#messages .msg-assistant").last
        expect(page.locator("#messages .msg-user .msg-role")).to_have_text("Você:")
        expect(answer.locator(".msg-meta time")).to_have_count(1)
        expect(answer.locator(".msg-tokens")).to_contain_text("tokens")

        _send(page, "A sua mensagem", "E agora? [[fault:midstream]]")
        error = page.locator("#messages .msg-error[role='alert']")
        expect(error).to_contain_text("A resposta do modelo de IA foi interrompida.")
        expect(error).to_contain_text("Pode tentar novamente.")
        expect(page.get_by_role("button", name="Tentar novamente")).to_be_visible()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "page-pt.png"), full_page=True)
    finally:
        _close(chat)


def test_the_language_switch_changes_the_page_and_is_remembered(browser: Browser, local_stack: LocalStack) -> None:
    chat = open_chat(browser, local_stack.url, locale="en-US")
    page = chat.page
    try:
        assert page.evaluate("document.documentElement.lang") == "en"
        switch = page.get_by_label("Language")
        options = switch.locator("option")
        expect(options).to_have_count(26)  # every language of the page (the local stack narrows none)
        expect(switch.locator("option[value='de']")).to_have_text("Deutsch")

        switch.select_option("de")  # the German catalog is loaded, then drawn
        wait_until(page, "document.documentElement.lang === 'de'")
        expect(page.get_by_role("button", name="Senden")).to_be_visible()
        expect(page.get_by_label("Ihre Nachricht")).to_be_visible()
        expect(page.get_by_label("Sprache")).to_have_value("de")

        page.reload()
        wait_until(page, IDLE)
        assert page.evaluate("document.documentElement.lang") == "de"
        expect(page.get_by_role("button", name="Neuer Chat")).to_be_visible()
    finally:
        _close(chat)


def test_retry_on_a_failed_answer_restored_from_history(
    browser: Browser, local_stack: LocalStack, bedrock: BedrockStandin
) -> None:
    chat = open_chat(browser, local_stack.url, locale="en-US")
    page = chat.page
    try:
        question = "Which rivers cross Lisbon?"
        bedrock.queue_fault("midstream")  # this answer breaks after a few deltas, once
        _send(page, "Your message", question)
        expect(page.get_by_role("button", name="Retry")).to_be_visible()

        page.reload()  # the failed answer comes back from GET /c, marked incomplete, with a Retry
        wait_until(page, IDLE)
        answers = page.locator("#messages .msg-assistant")
        expect(answers).to_have_count(1)
        expect(answers.first.locator(".msg-note")).to_have_text("Incomplete answer")
        retry = answers.first.get_by_role("button", name="Retry")
        expect(retry).to_be_visible()
        page.wait_for_timeout(300)
        assert len(chat.posts()) == 1, "the page re-sent the POST by itself"

        since = len(bedrock.requests)
        retry.click()
        wait_until(page, IDLE)
        posts = chat.posts()
        assert len(posts) == 2 and json.loads(posts[1]["body"]) == {"message": question}
        expect(page.locator("#messages .msg-user")).to_have_count(1)
        expect(answers).to_have_count(2)
        expect(page.get_by_role("button", name="Retry")).to_have_count(0)
        assert len(bedrock.requests) > since

        page.reload()  # answered now: no Retry offered any more
        wait_until(page, IDLE)
        expect(page.locator("#messages .msg-user")).to_have_count(1)
        expect(page.get_by_role("button", name="Retry")).to_have_count(0)
    finally:
        _close(chat)
