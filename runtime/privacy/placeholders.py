"""The typed placeholders (``[IBAN_1]``) that stand for personal values in what the model sees."""

from __future__ import annotations

import re
from typing import Final

#: A placeholder: a type name and a positive number in square brackets, e.g. ``[IBAN_1]``, ``[NIF_PT_2]``.
PLACEHOLDER_PATTERN: Final = re.compile(r"\[([A-Z][A-Z0-9_]*)_([1-9][0-9]*)\]")


def make_placeholder(entity_type: str, number: int) -> str:
    """The placeholder for the ``number``-th value of a (sanitized) type."""
    return f"[{entity_type}_{number}]"


def parse_placeholder(placeholder: str) -> tuple[str, int] | None:
    """``(type, number)`` of a well-formed placeholder, else None."""
    match = PLACEHOLDER_PATTERN.fullmatch(placeholder)
    if match is None:
        return None
    return match.group(1), int(match.group(2))
