"""Street addresses in every market language: a street with its house number (pure, regex scans).

Four shapes, the street-type words from ``street_types``:

- type, name, number: ``Rua Augusta, 27``, ``ulica Długa 5/3``, ``Via Roma 10``, ``ул. „Витоша“ 15``;
- one-word name with its type glued on, number: ``Lindenstraße 12``, ``Storgatan 18``, ``Hauptstr. 5``;
- name, type, number: ``Kossuth Lajos utca 12``, ``Brīvības iela 5``, ``Zagorski put 12``;
- number, type, name: ``14, rue des Lilas``, ``221B Baker Street``, ``Flat 3, 22 Baker St``.

Where no street word is written (or it is in lower case), a street is kept only with more to go on: what people
write before their own address (``address_context``: ``moro na``, ``I live at``, ``moje adresa je``...), a postcode
and town after it, a Czech double number, a Norwegian flat number or a street-name ending before a town
(``address_bare``), a street word that is nothing else (``via garibaldi 12,``), a field or column named for an
address.

The span is the street and its number (flats and floors included, ``address_numbers``) and, right after it, the
postcode with its town (``Rua Augusta 27, 1100-048 Lisboa``, ``address_postal``); a town without its postcode stays
outside, and a town or postcode alone is never an address (answers need them, and they do not identify a person).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from runtime.privacy.detectors.address_bare import DOUBLE_NUMBER, NORDIC_FLAT, numbered_roads, without_street_word
from runtime.privacy.detectors.address_context import STOP, living, street_start
from runtime.privacy.detectors.address_numbers import FLOOR, NOT_AGE, NUMBER, SINGLE
from runtime.privacy.detectors.address_postal import with_postal
from runtime.privacy.detectors.address_words import (
    GAP,
    GLUED_WORDS,
    LOWER_PARTICLE,
    NAME,
    NAME_CAPITAL,
    QUOTED,
    SEP,
    UPPER,
    tree_regex,
    words,
)
from runtime.privacy.detectors.columns import cells
from runtime.privacy.detectors.label_index import and_unaccented
from runtime.privacy.detectors.street_types import (
    ADDRESS_FIELDS,
    AFTER,
    AFTER_IN_ANY_CASE,
    AFTER_NUMBER_FIRST,
    BEFORE,
    BEFORE_IN_ANY_CASE,
    COUNTED_BEFORE_STREET_WORDS,
    GLUED_ADJECTIVES,
    GLUED_AFTER_NUMBER_IN_ANY_CASE,
    GLUED_IN_ANY_CASE,
    NUMBER_FIRST,
    SLAVIC_STREET_WORDS,
    STREET_PREPOSITIONS,
)
from runtime.privacy.types import PiiSpan

# (The street-type word itself is found in Python, ``_type_first``; the regexes read what follows it.)
_TYPE_FIRST: Final = re.compile(rf"{GAP}?(?:{QUOTED}|[„\"«]?{NAME}[“\"»]?){SEP}{NUMBER}")
# The same in lower case (``via garibaldi 12, torino``, ``rua do ouro 45.``): a street word that is nothing else,
# a lower-case name of up to three words (particles between), not a time (``às 9``), and a number that ends the clause.
# (Or a preposition before the town: ``via garibaldi 12 a torino``.)
_CLAUSE_END: Final = rf"(?=[ \u00a0]*(?:[.,;:!?\n]|$)|{GAP}{STOP})"
_NOT_TIME: Final = (
    r"(?!(?:às|as|at|a|alle|um|am|στις|à|om|kl|klo|kello|klockan|o|ob|godz|v|în|la|ás|do|to|till|until|bis|até|"
    r"hasta|fino|tot|kuni|iki|līdz|sa|go|od|po|za|von|from|de|da|desde|dal|dalle|μέχρι|до)[ \u00a0])"
)
_LOWER_WORD: Final = rf"{_NOT_TIME}[^\W\d_{UPPER}]+(?:['’\-][^\W\d_{UPPER}]+)*"
_LOWER_NAME: Final = rf"(?:{LOWER_PARTICLE})*{_LOWER_WORD}(?:{GAP}(?:{LOWER_PARTICLE})*(?!{STOP}){_LOWER_WORD}){{0,2}}"
_TYPE_FIRST_ANY_CASE: Final = re.compile(
    rf"{GAP}(?:{QUOTED}|[„\"«]?{_LOWER_NAME}[“\"»]?){SEP}{NUMBER}{FLOOR}"
    rf"{_CLAUSE_END}"
)
# An adjective before a one-word street (``Wiedner Hauptstraße``, ``Alte Gasse``), not an article, a pronoun
# or a label (``Die Hauptstraße``, ``Adresse Bahnhofstrasse``).
_NOT_ADJECTIVE: Final = r"(?!(?:Die|Eine|Meine|Deine|Seine|Ihre|Unsere|Eure|Diese|Jene|Alle|Adresse|Anschrift)\s)"
_ADJECTIVE: Final = (
    rf"(?:{_NOT_ADJECTIVE}[{UPPER}][^\W\d_]*(?:er|e|es)|(?=[{UPPER}])(?i:{tree_regex(GLUED_ADJECTIVES)}))"
)
# (A name with initials joined by hyphens: ``Hans-J.-Haase-Weg``.)
_GLUED: Final = re.compile(rf"(?<!\w)(?:{_ADJECTIVE}{GAP})?[{UPPER}](?:[\w\-]|\.(?=-))+?{GLUED_WORDS}{SEP}{NUMBER}")
# Not the Hungarian article that begins a sentence (``A Rákóczi út 20-ban lakom``).
# (Any word before the number, kept when it is a street word: the word right before the number is the only one
# that can be.)
_TYPE_AFTER: Final = re.compile(rf"(?<!\w)(?!(?:A|Az)[ \u00a0]){NAME_CAPITAL}{GAP}(?P<type>[^\W\d_]+\.?){SEP}{NUMBER}")
_AFTER_WORDS: Final = frozenset(word.lower() for word in and_unaccented(AFTER))
# A flat may come first, on its line or the one before (``Flat 3, 22 Baker St``, ``Appartement 12`` / ``14 rue des
# Lilas``).
_LINE: Final = r"[ \t]*\r?\n[ \t]*"
_FLAT_WORD: Final = r"(?i:flat|apartment|apt\.?|unit|suite|appartement|app\.)"
_NUMBER_FIRST: Final = re.compile(
    rf"(?<![\w.,])(?:{_FLAT_WORD}[ \u00a0]?[0-9]{{1,4}}[A-Za-z]?,?(?:{GAP}|{_LINE}))?"
    rf"(?:{SINGLE}(?:-[0-9]{{1,4}})?)(?:{SEP}"
    rf"(?:{words(NUMBER_FIRST)}{GAP}{NAME}|{NAME_CAPITAL}{GAP}{words((*AFTER, *AFTER_NUMBER_FIRST))})"
    rf"|{SEP}[{UPPER}][\w\-]{{2,}}?{GLUED_WORDS}"  # Luxembourg, Ireland: ``5, Uewerstrooss``, ``26 Príomhshráid``
    rf"|{SEP}[^\W\d_]{{3,}}?{words(GLUED_AFTER_NUMBER_IN_ANY_CASE)})"  # and in lower case: ``24, uewerstrooss``
)
# A Central European street whose name begins with a preposition, its words in any case (``Cesta v Mestni log 27``,
# ``Ulicu Pod zidom 23``, ``ulica pod brezami 5``).
_PREPOSITION_NAME: Final = re.compile(
    rf"{GAP}{words(STREET_PREPOSITIONS)}{GAP}[^\W\d_]{{2,}}"
    rf"(?:{GAP}[^\W\d_]{{2,}}){{0,2}}{SEP}{NUMBER}{NOT_AGE}"
)
# A lower-case street before a street word that is nothing else (``keresztkövesdi tér 18``): the word before it
# is the name (looked for backwards from the street word).
_LOWER_AFTER: Final = re.compile(rf"(?<!\w){words(AFTER_IN_ANY_CASE)}{SEP}{NUMBER}{NOT_AGE}")
_GLUED_ANY_CASE: Final = re.compile(
    rf"(?<!\w)[^\W\d_]{{3,}}?{words(GLUED_IN_ANY_CASE)}{SEP}{NUMBER}{NOT_AGE}{FLOOR}{_CLAUSE_END}"
)
_NUMBER_AFTER_SPACE: Final = re.compile(r"(?<=[ \u00a0])[0-9]")
_AFTER_IN_ANY_CASE: Final = frozenset(AFTER_IN_ANY_CASE)
_GLUED_IN_ANY_CASE: Final = tuple(GLUED_IN_ANY_CASE)
# ... and a word before it too (``Arany jános utca 157.``, ``józsef attila utca``).
_NAME_BEFORE: Final = re.compile(rf"(?<!\w)(?:[^\W\d_]{{3,}}{GAP}(?=[^\W\d_{UPPER}]))?[^\W\d_]{{3,}}{GAP}\Z")
# In pasted data, a field or column named for an address and a street without a street word as its value
# (``"street": "Vodičkova 30"``, ``adresa;Ilica 15;Zagreb``).
_FIELD_SIGNS: Final = frozenset('";|\t=')
# Looked for from the sign between a field and its value (at C speed), the field's name then before it.
_FIELD_VALUE: Final = re.compile(
    rf"[\"']?[ \t]*[:=;|\t][ \t]*[\"']?(?P<street>{NAME_CAPITAL}{SEP}{NUMBER}{FLOOR})(?=[ \t]*(?:[\"';,|\t\n]|$))"
)
_FIELD_NAME: Final = re.compile(rf"(?<!\w)[\"']?{words(ADDRESS_FIELDS)}\Z")
_FIELD_NAMES: Final = frozenset(field.lower() for field in ADDRESS_FIELDS)
_CELL_STREET: Final = re.compile(rf"{NAME_CAPITAL}{SEP}{NUMBER}")
_PATTERNS: Final = (_GLUED, DOUBLE_NUMBER, NORDIC_FLAT)
_COMMON_STREET_WORDS: Final = frozenset(AFTER_NUMBER_FIRST) - frozenset(word.lower() for word in AFTER)
# Counted things before such a word, not a street's name (``3 Key Points``, ``5 Great Views``, ``2 Main Rivers``).
_COUNTED: Final = frozenset(COUNTED_BEFORE_STREET_WORDS)
_LETTER_RUN: Final = re.compile(r"[^\W\d_]+")
#: The first letters of every street-type word written before a name (``rua``, ``r`` of ``R.``, ``ul``).
_TYPE_FIRST_WORDS: Final = frozenset(
    _LETTER_RUN.findall(word.lower())[0] for word in and_unaccented((*BEFORE, *SLAVIC_STREET_WORDS))
)


def _by_first_word(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``words`` (lower case, Greek ones without accents too) by their first run of letters, longest first."""
    grouped: dict[str, list[str]] = {}
    for word in and_unaccented(words):
        grouped.setdefault(_LETTER_RUN.findall(word.lower())[0], []).append(word.lower())
    return {first: tuple(sorted(set(group), key=len, reverse=True)) for first, group in grouped.items()}


