"""The "What the AI received" toggle of the page: under each question the text as the model received it, placeholders
highlighted with a legend of their types in the page's language, never a value; for answers that used tools,
their inputs and results as the model saw them; a question that never reached the model says so."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("playwright.sync_api", reason="playwright (PyPI) is not installed")

from playwright.sync_api import Locator, Page, expect

from devstack.launcher import LocalStack
from devstack.standins.bedrock import BedrockStandin, last_user_text
from tests.browser.chat_page import IDLE, ChatPage, wait_until

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

IBAN = "PT50 0002 0123 1234 5678 9015 4"
FIRST = f"Olá, sou a Ana Silva e o meu IBAN é {IBAN}."
SECOND = "A Silva também quer saber o saldo."
VALUES = ("Ana", "Silva", "PT50", "0002 0123", IBAN.replace(" ", ""))


def send(page: Page, text: str) -> None:
    box = page.get_by_label("Your message")
    box.fill(text)
    box.press("Enter")
    wait_until(page, IDLE)


def open_received(item: Locator, label: str = "What the AI received") -> Locator:
    """Click the item's toggle; return its panel once it has loaded."""
    toggle = item.get_by_role("button", name=label)
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    panel = item.locator(".received-panel")
    expect(panel).to_be_visible()
    expect(panel).not_to_have_attribute("aria-busy", "true")
    return panel


def assert_no_value(panel: Locator) -> None:
    text = panel.inner_text()
    for value in VALUES:
        assert value not in text, f"{value!r} shown as received by the AI"


def test_each_question_shows_what_the_ai_received_with_placeholders_and_their_legend(
    chat: ChatPage, bedrock: BedrockStandin, capsys: pytest.CaptureFixture[str]
) -> None:
    page = chat.page
    send(page, FIRST)
    model_saw_first = last_user_text(bedrock.requests[-1].body)
    send(page, SECOND)
    model_saw_second = last_user_text(bedrock.requests[-1].body)
    questions = page.locator("#messages .msg-user")
    expect(questions).to_have_count(2)

    first = open_received(questions.nth(0))
    expect(first.locator(".received-text")).to_have_text(model_saw_first)
    assert model_saw_first == "Olá, sou a [NAME_1] e o meu IBAN é [IBAN_1]."
    expect(first.locator("mark.placeholder")).to_have_text(["[NAME_1]", "[IBAN_1]"])
    expect(first.locator("mark.placeholder").first).to_have_attribute("data-type", "NAME")
    expect(first.locator(".received-legend dt")).to_have_text(["NAME", "IBAN"])
    expect(first.locator(".received-legend dd")).to_have_text(["a person's name", "a bank account number (IBAN)"])
    assert_no_value(first)

    second = open_received(questions.nth(1))
    expect(second.locator(".received-text")).to_have_text(model_saw_second)
    assert model_saw_second == "A [NAME_1] também quer saber o saldo."  # the surname alone: the same person
    expect(second.locator(".received-legend dt")).to_have_text(["NAME"])
    assert_no_value(second)

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / "what-the-ai-received.png"
    page.screenshot(path=str(shot), full_page=True)
    with capsys.disabled():
        print(f"\n[screenshot] what the AI received: {shot}")

    # The language switch redraws the open panels: the legend in Portuguese.
    page.get_by_label("Language").select_option("pt")
    expect(questions.nth(0).get_by_role("button", name="O que a IA recebeu")).to_be_visible()
    expect(first.locator(".received-legend dd")).to_have_text(["nome de uma pessoa", "número de conta bancária (IBAN)"])
    shot_pt = SCREENSHOTS / "what-the-ai-received-pt.png"
    page.screenshot(path=str(shot_pt), full_page=True)
    with capsys.disabled():
        print(f"[screenshot] what the AI received, in Portuguese: {shot_pt}")
    page.get_by_label("Idioma").select_option("en")

    # Restored from the history, each question carries what the model received: no further GET is needed.
    page.reload()
    wait_until(page, IDLE)
    gets = len([r for r in chat.chat_requests if r["method"] == "GET"])
    restored = open_received(page.locator("#messages .msg-user").nth(0))
    expect(restored.locator(".received-text")).to_have_text(model_saw_first)
    expect(restored.locator("mark.placeholder")).to_have_count(2)
    assert len([r for r in chat.chat_requests if r["method"] == "GET"]) == gets


def test_a_placeholder_the_user_typed_is_shown_as_typed_text(chat: ChatPage, bedrock: BedrockStandin) -> None:
    page = chat.page
    send(page, FIRST)
    send(page, "Quem é [NAME_1]?")
    model_saw = last_user_text(bedrock.requests[-1].body)
    assert model_saw == "Quem é \uff3bNAME_1\uff3d?"  # escaped: the model cannot take it for the session's placeholder
    questions = page.locator("#messages .msg-user")
    expect(questions.nth(1)).to_contain_text("Quem é [NAME_1]?")
    answer = page.locator("#messages .msg-assistant").nth(1)
    expect(answer).to_contain_text("Quem é [NAME_1]?")  # the echo shows what the user typed, not Ana's name
    expect(answer).not_to_contain_text("Ana Silva")

    panel = open_received(questions.nth(1))
    expect(panel.locator(".received-text")).to_have_text(model_saw)
    expect(panel.locator("mark.placeholder")).to_have_count(0)
    expect(panel.locator(".typed-lookalike")).to_have_text(["\uff3bNAME_1\uff3d"])
    expect(panel.locator(".received-typed")).to_contain_text("[NAME_1] is text you typed yourself")
    expect(panel.locator(".received-lead")).to_have_text(re.compile("Nothing in this message was recognized"))


def test_a_question_that_never_reached_the_model_says_so(chat: ChatPage, local_stack: LocalStack) -> None:
    page = chat.page
    assert local_stack.comprehend is not None
    local_stack.comprehend.queue_fault("down", count=20)  # every detection call of this turn fails
    try:
        send(page, "Sou a Ana Silva")
    finally:
        local_stack.comprehend.clear()
    expect(page.locator("#messages .msg-error")).to_contain_text("privacy check")
    panel = open_received(page.locator("#messages .msg-user").last)
    expect(panel).to_contain_text("This message is not in the saved conversation")
    expect(panel.locator("mark.placeholder")).to_have_count(0)


def test_an_answer_that_used_tools_shows_their_inputs_and_results_as_the_ai_saw_them(chat: ChatPage) -> None:
    page = chat.page
    send(page, f"Sou a Ana Silva, IBAN {IBAN}; quanto pago por 150 000 € a 30 anos a 3,5 %?")
    answer = page.locator("#messages .msg-assistant").last
    expect(answer).to_contain_text("673.57")
    panel = open_received(answer)
    expect(panel.locator(".received-tool").first).to_contain_text("Tool (loan calculator), input as the AI wrote it")
    shown = panel.locator("pre.received-text").all_inner_texts()
    assert '{\n  "iban": "[IBAN_1]"\n}' in shown  # the echo tool's input as the model wrote it
    assert any("[IBAN_2]" in text for text in shown)  # the tool's own IBAN, pseudonymized in its result
    expect(panel.locator("mark.placeholder").first).to_be_visible()
    expect(panel.locator(".received-legend dt")).to_contain_text(["IBAN"])
    assert_no_value(panel)
