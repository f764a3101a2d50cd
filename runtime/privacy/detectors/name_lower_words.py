"""What the lower-case name rules share (pure): a message typed in lower case, a listed given name that is no
common word, a surname after it, a place named like a person."""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_inflection import family_name
from runtime.privacy.detectors.name_places import in_place, in_town, place_after, street_word
from runtime.privacy.detectors.name_signoff import rare_name
from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words
from runtime.privacy.detectors.name_verbs import verb_form
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    RARE_GIVEN_NAMES,
)
from runtime.privacy.detectors.town_names import ONE_WORD_TOWNS

#: The longest word taken as a rare surname (a longer rare word is a compound or an inflected noun).
RARE_SURNAME_LETTERS: Final = 12
_MARKS: Final = frozenset(",.!?;:)")


def given(key: str) -> bool:
    """A listed given name that is no word more often something else (``helena``; not ``will``)."""
    return key in GIVEN_NAMES and key not in NOT_NAMES and key not in COMMON_WORDS and len(key) >= 3


def lone_given(key: str) -> bool:
    """A given name that may stand alone in lower case: ``given``, and no rare given name (``rema``, ``giralda``)
    nor a town's name (``douglas``, ``lija``)."""
    return given(key) and key not in RARE_GIVEN_NAMES and key not in ONE_WORD_TOWNS


def lower_typed(words: Words) -> bool:
    """Whether the message is typed in lower case: no capital but in words all in capitals (``I``, an IBAN)."""
    return all(not word[:1].isupper() or word.isupper() for word in words.words)


def name_follows(words: Words, index: int) -> bool:
    """Whether a listed name in lower case that is no frequent word follows word ``index`` (``mihai eminescu``: a
    street's name when it is not taken as a surname; not ``pay gwendolyn back``)."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return False
    key = words.folded[following]
    return (key in GIVEN_NAMES or key in FAMILY_NAMES) and key not in FREQUENT_WORDS


def ordinary_place(words: Words, start: int, end: int) -> bool:
    """Whether the words ``start:end`` lie in a place's or a street's name (``rue victor hugo``, ``reggio
    emilia``)."""
    return in_place(words, start) or in_town(words, start, end) or place_after(words, start, end)


def ends_name(words: Words, index: int, marks: frozenset[str] = _MARKS) -> bool:
    """Whether one of ``marks``, the message's end, a digit or a frequent word comes right after word ``index``."""
    after = words.text[words.spans[index][1] :].lstrip(" ")
    if not after or after[0] in marks or after[0].isdigit() or after[0] in "+(":
        return True
    following = index + 1
    return (
        following < len(words.words)
        and words.joined(index, following)
        and words.folded[following] in FREQUENT_WORDS
        and words.folded[following] not in FAMILY_NAMES
    )


def _surname_word(words: Words, index: int) -> bool:
    """Whether word ``index`` (in lower case) may be a surname: a listed one that is no frequent word, one with a
    surname's ending, a word too rare to be a common one, or a second given name (``julio césar``)."""
    key, word = words.folded[index], words.words[index]
    if not word.islower() or key in COMMON_WORDS or key in NOT_NAMES or street_word(key) or len(key) < 2:
        return False
    if key in FREQUENT_WORDS:
        return False
    if key in FAMILY_NAMES or family_name(key) or given(key):
        return True
    return rare_name(key) and len(key) <= RARE_SURNAME_LETTERS and not verb_form(word)


def surname_end(words: Words, index: int) -> int:
    """End of the surname (particles first: ``van den``) that begins at word ``index`` after a given name, or
    ``index`` when none follows."""
    probe = index
    while probe < len(words.words) and words.folded[probe] in NAME_PARTICLES and probe - index < 3:
        probe += 1
    if probe >= len(words.words) or not words.joined_run(index - 1, probe):
        return index
    if _surname_word(words, probe) and ends_name(words, probe):
        return probe + 1
    return index
