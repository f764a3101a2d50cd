"""A name before the word that says the thing is in that person's name (pure): Estonian ``leping on ljubov kalmus
nimel``, Hungarian ``a szerződés dudás lilla nevén van``, Lithuanian ``sudaryta deividas pocius vardu``, Latvian
``līgums ir anna ozola vārdā``, Finnish ``sopimus on liisa virtasen nimissä`` and the Nordic genitive before
``navn``/``namn`` (``aftalen står i allan petersens navn``).

These languages put the word for "name" after the name, in a case that means "in the name of"; it says a name
comes before it, in lower case too. One to three words in one letter case: the first a known given name (or any
word but a common one before a known family name; a family name before a given name, Hungarian order), the others
known names, particles or words too rare to be common ones; before ``navn``/``namn`` the last word takes the
genitive ``-s``.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_inflection import family_name, inflected_given
from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    word_set,
)
from runtime.privacy.normalize import fold

#: The words for "in the name of" written after the name, folded.
POSTPOSITIONS: Final = frozenset(
    fold(word)
    for word in word_set("""
    nimel nimele nimeks nevén nevére nevében névre vardu vārdā vardā nimissä nimiin navn namn
    """)
)
#: The postpositions after which the name's last word takes the genitive, and its ending (``allan petersens navn``,
#: ``liisa virtasen nimissä``).
_GENITIVE_ENDINGS: Final = {"navn": "s", "namn": "s", "nimissa": "n", "nimiin": "n"}
_MAX_WORDS: Final = 3
#: Possessives written before ``navn``/``namn`` (``i hans navn``, ``på deras namn``): no name.
_POSSESSIVES: Final = word_set("hans hennes dess deras hendes dets vores jeres deres sin sit sine mitt mit ditt dit")


def _same_case(words: list[str]) -> bool:
    if all(word.islower() for word in words) or all(word.isupper() for word in words):
        return True
    return all(word[:1].isupper() and word[1:].islower() for word in words)


def _given(key: str) -> bool:
    """A known given name, a common word too (the postposition says a name comes before it: ``allan``)."""
    return key not in NOT_NAMES and (key in GIVEN_NAMES or inflected_given(key))


def _family(key: str) -> bool:
    return key not in NOT_NAMES and key not in COMMON_WORDS and (key in FAMILY_NAMES or family_name(key))


def _other(key: str) -> bool:
    """A word after the first of the name: a known name, a particle, or a word too rare to be a common one."""
    if key in NOT_NAMES:
        return False
    if key in GIVEN_NAMES or key in FAMILY_NAMES or key in NAME_PARTICLES or family_name(key):
        return True
    return len(key) >= 3 and key not in FREQUENT_WORDS and key not in COMMON_WORDS


def _name(keys: list[str]) -> bool:
    """Whether ``keys`` are a name: a given name first, or any word but a common one before a known family name
    (``deividas pocius``, ``winni berg``), or a family name before a given name (``dudás lilla``)."""
    first, *others = keys
    if not others:
        return _given(first)
    last = others[-1]
    rare = len(first) >= 3 and first not in FREQUENT_WORDS and first not in COMMON_WORDS and first not in NOT_NAMES
    plain = _given(first) or (rare and _family(last))
    if not plain and not (first in FAMILY_NAMES and first not in NOT_NAMES and _given(last)):
        return False
    return all(_other(key) for key in others) and last not in NAME_PARTICLES


def postposed_name(words: Words, index: int) -> int:
    """End of the name at word ``index`` before a postposition that names its owner (see the module), or
    ``index``."""
    if POSTPOSITIONS.isdisjoint(words.folded[index + 1 : index + _MAX_WORDS + 1]):
        return index  # the common case, decided at once
    count = len(words.words)
    for size in range(1, _MAX_WORDS + 1):
        post = index + size
        if post >= count:
            return index
        if words.folded[post] not in POSTPOSITIONS:
            continue
        if not words.joined_run(index, post) or not _same_case(words.words[index:post]):
            return index
        keys = list(words.folded[index:post])
        ending = _GENITIVE_ENDINGS.get(words.folded[post])
        if ending is not None:
            if keys[-1] in _POSSESSIVES or not keys[-1].endswith(ending) or len(keys[-1]) < 4:
                return index
            keys[-1] = keys[-1][: -len(ending)]
        if size > 1 and not _given(keys[0]) and _name(keys[1:]):
            return index  # the name begins at a later word (``a számla papp kinga nevén``)
        return post if _name(keys) else index
    return index