#: The street-type words before a name, each with the regex of what follows it: a capitalized name, a lower-case
#: one after a street word that is nothing else, a Central European name that begins with a preposition.
_TYPE_FIRST_SHAPES: Final = (
    (_by_first_word(BEFORE), _TYPE_FIRST),
    (_by_first_word(BEFORE_IN_ANY_CASE), _TYPE_FIRST_ANY_CASE),
    (_by_first_word(SLAVIC_STREET_WORDS), _PREPOSITION_NAME),
)


def detect(text: str) -> list[PiiSpan]:
    """Every street address (street and house number) in ``text``; overlapping finds are merged later."""
    if not any(char.isdigit() for char in text) and "/n" not in text.lower():
        return []
    spans: list[PiiSpan] = []
    for streets in (
        _type_first(text),
        _type_after(text),
        (match.span() for match in _number_first(text)),
        (match.span() for match in numbered_roads(text)),
        *((match.span() for match in pattern.finditer(text)) for pattern in _PATTERNS),
    ):
        for start, end in streets:
            start = _house_name_start(text, street_start(text, start, end))  # ``Gyvenu`` Gedimino prospekte 9
            spans.append(with_postal(text, start, end))
    found = list(spans)
    starts = frozenset(span.start for span in found)
    for span in (*living(text, starts), *_lower_case(text), *_fields(text), *without_street_word(text)):
        if not any(span.start < other.end and other.start < span.end for other in found):
            spans.append(span)  # only where no street-word shape (nor a surer shape before it) found a street
            found.append(span)
    return _outermost(spans)


