"""Phone numbers: international (``+351 912 345 678``, ``0049 30 1234567``) and EU national formats.

A number chunk counts as a phone number only with a phone-like shape and enough digits: an international
prefix; or a trunk ``0`` and 9-12 digits (DE, FR, IT, NL, BE, AT, IE, ...); or 9 digits from 2-9 (ES, PT,
PL, ...); or 10 digits from 3 (IT mobile) or 2/69 (GR). With a phone keyword just before it ("tel.",
"Telefon", "móvil", "puhelin", "sími", "τηλ", ... in every market language) 7-15 digits in any shape
suffice. Dates, thousands-separated amounts and numbers next to a currency or percent sign, round numbers
(six trailing zeros), references that start with a year and a slash or dash (``2024/00123``,
``2024-000457``) and numbers after an order, invoice or reference word (``Ordernummer``, ``facture``,
``pedido``) are not phone numbers.

Numbers those rules miss (``22 12 34 56`` in Norway, ``32 12 34 56`` in Denmark, ``(06 1) 234 5678`` in
Hungary) are phone numbers when libphonenumber (``phonenumberslite``) finds them valid in one of the
market's countries (``regions``, see ``market_regions``) and they are written in groups, not as a plain
run of digits or a range of years; in a country that dials a trunk prefix, they start with it
(``1100-048`` is a Portuguese postcode, not a Swedish number) unless the area code is bracketed. A plain run of
digits counts too after a phone word or a call or text verb (``ringe``, ``ligue``, ``zadzwoń``, ``sms``) or alone on
its line under a line of words (a signature's number), written whole as a mobile number of a market country that
dials no trunk prefix (``41234567`` in Norway), and a number grouped by threes with dots like an amount
(``912.345.678``) when it is a mobile number of the market; so does a number written whole at a clause's end after
a word for "a number" (``feil nummer i stad. Rett er 37252001``), a mobile's voicemail number where the country's
open as its mobiles (Italy's eleven digits), and a number after a date in one run (``12-03-1985 0612345678``).
Amounts in the market's currencies (``kr``, ``zł``, ``Kč``, ``Ft``, ``lei``, ``лв``) and customer, account and case
numbers (``kundenummer``, ``sagsnummer``) stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Final, NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumberDesc

from runtime.privacy.detectors.scan import NumberChunk, TextScan
from runtime.privacy.market_languages import EUROPEAN_REGIONS as EUROPEAN_REGIONS
from runtime.privacy.market_languages import LANGUAGE_COUNTRIES
from runtime.privacy.normalize import fold
from runtime.privacy.types import PHONE, SOURCE_BUILTIN, PiiSpan

# A date at a number's start: with its four-digit year, or with a two-digit year then a space (``19/09/26 517 €``;
# a phone number's pairs run on with the same separator: ``06.12.34.56.78``).
_DATE: Final = re.compile(
    r"[0-9]{1,2}[./\-][0-9]{1,2}[./\-](?:1[89]|2[01])[0-9]{2}|(?:1[89]|2[01])[0-9]{2}[./\-][0-9]{1,2}[./\-][0-9]{1,2}"
    r"|(?:0?[1-9]|[12][0-9]|3[01])([./\-])(?:0?[1-9]|1[0-2])\1[0-9]{2}(?=[ \u00a0])"
)
_THOUSANDS: Final = re.compile(r"[0-9]{1,3}(?:[.\u00a0 ][0-9]{3})+")
#: Currencies of the market's countries written after or before an amount (besides the signs).
_CURRENCIES: Final = r"eur|usd|gbp|chf|sek|nok|dkk|isk|pln|czk|huf|ron|bgn|kr|kroner|kronor|krónur|zł|zl|kč|ft|lei|лв"
_CURRENCY_BEFORE: Final = re.compile(rf"(?:[€$£¥%]|(?<![^\W\d_])(?:{_CURRENCIES})\.?)\s?\Z", re.IGNORECASE)
# (a decimal comma: one or two digits, not the next cell's date or number of a pasted row: ``21 32 14 35,07.02.1988``)
_CURRENCY_AFTER: Final = re.compile(
    rf"\s?(?:[€$£¥%]|(?:{_CURRENCIES}|euros?|k€)(?![^\W\d_]))|,[0-9]{{1,2}}(?![0-9]|[.\-/][0-9])", re.IGNORECASE
)
# Words that announce a phone number, in every market language. The detectors read a folded view of
# non-ASCII text (lower case, no accents): the words are folded alike.
_PHONE_WORDS: Final = """
tel tél tlf tlm phone telephone téléphone telefon telefone telefono teléfono telefoon telemóvel mobile mobil
mobiel móvil handy portable cellulare cell gsm fax whatsapp rufnummer call ring ringa bel bellen telefonnummer
mobilnummer puhelin puh matkapuhelin telefoni mobiil tālrunis tālr mobilais telefonas komórka komórkę telefonu
telefonní telefónne telefón mobitel mob telefonszám mobilszám telefonul τηλ τηλέφωνο κινητό телефон тел мобилен
mowbajl sími farsími soita soitto celular telefoonnummer mobielnummer handynummer puhelinnumero
matkapuhelinnumero telefoninumber mobiilinumber tālruņa telefono telefonszámom telefonnumret telefonnumeret
telefonnummeret símanúmer símanúmerið fón guthán fóin telefonen mobilni mobilní mobilné telefónne telefonski
vipps vippsnummer vippsnummeret mobilepay swish swishnummer
"""
#: How people ask to be called, texted or written to (a number then is a phone's), in every market language: the
#: beginnings of the verbs' forms (``ringe``, ``ringje``, ``llámame``, ``chiamatemi``, ``zadzwońcie``,
#: ``pokličite``, ``обадете``, ``τηλεφωνήστε``, ``helistage``, ``scrivetemi``, ``napiszcie``), folded on use.
_CALL_PREFIXES: Final = """
sms texted ligue liguem ligar ligou llame llama llamad llamar llamen appeler appelez appelle rappeler rappelez
rappelle chiama chiami richiama richiami anruf zurückruf rufen ruft belt beld bellen terugbel gebeld dzwon dzwoń
zadzwo oddzwo volej volaj volat volal zavolej zavolaj zavolat zavolal hívj hívni hívott suna nazov nazva pozov
poklic poklič обад звън позвън τηλεφων καλέστε soita soitt tekstiviest helist zvan piezvan skambin paskambin ringa
ringe ringd ringj ringt hringj hringi hringd hringir glaoigh glaoch ċempel ċempil ċemplu cempel uruff zréckruff
kontakt contact contatt scrivetemi scrivimi scrivete escreva escreve escrevam escríbeme escríbame escríbeme
escribidme écrivez écris schreiben schreibt napisz napište napiste pišite píšte írjon írj scrie пишете γράψτε
kirjoita kirjoittakaa kirjuta rakstiet parašykite skriv skrifaðu scríobh ikteb
"""
_REFERENCE_WORDS: Final = """
ref reference referência referencia référence referenz riferimento order ordernumret ordernummer bestellnummer
bestelnummer rechnungsnummer vorgangsnummer sendungsnummer aktenzeichen invoice facture fatura factura factuur
factuurnummer fattura pedido encomenda commande colis parcel tracking pratica zamówienia faktura fakturanummer
tilaus objednávka comanda παραγγελία kundenummer kundennummer kundnummer kundenr kontonummer kontonr sagsnummer
saksnummer ärendenummer fallnummer vertragsnummer avtalenummer avtalsnummer aftalenummer asiakasnumero tilinumero
sopimusnumero klantnummer contractnummer dossier dossiernummer rekeningnummer ügyfélszám szerződésszám kliendinumber
lepingu klienta umowy smlouvy zmluvy ordrenummer
contrat contract vertrag vertrags contrato contratto contrattuale kontrakt contractul umowa smlouva zmluva
sopimus leping līgums sutartis szerződés ugovor pogodba договор σύμβαση συμβόλαιο kuntratt conradh avtale aftale
avtal samningur police policy polizza póliza apólice polis polisa pojistka poistka vakuutus kindlustus polise
tva vat mwst ust iva btw moms alv áfa dph dič nip pvn pvm ddv ДДС ΦΠΑ ΑΦΜ siret siren
ordrenr bestillingsnummer referencenummer referansenummer referanse
referens referensnummer viite viitenumero viitenumber
saldo beløp beløb belopp betrag summe summa sum amount total montant importe importo valor kwota částka suma
összeg iznos znesek сума ποσό määrä kopsumma
"""


_TOKEN: Final = re.compile(r"[^\W\d_]+")
# (Each list folded whole, then split: the same words as folded one by one.)
_PHONE_KEYS: Final = frozenset(fold(_PHONE_WORDS).split())
_CALL_KEYS: Final = tuple(sorted(set(fold(_CALL_PREFIXES).split())))
_REFERENCE_KEYS: Final = frozenset(fold(_REFERENCE_WORDS).split())
_KEYWORD_WINDOW: Final = 32
#: How a round amount ends (``2500000``); no phone number does.
_ROUND: Final = "00000"
# A year, then a slash or a dash and more digits: a file, invoice or loan reference (``2024/00123``,
# ``2024-000457``), not a number to dial.
_YEAR_REFERENCE: Final = re.compile(r"(?:19|20)[0-9]{2}(?:/|-(?=[0-9]{5}))")


def _words_before(text: str, start: int) -> Iterator[re.Match[str]]:
    """The words (runs of letters) of the window before ``start``, the first one whole."""
    low = max(0, start - _KEYWORD_WINDOW)
    while low > 0 and low > start - 2 * _KEYWORD_WINDOW and text[low - 1].isalpha():
        low -= 1  # a word the window cuts is read whole ("hotel" is no "tel")
    return _TOKEN.finditer(text, low, start)


def _phone_word(word: str) -> bool:
    """Whether a word is a phone word or a form of a call, text or write verb (folded)."""
    key = fold(word)
    return key in _PHONE_KEYS or key.startswith(_CALL_KEYS)


def _has_keyword(text: str, start: int) -> bool:
    """Whether a phone word or call verb stands in the window before ``start``."""
    return any(_phone_word(word.group()) for word in _words_before(text, start))


def announced(text: str, chunk: NumberChunk) -> bool:
    """Whether a phone word introduces this very number (``telefon 512 345 678``: no other number between)."""
    last = None
    for word in _words_before(text, chunk.start):
        if _phone_word(word.group()):
            last = word
    return last is not None and not any(c.isdigit() for c in text[last.end() : chunk.start])


def _after_reference_word(text: str, start: int) -> bool:
    """Whether an order, invoice or reference word stands just before ``start``."""
    return any(fold(word.group()) in _REFERENCE_KEYS for word in _words_before(text, start))


#: Words for "number" between a reference word and its number (``order no. 4455``, ``Rechnung Nr. 123``).
_NUMBER_WORDS: Final = frozenset(
    fold("nr no nro nº n° num number numer nummer numero número numéro číslo č čís szám br broj št αρ").split()
)
_REFERENCE_GAP: Final = re.compile(r"[\s.:#º°]*")
# Whose number it is ("of the client", "of the contract"), after any kind of number: ``numer umowy``, ``PESEL klienta``.
_OWNER_WORDS: Final = frozenset(fold("klienta umowy smlouvy zmluvy lepingu").split())


def names_a_reference(text: str, start: int) -> bool:
    """Whether an order, invoice or reference word names the number at ``start`` itself (``Bestellnummer
    20260501-1234``, ``order no. 4455``, ``tilaus: 0105261234``): only a word for "number", ``#``, ``:`` or dots
    between."""
    words = list(_words_before(text, start))
    end = start
    for word in reversed(words):
        if _REFERENCE_GAP.fullmatch(text, word.end(), end) is None:
            return False
        key = fold(word.group())
        if key in _REFERENCE_KEYS and key not in _OWNER_WORDS:
            return True
        if key not in _NUMBER_WORDS and key not in _OWNER_WORDS:
            return False
        end = word.start()
    return False


_CURRENCY_LOOK_BACK: Final = 10


def _next_to_amount_sign(text: str, chunk: NumberChunk) -> bool:
    # Searched in the text itself, not a slice: a word ending in a currency's letters is no currency (``Vasseur``).
    before = _CURRENCY_BEFORE.search(text, max(0, chunk.start - _CURRENCY_LOOK_BACK), chunk.start)
    return before is not None or bool(_CURRENCY_AFTER.match(text, chunk.end))


def _reference_or_round(raw: str, digits: str) -> bool:
    """Whether a number is a reference that opens with a year (``sak 2024/1234``) or a round amount written whole
    (``lånet på 2500000``)."""
    return _YEAR_REFERENCE.match(raw) is not None or (raw == digits and digits.endswith(_ROUND))


def is_phone(text: str, chunk: NumberChunk) -> bool:
    """Whether a number chunk of ``text`` is a phone number (see the module docstring for the rules)."""
    digits, raw = chunk.digits, chunk.text
    count = len(digits)
    if count < 7 or count > 17 or _DATE.match(raw) or _next_to_amount_sign(text, chunk):
        return False
    if raw.startswith(("+", "(+")):
        return 8 <= count <= 15 and digits[0] != "0"
    if _bracketed_calling_code(raw, digits):
        return True
    if digits.startswith("00"):
        return 10 <= count <= 17 and digits[2] != "0"
    if _reference_or_round(raw, digits):
        return False  # even after a phone word
    if _has_keyword(text, chunk.start):
        return count <= 15
    if _after_reference_word(text, chunk.start):
        return False
    if digits[0] == "0":
        return 9 <= count <= 12
    if digits.endswith("000000") or (_THOUSANDS.fullmatch(raw) and ("." in raw or digits.endswith("000"))):
        return False
    if count == 9:
        return digits[0] != "1"
    return count == 10 and (digits[0] in "23" or digits.startswith("69"))


_BRACKETED_CODE: Final = re.compile(r"\(([0-9]{1,3})\)")


def _bracketed_calling_code(raw: str, digits: str) -> bool:
    """Whether a number opens with a European calling code in brackets, no plus (``(351) 912 345 678``), and is
    valid in full as that code's international number (libphonenumber)."""
    code = _BRACKETED_CODE.match(raw)
    if code is None or phonenumbers.region_code_for_country_code(int(code.group(1))) not in EUROPEAN_REGIONS:
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits))
    except NumberParseException:
        return False


