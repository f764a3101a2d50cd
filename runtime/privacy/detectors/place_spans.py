"""Name spans that are places named after people (pure): the last check over every name the detectors found.

Each name detector knows the place frames it reads (``name_places``), but a run of capitalized words may still take
in the place's own noun, or stop right before it: ``Sir Walter Scott Courtroom``, ``Jane Austen's House``,
``Dylan Thomas Boathouse``, ``Pieter Zeemanweg``, ``Stadsschouwburg Velsen``, ``Lios Tuathail``. A name span is a
place's when:

- a word after its first one, or the word right after it, is a place's noun written after a name (a street word, a
  kind of building or site: ``Courtroom``, ``Cottage``, ``Denkmal``) and no person's name itself; after a
  possessive (``Austen's House``) even a noun that is a family name too (``Hall``, ``House``), capitalized;
- its last word is a one-word street name (a person's name glued to a street word: ``Zeemanweg``,
  ``Barentszkade``, ``Adenauerstraße``) that is no family name;
- its first word is a kind of place glued into one word (``Stadsschouwburg``, ``Rathausplatz``), no name itself;
- it is an Irish place's name (``name_places``' frames, and a place's first word before a capitalized word), or
  a village's of several words (``town_names.VILLAGES``: ``Castro Daire``).

A person's name that a place noun follows in lower case (``Anna's house``, ``Jan Kowalski street``) stays a name:
only the capitalized noun names a place.
"""

from __future__ import annotations

import bisect
from typing import Final

from runtime.privacy.detectors.name_inflection import family_name, inflected_given
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import FAMILY_NAMES, GIVEN_NAMES, RARE_GIVEN_NAMES, word_set
from runtime.privacy.detectors.place_frames import irish_place, irish_place_head
from runtime.privacy.detectors.place_words import COMPOUND_ENDINGS, PLACE_TYPES_AFTER, place_type_before
from runtime.privacy.detectors.street_types import AFTER, GLUED, GLUED_FAMILY_NAMES
from runtime.privacy.detectors.town_names import village
from runtime.privacy.normalize import fold
from runtime.privacy.types import NAME, PiiSpan

#: Kinds of place, site and building written after the name of the person they are named after (English and the
#: languages that write them apart), beyond ``place_words.PLACE_TYPES_AFTER``: a house, a cottage, a walk, a
#: courtroom, a birthplace, a monument.
PLACE_NOUNS: Final = PLACE_TYPES_AFTER | frozenset(
    fold(word)
    for word in word_set("""
house cottage cottages walk walks courtroom court courts birthplace home homestead farm farmhouse manor mansion
lodge villa grave tomb mausoleum monument statue memorial fountain well mill inn tavern pub bar cafe restaurant
room rooms building buildings hut cabin boathouse lighthouse observatory park square lane road street avenue
bridge gate gates steps way trail path field fields wood woods forest garden gardens estate quarter studio studios
workshop works collection archive archives exhibition experience
denkmal gedenkstätte geburtshaus wohnhaus haus hus huset huis museum museet muzeum muzejs muziejus
""")
)
#: Endings of one-word names of buildings and sites (English and the Germanic languages glue the kind of place to
#: its name: ``Boathouse``, ``Courtroom``, ``Stadsschouwburg``, ``Rathausplatz``, ``Goethehaus``).
_GLUED_PLACE_ENDINGS: Final = tuple(
    fold(ending)
    for ending in (
        *COMPOUND_ENDINGS,
        *word_set("""
house room hall yard works mill tower garden gardens
schouwburg theater theatre schauspielhaus denkmal museum kerk kirche stadion stadium
"""),
    )
)
#: Street endings glued to a person's name (``Zeemanweg``, ``Barentszkade``): ``street_types.GLUED`` without the
#: endings family names have too (``Verbaan``, ``Imhof``, ``Terkamp``, ``Solbakken``).
_STREET_ENDINGS: Final = tuple(
    fold(ending)
    for ending in GLUED
    if ending.isalpha()
    and len(ending) >= 3
    and ending not in GLUED_FAMILY_NAMES
    and fold(ending) not in word_set("hof ring kamp erf baan kai wal pad wee dreef tie vei veg vej alle dijk")
)
#: Street words written after a name, the last part of a hyphenated street's name (``Konrad-Adenauer-Ufer``).
_STREET_WORDS: Final = frozenset(fold(word) for word in (*GLUED, *AFTER) if word.isalpha())
#: Nouns of a house, a gate, a monument, a manor or a church that the West Slavic and South Slavic languages write
#: before the genitive of the person it is named after (``Dom Jana Matejki``, ``Pomnik Adama Mickiewicza``,
#: ``Rodný dům``, ``Spomenik Franceta Prešerna``), or before an adjective (``Brama Floriańska``), capitalized.
_NOUNS_BEFORE_NAME: Final = frozenset(
    fold(word)
    for word in word_set("""
dom domek dworek pałac zamek brama pomnik kaplica kamienica willa dům pomník brána zámek palác kaple
kaštieľ kuća kuća hiša spomenik dvorac dvorec kapelica
""")
)
#: Nouns of a church, a museum, a monument, a castle, a tower, a gate, a park or a square that the Baltic languages
#: write in lower case after the genitive of the person it is named after (``Mārtiņa baznīca``, ``Jaņa Rozentāla
#: muzejs``, ``Maironio paminklas``); not a house's or a home's, which a person's genitive comes before too.
_LOWER_NOUNS_AFTER_NAME: Final = frozenset(
    fold(word)
    for word in word_set("""
baznīca baznīcu baznīcā baznīcas muzejs muzeju muzejā muzeja piemineklis pieminekli piemineklim tornis torni
vārti vārtiem pils pilī parkā laukums laukumā katedrāle katedrālē
bažnyčia bažnyčią bažnyčioje bažnyčios muziejus muziejų muziejuje muziejaus paminklas paminklą paminklo pilis
pilį bokštas vartai parkas aikštė aikštėje katedra katedroje
kirik kirikus kiriku muuseum muuseumis muuseumi mälestusmärk väravad
""")
)
#: The fewest letters a glued name keeps before its place's or street's ending (``Zeemanweg``; not ``Hattie``).
_MIN_STEM: Final = 4
#: Possessive endings of English (``Austen's``, ``AUSTEN’S``).
_POSSESSIVES: Final = ("'s", "’s")


