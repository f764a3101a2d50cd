"""Greek given names in Greek script matched to their Latin spellings (pure): ``Χαράλαμπος`` is ``Charalampos``,
``Σπυρίδων`` is ``Spyridon``, ``Αριστείδης`` is ``Aristeidis``.

The given-name list spells most Greek names in Latin letters only, and people write them in Greek. Latin
spellings of one Greek name differ (``Charalampos``, ``Haralampos``, ``Charalambos``; ``Spyridon``,
``Spiridon``), so both scripts are reduced to one skeleton: the vowels Greek writes several ways (``η ι υ ει
οι``; ``ε αι``; ``ο ω``) fold to one letter, as do the consonants Latin writes several ways (``χ``: ch, kh, h;
``φ``: f, ph; ``μπ``: mp, mb, b), digraphs first (``μπ`` b, ``ντ`` d, ``γκ`` g, ``ευ`` ev, ``αυ`` av, ``ου`` u).
A Greek word is a known given name when its skeleton is one of the Greek names' (words folded first: no
accents, final ``ς`` as ``σ``).
"""

from __future__ import annotations

import re
from typing import Final

#: Greek letter groups (folded) and their skeleton letters, longest first.
_GREEK: Final = (
    ("ευ", "ev"), ("αυ", "av"), ("ου", "u"), ("ει", "i"), ("οι", "i"), ("αι", "e"), ("μπ", "b"), ("ντ", "d"),
    ("γκ", "g"), ("γγ", "g"), ("τσ", "ts"), ("τζ", "tz"), ("α", "a"), ("β", "v"), ("γ", "g"), ("δ", "d"),
    ("ε", "e"), ("ζ", "z"), ("η", "i"), ("θ", "th"), ("ι", "i"), ("κ", "k"), ("λ", "l"), ("μ", "m"), ("ν", "n"),
    ("ξ", "ks"), ("ο", "o"), ("π", "p"), ("ρ", "r"), ("σ", "s"), ("τ", "t"), ("υ", "i"), ("φ", "f"), ("χ", "h"),
    ("ψ", "ps"), ("ω", "o"),
)  # fmt: skip
#: Latin letter groups (folded) and their skeleton letters, longest first.
_LATIN: Final = (
    ("eu", "ev"), ("ef", "ev"), ("au", "av"), ("af", "av"), ("ou", "u"), ("ei", "i"), ("oi", "i"), ("ai", "e"),
    ("mp", "b"), ("mb", "b"), ("nt", "d"), ("gk", "g"), ("gg", "g"), ("ch", "h"), ("kh", "h"), ("ph", "f"),
    ("th", "th"), ("ts", "ts"), ("tz", "tz"), ("ps", "ps"), ("ks", "ks"), ("x", "ks"), ("y", "i"), ("c", "k"),
    ("w", "o"), ("b", "b"), ("v", "v"), ("j", "i"),
)  # fmt: skip
_GREEK_MAP: Final = dict(_GREEK)
_LATIN_MAP: Final = dict(_LATIN)
_GREEK_GROUP: Final = re.compile("|".join(group for group, _ in _GREEK if len(group) > 1) + "|.", re.DOTALL)
_LATIN_GROUP: Final = re.compile("|".join(group for group, _ in _LATIN if len(group) > 1) + "|.", re.DOTALL)
_DOUBLE: Final = re.compile(r"(.)\1")


def greek_script(word: str) -> bool:
    """Whether a word begins with a Greek letter."""
    return bool(word) and "\u0370" <= word[0] <= "\u03ff"


def greek_skeleton(folded: str) -> str:
    """The skeleton of a folded Greek word (``χαραλαμποσ`` -> ``haralabos``); empty if a letter is not Greek."""
    letters = [_GREEK_MAP.get(group, "") for group in _GREEK_GROUP.findall(folded)]
    return _DOUBLE.sub(r"\1", "".join(letters)) if all(letters) else ""


def latin_skeleton(folded: str) -> str:
    """The skeleton of a folded Latin spelling of a Greek name (``charalampos`` -> ``haralabos``)."""
    letters = [_LATIN_MAP.get(group, group) for group in _LATIN_GROUP.findall(folded)]
    return _DOUBLE.sub(r"\1", "".join(letters))