def market_regions(languages: Iterable[str]) -> tuple[str, ...]:
    """The countries whose national phone forms a market's languages (``pt``, ``de-AT``) imply, in order."""
    regions: list[str] = []
    for language in languages:
        base, _, country = language.partition("-")
        for region in (*((country.upper(),) if country else ()), *LANGUAGE_COUNTRIES.get(base.lower(), ())):
            if region not in regions:
                regions.append(region)
    return tuple(regions)


class _Region(NamedTuple):
    """What libphonenumber's data says of a region's national numbers, for a quick look before parsing."""

    trunk: str
    dialled: re.Pattern[str] | None
    lengths: frozenset[int]
    shape: re.Pattern[str] | None  # every national significant number of the region fully matches it
    code: str  # the calling code (parsing reads a number that starts with it as international)


@lru_cache(maxsize=64)
def _region_lengths(region: str) -> _Region:
    """A region's trunk prefix, how it may be dialled, the lengths and the shape of its national significant
    numbers.

    From libphonenumber's data; Lithuania's trunk prefix is ``0`` but ``8`` is still dialled.
    """
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.general_desc is None:
        return _Region("", None, frozenset(), None, "")
    trunk = metadata.national_prefix or ""
    dialled = re.compile(metadata.national_prefix_for_parsing or trunk) if trunk else None
    pattern = metadata.general_desc.national_number_pattern
    shape = re.compile(pattern) if pattern else None
    lengths = frozenset(metadata.general_desc.possible_length or ())
    return _Region(trunk, dialled, lengths, shape, str(metadata.country_code or ""))


