"""Tool use on the page: the tool status while the model uses the loan calculator, then the answer with its
figures and the user's own values; the restored history names the tools used."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright.sync_api", reason="playwright (PyPI) is not installed")

from playwright.sync_api import expect

from devstack.launcher import LocalStack
from devstack.standins.bedrock import BedrockStandin
from tests.browser.chat_page import IDLE, ChatPage, wait_until

pytestmark = pytest.mark.browser

IBAN = "PT50 0002 0123 1234 5678 9015 4"
MESSAGE = f"Sou a Ana Silva, IBAN {IBAN}; quanto pago por 150 000 € a 30 anos a 3,5 %?"


def test_the_tool_status_then_the_answer_with_the_calculators_figures(
    chat: ChatPage, bedrock: BedrockStandin, local_stack: LocalStack
) -> None:
    page = chat.page
    bedrock.timing.first_delta_delay = 1.0  # the model "reads" the tool results for a second
    since = len(bedrock.requests)
    box = page.get_by_label("Your message")
    box.fill(MESSAGE)
    box.press("Enter")

    status = page.locator("#messages .msg-assistant .tool-status")
    expect(status).to_have_text("Using the loan calculator…", timeout=10_000)
    expect(status).to_have_attribute("role", "status")
    wait_until(page, IDLE)
    expect(status).to_have_count(0)
    answer = page.locator("#messages .msg-assistant").last
    expect(answer).to_contain_text("The monthly payment is 673.57")
    expect(answer).to_contain_text(IBAN)  # the user's own value, re-identified
    sent = "\n".join(str(r.body) for r in bedrock.requests[since:])
    assert IBAN not in sent and "Ana Silva" not in sent

    page.reload()
    wait_until(page, IDLE)
    restored = page.locator("#messages .msg-assistant").last
    expect(restored).to_contain_text("673.57")
    expect(restored.locator(".msg-tools")).to_have_text("Tools used: loan calculator and account_lookup")
