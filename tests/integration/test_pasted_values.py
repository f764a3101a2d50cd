"""A value pasted with invisible characters in it, through the local stack: the model stand-in never receives it
(not even without the invisible characters), and the user gets it back in the answer and the history as written."""

from __future__ import annotations

import unicodedata

import pytest

from devstack.launcher import LocalStack
from devstack.standins.bedrock import last_user_text
from tests.integration.sse_client import chat, history

pytestmark = pytest.mark.integration

IBAN = "PT50 0002 0123 1234 5678 9015 4"
# As copied from a PDF or a web page: a zero-width space, a soft hyphen and a word joiner inside the IBAN.
PASTED = "PT50 0002\u200b 0123 12\u00ad34 5678 9015\u2060 4"


def visible(text: str) -> str:
    """``text`` without its invisible format characters (what a reader of the model's input would see)."""
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


def test_an_iban_with_invisible_characters_never_reaches_the_model_and_comes_back_as_written(
    local_stack: LocalStack,
) -> None:
    assert local_stack.bedrock is not None
    assert visible(PASTED) == IBAN and PASTED != IBAN
    local_stack.bedrock.clear()
    message = f"Olá, o meu IBAN é {PASTED}, podem confirmar?"
    result = chat(local_stack.url, message)
    assert result.last["type"] == "done", result.events[-2:]

    received = visible(local_stack.bedrock.received_text())
    for piece in (IBAN, IBAN.replace(" ", ""), "0002 0123", "9015 4"):
        assert piece not in received, f"{piece!r} reached the model"
    assert last_user_text(local_stack.bedrock.requests[-1].body) == "Olá, o meu IBAN é [IBAN_1], podem confirmar?"
    assert PASTED in result.text  # the stand-in echoes what it received: the user sees the IBAN as pasted

    shown = history(local_stack.url, result.session_id)
    user, answer = (event for event in shown.events if event["type"] == "message")
    assert user["content"] == message
    assert user["sentToModel"] == "Olá, o meu IBAN é [IBAN_1], podem confirmar?"
    assert answer["content"] == result.text  # the stored answer as it was streamed: the IBAN as pasted
