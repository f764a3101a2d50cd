"""A given name and a family name in lower case or in capitals right after a phrase that announces a person
(pure): ``minha filha luna paiva``, ``my brother brett clark``, ``ik ben sanne de vries``, ``a fiam lakatos
rebeka``.

Written as typed in a hurry, the name has no capital to show where it ends; after a relation, introduction,
contact phrase or greeting two words count as a name when they read as one: the first a listed given name,
the second (after particles: ``cas de ruiter``) a known family name, a word with a surname's ending, or a rare
word when the given name is no word too (``luna paiva``, not ``gre študirat``: goes to study); or a rare word
then a known family name; or a family name then a given name (Hungarian order). Two frequent words that are no
names (``quiere saber``, ``ha perso``) are no name.
After a phrase that is no relation (``ik ben``, ``olen``: I am, often followed by a place or a time) the first
must be a listed given name and the second a known family name.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_inflection import family_name, strong_surname
from runtime.privacy.detectors.name_phrases import LOWER_END, RELATIONS_INDEX, after_phrase, after_relation_comma
from runtime.privacy.detectors.name_run import NEVER_IN_NAME
from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words
from runtime.privacy.detectors.name_verbs import verb_form
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
)

#: The longest word taken as a name for being rare (a longer one is a compound or an inflected noun).
_RARE_LETTERS: Final = 12
_MAX_PARTICLES: Final = 2


def _same_case(word: str, upper: bool) -> bool:
    return word.isupper() if upper else word.islower()


def _excluded(key: str) -> bool:
    return len(key) < 2 or key in NOT_NAMES or key in LOWER_END or key in NEVER_IN_NAME or key in NAME_PARTICLES


def _rare(key: str) -> bool:
    return 3 <= len(key) <= _RARE_LETTERS and key not in FREQUENT_WORDS and key not in COMMON_WORDS


def _known_last(key: str, word: str) -> bool:
    """A listed family or given name that is no common word (Hungarian order: ``lakatos rebeka``; not ``turi``:
    has), a word with a surname's ending that words rarely have (``kazlauskienė``), or one with a surname's ending
    that is no frequent word."""
    if strong_surname(word):
        return True
    if key in COMMON_WORDS:
        return False
    if key in FAMILY_NAMES or key in GIVEN_NAMES:
        return True
    return key not in FREQUENT_WORDS and family_name(key)


def announced_pair(words: Words, index: int) -> int:
    """End of a given name and a family name in one letter case at word ``index`` right after a phrase that
    announces a person (see the module), or ``index``."""
    word, key = words.words[index], words.folded[index]
    upper = word.isupper() and len(word) >= 2
    if not (upper or word.islower()) or _excluded(key):
        return index
    given = key in GIVEN_NAMES and len(key) >= 3
    if not (given or key in FAMILY_NAMES or _rare(key)):
        return index  # the common case after a phrase, a verb or a noun (``quiere``), decided at once
    last = index + 1
    while last < len(words.words) and last - index <= _MAX_PARTICLES and words.folded[last] in NAME_PARTICLES:
        last += 1  # ``cas de ruiter``, ``tadeusz van dussen``
    if last >= len(words.words) or not words.joined_run(index, last):
        return index
    second, second_key = words.words[last], words.folded[last]
    if not _same_case(second, upper) or _excluded(second_key):
        return index
    relation = words.follows(index, RELATIONS_INDEX) or after_relation_comma(words, index)
    if not (relation or after_phrase(words, index)):
        return index
    last_known = _known_last(second_key, second)
    if not relation:  # ``ik ben``, ``olen``, ``hi``: a listed given name and a known family name only
        return last + 1 if given and last_known else index
    family_first = key in FAMILY_NAMES and key not in COMMON_WORDS and second_key in GIVEN_NAMES
    plain_given = given and key not in COMMON_WORDS  # a given name that is a word (``gre``: goes) needs a surname
    rare_last = _rare(second_key) and not verb_form(second)  # not ``lenka nedostala``, ``tatjana vajab``
    if (given and last_known) or (plain_given and rare_last) or family_first or (_rare(key) and last_known):
        return last + 1
    return index
