"""The typed placeholders (``[IBAN_1]``) that stand for personal values in what the model sees, and the escaping
of the user's own placeholder look-alikes.

Text the user typed that looks like a placeholder (``Quem é [NAME_1]?``) is not one. Before the model sees the
user's text, it is escaped: a look-alike's ASCII brackets become full-width ones (``［NAME_1］``), and every
full-width bracket the user typed is doubled (``［`` -> ``［［``), so that the escaping can always be undone.
Re-identification puts values back only in place of real placeholders and undoes the escaping, so what the user
typed comes back as typed. The model is told nothing new: it reads the user's text with brackets it shows as
they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

#: A placeholder: a type name and a positive number in square brackets, e.g. ``[IBAN_1]``, ``[NIF_PT_2]``.
PLACEHOLDER_PATTERN: Final = re.compile(r"\[([A-Z][A-Z0-9_]*)_([1-9][0-9]*)\]")
_BODY: Final = r"[A-Z][A-Z0-9_]*_[1-9][0-9]*"
OPEN_WIDE: Final = "\uff3b"  # ［
CLOSE_WIDE: Final = "\uff3d"  # ］
# In the user's text: a look-alike (group "typed") or a full-width bracket.
_TO_ESCAPE: Final = re.compile(rf"\[(?P<typed>{_BODY})\]|[{OPEN_WIDE}{CLOSE_WIDE}]")
#: In escaped text (what the model gets): a placeholder (group "body"), an escaped look-alike the user typed (group
#: "wrapped") or a doubled bracket; read left to right, as the page's view of what the model received reads it.
ESCAPED_PATTERN: Final = re.compile(
    rf"\[(?P<body>{_BODY})\]|{OPEN_WIDE}{OPEN_WIDE}|{CLOSE_WIDE}{CLOSE_WIDE}|{OPEN_WIDE}(?P<wrapped>{_BODY}){CLOSE_WIDE}"
)
# The end of escaped text that the next characters may still turn into an escaped look-alike or a doubled
# bracket (searched after the last complete one).
_PENDING: Final = re.compile(rf"(?:{OPEN_WIDE}(?:[A-Z][A-Z0-9_]{{0,64}})?|{CLOSE_WIDE})\Z")


def make_placeholder(entity_type: str, number: int) -> str:
    """The placeholder for the ``number``-th value of a (sanitized) type."""
    return f"[{entity_type}_{number}]"


def parse_placeholder(placeholder: str) -> tuple[str, int] | None:
    """``(type, number)`` of a well-formed placeholder, else None."""
    match = PLACEHOLDER_PATTERN.fullmatch(placeholder)
    if match is None:
        return None
    return match.group(1), int(match.group(2))


def _escape(match: re.Match[str]) -> str:
    typed = match.group("typed")
    return f"{OPEN_WIDE}{typed}{CLOSE_WIDE}" if typed is not None else match.group() * 2


def escape_typed(text: str) -> str:
    """The user's text as the model gets it: placeholder look-alikes in full-width brackets, full-width brackets
    doubled (``Quem é [NAME_1]?`` -> ``Quem é ［NAME_1］?``)."""
    if "[" not in text and OPEN_WIDE not in text and CLOSE_WIDE not in text:
        return text
    return _TO_ESCAPE.sub(_escape, text)


def typed_lookalikes(text: str) -> list[tuple[int, int]]:
    """Where the user's text (not yet escaped) holds a placeholder look-alike, ASCII or full-width."""
    return [m.span() for m in re.finditer(rf"\[{_BODY}\]|{OPEN_WIDE}{_BODY}{CLOSE_WIDE}", text)]


def _unescaped(match: re.Match[str]) -> str:
    wrapped = match.group("wrapped")
    return f"[{wrapped}]" if wrapped is not None else match.group()[0]


def substitute(text: str, placeholder: Callable[[re.Match[str]], str]) -> str:
    """Escaped ``text`` with each placeholder replaced by ``placeholder(match)`` and the escaping undone, in one
    pass (a value put back is never read again). Brackets the escaping cannot have made stay as they are."""
    if "[" not in text and OPEN_WIDE not in text and CLOSE_WIDE not in text:
        return text
    return ESCAPED_PATTERN.sub(lambda m: placeholder(m) if m.group("body") is not None else _unescaped(m), text)


def unescape_typed(text: str) -> str:
    """Escaped text as the user typed it (placeholders stay placeholders)."""
    return substitute(text, lambda m: m.group())


def escaped_lookalikes(sent: str) -> list[tuple[int, int, str]]:
    """The user's typed look-alikes in a text as the model got it: ``(start, end, as typed)`` each (for a view of
    what the model received: these are the user's text, not placeholders)."""
    return [
        (m.start(), m.end(), f"[{m.group('wrapped')}]") for m in ESCAPED_PATTERN.finditer(sent) if m.group("wrapped")
    ]


def pending_start(text: str) -> int | None:
    """Where the end of escaped ``text`` starts that the next characters may still change, or None."""
    if OPEN_WIDE not in text[-70:] and not text.endswith(CLOSE_WIDE):
        return None
    last = 0
    for match in ESCAPED_PATTERN.finditer(text):
        last = match.end()
    pending = _PENDING.search(text, last)
    return pending.start() if pending is not None else None
