"""Street addresses in every market language: a street with its house number (pure, regex scans).

Four shapes, the street-type words from ``street_types``:

- type, name, number: ``Rua Augusta, 27``, ``ulica Długa 5/3``, ``Via Roma 10``, ``Calle Mayor 5, 3º B``;
- one-word name with its type glued on, number: ``Lindenstraße 12``, ``Storgatan 18``, ``Hauptstr. 5``;
- name, type, number: ``Kossuth Lajos utca 12``, ``Brīvības iela 5``, ``Berliner Straße 7``;
- number, type, name: ``14, rue des Lilas``, ``221B Baker Street``, ``10 Downing Street``.

Where no street word is written (or it is in lower case), a street is kept only with more to go on: a postcode
and town after it, a Czech double number, ``moro na``/``Morada:`` before it, a street word that is nothing else
(``via garibaldi 12,``), a field or column named for an address, or a street-name ending before a town
(``Vodičkova 30, Praha``).

The span is the street and its number (a floor such as ``3º B`` included) and, right after it, the postcode
with its town (``Rua Augusta 27, 1100-048 Lisboa``); a town without its postcode stays outside, and a town
or postcode alone is never an address (answers need them, and they do not identify a person). A house
number is 1-4 digits (not a year such as 2024), with a letter, ``bis``, a range or a flat (``12a``,
``71 bis``, ``2-7``, ``46/56``), ``Nr. 48`` or ``S/N`` (no number).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from runtime.privacy.detectors.columns import cells
from runtime.privacy.detectors.label_index import and_unaccented
from runtime.privacy.detectors.street_types import (
    ADDRESS_FIELDS,
    AFTER,
    AFTER_IN_ANY_CASE,
    BEFORE,
    BEFORE_IN_ANY_CASE,
    GLUED,
    GLUED_IN_ANY_CASE,
    LIVE_AT,
    NAME_PARTICLES,
    NUMBER_FIRST,
)
from runtime.privacy.types import ADDRESS, SOURCE_BUILTIN, PiiSpan

# Upper-case letters of the Latin, Greek and Cyrillic alphabets the market languages use.
_UPPER: Final = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper()) + "Α-ΩΆ-ΏА-ЯЁ"
_CAPWORD: Final = rf"[{_UPPER}][^\W\d_]*(?:['’.\-][^\W\d_]+)*\.?"  # Roma, D'Annunzio, Dr.-Müller, Sv.
_GLUED_PARTICLES: Final = [p for p in NAME_PARTICLES if p[-1] in "'’-"]  # d'Orléans, l'Église, il-Kbira
_WORD_PARTICLES: Final = [p for p in NAME_PARTICLES if p[-1] not in "'’-"]


def _particles(glued: list[str], words: list[str]) -> str:
    """Alternation of name particles, those written as words followed by their space."""
    return (
        "(?:"
        + "|".join(re.escape(p) for p in glued)
        + ")|(?:"
        + "|".join(re.escape(p) for p in sorted(words, key=len, reverse=True))
        + r")[ \u00a0]"
    )


_PARTICLE: Final = _particles(_GLUED_PARTICLES, _WORD_PARTICLES)
# In a lower-case street's name, a conjunction ends it (``calle mayor y tengo 2``).
_LOWER_PARTICLE: Final = _particles(_GLUED_PARTICLES, [p for p in _WORD_PARTICLES if p not in ("e", "y", "i", "și")])
_GAP: Final = r"[ \u00a0]"
# A street's name: up to five words, lowercase particles between capitalized ones; it ends capitalized
# (``25 de Abril``: a day and month as well).
_NAME_WORD: Final = rf"(?:{_PARTICLE})*{_CAPWORD}"
_NAME: Final = (
    rf"(?:(?:[0-9]{{1,2}}{_GAP}(?:de|di|del|do|da){_GAP})?{_NAME_WORD}(?:{_GAP}{_NAME_WORD}){{0,4}}"
    # a date (``Ulica 1. maja``, ``Trg 9. svibnja``, ``Strada 1 Decembrie 1918``)
    rf"|[0-9]{{1,2}}\.{_GAP}[a-zčćđšžěřůýáíéúó]{{3,12}}|[0-9]{{1,2}}{_GAP}[{_UPPER}][a-zăâîșşțţ]{{2,11}}{_GAP}(?:1[89]|20)[0-9]{{2}})"
)
# The same, starting with a capitalized word (a name before its type: ``Slovenska ulica``, not ``na Slovenska``).
_NAME_CAPITAL: Final = rf"{_CAPWORD}(?:{_GAP}{_NAME_WORD}){{0,4}}"


def _words(words: tuple[str, ...]) -> str:
    """Alternation of ``words`` (longest first) and their Greek forms without accents, each ending at a word
    boundary unless it ends in punctuation."""
    parts = []
    for word in sorted(set(and_unaccented(words)), key=len, reverse=True):
        tail = "" if not word[-1].isalnum() else r"(?!\w)"
        parts.append(re.escape(word) + tail)
    return "(?i:" + "|".join(parts) + ")"


_LABEL: Final = r"(?:(?i:nr|n|no|nº|n\.º|n°|č|br|αρ)\.?[ \u00a0]?)"
# A house number's letter may be Cyrillic or Greek (``31а``, ``12Α``); not an hour's ``h`` (``9h-15h``).
_SINGLE: Final = (
    r"(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{1,4}(?:[ \u00a0]?(?i:bis|ter|quater)(?!\w)|[a-gi-zA-Zа-яА-Яα-ωΑ-Ω](?!\w))?"
)
# A count, not a house number (``place Bellecour, 2 rendez-vous``, ``Rua Augusta, 3 vezes``, ``Via Roma, 5 minuti``).
_COUNT_WORD: Final = (
    r"(?i:fois|vezes|veces|volte|mal|times|keer|razy|krát|kertaa|gånger|gange|ganger|φορές|пъти|ori|puta|krat|"
    r"reizes|kartus|korda|szer|mins?|minutes?|minutos?|minuti|minuten|minut|km|metros?|metres?|meters?|metri|"
    r"dias|días|days|jours|giorni|tage|dni|horas|hours|heures|ore|stunden|godzin|rendez-vous|personnes|pessoas|"
    r"personas|persone|people|personen|osób|euros?|eur|chf)(?![\w\-])"
)
_NUMBER: Final = (
    rf"(?:{_LABEL}?{_SINGLE}(?:[ \u00a0]?[-/][ \u00a0]?(?:[0-9]{{1,4}}[a-zA-Z]?|[A-Za-z])(?!\w)){{0,2}}"
    r"(?![0-9]|[.,][0-9]|[ \u00a0]?(?:%|€|\$|£)|[ \u00a0][0-9]{3}(?![0-9])|[ \u00a0]?h(?:[0-9]|(?![^\W\d_]))|:[0-9]{2})"
    rf"(?![ \u00a0]{_COUNT_WORD})"
    r"|(?i:s/n|s\.n\.|sn)(?!\w))"
)
# The flat after the number: a floor (``3º Esq.``, ``2º B``) or a unit word with its number (``Piano 2``,
# ``Appartamento 33``, ``bus 4``, ``Top 7``, ``m. 12``, ``bl. A, sc. 2, ap. 14``, ``hs``), a Nordic staircase and
# flat (``B 12``, ``5 B``, ``2. tv.``), a Dutch floor (``-II``), a German one (``3. OG``), an Austrian door
# (``/Top 7``), a Spanish or Portuguese one (``bajo izq.``, ``r/c esq.``), a Hungarian one (``II. emelet 3.``);
# up to four.
_UNIT_WORD: Final = (
    r"(?i:piano|p\.|int\.|interno|scala|sc\.|appartamento|app\.|apt\.?|apartamento|apto\.?|piso|planta|"
    r"puerta|pta\.|esc\.|escalera|bus|boîte|bte|étage|et\.|stiege|stg\.|top|tür|whg\.|wohnung|m\.|lok\.|"
    r"mieszkanie|byt|kat|stan|flat|apartment|unit|lgh|leil\.|huoneisto|as\.|διαμ\.|όροφος|bl\.|bloc|ap\.|scara|"
    r"portal|korter|kr\.|"
    r"sector(?:ul)?|dz\.|dzīv\.|k-|korpuss|ет\.|етаж|ап\.|апартамент|вх\.|вход|бл\.|блок)"
)
_UNIT: Final = (
    rf"(?:,?[ \u00a0]{_UNIT_WORD}[ \u00a0]?(?:[0-9]{{1,4}}[A-Za-z]?|[A-Z]{{1,2}}[0-9]{{0,3}}|[А-Я])(?!\w)"
    r"|[ \u00a0](?i:hs|huis|bis|sx|dx)(?!\w)|-(?:I{1,3}|IV|hoog|h)(?!\w)"
    r"|,?[ \u00a0][0-9]{1,2}[ \u00a0]?tr\.?(?!\w)|,?[ \u00a0][0-9]{1,2}\.[ \u00a0]?(?i:sal|etg|etasje|krs)\.?(?!\w)"
    r"|,?[ \u00a0]H[0-9]{4}(?!\w)"
    r"|[ \u00a0][A-H][ \u00a0][0-9]{1,3}(?![\w.,][0-9])|[ \u00a0][A-Ha-h](?=[,;]|\.?[ \u00a0]*(?:\r?\n|$))"
    r"|[ \u00a0][a-h][ \u00a0][0-9]{1,3}(?=[ \u00a0]*(?:[,;:\n]|\.?[ \u00a0]*$))"
    r"|\.?[ \u00a0][IVX]{1,4}/[0-9]{1,3}(?![0-9/])"
    r"|,?[ \u00a0](?:[0-9]{1,2}\.|st\.|kl\.)[ \u00a0]?(?i:tv|th|mf)\.?(?!\w)"
    r"|,?[ \u00a0](?:[0-9]{1,2}\.[ \u00a0]?(?:OG|Stock|Etage|DG|UG)|EG|DG|UG|Hochparterre)(?!\w)"
    r"|/(?i:top|tür|stiege)[ \u00a0]?[0-9]{1,3}(?!\w)"
    r"|,?[ \u00a0](?i:bajo|ático|atico|entresuelo|entlo\.|principal|pral\.|r/c|rc|cave)"
    r"(?:[ \u00a0](?i:izq|izda|dcha|dch|dr|esq|dto|dt)\.?)?(?!\w)"
    r"|\.?[ \u00a0](?:[IVX]{1,4}|[0-9]{1,2})\.[ \u00a0]?(?i:emelet|em\.)(?:[ \u00a0]?[0-9]{1,3}\.?)?"
    r"|\.?[ \u00a0](?i:fszt|fsz|földszint)\.?(?:[ \u00a0]?[0-9]{1,3}(?![0-9]))?)"
)
_FLOOR: Final = (
    r"(?:,?[ \u00a0][0-9]{1,2}[ \u00a0]?[º°ª.]{1,2}"
    r"(?:[ \u00a0]?(?:(?i:esq|dto|dt|izq|izda|dcha|dr|tv|th|mf|sal|etg)\.?|OG|Stock|Etage|DG|UG|[A-Z])(?!\w))?"
    rf"|{_UNIT}){{0,4}}"
)
_SEP: Final = r",?[ \u00a0]"

_TYPE_FIRST: Final = re.compile(rf"(?<!\w){_words(BEFORE)}{_GAP}?[„\"«]?{_NAME}[“\"»]?{_SEP}{_NUMBER}{_FLOOR}")
# The same in lower case (``via garibaldi 12, torino``, ``rua do ouro 45.``): a street word that is nothing else,
# a lower-case name of up to two words (particles between), not a time (``às 9``), and a number that ends the clause.
_ANY_WORD: Final = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
_CLAUSE_END: Final = r"(?=[ \u00a0]*(?:[.,;:!?\n]|$))"
_NOT_TIME: Final = (
    r"(?!(?:às|as|at|a|alle|um|am|στις|à|om|kl|klo|kello|klockan|o|ob|godz|v|în|la|ás|do|to|till|until|bis|até|"
    r"hasta|fino|tot|kuni|iki|līdz|sa|go|od|po|za|von|from|de|da|desde|dal|dalle|μέχρι|до)[ \u00a0])"
)
_LOWER_WORD: Final = rf"{_NOT_TIME}[^\W\d_{_UPPER}]+(?:['’\-][^\W\d_{_UPPER}]+)*"
_LOWER_NAME: Final = rf"(?:{_LOWER_PARTICLE})*{_LOWER_WORD}(?:{_GAP}(?:{_LOWER_PARTICLE})*{_LOWER_WORD})?"
_TYPE_FIRST_ANY_CASE: Final = re.compile(
    rf"(?<!\w){_words(BEFORE_IN_ANY_CASE)}{_GAP}[„\"«]?{_LOWER_NAME}[“\"»]?{_SEP}{_NUMBER}{_FLOOR}"
    rf"{_CLAUSE_END}"
)
# An adjective before a one-word street (``Wiedner Hauptstraße``, ``Alte Gasse``), not an article, a pronoun
# or a label (``Die Hauptstraße``, ``Adresse Bahnhofstrasse``).
_NOT_ADJECTIVE: Final = r"(?!(?:Die|Eine|Meine|Deine|Seine|Ihre|Unsere|Eure|Diese|Jene|Alle|Adresse|Anschrift)\s)"
_GLUED: Final = re.compile(
    rf"(?<!\w)(?:{_NOT_ADJECTIVE}[{_UPPER}][^\W\d_]*(?:er|e|es){_GAP})?[{_UPPER}][\w\-]{{2,}}?{_words(GLUED)}"
    rf"{_SEP}{_NUMBER}{_FLOOR}"
)
_TYPE_AFTER: Final = re.compile(rf"(?<!\w){_NAME_CAPITAL}{_GAP}{_words(AFTER)}{_SEP}{_NUMBER}{_FLOOR}")
_NUMBER_FIRST: Final = re.compile(
    rf"(?<![\w.,])(?:{_SINGLE}(?:-[0-9]{{1,4}})?)(?:{_SEP}"
    rf"(?:{_words(NUMBER_FIRST)}{_GAP}{_NAME}|{_NAME_CAPITAL}{_GAP}{_words(AFTER)})"
    rf"|,{_GAP}[{_UPPER}][\w\-]{{2,}}?{_words(GLUED)})"  # Luxembourg: ``5, Uewerstrooss``
)
# After ``moro na``, ``I live at``, ``Morada:``...: the street in any letter case (``rua do ouro 45``), not an age
# or amount; a capitalized name and a number that ends the sentence without a street word (``mieszkam na
# Marszałkowskiej 10/5.``).
_ANY_NAME: Final = rf"{_ANY_WORD}(?:{_GAP}{_ANY_WORD}){{0,4}}"
_NOT_AGE: Final = (
    r"(?![ \u00a0]?(?i:anos|años|ans|jahre|anni|years|jaar|lat|let|år|vuotta|éve|ετών|€|eur|euros?)(?!\w))"
)
_LIVING: Final = re.compile(
    rf"(?<!\w)(?i:{_words(LIVE_AT)}){_GAP}(?:"
    rf"{_words(BEFORE)}{_GAP}?{_ANY_NAME}{_SEP}{_NUMBER}{_NOT_AGE}{_FLOOR}"
    rf"|{_SINGLE}{_SEP}(?:{_words(NUMBER_FIRST)}{_GAP}{_ANY_NAME}|{_ANY_NAME}{_GAP}{_words(AFTER)})"
    rf"|[^\W\d_]{{2,}}?{_words(GLUED)}{_SEP}{_NUMBER}{_NOT_AGE}{_FLOOR}"
    rf"|{_ANY_NAME}{_GAP}{_words(AFTER)}{_SEP}{_NUMBER}{_NOT_AGE}{_FLOOR}"
    rf"|{_NAME_CAPITAL}{_GAP}{_NUMBER}{_FLOOR}(?=[ \u00a0]*(?:[.,;!?\n]|$)))"
)
# A lower-case street before a street word that is nothing else (``keresztkövesdi tér 18``): the word before it
# is the name (looked for backwards from the street word).
_LOWER_AFTER: Final = re.compile(rf"(?<!\w){_words(AFTER_IN_ANY_CASE)}{_SEP}{_NUMBER}{_NOT_AGE}{_FLOOR}")
_GLUED_ANY_CASE: Final = re.compile(
    rf"(?<!\w)[^\W\d_]{{3,}}?{_words(GLUED_IN_ANY_CASE)}{_SEP}{_NUMBER}{_NOT_AGE}{_FLOOR}{_CLAUSE_END}"
)
_NUMBER_AFTER_SPACE: Final = re.compile(r"(?<=[ \u00a0])[0-9]")
_AFTER_IN_ANY_CASE: Final = frozenset(AFTER_IN_ANY_CASE)
_GLUED_IN_ANY_CASE: Final = tuple(GLUED_IN_ANY_CASE)
_NAME_BEFORE: Final = re.compile(rf"(?<!\w)[^\W\d_]{{3,}}{_GAP}\Z")
# In pasted data, a field or column named for an address and a street without a street word as its value
# (``"street": "Vodičkova 30"``, ``adresa;Ilica 15;Zagreb``).
_FIELD_SIGNS: Final = frozenset('";|\t=')
# Looked for from the sign between a field and its value (at C speed), the field's name then before it.
_FIELD_VALUE: Final = re.compile(
    rf"[\"']?[ \t]*[:=;|\t][ \t]*[\"']?(?P<street>{_NAME_CAPITAL}{_SEP}{_NUMBER}{_FLOOR})(?=[ \t]*(?:[\"';,|\t\n]|$))"
)
_FIELD_NAME: Final = re.compile(rf"(?<!\w)[\"']?{_words(ADDRESS_FIELDS)}\Z")
_FIELD_NAMES: Final = frozenset(field.lower() for field in ADDRESS_FIELDS)
_CELL_STREET: Final = re.compile(rf"{_NAME_CAPITAL}{_SEP}{_NUMBER}{_FLOOR}")
# A street without a street word: its name and number, kept only with a postcode and town after it
# (``Vodičkova 30, 110 00 Praha``), or a Czech or Slovak double number (``Vinohradská 1511/230``).
_BARE: Final = re.compile(rf"(?<![\w.])(?=[{_UPPER}]){_NAME_CAPITAL}{_SEP}{_NUMBER}{_FLOOR}")
_DOUBLE_NUMBER: Final = re.compile(
    rf"(?<!\w)[{_UPPER}][^\W\d_]*(?:á|í|ova|ovo|ého|ých){_GAP}[0-9]{{1,4}}/[0-9]{{1,4}}[a-zA-Z]?(?![\w/])"
)
_PATTERNS: Final = (_GLUED, _TYPE_AFTER, _NUMBER_FIRST, _DOUBLE_NUMBER)
_LETTER_RUN: Final = re.compile(r"[^\W\d_]+")
#: The phrases of ``LIVE_AT`` by their first word (``na`` -> ``na naslov``, ``na adresu``...).
_LIVING_PHRASES: Final[dict[str, tuple[str, ...]]] = {
    first: tuple(p for p in and_unaccented(LIVE_AT) if _LETTER_RUN.findall(p)[0] == first)
    for first in {_LETTER_RUN.findall(phrase)[0] for phrase in and_unaccented(LIVE_AT)}
}
#: The first letters of every street-type word written before a name (``rua``, ``r`` of ``R.``, ``ul``).
_TYPE_FIRST_WORDS: Final = frozenset(_LETTER_RUN.findall(word.lower())[0] for word in and_unaccented(BEFORE))
_POSTCODE_HINT: Final = re.compile(r"[0-9],?[ \u00a0\n]+(?:[A-Z]{1,2}-)?[0-9]{2,}")

# The postal line right after a street: postcode and town (``1100-048 Lisboa``, ``D-10115 Berlin``,
# ``114 55 Stockholm``, ``1012 AB Amsterdam``, ``London SW1A 2AA``). A plain number is a postcode only
# with its town after it (``Via Roma 10, 1500 euro`` keeps its amount).
_TOWN_WORD: Final = rf"[{_UPPER}][^\W\d_]+(?:-[{_UPPER}]?[^\W\d_]+)*"  # Lisboa, Saint-Étienne, Αθήνα
_TOWN_PARTICLE: Final = r"(?:am|an der|im|sur|sous|de|del|la|le|lès|les|upon|on)"  # Frankfurt am Main
# A town may end in its district: a number (``Praha 1``, ``Wien 3``) or a Danish letter (``København V``).
_DISTRICT: Final = r"(?:[ \u00a0](?:[0-9]{1,2}|[CKNSVØ]|[NS][VØ])(?=[ \u00a0]*(?:[,;.!?\n]|$)))"
_LOWER_TOWN: Final = r"[^\W\d_]{2,}(?:-[^\W\d_]+)*"  # after a postcode of its own shape: ``1100-048 lisboa``
_TOWN: Final = rf"{_TOWN_WORD}(?:{_GAP}(?:{_TOWN_PARTICLE}{_GAP})?{_TOWN_WORD}){{0,2}}{_DISTRICT}?"
_COUNTRY_PREFIX: Final = r"(?:[A-Z]{1,2}-)"
_POSTCODE_PLAIN: Final = rf"{_COUNTRY_PREFIX}?(?:[0-9]{{3}}[ \u00a0][0-9]{{2}}|[0-9]{{3,6}})"
# Not a town: a currency after an amount (``Via Roma 10, 1500 Euro``).
_NOT_TOWN: Final = r"(?!(?i:euros?|eur|chf|gbp|usd|kč|kc|zł|zl|ft|lei|kr|kn|лв)(?!\w))"
_POSTCODE_MARKED: Final = (
    rf"(?:{_COUNTRY_PREFIX}[0-9]{{3,6}}|[0-9]{{4}}-[0-9]{{3}}|[0-9]{{2}}-[0-9]{{3}}|[0-9]{{4}}[ \u00a0]?[A-Z]{{2}})"
)
_POSTCODE_GB_IE_MT: Final = (
    r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?[ \u00a0][0-9][A-Z]{2}|[AC-FHKNPRTV-Y][0-9][0-9W][ \u00a0][AC-FHKNPRTV-Y0-9]{4}"
    r"|[A-Z]{3}[ \u00a0][0-9]{4})"
)
_POSTAL: Final = re.compile(
    r"(?:(?:\.?,)?[ \u00a0]|[ \u00a0][-–][ \u00a0]|[.,]?[ \t]*\r?\n[ \t]*)"
    rf"(?:{_POSTCODE_PLAIN}{_GAP}{_NOT_TOWN}{_TOWN}|{_POSTCODE_MARKED}(?:{_GAP}{_NOT_TOWN}(?:{_TOWN}|{_LOWER_TOWN}))?"
    rf"|(?:{_TOWN},?{_GAP})?{_POSTCODE_GB_IE_MT}|{_TOWN},?{_GAP}{_COUNTRY_PREFIX}[0-9]{{4,5}})(?![\w\-])"
)

# A street named as Central European and Greek streets are, an adjective or a genitive without a street word
# (``Vodičkova 30, Praha``, ``Ilica 15, Zagreb``, ``Ερμού 12, Αθήνα``): kept before a comma and a town (not a
# score: ``Hrvatska 2, Srbija 1``); the town stays outside.
_STREET_ENDING: Final = r"(?:ova|ová|ovo|eva|evo|ska|ská|ski|sko|ský|ná|ní|ina|ica|ića|ου|ού|ας|άς|ης|ής)"
_NAMED_BEFORE_TOWN: Final = re.compile(
    rf"(?<![\w.])[{_UPPER}][^\W\d_]*{_STREET_ENDING}{_GAP}{_NUMBER}{_FLOOR}"
    rf"(?=,{_GAP}{_NOT_TOWN}{_TOWN_WORD}(?![\w\-])(?![ \u00a0]?[0-9]))"
)
# Hungarian: the postcode (its country prefix too) and town before the street, the town in any case after a prefix.
_POSTAL_BEFORE: Final = re.compile(
    rf"(?<![\w.,\-])(?:[0-9]{{4}}{_GAP}{_NOT_TOWN}{_TOWN}|(?i:[a-z]-)[0-9]{{4}}{_GAP}{_NOT_TOWN}{_ANY_WORD}),?{_GAP}$"
)


def detect(text: str) -> list[PiiSpan]:
    """Every street address (street and house number) in ``text``; overlapping finds are merged later."""
    if not any(char.isdigit() for char in text) and "/n" not in text.lower():
        return []
    spans: list[PiiSpan] = []
    for pattern_matches in (_type_first(text), *(pattern.finditer(text) for pattern in _PATTERNS)):
        for match in pattern_matches:
            start = match.start() + len(_words_before_street(match.group()))  # ``Gyvenu`` Gedimino prospekte 9
            spans.append(_with_postal(text, start, match.end()))
    found = list(spans)
    starts = frozenset(span.start for span in found)
    for span in (*_living(text, starts), *_bare(text), *_lower_case(text), *_fields(text), *_named_before_town(text)):
        if not any(span.start < other.end and other.start < span.end for other in found):
            spans.append(span)  # only where no street-word shape found a street
    return _outermost(spans)


def _type_first(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_TYPE_FIRST``, tried only where a street-type word begins (not at every character)."""
    end = 0
    for word in _LETTER_RUN.finditer(text):
        if word.start() >= end and word.group().lower() in _TYPE_FIRST_WORDS:
            match = _TYPE_FIRST.match(text, word.start()) or _TYPE_FIRST_ANY_CASE.match(text, word.start())
            if match is not None:
                end = match.end()
                yield match


