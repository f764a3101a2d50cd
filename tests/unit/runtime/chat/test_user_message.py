"""runtime.chat.user_message: a user message with the session's placeholders in place of its personal values."""

from __future__ import annotations

from runtime.chat.user_message import pseudonymize_message
from runtime.privacy.types import PiiSpan

MESSAGE = "Sou a Ana Silva, IBAN PT50000201231234567890154"
IBAN = "PT50000201231234567890154"


def span(text: str, value: str, entity_type: str) -> PiiSpan:
    start = text.index(value)
    return PiiSpan(start, start + len(value), entity_type, "builtin")


def test_detected_values_get_new_placeholders_and_are_the_new_entries() -> None:
    user = pseudonymize_message(MESSAGE, [span(MESSAGE, "Ana Silva", "NAME"), span(MESSAGE, IBAN, "IBAN")], {})
    assert user.text == "Sou a [NAME_1], IBAN [IBAN_1]"
    assert user.new_entries == {"[NAME_1]": "Ana Silva", "[IBAN_1]": IBAN}
    assert len(user.spans) == 2


def test_a_value_the_vault_knows_keeps_its_placeholder_even_when_detection_missed_it() -> None:
    user = pseudonymize_message(MESSAGE, [span(MESSAGE, IBAN, "IBAN")], {"[NAME_1]": "Ana Silva"})
    assert user.text == "Sou a [NAME_1], IBAN [IBAN_1]"
    assert user.new_entries == {"[IBAN_1]": IBAN}
    assert user.vault.mapping["[NAME_1]"] == "Ana Silva"