_GROUPED: Final = re.compile(
    r"\([0-9 \u00a0\-]+\)[ \u00a0]?[0-9]+(?:[ \u00a0.\-/][0-9]+)*|[0-9]+(?:[ \u00a0.\-/][0-9]+)+"
)
#: Regions whose trunk prefix (libphonenumber's data) is not written in national numbers.
_TRUNK_NOT_WRITTEN: Final = frozenset({"LI"})
_YEARS: Final = re.compile(r"(?:1[89]|20)[0-9]{2}(?:[ .\-/]+(?:1[89]|20)[0-9]{2})+")


def valid_in_market(text: str, chunk: NumberChunk, regions: tuple[str, ...]) -> bool:
    """Whether a national number, written in groups, is valid in one of ``regions`` (libphonenumber)."""
    digits, raw = chunk.digits, chunk.text
    if not (6 <= len(digits) <= 13) or raw.startswith("+") or digits.startswith("00"):
        return False
    if _reference_or_round(raw, digits):
        return False
    keyword = _has_keyword(text, chunk.start)
    written = (
        _GROUPED.fullmatch(raw)
        or keyword
        or signature_line(text, chunk)
        or row_cell(text, chunk)
        or _compact_mobile(text, chunk, regions)
        or _the_number_given(text, chunk)
    )
    if not written or _YEARS.fullmatch(raw):
        return False
    if _DATE.match(raw) or _next_to_amount_sign(text, chunk):
        return False
    if _THOUSANDS.fullmatch(raw):
        return _dotted_mobile(raw, digits, regions) or _spaced_mobile(text, chunk, regions, keyword)
    reference = _YEAR_REFERENCE.match(raw) or _after_reference_word(text, chunk.start)
    if (reference or _after_number_sign(text, chunk)) and not keyword:
        return False
    return _valid_national(raw, digits, regions, keyword)


