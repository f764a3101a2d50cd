"""The person an address is in the care of (pure): the capitalized words after ``c/o`` (``c/o Karlsson``, ``C/O
Anna Berg``, ``c/o Familie Weber``), a name whatever its language: a letter reaches its addressee through them.

A company may stand there too (``c/o Regus``, ``c/o Acme GmbH``): words with a company's form are left to the
organisation check of ``name_pasted``, which drops a labelled value that is one.
"""

from __future__ import annotations

import re
from typing import Final

#: ``c/o`` and the one to three capitalized words after it, on its line (a family's word ahead left out).
_CARE_OF: Final = re.compile(
    r"(?<![^\W_])[cC]/[oO][ \t]+(?:(?:Familie|Family|Famille|Familia|Famiglia|Família|Familj|Familien|Fam\.)[ \t]+)?"
    r"(?P<name>[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*(?:[ \t][^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*){0,2})"
)


def care_of(text: str) -> list[tuple[int, int]]:
    """The offsets of the names after ``c/o`` in ``text``: capitalized words only, up to a lower-case one."""
    if "/" not in text:
        return []
    found: list[tuple[int, int]] = []
    for match in _CARE_OF.finditer(text):
        start = match.start("name")
        end = start
        for word in re.finditer(r"\S+", match.group("name")):
            if not word.group()[:1].isupper():
                break
            end = start + word.end()
        if end > start:
            found.append((start, end))
    return found
