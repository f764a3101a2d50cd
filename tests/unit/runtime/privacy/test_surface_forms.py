"""runtime.privacy.surface_forms: the user's own spellings, verified to rebuild the message exactly."""

from __future__ import annotations

from runtime.privacy.pseudonymize import Vault, pseudonymize
from runtime.privacy.surface_forms import answer_mapping, restore, surface_forms
from runtime.privacy.types import PiiSpan


def test_forms_rebuild_the_message_with_the_users_spelling() -> None:
    vault = Vault()
    vault.placeholder_for("NAME", "João da Silva")
    text = "o joao da silva e JOÃO DA SILVA"
    spans = vault.known_value_spans(text)
    pseudonymized = pseudonymize(text, spans, vault)
    assert pseudonymized == "o [NAME_1] e [NAME_1]"
    forms = surface_forms(text, spans, pseudonymized)
    assert forms == ["joao da silva", "JOÃO DA SILVA"]
    assert restore(pseudonymized, forms) == text


def test_a_placeholder_the_user_typed_comes_back_as_typed() -> None:
    vault = Vault.from_dict({"[NAME_1]": "Ana Ferreira"})
    text = "Sou a Marta. Quem é [NAME_1]?"
    spans = [PiiSpan(6, 11, "NAME", "builtin")]
    pseudonymized = pseudonymize(text, spans, vault)
    assert pseudonymized == "Sou a [NAME_2]. Quem é ［NAME_1］?"
    forms = surface_forms(text, spans, pseudonymized)
    assert forms == ["Marta"]
    assert restore(pseudonymized, forms) == text


def test_restore_needs_one_form_per_placeholder() -> None:
    assert restore("[NAME_1] and [NAME_2]", ["a"]) is None
    assert restore("no placeholders", []) == "no placeholders"


def test_the_history_puts_an_answer_back_as_it_was_streamed() -> None:
    stored = {
        "[IBAN_1]": "PT50 0002 0123 1234 5678 9015 4",
        "[NAME_1]": "Maria da Silva",
        "[PHONE_1]": "+351 912 345 678",
    }
    vault = Vault.from_dict(stored)
    message = "A Silva paga do PT50000201231234567890154; ligue 912 345 678"
    spans = vault.known_value_spans(message)
    sent = pseudonymize(message, spans, vault)
    forms = surface_forms(message, spans, sent)
    assert forms is not None
    replayed = answer_mapping(stored, sent, forms)
    assert dict(replayed) == dict(vault.mapping)  # what the turn's answer used
    assert replayed["[IBAN_1]"] == "PT50000201231234567890154"
    assert replayed["[PHONE_1]"] == "912 345 678"
    assert replayed["[NAME_1]"] == "Maria da Silva"  # "Silva" is a part of the name, not another form of it