#: How far a signature's lines are looked for around a number (the scan stays linear in the text's length).
_SIGNATURE_CHARS: Final = 80
# A line of words only (a name, a closing formula): no digit, no colon, no field or list mark.
_WORDS_LINE: Final = re.compile(r"[^\W\d_][^\d:;=|\t\n]*")


def signature_line(text: str, chunk: NumberChunk) -> bool:
    """Whether a number stands alone on its line right under a line of words (``Frode Berg`` / ``23239827``): a
    letter's signature, where people write their number without a phone word."""
    line_start = text.rfind("\n", max(0, chunk.start - _SIGNATURE_CHARS), chunk.start) + 1
    line_end = text.find("\n", chunk.end, chunk.end + _SIGNATURE_CHARS)
    line_end = len(text) if line_end < 0 else line_end
    if line_start == 0 or text[line_start : chunk.start].strip() or text[chunk.end : line_end].strip(" \t\r.,"):
        return False
    previous_start = text.rfind("\n", max(0, line_start - 1 - _SIGNATURE_CHARS), line_start - 1) + 1
    if previous_start == 0 and line_start - 1 > _SIGNATURE_CHARS:
        return False  # a line longer than a signature's
    return _WORDS_LINE.fullmatch(text[previous_start : line_start - 1].strip(" \t\r,")) is not None


