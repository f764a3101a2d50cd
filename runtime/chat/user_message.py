"""The user's message as the model will see it: every personal value replaced by the session's placeholder (pure).

The spans detection found and the values the session's vault already knows are merged; each value gets its
placeholder (an existing one when the vault knows it), and the new vault entries and the message's surface forms
(`runtime.privacy.surface_forms`) are kept for storage.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from runtime.privacy.pseudonymize import Vault, pseudonymize
from runtime.privacy.spans import merge_spans
from runtime.privacy.surface_forms import surface_forms
from runtime.privacy.types import PiiSpan


@dataclass(frozen=True)
class PseudonymizedMessage:
    """A user message ready for the model: its text with placeholders, the session's vault (new entries
    included), the entries it added, its surface forms, and the spans that were replaced."""

    text: str
    vault: Vault
    new_entries: dict[str, str]
    forms: list[str] | None
    spans: list[PiiSpan]


def pseudonymize_message(
    message: str, detected: Sequence[PiiSpan], vault_data: Mapping[str, object]
) -> PseudonymizedMessage:
    """`message` with the `detected` spans and the values the stored vault (`vault_data`) knows replaced."""
    vault = Vault.from_dict(vault_data)
    spans = merge_spans([*detected, *vault.known_value_spans(message)])
    known = set(vault.mapping)
    text = pseudonymize(message, spans, vault)
    new_entries = {placeholder: value for placeholder, value in vault.mapping.items() if placeholder not in known}
    return PseudonymizedMessage(text, vault, new_entries, surface_forms(message, spans, text), spans)
