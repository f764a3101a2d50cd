"""Where a capitalized name ends (pure): a frequent word after a surname is the sentence's, not the name's.

German and Luxembourgish capitalize nouns (``Anna Schmidts Konto``), Hungarian writes places in cases after a
given name (``Erzsébet Győrben``: in Győr): the name detector and the whole-name growth leave such words out.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_inflection import family_name
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES


def without_frequent_tail(words: Words, start: int, end: int) -> int:
    """``end`` moved back over the capitalized frequent words that end the name ``start:end`` and are no known
    names (``Anna Schmidts Konto``: German capitalizes nouns), once the name is known to be no place's; two
    words are left at least (``Luka Zupan``: a surname that is also a word) unless the last is a place in a
    Hungarian case (``Erzsébet Győrben``: in Győr)."""
    while end - start > 1:
        key = words.folded[end - 1]
        if key not in FREQUENT_WORDS or key in FAMILY_NAMES or key in GIVEN_NAMES or family_name(key):
            break
        if end - start == 2 and not _hungarian_place_case(words.words[end - 1]):
            break
        end -= 1
    return end


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