_CELL_EDGE: Final = " \"'"
_CELL_SEPARATORS: Final = ";|\t"


def row_cell(text: str, chunk: NumberChunk) -> bool:
    """Whether a number is a whole cell of a pasted row (``RUI NEVES;913222111;rui@sapo.pt``): a ``;``, ``|`` or
    tab on one side of it and the line's edge or another on the other, spaces and quotes aside."""
    before = chunk.start
    while before > 0 and text[before - 1] in _CELL_EDGE and chunk.start - before < _MAX_CELL_PADDING:
        before -= 1
    after = chunk.end
    while after < len(text) and text[after] in _CELL_EDGE and after - chunk.end < _MAX_CELL_PADDING:
        after += 1
    opens = before == 0 or text[before - 1] in "\n\r" or text[before - 1] in _CELL_SEPARATORS
    closes = after == len(text) or text[after] in "\n\r" or text[after] in _CELL_SEPARATORS
    separated = (before > 0 and text[before - 1] in _CELL_SEPARATORS) or (
        after < len(text) and text[after] in _CELL_SEPARATORS
    )
    return opens and closes and separated


_MAX_CELL_PADDING: Final = 3


def is_market_mobile(digits: str, regions: tuple[str, ...]) -> bool:
    """Whether a number written whole is a mobile number of a market country that dials no trunk prefix."""
    return any((shape := _untrunked_mobiles(region)) is not None and shape.fullmatch(digits) for region in regions)


def _compact_mobile(text: str, chunk: NumberChunk, regions: tuple[str, ...]) -> bool:
    """Whether a plain run of eight digits or more is a mobile number of a market country that dials no trunk
    prefix (``41234567`` in Norway, ``21234567`` in Denmark or Latvia), ending its clause (``mitt nummer er
    41234567``; not ``Transaksjon 91234567 feilet``) and not after a compound naming another number
    (``medlemsnummer``, ``kundenr``)."""
    raw = chunk.text
    if not (raw.isdigit() and len(raw) >= 8 and raw[0] != "0") or _CLAUSE_GOES_ON.match(text, chunk.end):
        return False
    return _OTHER_NUMBER.search(text, max(0, chunk.start - _KEYWORD_WINDOW), chunk.start) is None and (
        is_market_mobile(raw, regions)
    )


#: Words for "a number" standing alone, in every market language (folded on use): the number someone gives at a
#: clause's end after one is a phone number where it is valid in the market (``feil nummer i stad. Rett er
#: 37252001``); compounds (``kundenummer``) and order, invoice or customer words keep theirs.
_GIVEN_NUMBER_WORDS: Final = frozenset(
    fold(
        "number nummer nummeret numret numero número numéro numer numeru numerem číslo čísla číslem číslom szám "
        "számom számot számon broj broja brojem številka številko numeris numerį numurs numuru numbri numbrit "
        "αριθμός αριθμό номер номера номерът uimhir numru númer númerið nummerið"
    ).split()
)


