"""Given names in the possessive (pure): the ``-s`` genitive of the Nordic languages, German and Latvian
(``Idas konto``, ``Anns bil``, ``Alexanders Konto``, ``Annas konts``, in lower case too: ``idas konto``)
and the apostrophe written after a name that ends in ``s``, ``x`` or ``z`` (``Anders' konto``, ``Tine Friis'
bil``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from runtime.privacy.detectors.name_inflection import family_name, strong_surname
from runtime.privacy.detectors.name_text import Words, capitalized
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    RARE_GIVEN_NAMES,
    word_set,
)

#: The shortest given name whose ``-s`` genitive is read (``Ann`` -> ``Anns``, ``Ida`` -> ``Idas``).
_SHORTEST_STEM: Final = 3
_APOSTROPHES: Final = "'’"
#: The last letters after which the possessive is an apostrophe alone (``Anders'``, ``Felix'``, ``Fritz'``).
_SIBILANTS: Final = "sxzß"


def genitive_given(words: Words, index: int, letters: Callable[[str], bool] = capitalized) -> bool:
    """Whether the capitalized word ``index`` (or one in lower case or capitals, by ``letters``) is the ``-s``
    genitive of a known given name before the word it owns (``Idas konto``, ``Alexanders Konto``): the name
    without its ``s`` is a given name of the main list that is no word (not ``Roses``, ``Marks``), the word
    itself no given name, word or frequent word (not ``Hans``, ``Alles``), and a word follows it on the same
    line."""
    key = words.folded[index]
    if len(key) <= _SHORTEST_STEM or key[-1] != "s" or not letters(words.words[index]):
        return False
    if key in GIVEN_NAMES or key in FREQUENT_WORDS or key in COMMON_WORDS or key in NOT_NAMES:
        return False
    stem = key[:-1]
    if stem not in GIVEN_NAMES or stem in RARE_GIVEN_NAMES or stem in COMMON_WORDS or stem in NOT_NAMES:
        return False
    following = index + 1
    return following < len(words.words) and words.joined(index, following)


def owner_genitive(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index``, inside a sentence, is the ``-s`` genitive of a rarer given name
    before the lower-case word it owns (``Sindres utleier``, ``Tonjes rom``, ``Elses rom``): the stem is a known
    given name, the word itself no name or word (a frequent one only for a name of the main list that is no word:
    ``Mettes udlejer``), no capitalized word comes before it (``Temple Meads``) and no sentence begins with it (a
    capital there is the sentence's). A surname's genitive is left alone: shops are named so (``Barclays``)."""
    key = words.folded[index]
    if len(key) <= _SHORTEST_STEM + 1 or key[-1] != "s" or words.after_break(index):
        return False
    if key in GIVEN_NAMES or key in COMMON_WORDS or key in NOT_NAMES:
        return False
    stem = key[:-1]
    if stem in NOT_NAMES or stem not in GIVEN_NAMES or (index > 0 and capitalized(words.words[index - 1])):
        return False
    if key in FREQUENT_WORDS and (stem in COMMON_WORDS or stem in RARE_GIVEN_NAMES):
        return False  # a frequent word elsewhere is the genitive of a common given name only (``Mettes udlejer``)
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return False
    owned = words.words[following]
    return owned.islower() and words.folded[following] not in GIVEN_NAMES


#: The dative articles Luxembourgish (and spoken German) writes before a person's name (``dem Pol``, ``der Marie``).
NAME_ARTICLES: Final = frozenset({"dem", "der"})
#: The possessives that follow the owner in the Luxembourgish and colloquial German possessive dative (``dem Pol
#: seng Versécherung``, ``der Marie hiren Auto``, ``dem Peter sein Auto``), folded.
_POSSESSIVES: Final = word_set("""
seng sai sain sengem senger sengen hir hiren hirem hirer hiert sein seine seinem seinen seiner ihr ihre ihrem ihren
ihrer
""")
#: The kin and neighbours Luxembourgish names with the same article (``dem Monni seng``, ``der Bomi hiren``).
_KIN: Final = word_set("""
monni tatta bomi bopi mamm papp mamma pappa mami papi boma bopa kusinn kusaeng kusang noper nopesch frend frendin
chef chefin oma opa mama papa onkel tante nachbar nachbarin
""")


