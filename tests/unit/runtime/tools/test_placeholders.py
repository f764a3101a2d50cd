"""runtime.tools.placeholders: the session's values into tool input, tool results pseudonymized with its vault."""

from __future__ import annotations

from runtime.privacy.pseudonymize import Vault
from runtime.privacy.types import PiiSpan
from runtime.tools.placeholders import pseudonymize_result, resolve_input, result_text

IBAN = "PT50 0002 0123 1234 5678 9015 4"


def test_only_this_sessions_placeholders_are_resolved_in_every_string() -> None:
    mapping = {"[IBAN_1]": IBAN, "[NAME_1]": "Ana Silva"}
    arguments = {
        "iban": "[IBAN_1]",
        "people": ["[NAME_1]", "[NAME_2]", {"[NAME_1]": "[EMAIL_1]"}],
        "garbled": "[IBAN_1 [iban_1] [[IBAN_1]]",
        "amount": 150000,
        "flag": True,
    }
    assert resolve_input(arguments, mapping) == {
        "iban": IBAN,
        "people": ["Ana Silva", "[NAME_2]", {"Ana Silva": "[EMAIL_1]"}],
        "garbled": f"[IBAN_1 [iban_1] [{IBAN}]",
        "amount": 150000,
        "flag": True,
    }


def test_a_result_is_pseudonymized_with_the_same_vault_and_new_values_added() -> None:
    vault = Vault.from_dict({"[IBAN_1]": IBAN, "[NAME_1]": "Ana Silva"})
    text = result_text({"owner": "Ana Silva", "iban": IBAN, "other": "DE89 3704 0044 0532 0130 00", "n": 1})
    start = text.index("DE89")
    detected = [PiiSpan(start, start + len("DE89 3704 0044 0532 0130 00"), "IBAN", "builtin")]
    pseudonymized, added = pseudonymize_result(text, detected, vault)  # the known values: from the vault itself
    assert pseudonymized == '{"owner": "[NAME_1]", "iban": "[IBAN_1]", "other": "[IBAN_2]", "n": 1}'
    assert added == {"[IBAN_2]": "DE89 3704 0044 0532 0130 00"}
    assert vault.mapping["[IBAN_2]"] == "DE89 3704 0044 0532 0130 00"


def test_result_text_keeps_non_ascii_characters_for_detection() -> None:
    assert result_text({"rua": "Conceição"}) == '{"rua": "Conceição"}'