def _the_number_given(text: str, chunk: NumberChunk) -> bool:
    """Whether a number, written whole or in groups, ends its clause after a word for "a number" with no other
    digits and no order, invoice or reference word in any of its forms between (``Riktig er 37886084``, ``È il
    35004980688`` after ``sbagliato numero``; not ``nummer på fakturaen er 37886084``)."""
    window = text[max(0, chunk.start - _KEYWORD_WINDOW) : chunk.start]
    if _CLAUSE_GOES_ON.match(text, chunk.end) or any(char.isdigit() for char in window):
        return False
    words = [fold(word.group()) for word in _words_before(text, chunk.start)]
    return any(word in _GIVEN_NUMBER_WORDS for word in words) and not any(
        word.startswith(_REFERENCE_STEMS) for word in words
    )


#: The reference words as the beginnings of their forms (``fakturaen``, ``ordren``, ``Rechnungsnummer``).
_REFERENCE_STEMS: Final = tuple(sorted(key for key in _REFERENCE_KEYS if len(key) >= 4))


# After a number: its clause goes on (a word, not punctuation or the line's end).
_CLAUSE_GOES_ON: Final = re.compile(r"[ \t]*[^\W\d_]")
# A compound naming a number that is no phone's (``medlemsnummer``, ``kundennr.``, ``Vertragsnummer``) just before.
_OTHER_NUMBER: Final = re.compile(
    r"[^\W\d_]{2,}(?:nummer|nummeret|numret|nr|no|numero|número)\.?:?[ \t]+(?:er |is |ist |är )?\Z", re.I
)


@lru_cache(maxsize=64)
def _untrunked_mobiles(region: str) -> re.Pattern[str] | None:
    """The shape of a region's mobile numbers (libphonenumber's data) when the region dials no trunk prefix, with
    the mobiles' voicemail numbers where they open as its mobiles do (Italy's eleven digits ``350 0498 0688``)."""
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.national_prefix or metadata.mobile is None:
        return None
    pattern = metadata.mobile.national_number_pattern
    if not pattern:
        return None
    voicemail = metadata.voicemail
    if voicemail is not None and voicemail.national_number_pattern and _same_opening(metadata.mobile, voicemail):
        pattern = f"{pattern}|{voicemail.national_number_pattern}"
    return re.compile(pattern)


def _same_opening(mobile: PhoneNumberDesc, voicemail: PhoneNumberDesc) -> bool:
    """Whether a region's voicemail numbers open with the same digit as its mobile numbers (their examples)."""
    return bool(mobile.example_number and voicemail.example_number) and (
        mobile.example_number[0] == voicemail.example_number[0]  # type: ignore[index]
    )


def _mobile_in(digits: str, region: str) -> bool:
    """Whether ``digits`` is a valid mobile number of ``region`` (libphonenumber)."""
    try:
        number = phonenumbers.parse(digits, region)
    except NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _MOBILE_TYPES


def _dotted_mobile(raw: str, digits: str, regions: tuple[str, ...]) -> bool:
    """Whether a number grouped by threes with dots (``912.345.678``, which could be an amount) is a mobile
    number of one of the market's countries (libphonenumber), not a round amount."""
    if "." not in raw or len(digits) < 9 or digits.endswith("000"):
        return False
    return any(_mobile_in(digits, region) for region in regions)


def _spaced_mobile(text: str, chunk: NumberChunk, regions: tuple[str, ...], keyword: bool) -> bool:
    """Whether a number grouped by threes with spaces (``21 992 952``, Latvia's own grouping, which could be an
    amount) is a mobile number of one of the market's countries after a phone word, alone on its line under a line
    of words (a signature, a contact) or as a cell of pasted data (a cell between ``;``, tabs or ``|``, or between
    commas on a line that holds an e-mail), not a round amount."""
    if "." in chunk.text or chunk.digits.endswith("000"):
        return False
    if not (keyword or row_cell(text, chunk) or signature_line(text, chunk) or _comma_cell_beside_email(text, chunk)):
        return False
    return any(_mobile_in(chunk.digits, region) for region in regions)


