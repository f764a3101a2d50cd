"""A given name alone after a preposition that leads to a person as often as to a place (pure): ``til Bodil``,
``till Synnöve``, ``til Magnúsar`` (Nordic: to), where a town would be ``til Bergen``."""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_inflection import main_name_case
from runtime.privacy.detectors.name_places import PLACE_WORDS
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    RARE_GIVEN_NAMES,
    TOWNS,
    word_set,
)

#: Nordic prepositions of direction that take a person as often as a place (to).
_TO: Final = word_set("til till")
#: The fewest letters of a given name read alone after them.
_LETTERS: Final = 4


def recipient(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index`` after a Nordic ``til``/``till`` is a person it leads to: a given
    name of the main list (or its Icelandic genitive, ``til Magnúsar``) that is no word, frequent word, town or
    place."""
    if index == 0 or words.folded[index - 1] not in _TO or not words.joined(index - 1, index):
        return False
    key = words.folded[index]
    if len(key) < _LETTERS or key in COMMON_WORDS or key in TOWNS or key in PLACE_WORDS or key in NOT_NAMES:
        return False
    if key in FREQUENT_WORDS:
        return False  # ``till Ånge``: a town, the word ``ange`` (to state) too
    if key in GIVEN_NAMES:
        return key not in RARE_GIVEN_NAMES
    return main_name_case(key)