def article_owner(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index`` is the owner in a possessive dative (``dem Pol seng``, ``der Mireille
    hirem``): a dative article before it, a possessive after it, and the word a known given name or no frequent
    word (not ``dem Mann säin``)."""
    following = index + 1
    if index == 0 or following >= len(words.words) or words.folded[index - 1] not in NAME_ARTICLES:
        return False
    if words.folded[following] not in _POSSESSIVES or not words.joined_run(index - 1, following):
        return False
    key = words.folded[index]
    if key in NOT_NAMES or key in _KIN:
        return False
    return key in GIVEN_NAMES or (key not in FREQUENT_WORDS and key not in COMMON_WORDS)


def uncapitalized_genitive(words: Words, index: int) -> bool:
    """Whether word ``index``, in lower case or in capitals, is a given name's ``-s`` genitive (see
    ``genitive_given``) before a word in the same case that it owns (``idas konto``, ``INGRIDS OVERFØRSEL``),
    no name itself."""
    word = words.words[index]
    letters = str.isupper if word.isupper() else str.islower
    if not genitive_given(words, index, letters):
        return False
    owned = words.words[index + 1]
    key = words.folded[index + 1]
    return letters(owned) and key not in GIVEN_NAMES and key not in NOT_NAMES


def genitive_run(words: Words, index: int, end: int) -> bool:
    """Whether the capitalized run ``index:end`` that begins with a given name's genitive goes on with a
    capitalized word that is no frequent one and is a name (``Annas Bērziņas``, ``Aleksis Kiven kadulle``): the
    run is read as a whole, not as a genitive before the word it owns (``Alexanders Konto``, ``Marys
    Überweisung``: a German noun is capitalized too)."""
    following = index + 1
    if end <= following:
        return False
    key = words.folded[following]
    return key not in FREQUENT_WORDS and (
        key in GIVEN_NAMES or family_name(key) or strong_surname(words.words[following])
    )


def with_possessive(text: str, end: int) -> int:
    """``end`` moved past the apostrophe of a possessive right after a name that ends in ``s``, ``x`` or ``z``
    (``Anders'``), when no letter follows the apostrophe (not a quote's opening: ``Anders'en``)."""
    if end >= len(text) or text[end] not in _APOSTROPHES or text[end - 1].lower() not in _SIBILANTS:
        return end
    after = end + 1
    return after if after == len(text) or not text[after].isalnum() else end


#: The endings of Nordic patronymic surnames (folded): their ``-s`` genitive is no word of any language
#: (``Larsens``, ``Johanssons``, ``Pedersens``).
_PATRONYMIC_STEMS: Final = ("sen", "son", "ssen")
#: The apostrophe genitive of English and Dutch (``Joshua's``, ``Féline's``), folded.
_APOSTROPHE_S: Final = ("'s", "’s")
#: Words that are owned by nobody: after a genitive they make it a place's name (``Guy's and St Thomas'``).
_NOT_OWNED: Final = word_set("and or of in at on to is was are the en of op in is was de het een")


def _surname_stem(stem: str) -> bool:
    """Whether a folded stem is a known family name that is no word, frequent word or given name."""
    return stem in FAMILY_NAMES and stem not in COMMON_WORDS and stem not in NOT_NAMES and stem not in GIVEN_NAMES


def surname_genitive(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index`` is a known Nordic patronymic surname's ``-s`` genitive before the
    word it owns, in lower case (``Larsens firma``, ``Johanssons städfirma``), even opening a sentence: no word
    ends so. Other surnames' genitives are shops' names as often (``at Barclays yesterday``); a capitalized word
    after it makes a shop's name (``Jensens Bøfhus``)."""
    key = words.folded[index]
    if len(key) <= _SHORTEST_STEM + 1 or key[-1] != "s" or not capitalized(words.words[index]):
        return False
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following) or not words.words[following].islower():
        return False
    if key in GIVEN_NAMES or key in COMMON_WORDS or key in NOT_NAMES or key in FAMILY_NAMES:
        return False
    stem = key[:-1]
    if not _surname_stem(stem) or words.folded[following] in GIVEN_NAMES:
        return False
    return stem.endswith(_PATRONYMIC_STEMS)


def apostrophe_genitive(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index`` is a known given name's or surname's apostrophe genitive before the
    lower-case word it owns (``Is Joshua's card blocked``, ``Is Féline's pas``): the name without ``'s`` is a
    given name or a family name, no word or place."""
    key = words.folded[index]
    if not key.endswith(_APOSTROPHE_S) or not capitalized(words.words[index]):
        return False
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following) or not words.words[following].islower():
        return False
    if words.folded[following] in _NOT_OWNED:
        return False  # ``at Guy's and St Thomas'``: a place named for its owner, nothing owned after it
    stem = key[:-2]
    if len(stem) < _SHORTEST_STEM or stem in COMMON_WORDS or stem in NOT_NAMES:
        return False
    if stem in FREQUENT_WORDS and (stem in RARE_GIVEN_NAMES or stem not in GIVEN_NAMES):
        return False  # ``What's``, ``Let's``, ``Here's``
    return stem in GIVEN_NAMES or _surname_stem(stem)


def possessive_owner(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index`` is a surname's ``-s`` genitive or a name's apostrophe genitive."""
    return surname_genitive(words, index) or apostrophe_genitive(words, index)