def _type_first(text: str) -> Iterator[tuple[int, int]]:
    """Streets written type first (``Rua Augusta 27``), looked for only where a street-type word begins."""
    end = 0
    for word in _LETTER_RUN.finditer(text):
        start = word.start()
        if start < end or (start > 0 and _word_char(text[start - 1])) or word.group().lower() not in _TYPE_FIRST_WORDS:
            continue
        street_end = _after_type_word(text, start, word.group().lower())
        if street_end is not None:
            end = street_end
            yield start, street_end


def _after_type_word(text: str, start: int, first: str) -> int | None:
    """Where the street whose type word begins at ``start`` ends (the longest type word that a street follows)."""
    for by_first_word, after in _TYPE_FIRST_SHAPES:
        for type_word in by_first_word.get(first, ()):
            stop = start + len(type_word)
            if text[start:stop].lower() != type_word or (
                type_word[-1].isalnum() and stop < len(text) and _word_char(text[stop])
            ):
                continue
            match = after.match(text, stop)
            if match is not None:
                return match.end()
    return None


def _word_char(char: str) -> bool:
    """Whether ``char`` continues a word (as ``\\w``)."""
    return char.isalnum() or char == "_"


def _type_after(text: str) -> Iterator[tuple[int, int]]:
    """Streets written name first, their type word after it (``Kossuth Lajos utca 12``)."""
    for match in _TYPE_AFTER.finditer(text):
        if match.group("type").lower() in _AFTER_WORDS:
            yield match.span()


