"""Streets written without a street word (pure regex scans): what else makes them addresses.

- a postcode and town after them, on their line or the next (``Vodičkova 30, 110 00 Praha``, ``Zlaté piesky 4,
  896 50 Livovská Huta``);
- a Czech or Slovak double number (``Vinohradská 1511/230``);
- a Norwegian flat number (``Solbergåsen 12 H0301``);
- a street-name ending (an adjective or genitive) before a comma and a town (``Vodičkova 30, Praha``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from runtime.privacy.detectors.address_capitals import in_capitals
from runtime.privacy.detectors.address_context import END_AT, STOP_WORDS
from runtime.privacy.detectors.address_numbers import NOT_AGE, NUMBER, TAIL
from runtime.privacy.detectors.address_postal import (
    FLOOR_AT,
    NOT_TOWN,
    POSTCODE_HINT,
    POSTCODE_LABEL,
    TOWN_WORD,
    has_town,
    with_postal,
)
from runtime.privacy.detectors.address_words import CAPWORD, GAP, NAME_CAPITAL, SEP, UPPER
from runtime.privacy.detectors.street_types import AFTER, BEFORE, STREET_PREPOSITIONS
from runtime.privacy.detectors.town_names import ONE_WORD_TOWNS, inflected_town
from runtime.privacy.normalize import fold
from runtime.privacy.types import ADDRESS, SOURCE_BUILTIN, PiiSpan

# A street without a street word: its name and number, kept only with a postcode and town after it
# (``Vodičkova 30, 110 00 Praha``), or a Czech or Slovak double number (``Vinohradská 1511/230``).
# The name may end in one lower-case word (``Zlaté piesky 4``, ``Stara vas 5``).
# Not a numbered thing of a document or a building (``Invoice 12``, ``Page 3``, ``Room 4``, ``Version 2``,
# ``Seite 5``, ``Fatura 7``, ``Pokój 12``) in the market languages.
_NUMBERED_WORDS: Final = """
page pages invoice version chapter section table room item article order ticket case step level line row column
box platform seat flight week part volume issue number account floor flat unit suite gate página factura fatura
versão versión capítulo secção sección tabela tabla quarto sala artigo artículo pedido encomenda bilhete billete
processo caso nível nivel linha línea fila coluna columna andar piso seite rechnung kapitel abschnitt tabelle
zimmer raum artikel bestellung fall schritt stufe zeile spalte gleis sitz flug woche teil band nummer konto
stock etage facture chapitre tableau chambre salle commande billet dossier étape niveau ligne colonne porte
siège semaine partie tome numéro compte pagina fattura versione capitolo sezione tabella camera stanza articolo
ordine biglietto pratica livello riga colonna binario posto volo settimana conto factuur versie hoofdstuk sectie
tabel kamer zaal bestelling zaak stap regel kolom spoor stoel vlucht deel rekening strona faktura wersja
rozdział sekcja pokój artykuł zamówienie bilet sprawa krok poziom wiersz kolumna peron miejsce tydzień część tom
numer strana verze kapitola tabulka pokoj místnost objednávka sida rum sal sidan side værelse sivu lasku luku
huone oldal számla fejezet szoba σελίδα τιμολόγιο δωμάτιο страница фактура стая capitol lehekülg arve lapa
rēķins puslapis sąskaita
"""
#: Numbered things of a document or a building (``Invoice 12``, ``Room 4``), never a street without a street word.
NUMBERED_THINGS: Final = frozenset(_NUMBERED_WORDS.split())
_NUMBERED_THINGS: Final = NUMBERED_THINGS
#: A preposition a street's name begins with, capitalized (``Nad Obcí``, ``Mezi Sklady``, ``Pod zidom``).
PREPOSITION: Final = "(?:" + "|".join(word.capitalize() for word in STREET_PREPOSITIONS) + ")"
_PREPOSITIONS: Final = frozenset(word.capitalize() for word in STREET_PREPOSITIONS)
# (A number on the same line within a few words first: a cheap look before the name is tried.)
_BARE: Final = re.compile(
    rf"(?<![\w.])(?=[{UPPER}])(?=[^\n\d]{{0,64}}[0-9]){NAME_CAPITAL}(?:{GAP}[^\W\d_{UPPER}]{{3,}})?{SEP}{NUMBER}"
)
# The same in lower case: one or two words (a Central European preposition before them), not a word that ends a
# street's name.
_NUMBER_BEFORE_POSTCODE: Final = re.compile(
    rf"[0-9](?<![\w/\-.][0-9])(?<![0-9][ \u00a0][0-9])[0-9]{{0,3}}[a-zA-Z]?(?:[-/][0-9]{{1,4}}[a-zA-Z]?)?"
    rf"(?![ \u00a0][0-9]{{3}}(?![0-9]))"  # not a phone's group before another (``02/123 456 78``)
    rf"(?=,?(?:[ \u00a0]|[ \t]*\r?\n[ \t]*){POSTCODE_LABEL}?"
    r"(?:[a-z]{1,2}-)?[0-9]{2,6}(?:[ \u00a0][0-9]{2}|-[0-9]{3})?(?:[ \u00a0]?[a-z]{2})?[ \u00a0][^\W\d_])"
)
_LETTER_RUN: Final = re.compile(r"[^\W\d_]+")
_LOWER_PREPOSITIONS: Final = frozenset("k ke na za u v ve pod nad pri při pred před mezi".split())  # noqa: SIM905
# (An adjective ends in a vowel in the languages whose streets go without a street word: ``zlaté``, ``stara``.)
_VOWELS: Final = frozenset("aeiouyáéíóúýěåäöæøõůąęαεηιουωάέήίόύώ")
_ADJECTIVE_TAILS: Final = ("ej", "ov", "ův", "in", "ích", "ých", "ím", "ým", "ego", "ém", "om")
_STREET_WORDS: Final = frozenset(word.lower() for word in BEFORE if word.isalpha())
_AFTER_WORDS: Final = frozenset(word.lower() for word in AFTER)
_SPACED: Final = re.compile(r"[^\s,]+")
_NUMBER_LABELS: Final = frozenset(("nr", "nº", "n", "no", "č"))
# The name before it (the whole of what lies between its start and the number, a word of one copy).
_BARE_LOWER_NAME: Final = re.compile(
    rf"(?:(?i:k|ke|na|za|u|v|ve|pod|nad|pri|při|pred|před|mezi)[ \u00a0])?"
    rf"(?:[^\W\d_{UPPER}]{{3,}}(?:-[^\W\d_{UPPER}]+)*(?:{GAP}|,[ \u00a0]?)){{1,2}}"
    r"(?:(?i:nr|nº|n|no|č)\.?[ \u00a0]?)?"
)
# (``Nad Obcí 31/12``, ``Pod Hradem 12/4``: or a preposition and a noun; ``M. R. Štefánika 12/4``: a name after
# its initials; ``Priečna 79/3``.)
DOUBLE_NUMBER: Final = re.compile(
    rf"(?<!\w)(?:{PREPOSITION}{GAP}[{UPPER}][^\W\d_]+(?:{GAP}[{UPPER}][^\W\d_]+)?|(?:[{UPPER}]\.{GAP}){{1,2}}[{UPPER}][^\W\d_]+"
    rf"|[{UPPER}][^\W\d_]*(?:á|í|ova|ovo|ého|ých|ho|na|ňa)){GAP}[0-9]{{1,4}}/[0-9]{{1,4}}[a-zA-Z]?(?![\w/])"
    # a house number with its letter before the flat's (``Tuškanac 7a/8``, ``Šestinski vrh 1b/8``)
    rf"|(?<![\w.])[{UPPER}][^\W\d_]{{2,}}(?:{GAP}[^\W\d_]{{2,}})?{GAP}[0-9]{{1,4}}[a-h]/[0-9]{{1,4}}[a-zA-Z]?(?![\w/])"
)
# The same in lower case, a name that ends as the adjectives and genitives streets are named with (``hlivová 4/3``,
# ``palackého 12/5``), not a page's or a score's (``strana 4/3``).
DOUBLE_NUMBER_LOWER: Final = re.compile(
    r"(?<![\w.])[^\W\d_]{2,}(?:á|í|ova|ovo|ého|ých|ská|cká|ská)[ \u00a0][0-9]{1,4}[a-h]?/[0-9]{1,4}[a-zA-Z]?(?![\w/])"
)
# A Norwegian flat number (``H0201``: floor and flat, ``U`` below ground, ``K`` cellar, ``L`` loft) after a
# one-word street and its number.
NORDIC_FLAT: Final = re.compile(
    rf"(?<![\w.])(?:[{UPPER}][^\W\d_]{{2,}}(?:{GAP}{CAPWORD})?|[^\W\d_{UPPER}]{{3,}})"  # or one word in lower case
    rf"{GAP}{NUMBER},?{GAP}[HUKLhukl][0-9]{{4}}(?!\w)"
)
# A street named as Central European and Greek streets are, an adjective or a genitive without a street word
# (``Vodičkova 30, Praha``, ``Ilica 15, Zagreb``, ``Ερμού 12, Αθήνα``): kept before a comma and a town (not a
# score: ``Hrvatska 2, Srbija 1``); the town stays outside.
_STREET_ENDING: Final = (
    r"(?:ova|ová|ovo|eva|evo|ska|ská|ski|sko|ský|ná|ní|ina|ica|ića|ου|ού|ους|ούς|ας|άς|ης|ής|ων|ών|η|ή)"
)
# The name in any letter case (``hostivařská 12, Praha``, ``μελιγαλών 14, Αθήνα``), of four letters or more.
# (Its flat is read with ``FLOOR_AT``, the town looked for after it: cheaper to build.)
_NAMED_BEFORE_TOWN: Final = re.compile(rf"(?<![\w.])[^\W\d_]{{2,}}{_STREET_ENDING}{GAP}{NUMBER}")
_TOWN_AFTER: Final = re.compile(rf",{GAP}{NOT_TOWN}{TOWN_WORD}(?![\w\-])(?![ \u00a0]?[0-9])")


# Greek streets are named in the genitive without a street word, after the article of the street they are
# (``στην Ερμού 12``, ``στη Σταδίου 5``, ``στην ηρακλείου 87``): a word in the genitive (a surname's ``-άκη``,
# ``-ίδη`` too, or a capitalized one in ``-η``) and its number ending the clause.
_GREEK_GENITIVE: Final = r"(?:ου|ού|ων|ών|ης|ής|ας|άς|ους|ούς|εως|έως|άκη|ακη|ίδη|ιδη|ούλη|ουλη)"
_GREEK_STREET: Final = re.compile(
    r"(?<!\w)(?i:στην|στη|στον|στο)[ \u00a0]"
    rf"(?P<street>(?:[α-ωάέήίόύώϊϋΐΰς]{{3,}}{_GREEK_GENITIVE}|[Α-ΩΆ-Ώ][α-ωάέήίόύώϊϋΐΰς]{{2,}}"
    rf"(?:{_GREEK_GENITIVE}|[ηή]))(?:{GAP}[α-ωάέήίόύώϊϋΐΰς]{{3,}}{_GREEK_GENITIVE})?{GAP}{NUMBER}{NOT_AGE})"
)
# ... the clause ending after it (a spaced dash too), or a word that ends a name (``STOP``, looked up after the
# match), or a Greek preposition or word of when.
_GREEK_END: Final = re.compile(
    r"[ \u00a0]*(?:[.,;:!?\n]|$)|[ \u00a0][-–—][ \u00a0]|[ \u00a0](?i:στην|στη|στο|πέρσι|φέτος|χθες|χτες|σήμερα|αύριο)"
)
_NEXT_WORD: Final = re.compile(r"[ \u00a0]([\w\-'’]+)")


def _greek_ends(text: str, end: int) -> bool:
    """Whether a Greek street ending at ``end`` ends its clause."""
    if _GREEK_END.match(text, end) is not None:
        return True
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).lower() in STOP_WORDS


# Slovenian roads numbered within a place (``Polje, cesta XII 4``, ``Vrhovci, cesta III 2``).
_NUMBERED_ROAD: Final = re.compile(
    rf"(?i:(?<![\w.])[^\W\d_]{{2,}}(?:{GAP}[^\W\d_]{{2,}})?,{GAP}cesta{GAP}[ivxl]{{1,6}}){SEP}{NUMBER}"
)


# A Central European street named as an adjective, in the case a preposition asks for (``do lipové 8``, ``iz
# Vukovarske 140``, ``na Obchodnú 11``, ``przy Rybackiej 3``, ``u Vukovarsku 11``, ``na ogrodowej 22``, or as
# named: ``na Vodičkova 30``), its number ending the clause; not a country (``na Slovensku 3``).
_ADJECTIVE_CASE: Final = (
    r"(?:(?:sk|ck|čk|ov|ev|ow|ew)(?:ého|iej|ou|ej|oj|é|ě|ú|ą|u|i|o|a|á|e)|n(?:ého|ou|ej|oj|í|ú|ą|á)|[^\W\d_]ého|[^\W\d_]ego|icza"
    r"|[^\W\d_]{2}(?:é|ou|ej|ú|oj|ą)|[^\W\d_](?:eho|iho))"  # (a surname's genitive: na Sitteho 181)
)
_COUNTRY: Final = (
    r"(?!(?i:slovensk|česk|cesk|hrvatsk|srbsk|polsk|rusk|německ|nemeck|niemieck|rakousk|rakúsk|austrijsk|"
    r"mađarsk|madžarsk|maďarsk|węgiersk|italsk|talijansk|włosk|francusk|francúzsk|francosk|anglick|englesk|"
    r"angielsk|nizozemsk|holandsk|švédsk|švedsk|dánsk|dansk|bosansk|črnogorsk|makedonsk|bugarsk|bulharsk|"
    r"slovinsk|ukrajinsk|ukraińsk|lotewsk|litewsk|estonsk|fińsk|finsk|grčk|řeck|greck))"
)
_CASE_STREET: Final = re.compile(
    r"(?<!\w)(?i:na|v|ve|do|u|przy|pri|pře|w|we|k|ke|ku|z|ze|zo|iz|od)[ \u00a0]"
    rf"(?P<street>{_COUNTRY}[^\W\d_]{{3,}}{_ADJECTIVE_CASE})(?=,?[ \u00a0][0-9])"
)
# A German or Luxembourgish street named with its preposition and article (``Am Markt 3``, ``An der Kirche 5``,
# ``Unter den Eichen 17``, ``um Bierg 11``), its number ending the clause; not a day, month or time of day
# (``am Montag 3``, ``im Januar 5``), a room or a count (``im Raum 3``, ``im Schnitt 5``).
_DE_PREPOSITION: Final = (
    r"(?:(?:Am|Im|Zum|Zur|Beim|Um|Op|An|In|Auf|Unter|Hinter|Vor|Bei|Über|Ob|Uewen|Ënner)"
    r"(?:[ \u00a0](?:der|den|dem|de|d['’]|des))?|(?:am|um|an der|op der|op dem|an den|um|an d['’]))"
)
_NOT_STREET_NOUN: Final = (
    r"(?!(?i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|januar|februar|märz|april|mai|"
    r"juni|juli|august|september|oktober|november|dezember|ende|anfang|tag|morgen|abend|mittag|nachmittag|"
    r"vormittag|jahr|monat|schnitt|beispiel|moment|raum|zimmer|kapitel|abschnitt|level|stock|bus|zug|gleis|team|"
    r"alter|durchschnitt|rang|platz|prinzip|vergleich|grunde|schluss|stück|teil|gegensatz|fall|sommer|winter|"
    r"herbst|frühling|mäerz|méindeg|dënschdeg|mëttwoch|donneschdeg|freideg|samschdeg|sonndeg|joer|mount)(?!\w))"
)
_DE_STREET: Final = re.compile(
    rf"(?<![\w.])(?P<street>{_DE_PREPOSITION}{GAP}{_NOT_STREET_NOUN}[{UPPER}][^\W\d_]+(?:{GAP}[{UPPER}][^\W\d_]+)?)"
    r"(?=,?[ \u00a0][0-9])"
)
# A Czech, Slovak or Slovenian street named with a capitalized preposition and a noun (``Na Pankráci 15``, ``Pod
# Hájom 5``, ``U Průhonu 12``), its number ending the clause; not a town or a country after its preposition
# (``V Praze 5.``, ``Na Slovensku 3.``), nor where one comes from or goes (``Do Brna 5``).
_PREPOSITION_STREET: Final = re.compile(
    rf"(?<![\w.])(?!Do |Od ){PREPOSITION}{GAP}{_COUNTRY}(?P<noun>[{UPPER}][^\W\d_]+)(?:{GAP}[^\W\d_]+)?"
    r"(?=,?[ \u00a0][0-9])"
)
# A street without a street word after a preposition of direction, named as Baltic, Bulgarian and Romanian
# streets are (``uz Brīvības 12``, ``į Vilniaus 12``, ``на Шипка 12``, ``pe Florilor 12``, ``pe Mihai Eminescu
# 12``), its number ending the clause; not a town (``uz Rīgas 5.``).
_DIRECTION_STREET: Final = re.compile(
    rf"(?<!\w)(?:(?i:uz|į|pie|prie)[ \u00a0](?P<baltic>[{UPPER}][^\W\d_]+(?:as|es|ības|ų|io|aus|os|ės|ys))"
    r"|(?i:на)[ \u00a0](?!(?i:страница|фигура|таблица|глава|точка|етаж|стая|линия|перон|изход|вход|място|ред|ниво|"
    r"номер|част|раздел|слайд|снимка|сметка|карта|позиция|клауза|член|алинея)(?![а-я]))"
    r"(?P<bg>[А-Я][а-яё]+(?:[ \u00a0][А-Я][а-яё]+)?)"
    rf"|(?i:pe)[ \u00a0](?P<ro>[{UPPER}][^\W\d_]+(?:lor|ului|iei)"
    rf"|[{UPPER}][^\W\d_]+(?:[ \u00a0][{UPPER}][^\W\d_]+){{1,2}}))"
    r"(?=,?[ \u00a0][0-9])"
)
# A street without a street word alone in brackets, named as Central European and Greek streets are
# (``(Palackého 9)``, ``(Lipowa 9)``, ``(Ρόδων 9)``).
_IN_BRACKETS: Final = re.compile(
    rf"\((?P<street>[{UPPER}][^\W\d_]+(?:{_STREET_ENDING[3:-1]}|ého|owa|ewa|ego|na))(?=[ \u00a0][0-9])"
)


# A street named as Central European and Greek streets are, alone in prose: an adjective or a genitive without a
# street word (``Pošlete to na Husova 12.``, ``Vodičkova 30 je naše adresa``, ``Jelačićeva 14``, ``Lipowa 9``,
# ``Σταδίου 12``), its number ending the clause; not a country (``Hrvatska 2``), nor after one capitalized word
# (a person's name and age: ``Jana Pavlova 56``; after a full name it is the street: ``Jan Novák Husova 12``) or
# a Greek article (``του Κεφαλαίου 3``).
_PROSE_ENDING: Final = r"(?:ská|cká|ský|ná|ní|ova|ovo|eva|evo|ého|ska|ška|čka|owa|ewa|ου|ού|ους|ούς|ών|ων|ης|ής|ας|άς)"
_PROSE_ENDINGS: Final = tuple(
    form for ending in _PROSE_ENDING[3:-1].split("|") for form in (ending, ending.upper(), ending.capitalize())
)
_PROSE_STREET: Final = re.compile(rf"(?P<street>{_COUNTRY}[{UPPER}][^\W\d_]{{3,}}(?i:{_PROSE_ENDING}))")
# (Looked for from the numbers after a word and a space, the word then read before them.)
_NUMBER_AFTER_WORD: Final = re.compile(r"[0-9](?<=[^\W\d_][ \u00a0][0-9])")
_WORD_END: Final = re.compile(r"(?<![\w.,])[^\W\d_]+\Z")
_GREEK_MONTHS: Final = re.compile(
    r"(?i:ιανουαρ|φεβρουαρ|μαρτ|απριλ|μα[ιΐ]|ιουν|ιουλ|αυγουστ|σεπτεμβρ|οκτωβρ|νοεμβρ|δεκεμβρ)"
)
_GREEK_ARTICLES: Final = frozenset(("του", "της", "των", "τον", "την"))


def _prose_streets(text: str) -> Iterator[tuple[int, int]]:
    """Streets named as an adjective or a genitive alone in prose, their number ending the clause."""
    for number in _NUMBER_AFTER_WORD.finditer(text):
        if not text.endswith(_PROSE_ENDINGS, 0, number.start() - 1):
            continue  # (a cheap look at the word's ending first)
        word = _WORD_END.search(text, max(0, number.start() - 40), number.start() - 1)
        if word is None or (word.start() > 0 and text[word.start() - 1] in ".,"):
            continue
        start = word.start()
        match = _PROSE_STREET.fullmatch(text, start, number.start() - 1)
        if match is None or _GREEK_MONTHS.match(match.group("street")):
            continue
        if _after_one_name(text[max(0, start - 40) : start].split()):
            continue
        end = _clause_end(text, match.end(), False)
        if end is not None:
            yield start, end


def _after_one_name(before: list[str]) -> bool:
    """Whether the words ``before`` a street end in a Greek article or one capitalized word that is not a full
    name's last (``Jana Pavlova 56`` is a name and an age; ``Jan Novák Husova 12`` a name and a street); in
    capitals, any word (``PANI JANA PAVLOVA 56``)."""
    if not before:
        return False
    last = before[-1]
    if last.lower() in _GREEK_ARTICLES:
        return True
    if not last[:1].isupper() or last.endswith((".", "!", "?", ":", ",")):
        return False
    if last.isupper() and len(last) > 1:
        return True
    return not (len(before) > 1 and before[-2][:1].isupper() and before[-2][-1:].isalpha())


def without_street_word(text: str) -> list[PiiSpan]:
    """Streets without a street word kept for their postcode and town, or their name's ending before a town, the
    article of a Greek street, the case of a Central European one after its preposition, brackets."""
    spans = [*_bare(text), *_named_before_town(text), *(with_postal(text, *span) for span in _prose_streets(text))]
    for head in (_CASE_STREET, _DE_STREET, *((_IN_BRACKETS,) if "(" in text else ())):
        for match in head.finditer(text):
            end = _clause_end(text, match.end(), head is _IN_BRACKETS)
            if end is not None:
                spans.append(with_postal(text, match.start("street"), end))
    for match in _DIRECTION_STREET.finditer(text):
        street = match.lastgroup or "baltic"
        noun = fold(match.group(street))
        end = None if noun in ONE_WORD_TOWNS or inflected_town(noun) else _clause_end(text, match.end(), False)
        if end is not None:
            spans.append(with_postal(text, match.start(street), end))
    for match in _PREPOSITION_STREET.finditer(text):
        noun = fold(match.group("noun"))
        end = None if noun in ONE_WORD_TOWNS or inflected_town(noun) else _clause_end(text, match.end(), False)
        if end is not None:
            spans.append(with_postal(text, match.start(), end))
    if "στ" in text.lower():
        spans.extend(
            with_postal(text, *match.span("street"))
            for match in _GREEK_STREET.finditer(text)
            if _greek_ends(text, match.end())
        )
    return spans


def _clause_end(text: str, name_end: int, bracket: bool) -> int | None:
    """Where the street whose name ends at ``name_end`` ends: its number and flat, the clause (or the bracket)
    ending right after them, or else right after the number."""
    tail = TAIL.match(text, name_end)
    if tail is None:
        return None
    for end in (tail.end(), tail.end("number")):
        if text.startswith(")", end) if bracket else END_AT.match(text, end) is not None:
            return end
    return None


def numbered_roads(text: str) -> Iterator[re.Match[str]]:
    """Slovenian roads numbered within a place (``Polje, cesta XII 4``), with the place."""
    return _NUMBERED_ROAD.finditer(text) if ", cesta " in text.lower() else iter(())


def _named_before_town(text: str) -> list[PiiSpan]:
    """Streets named as an adjective or genitive without a street word, before a comma and a town."""
    spans: list[PiiSpan] = []
    for match in _NAMED_BEFORE_TOWN.finditer(text):
        floor = FLOOR_AT.match(text, match.end())
        for end in (match.end() if floor is None else floor.end(), match.end()):
            if _TOWN_AFTER.match(text, end) is not None:
                spans.append(PiiSpan(match.start(), end, ADDRESS, SOURCE_BUILTIN, 0.9))
                break
    return spans


def _bare_lower(text: str) -> Iterator[tuple[int, int]]:
    """Streets without a street word in lower case before a postcode (looked for from their number, whose name is
    then read before it)."""
    for number in _NUMBER_BEFORE_POSTCODE.finditer(text):
        head = text[max(0, number.start() - 48) : number.start()]
        if head.rstrip()[-1:].isupper():
            continue  # (a capitalized name is ``_BARE``'s)
        start = lower_name_start(text, number.start())
        if start is not None:
            yield start, number.end()


def lower_name_start(text: str, number: int) -> int | None:
    """Where the lower-case name of a street without a street word, its number at ``number``, begins: a preposition
    and one word, or two words, the first of them an adjective's or the second a street word (``zlaté piesky``,
    ``stara vas``, ``yrjö-koskisen polku``; not ``pro závrchy``, ``gjelder bergespranget``), or one word."""
    head = text[max(0, number - 48) : number]
    for start in [number - len(head) + word.start() for word in _SPACED.finditer(head)][-3:]:
        if (start > 0 and _word_or_dot(text[start - 1])) or not _BARE_LOWER_NAME.fullmatch(text, start, number):
            continue  # the farthest first: a preposition, then one or two words
        names = text[start:number].replace(",", " ").split()
        if names and names[0].lower() in _LOWER_PREPOSITIONS:
            names = names[1:]
        names = [name for name in names if name.rstrip(".").lower() not in _NUMBER_LABELS]
        if any(name.lower() in STOP_WORDS for name in names):
            continue  # (a word that ends a name: looked up here, not written into the regex)
        if len(names) < 2 or _first_of_two(names[0].lower()) or names[1].lower() in _AFTER_WORDS:
            return start
    return None


def _first_of_two(word: str) -> bool:
    """Whether ``word`` (lower case) may begin a street's name of two words: an adjective (``zlaté``, ``stara``,
    ``chopinov``, ``zlatej``) or a street word (``plac konopnickiej``)."""
    return word in _STREET_WORDS or (len(word) >= 4 and (word[-1] in _VOWELS or word.endswith(_ADJECTIVE_TAILS)))


def _word_or_dot(char: str) -> bool:
    """Whether ``char`` continues a word or is a dot (a name does not begin right after either)."""
    return char.isalnum() or char in "_."


def _bare(text: str) -> list[PiiSpan]:
    """Streets without a street word, kept only with a postcode and a town after them (in lower case too:
    ``za lázní 12, 560 02 česká třebová``)."""
    if not POSTCODE_HINT.search(text):
        return []
    spans: list[PiiSpan] = []
    for start, end in (*(match.span() for match in _BARE.finditer(text)), *_bare_lower(text)):
        start = _capitals_start(text, start, end)
        name = text[start:end].split()
        if name[0].lower() in _NUMBERED_THINGS or (len(name) > 2 and name[-2].lower() in _NUMBERED_THINGS):
            continue  # ``Invoice 12``, ``Meeting Room 4``
        span = with_postal(text, _bare_start(text, start, end), end)
        if has_town(text[end : span.end]):
            spans.append(span)
    return spans


def _capitals_start(text: str, start: int, end: int) -> int:
    """Where a street ``text[start:end]`` without a street word begins in a line in capitals, where every word looks
    like a name: as in lower case (``ODEČET ELEKTROMĚRU JE PRO ZÁVRCHY 8`` -> ``ZÁVRCHY 8``)."""
    if not in_capitals(text, start, end):
        return start
    number = next((token.start() for token in _TOKENS.finditer(text, start, end) if text[token.start()].isdigit()), end)
    lowered = text.lower()
    if len(lowered) != len(text):
        return start
    return max(start, lower_name_start(lowered, number) or start)


_TOKENS: Final = re.compile(r"[^ \u00a0]+")
_FIRST_WORD: Final = re.compile(rf"[^\W\d_]{{4,}}{GAP}(?=[{UPPER}][^\W\d_{UPPER}])")
# ... unless it is an adjective, the street's own first word (``Šárovo Kolo 34``, ``Dlouhá Míle 5``, ``Nová
# Cesta 3``).
_ADJECTIVE_FIRST: Final = re.compile(
    r"[^\W\d_]+(?:ovo|ova|ová|ové|ský|ská|ské|cký|cká|cké|ný|ná|né|ého|á|é|ý)[ \u00a0]"
)


def _bare_start(text: str, start: int, end: int) -> int:
    """Where a street without a street word begins: a sentence's first word of four letters or more, with a
    capitalized word after it, is the sentence's (``Bydlím Vodičkova 30``); ``Na Poříčí 12`` and ``Mezi Sklady 8``
    keep their preposition."""
    if text[:start].rstrip(" \t\u00a0")[-1:] not in ("", ".", "!", "?", "\n"):
        return start
    first = _FIRST_WORD.match(text, start, end)
    if first is None or text[start : first.end()].rstrip() in _PREPOSITIONS or _ADJECTIVE_FIRST.match(first.group()):
        return start
    return first.end()