def _outermost(spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without those inside another one (several shapes may find the same street)."""
    ordered = sorted(spans, key=lambda span: (span.start, -span.end))
    kept: list[PiiSpan] = []
    for span in ordered:
        if not any(other.start <= span.start and span.end <= other.end for other in kept):
            kept.append(span)
    return kept


def _living(text: str, found: frozenset[int]) -> list[PiiSpan]:
    """Streets after ``moro na``, ``I live at``... in any letter case (the phrase itself left out); not tried
    where a street found already starts right after the phrase (``found``: where those start)."""
    spans: list[PiiSpan] = []
    for word in _LETTER_RUN.finditer(text):
        phrases = _LIVING_PHRASES.get(word.group().lower(), ())
        start = word.start()
        if any(
            text[start : start + len(phrase)].lower() == phrase and start + len(phrase) + 1 not in found
            for phrase in phrases
        ):
            match = _LIVING.match(text, start)
            if match is not None:
                start = match.start() + len(_words_before_street(match.group()))
                spans.append(_with_postal(text, start, match.end()))
    return spans


def _fields(text: str) -> list[PiiSpan]:
    """Streets in pasted data, as the value of a field or of a table's column named for an address."""
    spans = [
        _with_postal(text, *match.span("street"))
        for match in (_FIELD_VALUE.finditer(text) if _FIELD_SIGNS.intersection(text) else ())
        if _FIELD_NAME.search(text, max(0, match.start() - 32), match.start()) is not None
    ]
    for cell in cells(text):  # a pasted table's column named for an address
        match = _CELL_STREET.match(text, cell.start, cell.end) if cell.header.lower() in _FIELD_NAMES else None
        if match is not None:
            spans.append(_with_postal(text, match.start(), match.end()))
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
                spans.append(_with_postal(text, name.start(), match.end()))
        elif lower.endswith(_GLUED_IN_ANY_CASE):
            match = _GLUED_ANY_CASE.match(text, start)
            if match is not None:
                spans.append(_with_postal(text, *match.span()))
    return spans


def _named_before_town(text: str) -> list[PiiSpan]:
    """Streets named as an adjective or genitive without a street word, before a comma and a town."""
    return [PiiSpan(*match.span(), ADDRESS, SOURCE_BUILTIN, 0.9) for match in _NAMED_BEFORE_TOWN.finditer(text)]


def _bare(text: str) -> list[PiiSpan]:
    """Streets without a street word, kept only with a postcode and a town after them."""
    if not _POSTCODE_HINT.search(text):
        return []
    spans: list[PiiSpan] = []
    for match in _BARE.finditer(text):
        span = _with_postal(text, _bare_start(text, match.start(), match.end()), match.end())
        if _has_town(text[match.end() : span.end]):
            spans.append(span)
    return spans


_FIRST_WORD: Final = re.compile(rf"[^\W\d_]{{4,}}{_GAP}(?=[{_UPPER}])")


def _bare_start(text: str, start: int, end: int) -> int:
    """Where a street without a street word begins: a sentence's first word of four letters or more, with a
    capitalized word after it, is the sentence's (``Bydlím Vodičkova 30``); ``Na Poříčí 12`` keeps its ``Na``."""
    if text[:start].rstrip(" \t\u00a0")[-1:] not in ("", ".", "!", "?", "\n"):
        return start
    first = _FIRST_WORD.match(text, start, end)
    return first.end() if first is not None else start


def _with_postal(text: str, start: int, end: int) -> PiiSpan:
    """The street ``text[start:end]`` with the postcode and town right after it (on its line or the next), or
    right before it as Hungarians write them (``1051 Budapest, Nádor utca 12``)."""
    while end > start and text[end - 1] in ",. ":
        end -= 1
    postal = _POSTAL.match(text, end)
    if postal is not None:
        end = postal.end()
    else:
        before = _POSTAL_BEFORE.search(text, max(0, start - 48), start)
        start = before.start() if before is not None else start
    return PiiSpan(start, end, ADDRESS, SOURCE_BUILTIN, 0.9)


def _has_town(postal: str) -> bool:
    """Whether a postal line holds a postcode and a town (``, 110 00 Praha``), not a postcode alone."""
    return any(char.isdigit() for char in postal) and any(char.isalpha() for char in postal)


_LIVING_HEAD: Final = re.compile(rf"(?i:{_words(LIVE_AT)}){_GAP}")


def _words_before_street(found: str) -> str:
    """The ``moro na`` of a match of ``_LIVING``: the part left out of the address."""
    head = _LIVING_HEAD.match(found)
    return head.group() if head is not None else ""