def _person(key: str) -> bool:
    """Whether a folded word is a given or family name of the lists, or an inflected form of one."""
    return (
        key in GIVEN_NAMES or key in FAMILY_NAMES or key in RARE_GIVEN_NAMES or inflected_given(key) or family_name(key)
    )


def _glued(key: str, endings: tuple[str, ...]) -> bool:
    """Whether a folded word is a longer word ending in one of ``endings`` (``zeemanweg``, ``boathouse``)."""
    return any(key.endswith(ending) and len(key) - len(ending) >= _MIN_STEM for ending in endings)


def _place_noun(words: Words, index: int, possessive: bool, after_lower: bool) -> bool:
    """Whether word ``index`` is a capitalized place's noun (``Courtroom``, ``Cottage``, ``HOUSE``) that is no
    person's name (after a possessive, ``House`` and ``Hall`` too); inside the run after a word in lower case, a
    kind of place written before its name too (``Bus Éireann ó Páirc Tailteann``: a run went on past ``ó``)."""
    word = words.words[index]
    key = words.folded[index].rsplit("-", 1)[-1]
    if not word[:1].isupper():
        return False
    if key in PLACE_NOUNS or _glued(key, _GLUED_PLACE_ENDINGS):
        return possessive or not _person(key)
    return after_lower and place_type_before(key) and not _person(key)


def _noun_before(words: Words, start: int) -> bool:
    """Whether a capitalized house's, gate's or monument's noun stands right before word ``start``."""
    if start == 0 or not words.joined(start - 1, start):
        return False
    return words.folded[start - 1] in _NOUNS_BEFORE_NAME and words.words[start - 1][:1].isupper()


def _lower_noun_after(words: Words, end: int) -> bool:
    """Whether a Baltic church's, museum's or monument's noun in lower case follows the capitalized run ending at
    ``end``."""
    if end >= len(words.words) or not words.joined(end - 1, end) or not words.words[end].islower():
        return False
    return words.folded[end] in _LOWER_NOUNS_AFTER_NAME and words.words[end - 1][:1].isupper()


def _possessive(word: str) -> bool:
    """Whether ``word`` ends in an English possessive (``Austen's``)."""
    return word.lower().endswith(_POSSESSIVES)


def place_span(words: Words, start: int, end: int) -> bool:
    """Whether the name run ``start:end`` (word indices) is a place named after a person (see the module
    docstring)."""
    for index in range(start + 1, end + 1):
        if index >= len(words.words) or (index == end and not words.joined(index - 1, index)):
            break
        if _place_noun(
            words, index, _possessive(words.words[index - 1]), index < end and words.words[index - 1].islower()
        ):
            return True
    last = words.folded[end - 1]
    if end - start > 1 and words.words[end - 1][:1].isupper() and not _person(last) and _glued(last, _STREET_ENDINGS):
        return True  # ``Pieter Zeemanweg``, ``Willem Barentszkade``
    if _noun_before(words, start) and end - start > 1:
        return True  # ``Dom Jana Matejki``
    if _lower_noun_after(words, end):
        return True  # ``Mārtiņa baznīca``
    first = words.folded[start]
    if end - start > 1 and first in _NOUNS_BEFORE_NAME and words.folded[start + 1] not in GIVEN_NAMES:
        return True  # ``Brama Floriańska``
    if end - start > 1 and not _person(first) and (_glued(first, _GLUED_PLACE_ENDINGS) or place_type_before(first)):
        return True  # ``Stadsschouwburg Velsen``, ``Brama Floriańska``
    if irish_place(words, start, end) or irish_place_head(words, start, end) or village(words.folded, start, end):
        return True
    parts = words.folded[end - 1].split("-")  # ``Luther-Melanchthon-Denkmal``, ``Konrad-Adenauer-Ufer``
    shown = words.words[end - 1][:1].isupper()
    return len(parts) > 1 and shown and (parts[-1] in PLACE_NOUNS or parts[-1] in _STREET_WORDS)


def without_places(words: Words, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without the names that are places named after people (``place_span``); other types kept."""
    starts = [start for start, _ in words.spans]
    ends = [stop for _, stop in words.spans]
    kept: list[PiiSpan] = []
    for span in spans:
        if span.entity_type == NAME:
            first = bisect.bisect_left(starts, span.start)
            last = bisect.bisect_right(ends, span.end)
            if last > first and place_span(words, first, last):
                continue
        kept.append(span)
    return kept
