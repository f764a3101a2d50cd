"""Pet forms of given names (pure): ``Mariazinha``, ``Paulinho``, ``Jonukas``, ``Tonček``, ``Évike``,
``Janezek``, ``Μαρίτσα`` are ``Maria``, ``Paulo``, ``Jonas``, ``Tone``, ``Éva``, ``Janez``, ``Μαρία`` with a
diminutive suffix.

The word comes folded (no accents, case-folded). Each rule replaces one diminutive suffix of a market language by
the ending of the name's base form; a pet form counts when that base form is a given name of the main list that is
no common word, town or month.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_words import COMMON_WORDS, GIVEN_NAMES, NOT_NAMES, RARE_GIVEN_NAMES

#: (diminutive suffix, ending of the base form), folded.
_SUFFIXES: Final = (
    # pt, es, gl
    ("zinha", ""), ("zinho", ""), ("inha", "a"), ("inho", "o"), ("ito", "o"), ("ita", "a"), ("illo", "o"),
    ("illa", "a"),
    # it
    ("ino", "o"), ("ina", "a"), ("etta", "a"), ("etto", "o"), ("uccio", "o"), ("uccia", "a"),
    # fr
    ("ette", "e"),
    # lt
    ("ukas", "as"), ("ute", "a"), ("uke", "a"), ("elis", "as"),
    # sl, hr, sk
    ("cek", "e"), ("cek", ""), ("ek", ""), ("ko", ""),
    # hu
    ("ike", "a"), ("ika", "a"),
    # nl, de
    ("tje", ""), ("chen", "e"), ("chen", ""),
    # ro
    ("ut", ""), ("uta", "a"),
    # el
    ("ιτσα", "α"), ("ιτσα", "ια"), ("ακησ", "οσ"), ("ουλα", "α"),
)  # fmt: skip
#: The fewest letters of the base form.
_BASE_LETTERS: Final = 3
#: Suffixes this short need a base form one letter longer.
_SHORT_SUFFIX: Final = 2


def _by_last_letter() -> dict[str, tuple[tuple[str, str], ...]]:
    """The suffixes keyed by their last letter (a word is checked against its own letter's only)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for suffix, ending in _SUFFIXES:
        index.setdefault(suffix[-1], []).append((suffix, ending))
    return {letter: tuple(rules) for letter, rules in index.items()}


_SUFFIXES_BY_LAST: Final = _by_last_letter()


def pet_form(key: str) -> bool:
    """Whether a folded word is a pet form of a given name of the main list by a diminutive suffix."""
    for suffix, ending in _SUFFIXES_BY_LAST.get(key[-1:], ()):
        least = _BASE_LETTERS if len(suffix) > _SHORT_SUFFIX else _BASE_LETTERS + 1  # (``Baška`` is no ``Bas``)
        if key.endswith(suffix) and len(key) - len(suffix) + len(ending) >= least:
            base = key[: len(key) - len(suffix)] + ending
            if base in GIVEN_NAMES and base not in RARE_GIVEN_NAMES and base not in COMMON_WORDS:
                return base not in NOT_NAMES
    return False
