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
from dataclasses import replace
from typing import Final

from runtime.privacy.detectors.address_bare import (
    DOUBLE_NUMBER,
    DOUBLE_NUMBER_LOWER,
    NORDIC_FLAT,
    numbered_roads,
    without_street_word,
)
from runtime.privacy.detectors.address_boxes import boxes
from runtime.privacy.detectors.address_capitals import (
    amount_or_date,
    capitals_bounds,
    glued_name,
    in_capitals,
    plain_name,
)
from runtime.privacy.detectors.address_context import END_AT, STOP_WORDS, living, street_start
from runtime.privacy.detectors.address_lower import PLACE_WORDS, after_place, typed_streets
from runtime.privacy.detectors.address_numbers import COUNTED, NOT_AGE, NUMBER, SINGLE, TAIL
from runtime.privacy.detectors.address_plain import plain_streets
from runtime.privacy.detectors.address_postal import FLOOR_AT, NOT_TOWN, postal_end, with_postal
from runtime.privacy.detectors.address_words import (
    GAP,
    LOWER_PARTICLE,
    NAME,
    NAME_CAPITAL,
    NOW,
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
    GLUED,
    GLUED_ADJECTIVES,
    GLUED_AFTER_NUMBER_IN_ANY_CASE,
    GLUED_FAMILY_NAMES,
    GLUED_IN_ANY_CASE,
    NAME_PARTICLES,
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
_NOT_TIME: Final = (
    r"(?!(?:às|as|at|a|alle|um|am|στις|à|om|kl|klo|kello|klockan|o|ob|godz|v|în|la|ás|do|to|till|until|bis|até|"
    r"hasta|fino|tot|kuni|iki|līdz|sa|go|od|po|za|von|from|de|da|desde|dal|dalle|μέχρι|до)[ \u00a0])"
)
# (Not a Romanian pronoun and verb joined by a hyphen: ``strada academiei mi-a luat 83 de lei``.)
_NOT_CLITIC: Final = r"(?![^\W\d_]{1,2}-[^\W\d_]{1,3}(?![\w\-]))"
_LOWER_WORD: Final = rf"{_NOT_TIME}{_NOT_CLITIC}[^\W\d_{UPPER}]+(?:['’\-][^\W\d_{UPPER}]+)*"
# (That no word after the first ends a name, a word of ``STOP``, is checked after the match: ``_stop_inside``.)
_LOWER_NAME: Final = rf"(?:{LOWER_PARTICLE})*{_LOWER_WORD}(?:{GAP}(?:{LOWER_PARTICLE})*{_LOWER_WORD}){{0,2}}"
# (The clause's end is checked after the match, ``_open_end``: after a preposition of place or direction, and an
# article, the number need not end the clause: ``abitavo in via cavour 6 prima di...``, ``vivía en la calle pez 8
# antes``, ``in die lerchenfeldstraße 8 gezogen``, ``lives on 48 kingsmead drive near the park``: what follows a
# verb of living, moving or sending, in any person and tense.)
_TYPE_FIRST_ANY_CASE: Final = re.compile(
    rf"{GAP}(?:{QUOTED}|[„\"«]?(?P<lname>{_LOWER_NAME})[“\"»]?){SEP}(?P<number>{NUMBER}){NOT_AGE}"
)
_WORD_PARTICLES: Final = frozenset(
    word for particle in NAME_PARTICLES for word in particle.split() if word[-1].isalpha()
)
#: Prepositions of place or direction (and the articles that may follow them) before such a street: ``PLACE_WORDS``.
_PLACE_WORDS: Final = PLACE_WORDS
# A house number first in lower case after such a preposition (``au 7 allée des peupliers``, ``go 4 sráid an
# mhuilinn``, ``on 48 kingsmead drive near``): a street word before the name, or after it and the clause or a
# word of where or when after it.
_WHERE_OR_WHEN: Final = frozenset(
    ("near", "by", "next", "opposite", "behind", "off", "until", "till", "before", "after", "now", "today", "last",
     "this", "since", "yesterday", "tomorrow", "tonight", "along", "past", "through", "across")
)  # fmt: skip
#: In capitals, words of place, where or when that are not a name's particles (``870 NEAR KING'S CROSS STATION``).
_PARTICLE_WORDS: Final = frozenset(particle.lower() for particle in NAME_PARTICLES)
# ... nor a currency after an amount, nor a word of "at" or "near" before a place (``563 LEI LA IULIUS MALL``,
# ``522 KR VID MALL``, ``30 KOD KVATERNIKOV TRG``, ``30 PRIE LUKIŠKIŲ AIKŠTĖ``).
_AMOUNTS_AND_AT: Final = frozenset(
    """lei kr kr. eur euro euros kn zł zl ft kč kc лв sek nok dkk isk huf pln czk ron bgn chf gbp usd kod vid ved
    prie pie lângă langa blizu kraj pri při""".split()  # noqa: SIM905
)
_NOT_NAMES: Final = ((_PLACE_WORDS | _WHERE_OR_WHEN) - _PARTICLE_WORDS) | _AMOUNTS_AND_AT
# After a house number in capitals: a postcode, a flat or floor (``VIALE ARMANDO, 43 SCALA B``, ``... 9 H0201``).
_POSTCODE_NEXT: Final = re.compile(r"[ \u00a0][A-Z]?[0-9]")
# ... or a town of one or two words that ends the line (``VIA ROMA 10 MILANO``), not a currency (a count after a
# number is no house number: ``NUMBER``).
_TOWN_ENDS_LINE: Final = re.compile(
    rf"[ \u00a0]{NOT_TOWN}[{UPPER}][{UPPER}'’\-]{{2,}}(?:[ \u00a0][{UPPER}][{UPPER}'’\-]{{2,}})?"
    r"[ \u00a0]*(?:[.!?]?[ \u00a0]*(?:\r?\n|$))"
)
_STREET_ONLY: Final = frozenset(("street", "st", "road", "rd", "avenue", "ave", "lane", "terrace", "crescent", "mews"))
# (The street word after the name is looked for among its words, ``_number_first_lower``.)
_PLAIN_WORD: Final = rf"[^\W\d_{UPPER}]+(?:['’\-][^\W\d_{UPPER}]+)*"
_NUMBER_FIRST_LOWER: Final = re.compile(rf"{SINGLE}{SEP}(?P<name>{_PLAIN_WORD}\.?(?:{GAP}{_PLAIN_WORD}){{0,3}})")
_NUMBER_FIRST_TYPES: Final = frozenset(word.lower() for word in NUMBER_FIRST)
# French, Irish and Maltese street words that are nothing else: a lower-case street after its number needs no
# preposition before it (``ils ont emménagé 8 rue pasteur la semaine dernière``).
_FIRST_ONLY: Final = (
    "rue", "avenue", "boulevard", "impasse", "allée", "chemin", "quai", "sráid", "bóthar", "ascaill", "lána", "triq",
    "allee", "sraid", "bothar", "ardan", "ardán", "route de", "route du",
)  # fmt: skip
_FIRST_ONLY_WORDS: Final = frozenset(word.split()[0] for word in _FIRST_ONLY)
# (The number may carry its letter: ``38b, rue des jardins``, ``127a sráid eoin``.)
_NUMBER_BEFORE_STREET_WORD: Final = re.compile(
    rf"(?<![\w.,])[0-9]{{1,4}}(?:[a-hA-H](?!\w)|[ \u00a0]?(?i:bis|ter)(?!\w))?,?[ \u00a0]"
    rf"(?=(?i:{'|'.join(_FIRST_ONLY)})[ \u00a0])"
)
_STREET_WORDS_FIRST: Final = tuple(f"{word} " for word in _FIRST_ONLY)
_TOKEN: Final = re.compile(r"[^ \u00a0]+")
# A British postcode in lower case, and a number where a line or clause begins (not inside a word or a number).
# (Its inward half: the regex engine skips to a digit before a space; the whole postcode is the postal line's.)
_BRITISH_POSTCODE_LOWER: Final = re.compile(r"[0-9][a-z0-9]?[ \u00a0][0-9][a-z]{2}(?![\w\-])")
_NUMBER_LINE_START: Final = re.compile(r"[0-9](?<![\w.,/\-][0-9])(?<![0-9][ \u00a0][0-9])")
# The house number named before its street (``no nº 12 da Rua Direita``, ``en el número 12 de la calle Mayor``,
# ``al civico 12 di via Roma``, ``au numéro 12 de la rue Nationale``, ``op nummer 12 in de Kerkstraat``): the street
# after it begins with a street word or ends in one (``_inverted``).
_NUMBER_BEFORE_STREET: Final = re.compile(
    r"(?<!\w)(?i:n[º°]|n\.º|número|numero|numéro|civico|nummer|huisnummer|hausnummer|number|no\.)[ \u00a0]?"
    r"[0-9]{1,4}[a-zA-Z]?,?[ \u00a0](?i:da|do|de la|del|de|di|della|dello|dei|in de|in het|op de|aan de|van de|of|"
    r"on|in|in der|de l['’]|du)[ \u00a0]?"
)
# (A digit first: the regex engine skips to digits, the word before is read in Python.)
_NUMBER_AFTER_WORD: Final = re.compile(r"[0-9](?<=[^\W\d_][ \u00a0][0-9])")
# An adjective before a one-word street (``Wiedner Hauptstraße``, ``Alte Gasse``), not an article, a pronoun
# or a label (``Die Hauptstraße``, ``Adresse Bahnhofstrasse``).
_NOT_ADJECTIVE: Final = r"(?!(?:Die|Eine|Meine|Deine|Seine|Ihre|Unsere|Eure|Diese|Jene|Alle|Adresse|Anschrift)\s)"
_ADJECTIVE: Final = (
    rf"(?:{_NOT_ADJECTIVE}[{UPPER}][^\W\d_]*(?:er|e|es)|(?=[{UPPER}])(?i:{tree_regex(GLUED_ADJECTIVES)}))"
)
# (A name with initials joined by hyphens: ``Hans-J.-Haase-Weg``.)
# (The word's ending is checked in Python, ``_glued``: a regex of every ending is dear to build.)
_GLUED: Final = re.compile(rf"(?<!\w)(?:{_ADJECTIVE}{GAP})?(?P<word>[{UPPER}](?:[\w\-]|\.(?=-))+\.?){SEP}{NUMBER}")
# Not the Hungarian article that begins a sentence (``A Rákóczi út 20-ban lakom``).
# (Any word before the number, kept when it is a street word: the word right before the number is the only one
# that can be.)
_TYPE_AFTER: Final = re.compile(rf"(?<!\w)(?!(?:A|Az)[ \u00a0]){NAME_CAPITAL}{GAP}(?P<type>[^\W\d_]+\.?){SEP}{NUMBER}")
_AFTER_WORDS: Final = frozenset(word.lower() for word in and_unaccented(AFTER))
#: Finnish street words a compound street ends in, written apart after a name in the genitive.
_FINNISH_STREETS: Final = ("katu", "tie", "kuja", "polku", "tori", "väylä", "raitti", "kaari", "rinne", "aukio")
#: Abbreviations of "saint" before a street's name (``Šv. Ignoto g.``, ``ul. Św. Marcina``, ``Sf. Ion``).
_SAINTS: Final = frozenset(("šv", "sv", "św", "sw", "sf"))
# A flat may come first, on its line or the one before (``Flat 3, 22 Baker St``, ``Appartement 12`` / ``14 rue des
# Lilas``).
_LINE: Final = r"[ \t]*\r?\n[ \t]*"
_FLAT_WORD: Final = r"(?i:flat|apartment|apt\.?|appt\.?|unit|suite|appartement|app\.|árasán|appartament|apartament)"
_NUMBER_START: Final = (
    rf"(?<![\w.,])(?:{_FLAT_WORD}[ \u00a0]?[0-9]{{1,4}}[A-Za-z]?,?(?:{GAP}|{_LINE}))?(?:{SINGLE}(?:-[0-9]{{1,4}})?)"
)
# (The street word after a name, ``named``, is looked for among its words: ``_street_word_end``.)
_NUMBER_FIRST_GLUED: Final = tuple(word.lower() for word in and_unaccented(GLUED_AFTER_NUMBER_IN_ANY_CASE))
#: The endings of the one-word streets written after their number (Luxembourgish, Irish: ``5, Uewerstrooss``,
#: ``26 Príomhshráid``): not those of the places a town is named after, which a postcode comes before (``810
#: Hveragerði``, ``71b, Druskininkai``).
_GLUED_AFTER_NUMBER: Final = (*_NUMBER_FIRST_GLUED, "plaz", "wee", "gässel", "-rue", "'rue", "weg", "platz", "gasse")
_NUMBER_FIRST: Final = re.compile(
    rf"{_NUMBER_START}(?:{SEP}{words(NUMBER_FIRST)}{GAP}{NAME}"
    # Luxembourg, Ireland: ``5, Uewerstrooss``, ``26 Príomhshráid``
    rf"|{SEP}(?P<glued>[{UPPER}][\w\-]{{2,}}?{words(_GLUED_AFTER_NUMBER)})"
    rf"|{SEP}[^\W\d_]{{3,}}?{words(GLUED_AFTER_NUMBER_IN_ANY_CASE)}"  # and in lower case: ``24, uewerstrooss``
    rf"|{SEP}(?P<named>{NAME_CAPITAL}{GAP}[^\W\d_]+\.?))"
)
# A word of now or when inside what was taken for the name (``50 SRÁID EOIN ANOIS``): the name ends before it.
# ... or before the Irish "in" and a town, its initial mutated (``23 Bóthar na Trá i nGaillimh``).
_NOW_IN_NAME: Final = re.compile(rf"(?=[ \u00a0](?:{NOW}(?![\w\-'’])|i[ \u00a0](?:[a-z]{{1,2}})?[{UPPER}]))")
_NUMBER_FIRST_WORDS: Final = frozenset(word.lower() for word in and_unaccented((*AFTER, *AFTER_NUMBER_FIRST)))
# A Central European street whose name begins with a preposition, its words in any case (``Cesta v Mestni log 27``,
# ``Ulicu Pod zidom 23``, ``ulica pod brezami 5``).
_PREPOSITION_NAME: Final = re.compile(
    rf"{GAP}{words(STREET_PREPOSITIONS)}{GAP}[^\W\d_]{{2,}}"
    rf"(?:{GAP}[^\W\d_]{{2,}}){{0,2}}{SEP}{NUMBER}{NOT_AGE}"
)
# A lower-case street before a street word that is nothing else (``keresztkövesdi tér 18``): the word before it
# is the name (looked for backwards from the street word).
_LOWER_AFTER: Final = re.compile(rf"(?<!\w){words(AFTER_IN_ANY_CASE)}{SEP}{NUMBER}{NOT_AGE}")
# A one-word street in lower case (``storgatan 18``), and a street named after a person, the name's words joined by
# hyphens, its street word glued on (``anna-seghers-straße 5``, ``hans-sachs-platz 3``): any street word will do.
# (The word is checked in Python, ``_glued_word``; its number and flat are read with the shared ``TAIL`` and
# ``FLOOR_AT``.)
# Adverbs that end as a Dutch or German way does (``onderweg``, ``hinweg``, ``durchweg``).
_ADVERBS_IN_WEG: Final = ("onderweg", "hinweg", "vorweg", "durchweg", "unterweg", "hierweg", "darüberweg")
_NUMBER_AFTER_SPACE: Final = re.compile(r"(?<=[ \u00a0])[0-9]")
_AFTER_IN_ANY_CASE: Final = frozenset(AFTER_IN_ANY_CASE)
_GLUED_IN_ANY_CASE: Final = tuple(GLUED_IN_ANY_CASE)
# ... and a word before it too (``Arany jános utca 157.``, ``józsef attila utca``).
_NAME_BEFORE: Final = re.compile(
    rf"(?<!\w)(?:(?i:šv|sv|św|sw|sf)\.{GAP}?)?(?:[^\W\d_]{{3,}}{GAP}(?=[^\W\d_{UPPER}]))?[^\W\d_]{{3,}}{GAP}\Z"
)
# In pasted data, a field or column named for an address and a street without a street word as its value
# (``"street": "Vodičkova 30"``, ``adresa;Ilica 15;Zagreb``).
_FIELD_SIGNS: Final = frozenset('";|\t=')
# Looked for from the sign between a field and its value (at C speed), the field's name then before it.
# (Its flat is read with ``FLOOR_AT`` and the value's end looked for after it: cheaper to build.)
_FIELD_VALUE: Final = re.compile(rf"[\"']?[ \t]*[:=;|\t][ \t]*[\"']?(?P<street>{NAME_CAPITAL}{SEP}{NUMBER})")
_FIELD_END: Final = re.compile(r"[ \t]*(?:[\"';,|\t\n]|$)")
_FIELD_NAME: Final = re.compile(rf"(?<!\w)[\"']?{words(ADDRESS_FIELDS)}\Z")
_FIELD_NAMES: Final = frozenset(field.lower() for field in ADDRESS_FIELDS)
_CELL_STREET: Final = re.compile(rf"{NAME_CAPITAL}{SEP}{NUMBER}")
# A Nordic adjective before a one-word street in lower case (``Nordre gårdsvei 12``, ``Øvre gardsveg 3``).
# (The word's ending is checked after the match, and the number read with ``TAIL``.)
_ADJECTIVE_LOWER: Final = re.compile(
    rf"(?<!\w)(?=[{UPPER}])(?i:{tree_regex(GLUED_ADJECTIVES)}){GAP}[^\W\d_{UPPER}][\w\-]+(?=,?[ \u00a0][0-9])"
)
_GLUED_ENDINGS: Final = tuple(ending.lower() for ending in and_unaccented((*GLUED, *GLUED_FAMILY_NAMES)))
# (Each looked for only where its sign is written: a slash between numbers, a Norwegian flat number.)
_DOUBLE_SIGN: Final = re.compile(r"(?<![0-9/.\-])[0-9]{1,4}[a-h]?/[0-9]{1,4}[a-zA-Z]?(?![0-9/])")  # not a date
_NORDIC_FLAT_SIGN: Final = re.compile(r"[0-9][a-zA-Z]?,?[ \u00a0][HUKLhukl][0-9]{4}(?!\w)")
_COMMON_STREET_WORDS: Final = frozenset(AFTER_NUMBER_FIRST) - frozenset(word.lower() for word in AFTER)
#: Street words in the case a sentence needs before a name as written (``v ulici Jabloňová 14``): the sentence's.
_PROSE_STREET_WORDS: Final = frozenset(("ulici",))
# (The endings of a name that goes with the word: an adjective in the locative, ``Špitálskej``, ``Dlouhém``, a
# person's name in the genitive, ``ulici Mukařovského``.)
_LOCATIVE: Final = ("ej", "ém", "em", "om", "ou", "ého", "eho")
_PROSE_BEFORE: Final = re.compile(r"(?<!\w)(?i:v|ve|na)[ \u00a0]\Z")
# Counted things before such a word, not a street's name (``3 Key Points``, ``5 Great Views``, ``2 Main Rivers``).
_COUNTED: Final = frozenset(COUNTED_BEFORE_STREET_WORDS)
_LETTER_RUN: Final = re.compile(r"[^\W\d_]+")
#: The first letters of every street-type word written before a name (``rua``, ``r`` of ``R.``, ``ul``).
_TYPE_FIRST_WORDS: Final = frozenset(
    _LETTER_RUN.findall(word.lower())[0] for word in and_unaccented((*BEFORE, *SLAVIC_STREET_WORDS))
)


#: The first letters of the street words that are nothing else (``rua``, ``via``, ``calle``; not ``cours``, ``campo``).
_STREET_FIRST_WORDS: Final = frozenset(
    _LETTER_RUN.findall(word.lower())[0] for word in and_unaccented(BEFORE_IN_ANY_CASE)
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
    if _DIGIT.search(text) is None and "/n" not in text.lower():
        return []
    spans: list[PiiSpan] = []
    for streets in (
        _type_first(text),
        _type_after(text),
        _number_first(text),
        _number_first_lower(text),
        _adjective_lower(text),
        _inverted(text),
        _glued(text),
        boxes(text),
        (match.span() for match in numbered_roads(text)),
        *((match.span() for match in pattern.finditer(text)) for pattern in _patterns(text)),
    ):
        for start, end in streets:
            start, end = capitals_bounds(text, start, end)  # (in capitals, not the sentence's words around it)
            start = _house_name_start(text, street_start(text, start, end))  # ``Gyvenu`` Gedimino prospekte 9
            start = _lower_adjective_start(text, start)
            start = _after_label(text, _initials_start(text, start), end)
            spans.append(with_postal(text, start, end))
    found = list(spans)
    starts = frozenset(span.start for span in found)
    for span in (
        *living(text, starts),
        *_lower_case(text),
        *_fields(text),
        *without_street_word(text),
        *typed_streets(text),
        *plain_streets(text),
    ):
        start = _lower_adjective_start(text, _after_label(text, span.start, span.end))
        span = span if start == span.start else replace(span, start=start)
        if not any(span.start < other.end and other.start < span.end for other in found):
            spans.append(span)  # only where no street-word shape (nor a surer shape before it) found a street
            found.append(span)
    return [
        span
        for span in _outermost(spans)
        if COUNTED.match(text, span.end) is None
        and _PHONE_GOES_ON.match(text, span.end) is None
        and not text.startswith("@", span.end)  # (a line in capitals read on into an e-mail: a phone's line)
    ]


_DIGIT: Final = re.compile(r"[0-9]")
# Two-digit groups after the number: a phone's (``RING 24 78 01 18``: "call", not a street named Ring), never a
# postcode's (``110 00``, ``00-950``).
_PHONE_GOES_ON: Final = re.compile(r"(?<=[0-9])[ \u00a0][0-9]{2}[ \u00a0][0-9]{2}(?![0-9])")


def _patterns(text: str) -> Iterator[re.Pattern[str]]:
    """The patterns of a Czech or Slovak double number and of a Norwegian flat, where their signs are written."""
    if _DOUBLE_SIGN.search(text) is not None:
        yield DOUBLE_NUMBER
        yield DOUBLE_NUMBER_LOWER
    if _NORDIC_FLAT_SIGN.search(text) is not None:
        yield NORDIC_FLAT


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
            yield _prose_name_start(text, start, word.end()), street_end


def _prose_name_start(text: str, start: int, end: int) -> int:
    """Where a street whose type word is ``text[start:end]`` begins: at its name when the word is the sentence's, a
    Czech or Slovak "in the street" in lower case before the name as written (``bydlíme v ulici Jabloňová 14``; not
    before a name in the case the word asks for, ``na ulici Špitálskej 8``, ``v ulici Mukařovského 73``, nor the
    Slovenian ``na Ulici pod lipami 8``, the street's own word)."""
    word = text[start:end]
    if text[end : end + 1] != " " or not (
        word in _PROSE_STREET_WORDS or (word.lower() in _PROSE_STREET_WORDS and in_capitals(text, start, end))
    ):
        return start
    name = _LETTER_RUN.match(text, end + 1)
    if (
        name is None
        or name.group().lower().endswith(_LOCATIVE)
        or not _PROSE_BEFORE.search(text, max(0, start - 4), start)
    ):
        return start
    return end + 1


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
            if match is None or (after is _TYPE_FIRST_ANY_CASE and _stop_inside(match.group("lname"))):
                continue
            if after is _TYPE_FIRST and not _type_first_in_capitals(text, start, stop, match.end()):
                continue
            if after is not _TYPE_FIRST_ANY_CASE:
                return match.end()
            open_after_place = not (type_word == "via" and text.startswith(" di ", stop))  # ``in via di sviluppo 3``
            floor = FLOOR_AT.match(text, match.end())  # (the flat read here: a regex cheaper to build)
            flat_end = match.end() if floor is None else floor.end()
            end = _open_end(text, flat_end, match.end("number"), start, open_after_place)
            if end is not None:
                return end
    return None


def _stop_inside(name: str | None) -> bool:
    """Whether a word after the first of a lower-case street's ``name`` (particles apart) ends a name (``STOP``)."""
    words = (name or "").lower().split()
    first = next((i for i, word in enumerate(words) if word not in _WORD_PARTICLES), len(words))
    return any(word in STOP_WORDS for word in words[first + 1 :])


def _type_first_in_capitals(text: str, start: int, name: int, end: int) -> bool:
    """Whether a street ``text[start:end]`` (its name from ``name``) is one, or its line is not in capitals: a name
    of a few plain words that does not end in a particle (not ``PLAZA MAYOR SOLO DA BILLETES DE 50``), its number
    ending the clause or followed by a preposition, a postcode or a flat (not ``POT DEPUNE 79 LEI``)."""
    if not in_capitals(text, start, end):
        return True
    number = _number_start(text, name, end)
    last = text[name:number].split()
    if not last or last[-1].lower() in _PARTICLE_WORDS or not plain_name(text, name, number, _NOT_NAMES):
        return False
    if END_AT.match(text, end) is not None or _POSTCODE_NEXT.match(text, end) is not None:
        return True
    if _TOWN_ENDS_LINE.match(text, end) is not None:
        return True  # ``VIA ROMA 10 MILANO``
    floor = FLOOR_AT.match(text, end)
    return floor is not None and floor.end() > end


def _number_start(text: str, start: int, end: int) -> int:
    """Where the house number of a street ``text[start:end]`` begins: its last word that begins with a digit (a
    name may hold one: ``NÁMESTIE 1. MÁJA 5``)."""
    numbers = [token.start() for token in _TOKEN.finditer(text, start, end) if text[token.start()].isdigit()]
    return numbers[-1] if numbers else end


def _open_end(text: str, end: int, number: int, start: int, open_after_place: bool = True) -> int | None:
    """Where a street in lower case, its flat ending at ``end`` and its number at ``number``, ends: where the
    clause ends after its number and flat (or its number), or anywhere after a preposition of place
    (``open_after_place``) before ``start``."""
    if END_AT.match(text, end) is not None or (open_after_place and _after_place(text, start)):
        return end
    return number if END_AT.match(text, number) is not None else None


_after_place: Final = after_place


def _number_first_lower(text: str) -> Iterator[tuple[int, int]]:
    """Streets in lower case, number first, after a preposition of place (``au 7 allée des peupliers``, ``on 48
    kingsmead drive near``) or with a street word that is nothing else (``8 rue pasteur``)."""
    for number in _NUMBER_AFTER_WORD.finditer(text):
        if _after_place(text, number.start()):
            end = _lower_number_first_end(text, number.start(), True)
            if end is not None:
                yield number.start(), end
    lower = text.lower()
    if any(street in lower for street in _STREET_WORDS_FIRST):
        for number in _NUMBER_BEFORE_STREET_WORD.finditer(text):
            end = _lower_number_first_end(text, number.start(), False)
            if end is not None:
                yield number.start(), end
    if _BRITISH_POSTCODE_LOWER.search(text) is not None:
        yield from _before_british_postcode(text)


def _before_british_postcode(text: str) -> Iterator[tuple[int, int]]:
    """English streets in lower case, number first, their street word before a town and a postcode (``37 mill
    lane, bradford, bd1 4xy``, ``6 ash grove\nleeds\nls6 2qt``); not counted things (``3 great views``)."""
    for number in _NUMBER_LINE_START.finditer(text):
        match = _NUMBER_FIRST_LOWER.match(text, number.start())
        if match is None or match.group("name").split(None, 1)[0].lower() in _COUNTED:
            continue
        for token in list(_TOKEN.finditer(text, match.start("name"), match.end("name")))[1:]:
            word = token.group().rstrip(",").lower()
            end = token.start() + len(word)
            if word in _NUMBER_FIRST_WORDS and text[end : end + 1] in (",", "\n"):
                postal = postal_end(text, end)
                if postal is not None and _BRITISH_POSTCODE_LOWER.search(text, end, postal) is not None:
                    yield number.start(), end
                break


def _lower_number_first_end(text: str, start: int, after_place: bool) -> int | None:
    """Where a lower-case street whose number is at ``start`` ends: its name after a street word (that is nothing
    else, unless ``after_place``), or a street word after its name and the clause (or a word of where or when);
    a preposition or conjunction ends the name (``au 5 rue des acacias à Nantes``)."""
    match = _NUMBER_FIRST_LOWER.match(text, start)
    if match is None:
        return None
    tokens = list(_TOKEN.finditer(text, match.start("name"), match.end("name")))
    stop = next((i for i, token in enumerate(tokens) if i and END_AT.match(text, token.start() - 1)), len(tokens))
    name = tokens[1:stop]
    if tokens[0].group().lower() in _NUMBER_FIRST_TYPES:
        usable = after_place or tokens[0].group().lower() in _FIRST_ONLY_WORDS
        return name[-1].end() if usable and name else None
    if not after_place:
        return None
    counted = tokens[0].group().lower() in _COUNTED
    for token in name:
        lower = token.group().rstrip(".,;:!?").lower()
        end = token.start() + len(lower)
        if lower in _STREET_ONLY or (
            (lower in _AFTER_WORDS or (lower in _COMMON_STREET_WORDS and not counted)) and _street_ends(text, end)
        ):
            return end
    return None


def _street_ends(text: str, end: int) -> bool:
    """Whether the clause ends at ``end``, or a word of where or when follows (``... drive near the park``)."""
    if END_AT.match(text, end) is not None:
        return True
    after = text[end : end + 12].split(None, 1)
    return bool(after) and text[end : end + 1] == " " and after[0].lower() in _WHERE_OR_WHEN


def _inverted(text: str) -> Iterator[tuple[int, int]]:
    """Streets whose house number is named before them (``no nº 12 da Rua Direita``), the number and street."""
    for match in _NUMBER_BEFORE_STREET.finditer(text):
        tokens = list(_TOKEN.finditer(text, match.end(), min(len(text), match.end() + 60)))
        first = _LETTER_RUN.match(text, match.end())
        if not tokens or first is None:
            continue
        if first.group().lower() not in _STREET_FIRST_WORDS:
            word = tokens[0].group().rstrip(".,;:!?)").lower()
            if word.endswith(_GLUED_IN_ANY_CASE):
                yield match.start(), tokens[0].start() + len(word)
            continue
        stop = next((i for i, token in enumerate(tokens) if i and END_AT.match(text, token.start() - 1)), len(tokens))
        name = tokens[1 : min(stop, 5)]
        if name:
            yield match.start(), name[-1].start() + len(name[-1].group().rstrip(".,;:!?)"))


def _glued(text: str) -> Iterator[tuple[int, int]]:
    """One-word streets with their street word glued on (``Lindenstraße 12``), and the capitalized preposition
    and article their name begins with (``Am Lindenhof 7``, ``An der Mühlbachgasse 3``); in capitals, with a
    name before it (not ``TIKAI 50``)."""
    for match in _GLUED.finditer(text):
        glued = match.group("word").lower()
        if not glued.endswith(_GLUED_ENDINGS) or not any(
            glued.endswith(ending) and len(glued) >= len(ending) + 2 for ending in _GLUED_ENDINGS
        ):
            continue
        word = _TOKEN.findall(text, match.start(), _number_start(text, match.start(), match.end()))[-1]
        if not in_capitals(text, *match.span()) or glued_name(word.rstrip(",."), _GLUED_ENDINGS):
            before = _GERMAN_PREPOSITION.search(text, max(0, match.start() - 12), match.start())
            yield (match.start() if before is None else before.start()), match.end()


def _after_label(text: str, start: int, end: int) -> int:
    """Where a street begins after a word for "address" written before it without a colon (``ADRESA ŠTÚROVA
    12``, ``címe Kossuth Lajos tér 4``)."""
    first = _LETTER_RUN.match(text, start, end)
    if first is None or text[first.end() : first.end() + 1] != " ":
        return start
    if not any(char.isalpha() for char in text[first.end() : end]):
        return start  # the word is the street's own name (``Adresowa 5``)
    if _address_word(first.group().lower()):
        return first.end() + 1
    second = _LETTER_RUN.match(text, first.end() + 1, end)  # ``KĀPĒC ADRESĒ PĒRNAVAS IELA 74``: why, at the address
    if second is None or text[second.end() : second.end() + 1] != " " or not second.group().isupper():
        return start
    return second.end() + 1 if _address_word(second.group().lower()) else start


def _address_word(word: str) -> bool:
    """Whether a lower-case word is a word for "address", in a compound (``toimitusosoite``, ``lieferadresse``) or
    in a case (``adresē``, ``aadressil``, ``osoitteeseen``)."""
    return word in _ADDRESS_WORDS or word.endswith(_ADDRESS_ENDINGS) or word.startswith(_ADDRESS_STEMS)


def _initials_start(text: str, start: int) -> int:
    """Where a street begins with the initials glued to its name written before ``start`` (``J.C.Hronského``)."""
    initials = _INITIALS.search(text, max(0, start - 5), start) if text[start - 1 : start] == "." else None
    return start if initials is None else initials.start()


def _adjective_lower(text: str) -> Iterator[tuple[int, int]]:
    """A Nordic adjective before a one-word street in lower case (``Nordre gårdsvei 12``, ``Øvre gardsveg 3``)."""
    for match in _ADJECTIVE_LOWER.finditer(text):
        street = text[match.start() : match.end()].rsplit(None, 1)[-1].lower()
        if any(street.endswith(ending) and len(street) >= len(ending) + 2 for ending in _GLUED_ENDINGS):
            tail = TAIL.match(text, match.end())
            if tail is not None:
                yield match.start(), tail.end()


def _word_char(char: str) -> bool:
    """Whether ``char`` continues a word (as ``\\w``)."""
    return char.isalnum() or char == "_"


def _type_after(text: str) -> Iterator[tuple[int, int]]:
    """Streets written name first, their type word after it (``Kossuth Lajos utca 12``, ``Runebergin puistotie
    3``); in capitals, a house number that begins with 0 is a time or a code (``FER ÚT 04``)."""
    for match in _TYPE_AFTER.finditer(text):
        kind = match.group("type")
        if not ((kind.lower() in _AFTER_WORDS and kind != "alle") or _genitive_and_street(text, match)):
            continue  # (not the Italian ``alle 9``)
        if not in_capitals(text, *match.span()) or (
            _short_words_apart(text, match.start(), match.start("type"))
            and text[_number_start(text, match.end("type"), match.end())] != "0"
        ):
            yield match.span()


def _genitive_and_street(text: str, match: re.Match[str]) -> bool:
    """Whether a Finnish name in the genitive is written before a lower-case street word with its own name glued
    on (``Fahlanderin puistotie``, ``Runebergin rantakatu``)."""
    kind = match.group("type")
    name = text[match.start() : match.start("type")].rstrip()
    if kind.isupper() and in_capitals(text, *match.span()):
        kind, name = kind.lower(), name.lower()
    return kind.islower() and kind.endswith(_FINNISH_STREETS) and name.endswith("n") and len(kind) > 4


def _short_words_apart(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a name before its street word in capitals, can be one: no word ends a name,
    and none but a saint's abbreviation has fewer than three letters (``TÓK ÉG ÚT 91``: Icelandic, took I out;
    ``ŠV. IGNOTO G.``)."""
    short = any(len(word) < 3 and word.lower() not in _SAINTS for word in _LETTER_RUN.findall(text, start, end))
    return not short and plain_name(text, start, end, _NOT_NAMES)


def _number_first(text: str) -> Iterator[tuple[int, int]]:
    """Streets written number first (``22 Baker Street``, ``14, rue des Lilas``, ``5, Uewerstrooss``), but for
    counted things before a street word that is a common word too (``3 Key Points``)."""
    for match in _NUMBER_FIRST.finditer(text):
        named = match.start("named")
        glued = match.group("glued")
        if glued is not None and not glued.lower().endswith(_NUMBER_FIRST_GLUED) and in_capitals(text, *match.span()):
            continue  # ``PLATA PE 3 MARTIE``: in capitals, only the street words written after a number
        end = match.end() if named < 0 else _street_word_end(text, named, match.end())
        if end is None or (named >= 0 and not _named_in_capitals(text, match.start(), named, end)):
            continue
        words = _LETTER_RUN.findall(text, match.start(), end)
        if not (words[-1].lower() in _COMMON_STREET_WORDS and words[0].lower() in _COUNTED):
            now = _NOW_IN_NAME.search(text, match.start(), end)
            yield match.start(), (end if now is None else now.start())


def _named_in_capitals(text: str, number: int, start: int, end: int) -> bool:
    """Whether a street named ``text[start:end]`` before its street word, its number at ``number``, is one, or its
    line is not in capitals (``50 KR I AUTOMATEN I KONGENS GATE`` is not; a few words, particles too: not ``67 ZŁ
    NA PARAFIĘ PRZY ULICY``; not after an amount's sign or in a date: ``€43 QRIB THE POINT``)."""
    if not in_capitals(text, start, end):
        return True
    name_end = text.rfind(" ", start, end)
    if all(word.lower() in _PARTICLE_WORDS for word in _LETTER_RUN.findall(text, start, name_end)):
        return False  # ``30 LA MALL``: no name before the street word
    return not amount_or_date(text, number) and plain_name(text, start, name_end, _NOT_NAMES, frozenset())


def _street_word_end(text: str, start: int, end: int) -> int | None:
    """Where the last street word after the first word of the name ``text[start:end]`` ends (with its dot when
    the dot is the word's: ``St.``), if one is."""
    tokens = list(_TOKEN.finditer(text, start, end))
    for token in reversed(tokens[1:]):
        word = token.group().lower()
        if word in _NUMBER_FIRST_WORDS:
            return token.end()
        if word.endswith(".") and word[:-1] in _NUMBER_FIRST_WORDS:
            return token.end() - 1
    return None


# A German street's name begins with its capitalized preposition and article (``Am Lindenhof``, ``Zur Alten
# Mühle``: the name of a field or a building the street was named after).
_GERMAN_PREPOSITIONS: Final = (
    "Am", "Im", "Zum", "Zur", "Beim", "An der", "An den", "Auf der", "Auf dem", "In der", "In den", "Unter den",
    "Hinter der", "Vor dem", "Op der", "Op dem",
)  # fmt: skip
# (In capitals only where the line begins: ``AM LINDENHOF 7A``, not ``WOHNE IN DER LINDENSTRASSE 12``.)
_GERMAN_PREPOSITION: Final = re.compile(
    rf"(?:(?<![\w.])(?:{'|'.join(_GERMAN_PREPOSITIONS)})"
    rf"|(?<![^\n])(?:{'|'.join(words.upper() for words in _GERMAN_PREPOSITIONS)}))[ \u00a0]\Z"
)
#: Words for "address" (and "its address", "my address") in the market languages, never a street's first word.
_ADDRESS_WORDS: Final = frozenset(
    """address adresse adresa adresas adrese aadress adress adres indirizzo indirizz dirección direccion endereço
    morada anschrift osoite cím címe címem lakcím διεύθυνση адрес адресът naslov heimilisfang seoladh domicilio
    adressen""".split()  # noqa: SIM905
)
#: Last parts of compound words for an address (``Toimitusosoite``, ``Lieferadresse``, ``bezorgadres``).
_ADDRESS_ENDINGS: Final = ("osoite", "adresse", "adres", "adresa", "adress", "anschrift")
#: Stems of words for an address in their cases (``adresē``, ``adresei``, ``aadressil``, ``osoitteeseen``).
_ADDRESS_STEMS: Final = ("adres", "aadress", "osoittee", "adreso")
# Initials glued before a street's name (``J.C.Hronského``, ``M.R.Štefánika``).
_INITIALS: Final = re.compile(rf"(?<![\w.])(?:[{UPPER}]\.)+\Z")

# A house's name before its street (``Ivy Cottage, 3 Church Road``, ``Rose House`` / ``12 Mill Lane``).
_HOUSE_NAME: Final = re.compile(
    rf"(?<![\w.])(?:[{UPPER}][^\W\d_]+{GAP}){{1,2}}(?i:cottage|cottages|house|farm|farmhouse|barn|lodge|villa|manor|"
    rf"hall|mill|grange|bungalow)(?:,?{GAP}|,?[ \t]*\r?\n[ \t]*)\Z"
)


_LOWER_ADJECTIVES: Final = frozenset(GLUED_ADJECTIVES)
_WORD_BEFORE: Final = re.compile(r"(?<![\w\-])[^\W\d_]+[ \u00a0]\Z")


def _lower_adjective_start(text: str, start: int) -> int:
    """Where a one-word street in lower case begins with its adjective before it (``vestre kirkegårdsgade 35``,
    ``gamla kyrkvägen 4``)."""
    if not text[start : start + 1].islower():
        return start
    word = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return word.start() if word is not None and word.group().rstrip().lower() in _LOWER_ADJECTIVES else start


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
        if _value_ends(text, match.end()) and _FIELD_NAME.search(text, max(0, match.start() - 32), match.start())
    ]
    for cell in cells(text):  # a pasted table's column named for an address
        match = _CELL_STREET.match(text, cell.start, cell.end) if cell.header.lower() in _FIELD_NAMES else None
        if match is not None:
            spans.append(with_postal(text, match.start(), match.end()))
    return spans


def _value_ends(text: str, end: int) -> bool:
    """Whether a field's value ends after the street ending at ``end`` (or after its flat)."""
    floor = FLOOR_AT.match(text, end)
    return _FIELD_END.match(text, end if floor is None else floor.end()) is not None or (
        floor is not None and _FIELD_END.match(text, end) is not None
    )


def _glued_word(text: str, start: int, lower: str) -> bool:
    """Whether ``lower``, the word at ``start``, is a one-word street: letters with three or more before its
    street word (``storgatan``, not ``gatan``), or a name's words of two letters or more joined by hyphens before
    the last (``anna-seghers-straße``)."""
    if start > 0 and _word_char(text[start - 1]):
        return False
    parts = lower.split("-")
    if not all(part.isalpha() for part in parts):
        return False
    if len(parts) == 1:
        return any(lower.endswith(ending) and len(lower) - len(ending) >= 3 for ending in _GLUED_IN_ANY_CASE)
    return len(parts) <= 4 and all(len(part) >= 2 for part in parts[:-1])


def _lower_case(text: str) -> list[PiiSpan]:
    """Streets in lower case before a street word that is nothing else (``brīvības iela 5``), or ending in one
    (``storgatan 18,``)."""
    spans: list[PiiSpan] = []
    for number in _NUMBER_AFTER_SPACE.finditer(text):  # the street word is the word right before a number
        end = number.start() - 1  # the space before the number, and a comma before it
        end -= text[end - 1 : end] == ","
        before = text[max(0, end - 24) : end]
        word = before[max(before.rfind(" "), before.rfind("\n")) + 1 :]  # (a line may begin with it)
        start, lower = end - len(word), word.lower()
        if lower in _AFTER_IN_ANY_CASE:
            match = _LOWER_AFTER.match(text, start)
            name = _NAME_BEFORE.search(text, max(0, start - 40), start)
            if name is not None and _LETTER_RUN.findall(text, name.start(), start)[0].lower() in STOP_WORDS:
                name = _NAME_BEFORE.search(text, text.find(" ", name.start()) + 1, start)  # ``par matīsa iela 8``
            if match is None or name is None or (text[number.start()] == "0" and in_capitals(text, *match.span())):
                continue  # (in capitals, a number that begins with 0 is a time or a code: ``FER ÚT 04``)
            spans.append(with_postal(text, street_start(text, name.start(), match.end()), match.end()))
        elif (lower.endswith(_GLUED_IN_ANY_CASE) and not lower.endswith(_ADVERBS_IN_WEG)) or (
            "-" in lower and lower.endswith(_GLUED_ENDINGS)
        ):
            tail = TAIL.match(text, end) if _glued_word(text, start, lower) else None
            if tail is None:
                continue
            floor = FLOOR_AT.match(text, tail.end())
            flat_end = tail.end() if floor is None else floor.end()
            street_end = _open_end(text, flat_end, tail.end("number"), start)
            if street_end is not None:
                spans.append(with_postal(text, start, street_end))
    return spans
