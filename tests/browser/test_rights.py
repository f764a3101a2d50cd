"""A person's rights from the chat page, in headless Chromium against the local stack: download the conversation
(readable text and JSON, with their own values) and delete it (confirmed; erased from the table at once)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("playwright.sync_api", reason="playwright (PyPI) is not installed")

from playwright.sync_api import Page, expect

from devstack.launcher import LocalStack
from tests.browser.chat_page import IDLE, ChatPage, wait_until
from tests.integration import db
from tests.integration.sse_client import history

pytestmark = pytest.mark.browser

SESSION_KEY = "sovereign-chat.sessionId"
NAME = "João da Silva"
IBAN = "PT50 0002 0123 1234 5678 9015 4"


def start_conversation(page: Page) -> str:
    box = page.get_by_label("Your message")
    box.fill(f"Olá, sou o {NAME} e o meu IBAN é {IBAN}.")
    box.press("Enter")
    wait_until(page, f"sessionStorage.getItem('{SESSION_KEY}') !== null && {IDLE}")
    session_id = page.evaluate(f"sessionStorage.getItem('{SESSION_KEY}')")
    assert isinstance(session_id, str)
    return session_id


def download(page: Page, choice: str, into: Path) -> tuple[str, str]:
    """Open the Download menu, pick `choice`; the file's suggested name and its text."""
    page.get_by_text("Download", exact=True).click()
    with page.expect_download() as started:
        page.get_by_role("button", name=choice).click()
    saved = into / started.value.suggested_filename
    started.value.save_as(saved)
    return started.value.suggested_filename, saved.read_text(encoding="utf-8")


def test_the_conversation_downloads_with_the_persons_own_values(chat: ChatPage, tmp_path: Path) -> None:
    page = chat.page
    expect(page.locator("#download")).to_be_hidden()  # nothing to download before the first message
    expect(page.get_by_role("button", name="Delete this conversation")).to_be_hidden()
    start_conversation(page)

    name, text = download(page, "Readable text (.txt)", tmp_path)
    assert name.startswith("conversation-") and name.endswith(".txt")
    assert NAME in text and IBAN in text and "[IBAN_" not in text
    assert "\nYou · " in text and "\nAssistant · " in text

    name, data = download(page, "Data (.json)", tmp_path)
    assert name.endswith(".json")
    document = json.loads(data)
    assert document["format"] == "sovereign-chat.conversation/1"
    question, answer = document["messages"]
    assert IBAN in question["content"] and "[IBAN_1]" in question["sentToModel"]
    assert answer["role"] == "assistant" and answer["complete"] is True


def test_delete_asks_first_then_erases_the_conversation_and_forgets_it(chat: ChatPage, local_stack: LocalStack) -> None:
    page = chat.page
    session_id = start_conversation(page)
    delete = page.get_by_role("button", name="Delete this conversation")

    delete.click()
    dialog = page.get_by_role("dialog", name="Delete this conversation?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("cannot be undone")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()
    assert [r for r in chat.chat_requests if r["method"] == "DELETE"] == []
    assert db.session_items(local_stack, session_id) != []

    delete.click()
    dialog.get_by_role("button", name="Delete", exact=True).click()
    expect(page.locator("#messages")).to_contain_text("The conversation was deleted from the service.")
    (request,) = [r for r in chat.chat_requests if r["method"] == "DELETE"]
    assert request["headers"]["x-session-id"] == session_id
    assert db.session_items(local_stack, session_id) == []
    assert history(local_stack.url, session_id).status == 404
    assert page.evaluate(f"sessionStorage.getItem('{SESSION_KEY}')") is None
    expect(page.locator("#messages .msg-user")).to_have_count(0)  # the page is cleared
    expect(delete).to_be_hidden()
    expect(page.locator("#download")).to_be_hidden()

    page.reload()  # nothing comes back
    wait_until(page, IDLE)
    expect(page.locator("#messages .msg-user")).to_have_count(0)
