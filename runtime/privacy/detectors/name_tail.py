"""Where a capitalized name ends (pure): a frequent word after a surname is the sentence's, not the name's.

German and Luxembourgish capitalize nouns (``Anna Schmidts Konto``), Hungarian writes places in cases after a
given name (``Erzsébet Győrben``: in Győr): the name detector and the whole-name growth leave such words out.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_inflection import family_name, strong_surname
from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words, irish_particle
from runtime.privacy.detectors.name_words import FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES


def without_frequent_tail(words: Words, start: int, end: int) -> int:
    """``end`` moved back over the capitalized frequent words that end the name ``start:end`` and are no known
    names (``Anna Schmidts Konto``: German capitalizes nouns), once the name is known to be no place's; two
    words are left at least (``Luka Zupan``: a surname that is also a word) unless the last is a place in a
    Hungarian case (``Erzsébet Győrben``: in Győr)."""
    while end - start > 1:
        key = words.folded[end - 1]
        if _owned_noun(words, start, end):
            end -= 1  # ``Kari Hansen Økonomiavdelingen``, ``John Smith Invoice``: a department or a document
            continue
        if key not in FREQUENT_WORDS or key in FAMILY_NAMES or key in GIVEN_NAMES or family_name(key):
            break
        if end - start == 2 and not _hungarian_place_case(words.words[end - 1]):
            break
        end -= 1
    return end


#: Irish and Scottish patronymic particles written capitalized (``Mac Mathúna``, ``Nic Aodha``), folded.
_PATRONYMIC_PARTICLES: Final = frozenset({"mac", "nic", "mhic", "mag", "mc"})
#: The fewest letters of a rare capitalized word after a given name and a known surname that is read as a noun.
_NOUN_LETTERS: Final = 6
#: The fewest letters of such a word after a surname that is a given name too (``Martins Comptabilité``; not
#: ``Maria Gendera``: two given names, then the surname).
_LONG_NOUN_LETTERS: Final = 10


def _owned_noun(words: Words, start: int, end: int) -> bool:
    """Whether the last word of the run ``start:end`` (three words at least) is a capitalized noun after a known
    surname rather than a second surname: an unlisted word of ``_NOUN_LETTERS`` letters or more without a
    surname's ending, capitalized, after a listed given name and a family name (``Anna Schmidt Buchhaltung``)."""
    if end - start < 3:
        return False
    key, before = words.folded[end - 1], words.folded[end - 2]
    if key in FAMILY_NAMES or key in GIVEN_NAMES or family_name(key) or strong_surname(words.words[end - 1]):
        return False
    last = words.words[end - 1]
    if len(key) < _NOUN_LETTERS or last.isupper() or not last[:1].isupper():
        return False
    if before in GIVEN_NAMES and len(key) < _LONG_NOUN_LETTERS:
        return False  # (``Anna Maria Gendera``, ``Jose Ramón Ripoll``: two given names, then the surname)
    if before in NAME_PARTICLES or before in _PATRONYMIC_PARTICLES or irish_particle(words, end - 2):
        return False  # ``Ruairí Mac Mathúna``, ``Jan van Straaten``: the particle's surname
    return words.folded[start] in GIVEN_NAMES and (before in FAMILY_NAMES or family_name(before))


#: Hungarian case endings of places (in, into, from, at, to): a frequent word in one of them after a given name is
#: where the person is, not their surname (Hungarian writes the surname first).
_HUNGARIAN_PLACE_CASES: Final = (
    "ben", "ban", "ból", "ből", "ról", "ről", "nál", "nél", "hoz", "hez", "höz", "tól", "től",
)  # fmt: skip
#: Shorter Hungarian place endings (on, onto: ``Budapesten``, ``Budapestre``), on longer words only.
_HUNGARIAN_SHORT_CASES: Final = ("en", "on", "ön", "re", "ra")
_SHORT_CASE_LETTERS: Final = 8
#: Nordic and North German patronymic surnames end as the Hungarian ``-en`` does (``Frederiksen``, ``Janssen``).
_PATRONYMIC_ENDINGS: Final = ("sen",)


def _hungarian_place_case(word: str) -> bool:
    """Whether a word ends in a Hungarian case of places (``Győrben``, ``Budapesten``)."""
    if word.endswith(_HUNGARIAN_PLACE_CASES):
        return True
    return (
        len(word) >= _SHORT_CASE_LETTERS
        and word.endswith(_HUNGARIAN_SHORT_CASES)
        and not word.lower().endswith(_PATRONYMIC_ENDINGS)
    )
