"""A street in a message typed in capitals: what it takes to keep it (pure).

In capitals every word looks like a street's name (``POT DEPUNE 79 DE LEI``, ``50 KR I AUTOMATEN I KONGENS
GATE``, ``TIKAI 50``), so where the street's line has no lower-case letter a street word alone is not enough: its
name holds no preposition, conjunction or article (the words that end a street's name, ``END_AT``), is a few words
long, and a street word glued to its name has a name before it (``SANDTORKAI``, not ``TIKAI``).
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.address_context import END_AT
from runtime.privacy.detectors.street_types import NAME_PARTICLES

_PARTICLES: Final = frozenset(particle.strip().lower() for particle in NAME_PARTICLES)
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?")
_CURRENCY_SIGNS: Final = "€£$"
#: The most words of a street's name (particles apart) kept in capitals (``DRONNING EUFEMIAS GATE``).
MOST_WORDS: Final = 3
#: The fewest letters of a name a street word is glued to, in capitals (``ÁLFHEIMAR``, not ``TIKAI``).
FEWEST_GLUED: Final = 3


def in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the line(s) holding ``text[start:end]`` are written in capitals (no lower-case letter)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    line = text[first : len(text) if last < 0 else last]
    return not any(char.islower() for char in line)


def plain_name(
    text: str, start: int, end: int, not_names: frozenset[str] = frozenset(), particles: frozenset[str] = _PARTICLES
) -> bool:
    """Whether the words of ``text[start:end]`` (a street's name without its street word) can name a street in
    capitals: none ends a name (``I``, ``AT``, ``PÅ``) nor is one of ``not_names`` (lower case), and at most
    ``MOST_WORDS`` besides ``particles`` (a name's: ``DE``, ``DA``)."""
    names = [word.group() for word in _WORD.finditer(text, start, end)]
    if any(END_AT.match(f" {word.rstrip('.')}") or word.lower() in not_names for word in names):
        return False
    return sum(word.lower() not in particles for word in names) <= MOST_WORDS


def glued_name(word: str, endings: tuple[str, ...]) -> bool:
    """Whether ``word`` (a street word glued to its name, any case) has a name of ``FEWEST_GLUED`` letters or
    more before the longest of ``endings`` (lower case) it ends in, or of two before a long one (``NYVÄGEN``)."""
    lower = word.lower()
    ending = max((ending for ending in endings if lower.endswith(ending)), key=len, default="")
    name = len(lower) - len(ending)
    return name >= FEWEST_GLUED or (name == FEWEST_GLUED - 1 and len(ending) > FEWEST_GLUED)


def amount_or_date(text: str, start: int) -> bool:
    """Whether the number at ``start`` is an amount (``€43``, ``£870``) or the end of a date (``22-08-2026``)."""
    before = text[max(0, start - 2) : start]
    return before[-1:] in tuple(_CURRENCY_SIGNS) or (before[-1:] == "-" and before[:1].isdigit())
