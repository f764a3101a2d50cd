"""runtime.privacy.surface_forms: the user's own spellings, verified to rebuild the message exactly."""

from __future__ import annotations

from runtime.privacy.pseudonymize import Vault, pseudonymize
from runtime.privacy.surface_forms import restore, surface_forms
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
