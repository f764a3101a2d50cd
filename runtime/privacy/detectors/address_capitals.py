"""A street in a message typed in capitals: what it takes to keep it (pure).

In capitals every word looks like a street's name (``POT DEPUNE 79 DE LEI``, ``50 KR I AUTOMATEN I KONGENS
GATE``, ``TIKAI 50``), so where the street's line has no lower-case letter a street word alone is not enough: its
name holds no preposition, conjunction or article (the words that end a street's name, ``END_AT``), is a few words
long, and a street word glued to its name has a name before it (``SANDTORKAI``, not ``TIKAI``).
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.address_context import END_AT, street_start
from runtime.privacy.detectors.street_types import NAME_PARTICLES

_PARTICLES: Final = frozenset(particle.strip().lower() for particle in NAME_PARTICLES)
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?")
_CURRENCY_SIGNS: Final = "€£$"
# The lower-case letters of the Latin, Greek and Cyrillic alphabets (and the ordinals ``ª``, ``º``), looked for at C
# speed up to the first one.
_LOWER_CASE: Final = re.compile(
    "[" + "".join(re.escape(chr(code)) for code in range(0x530) if chr(code).islower()) + "]"
)
#: The most words of a street's name (particles apart) kept in capitals (``DRONNING EUFEMIAS GATE``).
MOST_WORDS: Final = 3
#: The fewest letters of a name a street word is glued to, in capitals (``ÁLFHEIMAR``, not ``TIKAI``).
FEWEST_GLUED: Final = 3


def in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the line(s) holding ``text[start:end]`` are written in capitals (no lower-case letter)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return _LOWER_CASE.search(text, first, len(text) if last < 0 else last) is None


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


_TOKEN: Final = re.compile(r"[^ \u00a0\n]+")


def capitals_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The street ``text[start:end]`` in a line in capitals without the words of the sentence around it that read as
    its name (every word does): it begins after the last preposition, conjunction or verb of living before its
    number (``MÄRTSIST ELAME KASE TÄNAVAL 15``, ``TO ΙΑΤΡΕΙΟ ΠΗΓΕ ΣΤΟ ΑΣΤΡΟΥΣ 85``), and a house number first ends
    its name before one (``127, RUE MICHEL RODANGE ZU JUNGLINSTER``, ``54 ARDÁN AN GHLEANNA I BAILE``)."""
    if not in_capitals(text, start, end):
        return start, end
    tokens = list(_TOKEN.finditer(text, start, end))
    numbers = [i for i, token in enumerate(tokens) if token.group()[0].isdigit()]
    if not numbers:
        return start, end
    if numbers[0] == 0:  # the number first: the name ends before the first such word after the street word
        cut = next((token.start() - 1 for token in tokens[2:] if _ends_name(text, token.start() - 1)), end)
        return start, max(tokens[1].end(), min(end, cut)) if len(tokens) > 1 else end
    number = tokens[numbers[-1]].start()
    for token in tokens[: numbers[-1]]:
        if _ends_name(text, token.start() - 1) and token.start() > start:
            start = token.end() + 1  # (after the word: the name begins with the next)
        else:
            head = street_start(text, token.start(), number)
            if head > token.start():
                start = head
    return min(start, number), end


def _ends_name(text: str, space: int) -> bool:
    """Whether the word after the space at ``space`` ends a street's name (a preposition, a conjunction...)."""
    return (
        text[space : space + 1] == " "
        and text[space + 1 : space + 2].isalpha()
        and END_AT.match(text, space) is not None
    )