def _comma_cell_beside_email(text: str, chunk: NumberChunk) -> bool:
    """Whether a number is a cell of a comma-separated line that holds an e-mail (``ana,ana@x.lv,21 992 952``)."""
    line_start = text.rfind("\n", 0, chunk.start) + 1
    line_end = text.find("\n", chunk.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    beside = text[chunk.start - 1 : chunk.start] == "," or text[chunk.end : chunk.end + 1] == ","
    return beside and "@" in line


_MOBILE_TYPES: Final = frozenset(
    {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
)


def dialled_in(chunk: NumberChunk, regions: tuple[str, ...]) -> str | None:
    """The first of ``regions`` where a number written whole (``0431143670`` in Finland, ``512345678`` in Poland)
    is a valid national number, with the trunk prefix where the region dials one; None when there is none."""
    if chunk.text != chunk.digits:
        return None
    return next((region for region in regions if _valid_national(chunk.text, chunk.digits, (region,), False)), None)


def _may_be_valid(digits: str, shape: re.Pattern[str], dialled: re.Pattern[str] | None, code: str) -> bool:
    """Whether ``digits`` may be a valid number of a region whose national significant numbers all fully match
    ``shape``, read as parsing reads them: with or without the calling code, then with or without a dialled
    trunk prefix."""
    for number in (digits, digits[len(code) :] if code and digits.startswith(code) else None):
        if number is None:
            continue
        if shape.fullmatch(number):
            return True
        trunk = dialled.match(number) if dialled is not None else None
        if trunk is not None and trunk.end() and shape.fullmatch(number[trunk.end() :]):
            return True
    return False


def _valid_national(raw: str, digits: str, regions: tuple[str, ...], keyword: bool) -> bool:
    """Whether libphonenumber finds ``raw`` a valid national number of one of ``regions``.

    Not cached: no cache keeps a message's numbers after its request.
    """
    for region in regions:
        trunk, dialled, lengths, shape, code = _region_lengths(region)
        significant = digits[len(trunk) :] if trunk and digits.startswith(trunk) else digits
        if len(significant) not in lengths:
            continue
        # Where a trunk prefix is dialled, a national number written without it (``1100-048``: a postcode)
        # is not one, unless its area code is bracketed (``(1) 234-5678``) or a phone keyword precedes it.
        unwritten = region in _TRUNK_NOT_WRITTEN or raw.startswith("(") or keyword
        if dialled is not None and not dialled.match(digits) and not unwritten:
            continue
        if shape is not None and not _may_be_valid(digits, shape, dialled, code):
            continue  # no number of the region looks so: parsing would not find it valid
        try:
            number = phonenumbers.parse(raw, region)
        except NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


def _after_a_date(chunk: NumberChunk) -> NumberChunk | None:
    """The number written after a date and a space in one chunk (``12-03-1985 0612345678``: a pasted record's date
    of birth, then a phone number), or None when the chunk opens with no date."""
    date = _DATE.match(chunk.text)
    if date is None or not chunk.text.startswith((" ", "\u00a0"), date.end()):
        return None
    rest = chunk.text[date.end() + 1 :]
    digits = "".join(char for char in rest if char.isdigit())
    return NumberChunk(chunk.end - len(rest), chunk.end, rest, digits) if digits else None


# A sign or abbreviation for "number" right before a number (``feuille de soins n° 44 7812``, ``Nr. 447812``).
_NUMBER_SIGN: Final = re.compile(r"(?<![^\W\d_])(?:n[°ºo]|nr|no|n)\.?:?[ \t]*\Z", re.IGNORECASE)


def _after_number_sign(text: str, chunk: NumberChunk) -> bool:
    """Whether ``n°``, ``no.`` or ``Nr.`` stands right before a number: a document's or a file's number, which
    a phone number is only after a phone word."""
    return _NUMBER_SIGN.search(text, max(0, chunk.start - 6), chunk.start) is not None


def detect(scan: TextScan, regions: tuple[str, ...] = ()) -> list[PiiSpan]:
    """Spans of the phone numbers among the number chunks of a message (``regions``: the market's countries)."""
    chunks = [rest if (rest := _after_a_date(c)) is not None else c for c in scan.chunks]
    return [
        PiiSpan(c.start, c.end, PHONE, SOURCE_BUILTIN)
        for c in chunks
        if is_phone(scan.text, c) or (regions and valid_in_market(scan.text, c, regions))
    ]