def _number_first(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_NUMBER_FIRST`` but for counted things before a street word that is a common word too."""
    for match in _NUMBER_FIRST.finditer(text):
        words = _LETTER_RUN.findall(match.group())
        if not (words[-1].lower() in _COMMON_STREET_WORDS and words[0].lower() in _COUNTED):
            yield match


# A house's name before its street (``Ivy Cottage, 3 Church Road``, ``Rose House`` / ``12 Mill Lane``).
_HOUSE_NAME: Final = re.compile(
    rf"(?<![\w.])(?:[{UPPER}][^\W\d_]+{GAP}){{1,2}}(?i:cottage|cottages|house|farm|farmhouse|barn|lodge|villa|manor|"
    rf"hall|mill|grange|bungalow)(?:,?{GAP}|,?[ \t]*\r?\n[ \t]*)\Z"
)


def _house_name_start(text: str, start: int) -> int:
    """Where a street begins with the house's name written before it, if any."""
    house = _HOUSE_NAME.search(text, max(0, start - 48), start)
    return house.start() if house is not None else start


def _outermost(spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without those inside another one (several shapes may find the same street)."""
    ordered = sorted(spans, key=lambda span: (span.start, -span.end))
    kept: list[PiiSpan] = []
    for span in ordered:
        if not any(other.start <= span.start and span.end <= other.end for other in kept):
            kept.append(span)
    return kept


def _fields(text: str) -> list[PiiSpan]:
    """Streets in pasted data, as the value of a field or of a table's column named for an address."""
    spans = [
        with_postal(text, *match.span("street"))
        for match in (_FIELD_VALUE.finditer(text) if _FIELD_SIGNS.intersection(text) else ())
        if _FIELD_NAME.search(text, max(0, match.start() - 32), match.start()) is not None
    ]
    for cell in cells(text):  # a pasted table's column named for an address
        match = _CELL_STREET.match(text, cell.start, cell.end) if cell.header.lower() in _FIELD_NAMES else None
        if match is not None:
            spans.append(with_postal(text, match.start(), match.end()))
    return spans


def _lower_case(text: str) -> list[PiiSpan]:
    """Streets in lower case before a street word that is nothing else (``brīvības iela 5``), or ending in one
    (``storgatan 18,``)."""
    spans: list[PiiSpan] = []
    for number in _NUMBER_AFTER_SPACE.finditer(text):  # the street word is the word right before a number
        end = number.start() - 1  # the space before the number, and a comma before it
        end -= text[end - 1 : end] == ","
        before = text[max(0, end - 24) : end]
        word = before[before.rfind(" ") + 1 :]
        start, lower = end - len(word), word.lower()
        if lower in _AFTER_IN_ANY_CASE:
            match = _LOWER_AFTER.match(text, start)
            name = _NAME_BEFORE.search(text, max(0, start - 40), start)
            if match is not None and name is not None:
                spans.append(with_postal(text, name.start(), match.end()))
        elif lower.endswith(_GLUED_IN_ANY_CASE):
            match = _GLUED_ANY_CASE.match(text, start)
            if match is not None:
                spans.append(with_postal(text, *match.span()))
    return spans
