"""Values pasted by accident, through the whole turn as the chat runs it: detection (with Comprehend finding
nothing, or not asked), the session's placeholders, the model's echo re-identified as it streams, and the history's
copy of the message. Each value reaches the model only as a placeholder and comes back to the user as written."""

from __future__ import annotations

import asyncio
import unicodedata
from typing import Any

import pytest

from runtime.chat.user_message import PseudonymizedMessage, pseudonymize_message
from runtime.privacy.comprehend_plan import PlannedCall
from runtime.privacy.detection import Detector
from runtime.privacy.placeholders import PLACEHOLDER_PATTERN
from runtime.privacy.reidentify import StreamingReidentifier
from runtime.privacy.surface_forms import restore
from runtime.settings import Settings
from tests.unit.runtime.settings_env import minimal_env

ENV = minimal_env({"CHAT_LANGUAGES": "pt, en"})
#: (placeholder type, a value as people write it, the sentence it is pasted in).
VALUES = {
    "IBAN": ("IBAN", "PT50 0002 0123 1234 5678 9015 4", "o meu IBAN é {} obrigado"),
    "card": ("CARD", "4111 1111 1111 1111", "paguei com o cartão {}, foi recusado"),
    "phone": ("PHONE", "912 345 678", "liguem-me para o {} amanhã"),
    "NIF": ("NIF_PT", "245 678 913", "o meu NIF: {}."),
    "e-mail": ("EMAIL", "ana.silva@gmail.com", "escrevam para {} por favor"),
}
INVISIBLE = {"zero-width space": "\u200b", "soft hyphen": "\u00ad", "word joiner": "\u2060", "BOM": "\ufeff"}
SEPARATORS = {"en dash": "\u2013", "tab": "\t", "underscore": "_"}


class SilentComprehend:
    """Comprehend finding nothing: whatever is kept, the built-in detectors kept."""

    async def send(self, call: PlannedCall) -> dict[str, Any]:
        await asyncio.sleep(0)
        return {}


def one_turn(message: str, stored: dict[str, str], comprehend: bool) -> tuple[PseudonymizedMessage, str, str | None]:
    """(the message as pseudonymized, the model's echo as the user sees it, the message as the history shows it)."""
    settings = Settings.from_env({**ENV, "CHAT_COMPREHEND_ENABLED": str(comprehend).lower()})
    detection = asyncio.run(Detector(settings, SilentComprehend()).detect(message))
    sent = pseudonymize_message(message, detection.spans, stored)
    echo = f"Recebi: {sent.text}"
    reidentifier = StreamingReidentifier(sent.vault.mapping)
    shown = "".join(reidentifier.feed(echo[i : i + 3]) for i in range(0, len(echo), 3)) + reidentifier.flush()
    return sent, shown, restore(sent.text, sent.forms) if sent.forms is not None else None


def visible(value: str) -> str:
    """``value`` without its invisible format characters."""
    return "".join(char for char in value if unicodedata.category(char) != "Cf")


def assert_kept(message: str, value: str, entity_type: str, comprehend: bool) -> None:
    """The model gets ``value`` as one placeholder of its type and nothing of it; the user gets it back as written."""
    sent, shown, history = one_turn(message, {}, comprehend)
    assert [m.group(1) for m in PLACEHOLDER_PATTERN.finditer(sent.text)] == [entity_type], sent.text
    assert visible(value) not in visible(sent.text)
    assert not any(char.isdigit() for char in PLACEHOLDER_PATTERN.sub("", sent.text)), sent.text
    assert list(sent.new_entries.values()) == [value]
    assert shown == f"Recebi: {message}"
    assert history == message


def with_char(value: str, char: str) -> str:
    """``value`` with ``char`` pasted in its middle."""
    middle = len(value) // 2
    return value[:middle] + char + value[middle:]


@pytest.mark.parametrize("comprehend", [True, False], ids=["comprehend silent", "built-in only"])
@pytest.mark.parametrize("invisible", INVISIBLE, ids=str)
@pytest.mark.parametrize("kind", VALUES, ids=str)
def test_an_invisible_character_inside_a_value_does_not_hide_it(kind: str, invisible: str, comprehend: bool) -> None:
    entity_type, value, sentence = VALUES[kind]
    pasted = with_char(value, INVISIBLE[invisible])
    assert_kept(sentence.format(pasted), pasted, entity_type, comprehend)


@pytest.mark.parametrize("separator", SEPARATORS, ids=str)
@pytest.mark.parametrize("kind", ["IBAN", "card", "phone", "NIF"], ids=str)
def test_any_separator_between_the_digit_groups_does_not_hide_a_number(kind: str, separator: str) -> None:
    entity_type, value, sentence = VALUES[kind]
    pasted = value.replace(" ", SEPARATORS[separator])
    assert_kept(sentence.format(pasted), pasted, entity_type, comprehend=False)


@pytest.mark.parametrize(
    ("message", "address"),
    [
        ("o meu mail é ana (at) gmail (dot) com, obrigada", "ana (at) gmail (dot) com"),
        ("mail: ana.silva[at]sapo[dot]pt", "ana.silva[at]sapo[dot]pt"),
        ("abri https://banco.pt/form?email=ana.silva%40gmail.com&lang=pt e deu erro", "ana.silva%40gmail.com"),
    ],
)
def test_a_disguised_address_becomes_a_placeholder(message: str, address: str) -> None:
    assert_kept(message, address, "EMAIL", comprehend=False)


@pytest.mark.parametrize(
    ("message", "value", "entity_type"),
    [
        ("Passaporte n.º CA123456, emitido em Lisboa.", "CA123456", "PASSPORT"),
        ("My passport number: 533380006", "533380006", "PASSPORT"),
        ("Data de nascimento: 12/03/1985, obrigada", "12/03/1985", "BIRTH_DATE"),
        ("DOB 12.03.1985", "12.03.1985", "BIRTH_DATE"),
    ],
)
def test_a_labelled_passport_number_or_date_of_birth_becomes_a_placeholder(
    message: str, value: str, entity_type: str
) -> None:
    assert_kept(message, value, entity_type, comprehend=False)


def test_other_dates_and_numbers_next_to_a_date_of_birth_stay() -> None:
    message = "Data de nascimento: 12/03/1985. A conta abriu em 01/02/2020, passaporte pedido em 2019."
    sent, shown, _ = one_turn(message, {}, comprehend=False)
    assert sent.text == message.replace("12/03/1985", "[BIRTH_DATE_1]")
    assert shown == f"Recebi: {message}"


def test_a_placeholder_the_user_types_is_shown_as_typed() -> None:
    stored = {"[NAME_1]": "Ana Ferreira"}
    sent, shown, history = one_turn("Quem é [NAME_1]?", stored, comprehend=False)
    assert "[NAME_1]" not in sent.text and sent.new_entries == {}
    assert shown == "Recebi: Quem é [NAME_1]?"
    assert history == "Quem é [NAME_1]?"


def test_a_value_pasted_again_in_another_form_comes_back_in_that_form() -> None:
    iban = VALUES["IBAN"][1]
    stored = {"[IBAN_1]": iban}
    again = with_char(iban.replace(" ", ""), "\u200b")
    sent, shown, history = one_turn(f"confirma o IBAN {again}?", stored, comprehend=False)
    assert sent.text == "confirma o IBAN [IBAN_1]?" and sent.new_entries == {}
    assert shown == f"Recebi: confirma o IBAN {again}?"
    assert history == f"confirma o IBAN {again}?"
