"""A given name alone after a preposition that leads to a person as often as to a place (pure): ``til Bodil``,
``till Synnöve``, ``til Magnúsar`` (Nordic: to), where a town would be ``til Bergen``."""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_inflection import inflected_given
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
from runtime.privacy.detectors.town_names import ONE_WORD_TOWNS, town_form

#: Nordic prepositions of direction that take a person as often as a place (to); not the Greek ``στην``, which
#: streets named for people follow as often (``στην Κανάρη``).
_TO: Final = word_set("til till")
#: The fewest letters of a given name read alone after them.
_LETTERS: Final = 4
#: The fewest letters of a given name that is a frequent word too read alone after them (``til Solveig``; not
#: ``till Ånge``, a town and a word).
_FREQUENT_LETTERS: Final = 6


def recipient(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index`` after a Nordic ``til``/``till`` is a person it leads to: a given name
    of the main list, or a case or pet form of one (``til Magnúsar``), that is no word, town or place, nor a short
    frequent word."""
    if index == 0 or words.folded[index - 1] not in _TO or not words.joined(index - 1, index):
        return False
    key = words.folded[index]
    if len(key) < _LETTERS or key in COMMON_WORDS or key in TOWNS or key in PLACE_WORDS or key in NOT_NAMES:
        return False
    if (key in FREQUENT_WORDS and len(key) < _FREQUENT_LETTERS) or key in ONE_WORD_TOWNS or town_form(key):
        return False  # ``till Ånge``: a town, the word ``ange`` (to state) too
    if key in GIVEN_NAMES:
        return key not in RARE_GIVEN_NAMES
    return inflected_given(key)
