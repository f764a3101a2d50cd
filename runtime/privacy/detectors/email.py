"""E-mail addresses, found from each ``@`` outwards (linear: no regex scan of every word)."""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.types import EMAIL, SOURCE_BUILTIN, PiiSpan

_LOCAL_SPECIALS: Final = frozenset(".!#$%&'*+/=?^_`{|}~-")
_MAX_LOCAL: Final = 64
# Domain labels (letters of any script, digits, inner hyphens) and a alphabetic top-level label.
_DOMAIN: Final = re.compile(r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}(?![\w-])")


def _local_start(text: str, at: int) -> int:
    """Index where the local part before the ``@`` at ``at`` begins (``at`` when there is none)."""
    start = at
    limit = max(0, at - _MAX_LOCAL)
    while start > limit:
        char = text[start - 1]
        if char.isalnum() or char in _LOCAL_SPECIALS:
            start -= 1
        else:
            break
    while start < at and text[start] in ".'":
        start += 1
    return start


def detect(text: str) -> list[PiiSpan]:
    """Spans of the e-mail addresses in ``text``."""
    spans: list[PiiSpan] = []
    at = text.find("@")
    while at != -1:
        start = _local_start(text, at)
        domain = _DOMAIN.match(text, at + 1) if start < at else None
        if domain is not None:
            spans.append(PiiSpan(start, domain.end(), EMAIL, SOURCE_BUILTIN))
            at = text.find("@", domain.end())
        else:
            at = text.find("@", at + 1)
    return spans
