"""Personal data across a tool call (pure): the session's values put into a tool's input just before it runs,
and a tool's result pseudonymized with the same vault before the model sees it.

Only placeholders of this session's vault are replaced (`reidentify` leaves any other bracketed text alone),
so a model that writes `[IBAN_7]` of another session, or invents one, gets nothing. Detection of a result is
the caller's I/O (the same `Detector` as for messages); here its spans, plus the values the vault already
knows, become placeholders, the new ones added to the vault.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from runtime.privacy.pseudonymize import Vault, pseudonymize
from runtime.privacy.reidentify import reidentify
from runtime.privacy.spans import merge_spans
from runtime.privacy.types import PiiSpan


def resolve_input(value: Any, mapping: Mapping[str, str]) -> Any:
    """`value` (a JSON value) with each placeholder of `mapping` in its strings (keys too) replaced."""
    if isinstance(value, str):
        return reidentify(value, mapping)
    if isinstance(value, list):
        return [resolve_input(item, mapping) for item in value]
    if isinstance(value, dict):
        return {reidentify(str(key), mapping): resolve_input(item, mapping) for key, item in value.items()}
    return value


def result_text(result: Any) -> str:
    """The text a tool result is detected in and sent to the model as: its JSON (non-ASCII kept, so that
    detection sees the characters a person wrote)."""
    return json.dumps(result, ensure_ascii=False, separators=(", ", ": "), sort_keys=False)


def pseudonymize_result(text: str, detected: Sequence[PiiSpan], vault: Vault) -> tuple[str, dict[str, str]]:
    """`text` with detected and already known values replaced by the vault's placeholders (new ones are
    added to `vault`); also returns the entries this added."""
    before = set(vault.mapping)
    spans = merge_spans([*detected, *vault.known_value_spans(text)])
    pseudonymized = pseudonymize(text, spans, vault)
    added = {placeholder: original for placeholder, original in vault.mapping.items() if placeholder not in before}
    return pseudonymized, added
