"""The exact spelling a user wrote for each value a message's placeholders replaced (pure).

The vault maps a placeholder to the first spelling seen ("João da Silva"); a later "joao da silva" gets the
same placeholder. To show users their own text in the history, a user message also keeps its surface forms:
the replaced substrings, in order. They are only kept when putting them back reproduces the message exactly
(placeholder look-alikes the user typed are not placeholders: they come back as typed, see ``placeholders``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from runtime.privacy.placeholders import PLACEHOLDER_PATTERN, substitute
from runtime.privacy.pseudonymize import Vault, replaced_values
from runtime.privacy.types import PiiSpan


def restore(pseudonymized: str, forms: Sequence[str]) -> str | None:
    """Put `forms` back in place of the placeholders, in order, and the user's typed look-alikes as typed; None
    unless the counts agree."""
    if len(PLACEHOLDER_PATTERN.findall(pseudonymized)) != len(forms):
        return None
    written = iter(forms)
    return substitute(pseudonymized, lambda _: next(written))


def surface_forms(text: str, spans: Sequence[PiiSpan], pseudonymized: str) -> list[str] | None:
    """The substrings of `text` that became placeholders, or None when they cannot be verified."""
    forms = [value for _, _, value, _ in replaced_values(text, spans)]
    return forms if restore(pseudonymized, forms) == text else None


def answer_mapping(vault: Mapping[str, str], pseudonymized: str, forms: Sequence[str]) -> Mapping[str, str]:
    """The values the answer to a stored user message put back: the session's ``vault`` (placeholder -> stored
    value) with each value the message wrote in another form as written there, as ``Vault.mapping`` was in that
    turn (for a history that shows the answer as it was streamed)."""
    replay = Vault.from_dict(vault)
    for match, form in zip(PLACEHOLDER_PATTERN.finditer(pseudonymized), forms, strict=False):
        replay.placeholder_for(match.group(1), form)
    return replay.mapping
