"""A family named by its surname (pure): ``bij de familie Vos``, ``la famiglia Rossi``, ``rodina Novákových``,
``Los Lozano del tercero``, ``Os Martins do rés-do-chão``, ``chez les Descamps``, ``the Johnsons next door``.

Every language of the zone names a household by the word for family before the surname, or by the plural
article before it (Spanish, Portuguese, French, Italian, English). After the word for family any capitalized
name counts that is no place's or frequent word (``la familia Real`` is the royal family); after a plural article
only a known family name that is no word, frequent word, place or given name (``Los Angeles``, ``Les
Misérables`` stay), an English one with its plural ``-s``.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_inflection import strong_surname
from runtime.privacy.detectors.name_places import PLACE_WORDS
from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words, capitalized
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    word_set,
)
from runtime.privacy.normalize import fold

#: The word for family (and household) in the zone's languages, the cases it takes before a surname, folded.
_FAMILY_WORDS: Final = """
family il-familja familie familien familjen familj famille famiglia familia familias familiei famill familja
rodzina rodziny rodzinie rodzinę rodziną rodzinom rodina rodiny rodině rodinu rodinou rodine
obitelj obitelji obiteljí družina družine družini družino
семейство семейството семейства οικογένεια οικογένειας οικογένειες
šeima šeimos šeimai šeimą ģimene ģimenes ģimenei ģimeni perekond perekonna perhe perheen perheelle
fjölskylda fjölskyldan fjölskyldu fjölskyldunnar muintir
"""
FAMILY_NOUNS: Final = frozenset(fold(word) for word in _FAMILY_WORDS.split())
#: Plural articles before a surname that names a household (es, pt, fr, it, en), folded.
_PLURAL_ARTICLES: Final = word_set("los las os les the dai dei ai coi")
#: The English plural and the Spanish/Portuguese plural of a surname (``the Johnsons``, ``the Clarkes``).
_PLURAL_ENDINGS: Final = ("es", "s")
#: What follows an English household's plural (``the Johnsons next door``, ``the Clarkes have moved``): a shop's
#: name in the same shape is followed by what it sells (``the Barclays card``, ``the Barclays Avios card``).
_AFTER_HOUSEHOLD: Final = word_set(
    """next from who are were have had has live lives lived said say says will would and or at in on to across
    upstairs downstairs moved came come asked told invited again too also both"""
)


def _known_surname(key: str) -> bool:
    """Whether a folded word is a known family name that is no word, frequent word, place or given name."""
    if key in COMMON_WORDS or key in FREQUENT_WORDS or key in NOT_NAMES or key in PLACE_WORDS:
        return False
    return key in FAMILY_NAMES and key not in GIVEN_NAMES


def _plural_surname(key: str) -> bool:
    """Whether a folded word is the English plural of a known surname (``johnsons``, ``clarkes``; ``the Tate
    Modern`` is a gallery)."""
    if key in FREQUENT_WORDS or key in COMMON_WORDS or key in FAMILY_NAMES:
        return False
    return any(key.endswith(ending) and _known_surname(key[: -len(ending)]) for ending in _PLURAL_ENDINGS)


def family_named(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index`` is the surname of a family named as such: after the word for family
    (``familie Vos``, ``famiglia Rossi``), or after a plural article in lower case or opening the sentence
    (``Los Lozano``, ``chez les Descamps``, ``the Johnsons``)."""
    if index == 0 or not words.joined(index - 1, index) or not capitalized(words.words[index]):
        return False
    before, key = words.folded[index - 1], words.folded[index]
    if key in NOT_NAMES or key in PLACE_WORDS or len(key) < 2:
        return False
    if before in FAMILY_NOUNS:
        if key in NAME_PARTICLES and index + 1 < len(words.words) and capitalized(words.words[index + 1]):
            return True  # ``familie De Boer``
        return (key not in FREQUENT_WORDS and key not in COMMON_WORDS) or strong_surname(words.words[index])
    if before not in _PLURAL_ARTICLES:
        return False
    article = words.words[index - 1]
    if not (article.islower() or (capitalized(article) and words.after_break(index - 1))):
        return False
    if before == "the":
        return _plural_surname(key) and _household_follows(words, index)
    return _known_surname(key)


def _household_follows(words: Words, index: int) -> bool:
    """Whether what follows ``the Johnsons`` is what follows a household: the text's end, a mark, or a word of
    `_AFTER_HOUSEHOLD` (not a product's name or noun: ``the Barclays app``)."""
    if index + 1 >= len(words.words):
        return True
    if not words.joined(index, index + 1):
        return True  # a mark between them (``the Johnsons, who``)
    return words.folded[index + 1] in _AFTER_HOUSEHOLD
