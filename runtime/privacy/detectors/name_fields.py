"""Names in pasted data and letters (pure): labelled fields, CSV columns and signatures.

- a field named for a name, in JSON, forms or ``key: value`` lines (``"nome": "inês matos"``,
  ``Nachname: Müller``, ``Titular: JOSÉ ALVES PINTO``, ``imię=Anna``): its value, in any letter case;
- a CSV column named for a name (``nome;telefone`` then ``Rui Neves;913 222 111``): that column of each row;
- a row pasted without its header (``RUI NEVES;913 222 111``): a cell of capitalized words with a known name;
- a signature: the short line after a closing word (``Cumprimentos,`` / ``Mit freundlichen Grüßen``), the words
  after a closing word and a comma on its line, or a last line of capitalized words holding a known name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise
from typing import Final

from runtime.privacy.detectors.intro_phrases import CLOSINGS
from runtime.privacy.detectors.label_romanized import ascii_forms
from runtime.privacy.detectors.name_places import PLACE_WORDS
from runtime.privacy.detectors.name_run import DEPARTMENTS
from runtime.privacy.detectors.name_text import NAME_PARTICLES
from runtime.privacy.detectors.name_words import (
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    TOWNS,
    listed,
    word_set,
)
from runtime.privacy.detectors.role_fields import ROLE_WORDS
from runtime.privacy.normalize import fold

#: Words that name a field or column holding a person's name, in every market language (folded on use).
_NAME_FIELD_WORDS: Final = """
nome apelido apelidos sobrenome titular nombre apellido apellidos nom prenom prénom titulaire name names firstname
lastname fullname surname forename holder cardholder vorname nachname familienname kontoinhaber inhaber
kontoinhabers cognome intestatario naam voornaam achternaam tenaamstelling rekeninghouder imie imię imiona
nazwisko jmeno jméno prijmeni příjmení meno priezvisko nume numele prenume prenumele nev név neve vezeteknev
vezetéknév keresztnev keresztnév utónév utonev családnév csaladnev ime prezime priimek vardas pavarde pavardė
vards vārds uzvards uzvārds nimi etunimi sukunimi eesnimi perekonnanimi namn fornamn förnamn efternamn navn
fornavn efternavn etternavn mellomnavn kontohaver kontoinnehavare kontoeier namn førenamn etternamn mellomnamn
nafn fornafn eftirnafn föðurnafn onoma όνομα eponymo επώνυμο ονοματεπωνυμο ονοματεπώνυμο πατρώνυμο име имена
фамилия презиме beneficiario beneficiário beneficiary ainm sloinne céadainm numm virnumm nonumm familljennumm
isem kunjom titolare számlatulajdonos tulajdonos właściciel posiadacz majitel majiteľ titularul титуляр δικαιούχος
κάτοχος vlasnik imetnik tilinomistaja tilinhaltija kontoinnehaver omanik īpašnieks savininkas reikningseigandi
sealbhóir detentur nominativo kontoinhaberin inhaberin titolari majitelka majiteľka vlasnica imetnica właścicielka
posiadaczka tulajdonosa savininkė īpašniece sid kontohaverens kontoinnehavaren recipient payee destinatário
destinatario favorecido bénéficiaire destinataire empfänger empfängerin begünstigter zahlungsempfänger begunstigde
ontvanger odbiorca beneficjent příjemce príjemca kedvezményezett beneficiar destinatar получател παραλήπτης
primatelj prejemnik saaja maksunsaaja vastaanottaja mottagare betalningsmottagare modtager mottaker mottakar saņēmējs
gavėjas viðtakandi faighteoir íocaí tairbhí benefiċjarju owner houder rekeninghoudster eigenaar kontobesitzer
kontinhaber besëtzer kontobesëtzer kontoindehaver indehaver ejer kontoejer eier eigar kontoeigar innehavare
kontoägare ägare eigandi korthafi omistaja haltija kortinhaltija kontoomanik turētājs turėtojas držitel držiteľ
birtokos kártyabirtokos deținător deținătorul nositelj imatelj lastnik притежател úinéir cardholder karteninhaber
kortholder korthaldar kortinnehavar kortinnehavare korthållare kortindehaver korthafi kortinnehaver
onomateponymo fn
voornamen geslachtsnaam vornamen prénoms nombres nomes perenimi eesnimed nomi cognomi nazwiska etunimet sukunimet
fornavne keresztnevek utónevek imena prezimena vārdi vardai ονόματα επώνυμα
"""
#: Words that may stand beside those in a field's name (``Nome do titular``, ``Cognome e nome``, ``Vardas,
#: pavardė``, ``full_name``, ``Name des Kontoinhabers``, ``ainm iomlán``), folded.
_QUALIFIER_WORDS: Final = """
e i y a und and et og och ja un ir es és si și in и και agus u en of the do da de des du del della der van von na
mo my meu minha mi mon ma mein meine mio mia min mitt minu mano mans moje můj mój first given last family middle
full complete completo completa complet vollständiger vollständig volledige fullständigt fulde fullt fullt koko
teljes celé celý pełne puno polno pilnas pilns iomlán sħiħ πλήρες пълно ees account conta cuenta compte konto
cliente client customer kunde kunden klient klienta ügyfél asiakas on card kártya l il rachunku účtu računa
računu cont contului conto λογαριασμού сметка сметката на konta sąskaitos tilin reiknings cuntais kontu kontos
kont tal ta tad an chuntais cárta karta kartes kortelės karty cardului kartice картата κάρτας kortet kortets kort
kortin tarjeta cartão carte carta kontot kontoen kontoens собствено бащино sobstveno
pai mãe padre madre père mère pere mere vater vaters mutter father mother vader moeder papp mamm ojca matki otce
matky otca očeta matere oca majke apja anyja apa anya tatălui mamei бащата майката πατέρα πατρός μητέρας μητρός
missier omm athar máthar athair máthair fars mors faderns moderns faderens morens föður móður isän äidin isa ema
tēva mātes tėvo motinos születési leánykori rodowe panieńskie rodné dievčenské s vum på far mor d usage
jeune fille
naissance nascimento nascita nacimiento birth geburt geboorte urodzenia narození narodenia naștere rođenja rojstva
рождение раждане γέννησης syntymä sünni dzimšanas gimimo fæðingu fødsel födelse breithe twelid c č nr no n°
"""
_FOLD_KEY: Final = re.compile(r"[^\w]+|_+")
_CAMEL_HUMP: Final = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


# The first part of a compound whose second part another word shares (``Vor- und Nachname``, ``Etu- ja sukunimi``,
# ``För- och efternamn``): it names the same thing as that word.
_SUSPENDED_PART: Final = re.compile(r"[^\W\d_]+-(?=[ \t]+[^\W\d_])")


def _key_words(key: str) -> list[str]:
    """The folded words of a field or column name (``"first_name"``, ``firstName`` -> ``first``, ``name``), a
    compound's first part left out when its second part is written once for two (``Vor- und Nachname``)."""
    key = _SUSPENDED_PART.sub("", key) if "-" in key else key
    return [word for word in _FOLD_KEY.split(fold(_CAMEL_HUMP.sub(" ", key))) if word]


# (The words of a whole list at once: one fold and one split, the same words as label by label.)
#: Letters that folding keeps and the ASCII letters pasted field names write for them (``fornavn``, ``forenamn``
#: for ``førenamn``, ``sukunimi`` needs none).
_ASCII_LETTERS: Final = (("ø", ("o", "oe")), ("æ", ("ae",)), ("å", ("a", "aa")), ("ð", ("d",)), ("þ", ("th",)))


def _with_ascii(words: frozenset[str]) -> frozenset[str]:
    """``words`` and their spellings in ASCII letters (``førenamn``: ``forenamn``, ``foerenamn``; Greek and
    Bulgarian in Latin letters: ``dikaiouxos``, ``poluchatel``)."""
    others = [word for word in words if not word.isascii()]
    spelled = set(words)
    spelled.update(ascii_forms(word for word in others if "\u0370" <= word[0] <= "\u04ff"))
    for letter, replacements in _ASCII_LETTERS:
        with_letter = [word for word in others if letter in word]
        spelled.update(word.replace(letter, ascii) for word in with_letter for ascii in replacements)
        others.extend(word.replace(letter, ascii) for word in with_letter for ascii in replacements)
    return frozenset(spelled)


NAME_FIELDS: Final = _with_ascii(frozenset(_key_words(_NAME_FIELD_WORDS)))
_QUALIFIERS: Final = frozenset(_key_words(_QUALIFIER_WORDS))
_MAX_KEY_WORDS: Final = 5


def name_key(key: str) -> bool:
    """Whether a field or column name names a person's name: a name word, and nothing but qualifiers beside it
    (``Nome do titular`` is; ``Nome do banco``, ``Benutzername`` are not), in any case and accents."""
    return _names_a_name(_key_words(key))


#: Words after which a field's name says where the value is copied from (``Cognome e nome come sul documento``,
#: ``Name laut Ausweis``, ``Perekonnanimi ja eesnimi nagu passis``): the words before them name the field, folded.
_AS_WORDS: Final = frozenset(
    fold(word)
    for word in word_set("""
as like per according laut wie gemäß comme tel telle come como conforme zoals volgens som såsom enligt ifølge
kuten nagu kā kaip jak jako ako kao kot mint ca conform όπως ως като kif skont wéi mar eins
""")
)


def _before_as(words: list[str]) -> list[str]:
    """A key's words before the first word saying where the value is copied from (``come sul documento``)."""
    for index, word in enumerate(words):
        if index and word in _AS_WORDS:
            return words[:index]
    return words


def _names_a_name(words: list[str]) -> bool:
    """Whether a key's folded words name a person's name (see ``name_key``), a note of where the value is copied
    from aside (``Apellidos y nombre como en el DNI``); a customer or a role may say whose (``debtorName``,
    ``Nome genitore``, ``parent_name``)."""
    words = _before_as(words)
    return (
        0 < len(words) <= _MAX_KEY_WORDS
        and any(word in NAME_FIELDS for word in words)
        and all(word in NAME_FIELDS or word in _QUALIFIERS or word in _CLIENTS or word.isdigit() for word in words)
    )


#: The words of ``NAME_FIELDS`` that name a payee or a recipient, who is often a company or a shop (``Empfänger;…``
#: over ``Spar;…``), folded.
_PAYEE_WORDS: Final = """
beneficiario beneficiário beneficiary δικαιούχος recipient payee destinatário destinatario favorecido bénéficiaire
destinataire empfänger empfängerin begünstigter zahlungsempfänger begunstigde ontvanger odbiorca beneficjent příjemce
príjemca kedvezményezett beneficiar destinatar получател παραλήπτης primatelj prejemnik saaja maksunsaaja
vastaanottaja mottagare betalningsmottagare modtager mottaker mottakar saņēmējs gavėjas viðtakandi faighteoir íocaí
tairbhí benefiċjarju
"""


def payee_key(key: str) -> bool:
    """Whether a field or column name names a payee or a recipient (``Empfänger``, ``kedvezményezett``)."""
    return _names_a_payee(_key_words(key))


def _names_a_payee(words: list[str]) -> bool:
    """Whether a key's folded words name a payee (see ``payee_key``)."""
    return any(word in _PAYEES for word in words) and all(word in _PAYEES or word in _QUALIFIERS for word in words)


def _payee_value(words: list[str]) -> bool:
    """Whether a payee's value may be a person's name: not one word that is no known name (``Spar``, ``Tesco``),
    nor words with a place's word (``Szegedi Dóm``), nor capitalized words beside lower-case ones that are no
    name's particles (``Egri vár``, ``Pécsi székesegyház``: a place)."""
    if len(words) == 1:
        return listed(fold(words[0]))
    if any(fold(word) in PLACE_WORDS for word in words):  # "Szegedi Dóm", "Arena Plaza"
        return False
    lower = any(word[0].islower() and fold(word) not in NAME_PARTICLES for word in words)
    return not (lower and any(word[0].isupper() for word in words))


#: Words that name a customer, in every market language, and (``role_fields``) a person by the role they hold
#: (``Mieter``, ``Locataire``, ``Najemca``): a field so named holds a name written as one (``Ügyfél: BALOGH
#: NOEL``, ``Cliente: Ana Silva``, ``Mieter: ERWIN HAHN``), not any value (``Cliente: particular``).
_CLIENT_WORDS: Final = """
client cliente customer kunde kundin klient klientka klientas klients klijent klijentica stranka ügyfél asiakas
klant kund kunne viðskiptavinur vidskiptavinur клиент клиентка πελάτης πελάτισσα custaiméir klijent pelatis
pelatissa
"""
#: The words for a customer, folded (``cliente``, ``kunde``, ``ügyfél``).
CUSTOMER_WORDS: Final = _with_ascii(frozenset(fold(_CLIENT_WORDS).split()))
_PAYEES: Final = _with_ascii(frozenset(fold(_PAYEE_WORDS).split()))
_CLIENTS: Final = _with_ascii(frozenset(fold(_CLIENT_WORDS + ROLE_WORDS).split()))  # (plain words: one fold)
_MIN_CLIENT_WORDS, _MAX_CLIENT_WORDS = 2, 4


def client_key(key: str) -> bool:
    """Whether a field's name names a customer or a person by role (``Ügyfél``, ``Mieter``; ``Nome do cliente`` is
    a ``name_key``)."""
    return _names_a_client(_key_words(key))


def _names_a_client(words: list[str]) -> bool:
    """Whether a key's folded words name a customer or a person by role (see ``client_key``), numbered too
    (``Cestující č. 2``, ``Guest 1``)."""
    return (
        0 < len(words) <= _MAX_KEY_WORDS
        and all(word in _CLIENTS or word in _QUALIFIERS or word.isdigit() for word in words)
        and any(word in _CLIENTS for word in words)
    )


def _written_as_a_name(words: list[str], field: bool = False, lower: bool = False, client: bool = False) -> bool:
    """Whether words are written as a person's name: two to four capitalized words or words in capitals, each a
    known name or no frequent word (``Cliente: Ana Silva``, ``"customer": "Mohammad Hall"``; not ``Cliente:
    Particular``), in a field or where ``lower`` allows in lower case too (``"kunde": "dan madsen"``); a frequent
    word beside a known name (``TOMÉ ABREU``; not ``Conta Ordenado``), in a ``client`` field's value a frequent word
    that is no known name too beside a known name that is no frequent word (``"klient": "merike laks"``), or one
    such word beside a known name (``Üürnik: KRISTJAN ORAS``, ``Tionónta: JESSE MAC MAOLÁIN``)."""
    written = all(word[0].isupper() for word in words) or ((field or lower) and all(word.islower() for word in words))
    if not (_MIN_CLIENT_WORDS <= len(words) <= _MAX_CLIENT_WORDS and written):
        return False
    keys = [fold(word) for word in words]
    if all(_name_or_rare(key) for key in keys):
        return field or _partnered(keys, listed)
    return client and (
        _partnered(keys, lambda key: listed(key) and key not in FREQUENT_WORDS) or _beside_a_name(words, keys)
    )


#: Irish particles as a name writes them (``Ó``, ``Ní``, ``Mac``; in lower case in a message typed so): frequent
#: words of other languages once folded.
_IRISH_PARTICLES: Final = frozenset(
    form for word in ("Ó", "Ní", "Uí", "Mac", "Nic", "Mhic") for form in (word, word.upper(), word.lower())
)


#: The most letters of a given name the lists lack that is a frequent word elsewhere (``Fran``, ``Li``, ``Ola``).
_SHORT_GIVEN: Final = 4


def _rare(key: str) -> bool:
    """A word of some length that is no frequent word of any market language (``jakovic``, ``nylen``)."""
    return len(key) > 3 and key not in FREQUENT_WORDS


def _beside_a_name(words: list[str], keys: list[str]) -> bool:
    """Whether at most one word of a field's value is a frequent word that is no known name (an Irish particle
    aside) and the value opens with a known given name, holds an Irish particle or is two words, the other a rare
    one: the name lists lack some names that are frequent words (``KRISTJAN ORAS``, ``JESSE MAC MAOLÁIN``, ``Fran
    Jaković``; not ``Empresa Nova``, ``Kundeservice Afdeling``)."""
    ordinary = [
        key for word, key in zip(words, keys, strict=True) if not _name_or_rare(key) and word not in _IRISH_PARTICLES
    ]
    if len(ordinary) > 1:
        return False
    if keys[0] in GIVEN_NAMES and keys[0] not in ordinary:
        return True
    capitalized = all(word[0].isupper() for word in words)  # (not ``új ügyfél``, ``neue bestellung``)
    if capitalized and len(keys) == 2 and ordinary == [keys[0]] and len(keys[0]) <= _SHORT_GIVEN and _rare(keys[1]):
        return True  # a short given name the lists lack that is a frequent word elsewhere, then a rare surname
        # (``Gost: Fran Jaković``, ``Hyresgäst: Li Nylén``; not ``Kunde: Firma Schreinerei``)
    particles = [word for word in words if word in _IRISH_PARTICLES]
    return bool(particles) and len(words) - len(particles) - len(ordinary) > 0  # not "mac user"


def _partnered(keys: list[str], partner: Callable[[str], bool]) -> bool:
    """Whether each frequent word among ``keys`` (a name's particles aside) has another word beside it that is a
    ``partner`` (a known name; in a field's value a known name that is no frequent word: ``"klient": "merike
    laks"``, not ``"customer": "new account"``)."""
    return all(
        any(other != key and partner(other) for other in keys)
        for key in keys
        if key in FREQUENT_WORDS and key not in NAME_PARTICLES
    )


def _name_or_rare(key: str) -> bool:
    """Whether a folded word is a known given or family name, a name's particle, or no frequent word."""
    return listed(key) or key in NAME_PARTICLES or key not in FREQUENT_WORDS


# A word of a name (``H.-Dieter`` too), the Irish particle ``a'`` (``Mac a' Bhuí``), or the Dutch particles ``'t``
# and ``'s`` (``Van 't Hof``, ``'s Gravensande``).
_NAME_WORD: Final = (
    r"(?:[^\W\d_]['’](?=[ \u00a0])|[^\W\d_](?:[^\W\d_]|\.-(?=[^\W\d_])|['’.\-](?=[^\W\d_]))*\.?"
    r"|['’][tsTS](?![^\W_]))"
)
# A surname's particles after a comma, as a register sorts it (``Berg, van den``).
_SORTED_PARTICLES: Final = (
    r"(?:,[ \u00a0]?(?:van|von|de|der|den|het|ter|ten|te|zu|du|da|di|le|la|del|della|dos|das)"
    r"(?:[ \u00a0](?:de|der|den|het|la|le))?(?![^\W_]))?"
)
_VALUE: Final = rf"{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{0,5}}{_SORTED_PARTICLES}"
# After a field's separator: its value (on the same line, or alone on the next), then a quote, the field's end, a
# tab before the next field (``Tenant: Ann Lee\tRef: 12``), the ``&`` of a query string or a remark in brackets
# or after a dash (``Name: Hans Müller (Kontoinhaber)``, ``Nome: Ana Silva - titular``).
_FIELD_VALUE: Final = re.compile(
    rf"[:=][ \t]*(?:\r?\n[ \t]*)?[\"']?(?P<value>{_VALUE})(?=[\"']|[ \t\r]*(?:$|[\n,;|}}(\[\t&])|[ \t]+[-–—/·•][ \t])",
    re.MULTILINE,
)
#: Where a field's name begins: after the last of these before its separator.
_KEY_STOPS: Final = "\n{[;|\t:="
_MAX_KEY_CHARS: Final = 48
_CELL_SEPARATORS: Final = ";\t|,"
_CLOSINGS: Final = frozenset(fold(closing) for closing in CLOSINGS)
_MAX_SIGNATURE_WORDS: Final = 4


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with its start offset."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def fields(text: str) -> list[tuple[int, int]]:
    """The values of fields named for a name (``"nome": "inês matos"``, ``Jméno: Kvido``, ``Vardas, pavardė:
    …``, ``Ainm:`` and the name on the next line, ``Name: Müller, Hans``, ``<nome>Ana Silva</nome>``)."""
    found: list[tuple[int, int]] = []
    for separator in _SEPARATOR.finditer(text):
        position = separator.start()
        window = max(0, position - _MAX_KEY_CHARS)  # a key is at most that long: the scan stays linear
        key_start = max(window, max(text.rfind(stop, window, position) for stop in _KEY_STOPS) + 1)
        key = text[key_start:position]
        client = False
        last_key = key.rpartition(",")[2]
        if not (name_key(key) or name_key(last_key) or _name_part_key(text, last_key, key_start)):
            if not client_key(key):
                continue
            client = True
        value = _FIELD_VALUE.match(text, position)
        if value is None:
            continue
        rest = _SURNAME_COMMA_GIVEN.match(text, value.end("value"))  # "Nachname, Vorname: Müller, Hans"
        given = rest is not None and not any(_place_word(word) for word in rest.group(1).split())
        words = value.group("value").split() + (rest.group(1).split() if given else [])  # type: ignore[union-attr]
        if client and not _written_as_a_name(words, True, client=True):  # "Kund: Lindqvist, Sten-Åke"
            continue
        if not client and payee_key(last_key) and not _payee_value(words):  # "a kedvezményezett: Spar"
            continue
        found.append((value.start("value"), rest.end(1) if given else value.end("value")))  # type: ignore[union-attr]
    if "</" in text:
        found.extend(match.span("value") for match in _XML_FIELD.finditer(text) if name_key(match.group("key")))
    if "\t" in text:
        found.extend(_tab_fields(text))
    return found


# A JSON object opened under a field's name (``"name": {``), the name in group ``key``.
_OBJECT_UNDER: Final = re.compile(r"[\"']?(?P<key>[^\W\d][\w .\-]{0,40}?)[\"']?[ \t]*[:=][ \t]*\Z")


def _name_part_key(text: str, key: str, key_start: int) -> bool:
    """Whether a key of qualifiers only (``first``, ``last``, ``given``) names a part of a name: it is a field of an
    object under a name's field (``"name": {"first": "Ann", "last": "Lee"}``)."""
    words = _key_words(key)
    if not words or not all(word in _QUALIFIERS for word in words):
        return False
    brace = text.rfind("{", max(0, key_start - _MAX_KEY_CHARS), key_start)
    if brace < 0 or "}" in text[brace:key_start]:
        return False
    under = _OBJECT_UNDER.search(text, max(0, brace - _MAX_KEY_CHARS), brace)
    return under is not None and name_key(under.group("key"))


def _tab_fields(text: str) -> list[tuple[int, int]]:
    """Values of a form pasted as ``name<TAB>value`` lines (``Nome\tAna Silva``): one tab, a name key before it; a
    single word only on a line no two-cell line follows (``name\tphone`` over ``Jan Kowalski\t512 345 678`` is a
    table's header)."""
    found: list[tuple[int, int]] = []
    lines = list(_lines(text))
    for index, (start, line) in enumerate(lines):
        key, tab, rest = line.partition("\t")
        if not tab or "\t" in rest or not (name_key(key) or client_key(key)):
            continue
        value = _ROW_CELL.fullmatch(rest)
        if value is None or not (name_key(key) or _written_as_a_name(value.group(1).split(), True, client=True)):
            continue
        header = index + 1 < len(lines) and lines[index + 1][1].count("\t") == 1
        if not name_key(value.group(1)) and not (header and " " not in value.group(1)):
            offset = start + len(key) + 1
            found.append((offset + value.start(1), offset + value.end(1)))
    return found


_SEPARATOR: Final = re.compile(r"[:=]")


def _place_word(word: str) -> bool:
    """Whether a word after a name and a comma is a town or another word that is no name (``Ana Silva, Lisboa``)."""
    key = fold(word)  # (a given name is read as one: "Müller, Maria", "GARCÍA LÓPEZ, MARÍA DEL CARMEN")
    return key not in GIVEN_NAMES and (key in NOT_NAMES or key in TOWNS or key in PLACE_WORDS)


# The given name after a surname and a comma, when the field ends with it.
_SURNAME_COMMA_GIVEN: Final = re.compile(
    rf",[ \u00a0]?({_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{0,2}})(?=[\"']|[ \t\r]*(?:$|\n))", re.MULTILINE
)
# An element of pasted XML (``<nome>Ana Silva</nome>``).
_XML_FIELD: Final = re.compile(rf"<(?P<key>[^\W\d][\w.\-]{{0,40}})>[ \t]*(?P<value>{_VALUE})[ \t]*</(?P=key)>")


def _split_cells(line: str, separator: str) -> list[tuple[int, str]]:
    """The cells of a CSV line with their offsets in the line (quotes left on)."""
    cells: list[tuple[int, str]] = []
    start = 0
    for cell in line.split(separator):
        cells.append((start, cell))
        start += len(cell) + 1
    return cells


_NAME_COLUMN, _PAYEE_COLUMN, _ROLE_COLUMN = "name", "payee", "role"


def _column_kind(header: str) -> str | None:
    """What a column named for a person holds: any name, a payee's (who may be a shop) or a role's; None for a
    column named for no person (the header's words folded once)."""
    words = _key_words(header)
    if _names_a_name(words):
        return _PAYEE_COLUMN if _names_a_payee(words) else _NAME_COLUMN
    return _ROLE_COLUMN if _names_a_client(words) else None


def _column_value(kind: str, words: list[str]) -> bool:
    """Whether a cell's words are a name in a column of that kind."""
    if kind == _NAME_COLUMN:
        return True
    if kind == _PAYEE_COLUMN:
        return _payee_value(words)
    return _written_as_a_name(words, True, client=True)


def key_value_line(cells: list[str]) -> bool:
    """Whether a table's first line is a field and its value, not column headers: two cells, the first naming a
    name, the second written as one (``| Nome | Rita Carvalho |`` over ``| NIF | 123456789 |``: a form pasted as a
    two-column table without a header line)."""
    filled = [cell.strip(" \t\"'") for cell in cells if cell.strip(" \t\"'")]
    return len(filled) == 2 and name_key(filled[0]) and _written_as_a_name(filled[1].split(), True)


def heads_a_persons_column(cell: str) -> bool:
    """Whether a table's header cell is a person's full name (a rota or a split bill: ``| Dia | Rita Carvalho |
    Joana Pires |``), not a column's field word."""
    words = cell.split()
    return len(words) > 1 and not name_key(cell) and _written_as_a_name(words, True)


def key_value_header(line: str) -> bool:
    """Whether a table's header line (split by its first cell separator) is a field and its value
    (`key_value_line`)."""
    separator = next((candidate for candidate in _CELL_SEPARATORS if candidate in line), None)
    return separator is not None and key_value_line(line.split(separator))


def columns(text: str) -> list[tuple[int, int]]:
    """The cells of the CSV columns whose header names a name, and those of the columns that name a customer or a
    person by role (``Empfänger``, ``Mieter``) that are written as a name; columns split by ``;``, a tab, ``|``, a
    comma, or aligned with spaces (a table copied from a PDF or an app: ``Nom    Prénom`` / ``POUILLARD    Marie``)."""
    lines = list(_lines(text.rstrip("\r")))
    found: list[tuple[int, int]] = []
    for row, (_, header) in enumerate(lines[:-1]):
        separator = next((s for s in _CELL_SEPARATORS if s in header), None)
        if separator is None and _ALIGNED in header.strip():
            separator = _ALIGNED
        if separator is None:
            continue
        cells = _cells(header, separator)
        if key_value_line([cell for _, cell in cells]):
            continue  # a field and its value: the next lines are fields too, not a column's cells
        kinds = _beside_a_name_column([_column_kind(cell) for _, cell in cells], [cell for _, cell in cells])
        wanted = {i: kind for i, kind in enumerate(kinds) if kind is not None}
        if not wanted:
            continue
        for start, line in lines[row + 1 :]:
            row_cells = _cells(line, separator)
            if len(row_cells) != len(cells) or (separator == _ALIGNED and not _has_digit(line)):
                break  # (an aligned table's rows hold a number: a phone, an amount, a date)
            for index, kind in wanted.items():
                offset, cell = row_cells[index]
                match = (_NAME_CELL if separator != "," else _ROW_CELL).fullmatch(cell)
                if match is None or (separator == _ALIGNED and not _aligned_value(match.group(1).split())):
                    continue
                if _column_value(kind, match.group(1).split()):
                    found.append((start + offset + match.start(1), start + offset + match.end(1)))
        break
    return found


def _beside_a_name_column(kinds: list[str | None], headers: list[str]) -> list[str | None]:
    """The columns' kinds, a column that opens with a name's word beside a name's column a name's column too
    (``Ime gosta;Prezime``, ``Nome ospite;Cognome``: the guest's given name beside the surname)."""
    return [
        _NAME_COLUMN
        if kind is None
        and (words := _key_words(header))
        and words[0] in NAME_FIELDS
        and _NAME_COLUMN in (kinds[index - 1] if index else None, kinds[index + 1] if index + 1 < len(kinds) else None)
        else kind
        for index, (kind, header) in enumerate(zip(kinds, headers, strict=True))
    ]


#: Columns aligned with two spaces or more between them (a table copied from a PDF or an app).
_ALIGNED: Final = "  "
_ALIGNED_CELL: Final = re.compile(r"\S+(?: \S+)*")


def _aligned_value(words: list[str]) -> bool:
    """Whether a cell of a table aligned with spaces is written as a name (such a table may be prose with wide
    spaces): capitalized or in capitals, one word a known name or no frequent word (``POUILLARD``, not ``Total``),
    more written as a name."""
    if any(word.islower() for word in words):
        return False
    if len(words) == 1:
        key = fold(words[0])
        return listed(key) or key not in FREQUENT_WORDS
    return _written_as_a_name(words, True, client=True)


def _has_digit(line: str) -> bool:
    return any(char.isdigit() for char in line)


def _cells(line: str, separator: str) -> list[tuple[int, str]]:
    """The cells of a table's line with their offsets: split by ``separator``, or aligned with spaces."""
    if separator == _ALIGNED:
        return [(match.start(), match.group()) for match in _ALIGNED_CELL.finditer(line)]
    return _split_cells(line, separator)


_ROW_SEPARATORS: Final = ";\t|"
_ROW_CELL: Final = re.compile(rf"[ \t]*\"?({_VALUE})\"?[ \t\r]*")
# A cell of a column named for a name: a name, or a surname, a comma and the given names, as a register sorts them
# (``Budig, Wieland``, ``Ó Meáraí, Jean``).
_NAME_CELL: Final = re.compile(
    rf"[ \t]*\"?({_VALUE}(?:,[ \u00a0]?{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{0,2}})?)\"?[ \t\r]*"
)
_MAX_ROW_NAME_WORDS: Final = 4
# A cell that holds a person's identifier: a phone or other number of eight digits or more, an IBAN, an e-mail.
_IDENTIFIER_CELL: Final = re.compile(
    r"[ \t\"']*(?:[+(]{0,2}[0-9][0-9 ./()\-]{6,}[0-9]|[A-Z]{2}[0-9]{2}[A-Z0-9 ]{8,}|[^\s@;|]+@[^\s@;|]+\.[^\W\d_]{2,})"
    r"[ \t\"'\r]*"
)


def rows(text: str, known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Names in pasted rows without a header (``RUI NEVES;913 222 111``): in a line of cells split by ``;``, a tab
    or ``|`` that holds a number, a cell of two to four capitalized words, one of them a ``known`` name and none a
    frequent word that is no name (``Banco Santander`` is a bank), or of lower-case words that are all known names
    (``rui neves;913 222 111``); beside a cell holding a phone number, IBAN or e-mail (then also in a line split by
    commas), words written as a name suffice, capitalized or in lower case (``COMOLLI MICHELETTO;027671600;IT76…``,
    ``Margaud Bailly,02 33 28 64 09,…``, ``per dahl;08-25 86 16;…``), one of them a frequent word after a known
    given name too (``MARCIN OFIARA;marcin@…``), as in a customer's field."""
    found: list[tuple[int, int]] = []
    for start, line in _lines(text):
        row = _row(line)
        if row is None:
            continue
        cells, personal = row
        for offset, cell in cells:
            match = _ROW_CELL.fullmatch(cell)
            words = match.group(1).split() if match is not None else []
            if (
                2 <= len(words) <= _MAX_ROW_NAME_WORDS
                and fold(words[0]).rstrip(".") not in PLACE_WORDS  # "Santa Maria", "Hospital Santo António"
                and (
                    (
                        not any(_ordinary_word(word, known) for word in words)  # "Banco Santander", "Visa Gold"
                        and (_capitalized_known(words, known) or _lower_case_known(words, known))
                    )
                    # "COMOLLI MICHELETTO;0276…", "TOMÉ ABREU;(351)…"; in capitals, as exports write names; in
                    # lower case as a message typed so ("per dahl;08-25 86 16;…")
                    or (
                        personal
                        and _written_as_a_name(words, all(word.isupper() for word in words), lower=True, client=True)
                    )
                )
            ):
                head = _entry_word(match.group(1), words, known)  # type: ignore[union-attr]
                found.append((start + offset + match.start(1) + head, start + offset + match.end(1)))  # type: ignore[union-attr]
        if personal:
            found.extend((start + cell_start, start + cell_end) for cell_start, cell_end in _name_pair(cells))
    return found


def _entry_word(value: str, words: list[str], known: Callable[[str], bool]) -> int:
    """Where the name begins in a cell of three words or more whose first word is no name and whose second is a
    known given name, or a rare word before a known surname: a statement's entry before the name (``Millifærsla
    Vigdís Jónsdóttir``, ``Utlegg Kari Nilsen``, ``Überweisung Anna Weber``); 0 otherwise."""
    if len(words) < 3 or known(fold(words[0])) or fold(words[0]) in GIVEN_NAMES:
        return 0
    second = fold(words[1])
    given = second in GIVEN_NAMES and second not in NOT_NAMES
    if not given and (second in FREQUENT_WORDS or not known(fold(words[-1]))):
        return 0  # (a given name the lists lack before a known surname: ``Millifærsla Vigri Gottskálksson``)
    return value.index(words[1], len(words[0]))


def _name_pair(cells: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """The first two cells side by side that hold a given and a family name, one word each (an Irish surname's
    particle aside), in a row beside an identifier (``Anna;Nowak;512 345 678;anna@wp.pl``, ``NOWAK;Anna;…``,
    ``gerald;ó briain;…``): both written as a name (in capitals, capitalized or in lower case), neither a town
    (that is no known name: ``Anna``) nor another word that is no name."""
    singles: list[tuple[int, int, list[str]] | None] = []
    for offset, cell in cells:
        match = _ROW_CELL.fullmatch(cell)
        words = match.group(1).split() if match is not None else []
        if match is None or not (len(words) == 1 or (len(words) <= 3 and words[0] in _IRISH_PARTICLES)):
            singles.append(None)
        else:
            singles.append((offset + match.start(1), offset + match.end(1), words))
    for first, second in pairwise(singles):
        if first is None or second is None:
            continue
        words = [*first[2], *second[2]]
        keys = [fold(word) for word in words if word not in _IRISH_PARTICLES]
        if any((key in TOWNS and not listed(key)) or key in PLACE_WORDS or key in NOT_NAMES for key in keys):
            continue
        if _written_as_a_name(words, all(word.isupper() for word in words), lower=True, client=True):
            return [first[:2], second[:2]]
    return []


# A name shown before an e-mail address in angle brackets, at a line's start or after a field's colon or a comma
# (``Von: Radegunde Wollschläger <rw@web.de>``, ``"Scarpantoni, Aldebrando" <scarp@libero.it>``).
_DISPLAY_NAME: Final = re.compile(
    rf"(?:^|(?<=[:,;\t]))[ \t]*\"?(?P<value>{_VALUE}(?:,[ \u00a0]?{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{0,2}})?)\"?"
    r"[ \t]*<[^\s<>@]{1,64}@[^\s<>]{1,255}>",
    re.MULTILINE,
)


def display_names(text: str) -> list[tuple[int, int]]:
    """Names shown before an e-mail address in angle brackets, written as a name (``Von: Radegunde Wollschläger
    <rw@web.de>``; not ``Kundenservice <service@bank.de>``)."""
    if "<" not in text or "@" not in text:
        return []
    return [
        match.span("value")
        for match in _DISPLAY_NAME.finditer(text)
        if _written_as_a_name(match.group("value").replace(",", " ").split(), True, client=True)
    ]


def contact_lines(text: str) -> list[tuple[int, int]]:
    """Names on the line right above a line that is only a phone number, IBAN or e-mail, as a contact copied
    from an app or a letter's block writes them (``Radegunde Wollschläger`` / ``0151 2345678`` / ``rw@web.de``):
    two to four words written as a name, the first no place's word (``Hospital Santa Maria``)."""
    found: list[tuple[int, int]] = []
    previous: tuple[int, str] | None = None
    for start, line in _lines(text):
        if not line.strip():
            continue
        if previous is not None and _IDENTIFIER_CELL.fullmatch(line) is not None:
            match = _signature_value(previous[1].rstrip("\r"))
            words = match.group(1).split() if match is not None else []
            if (
                2 <= len(words) <= _MAX_ROW_NAME_WORDS
                and fold(words[0]).rstrip(".") not in PLACE_WORDS
                and _written_as_a_name(words, all(word.isupper() for word in words), lower=True, client=True)
            ):
                found.append((previous[0] + match.start(1), previous[0] + match.end(1)))  # type: ignore[union-attr]
        previous = (start, line)
    return found


def _row(line: str) -> tuple[list[tuple[int, str]], bool] | None:
    """A line's cells and whether one holds a phone number, IBAN or e-mail; None when it is no pasted row (no
    ``;``, tab or ``|`` and no such cell between commas, or no digit and no such cell)."""
    separator = next((s for s in _ROW_SEPARATORS if s in line), None)
    if separator is None and "," not in line:
        return None
    cells = _split_cells(line, separator or ",")
    personal = any(_IDENTIFIER_CELL.fullmatch(cell) for _, cell in cells)
    if (separator is None and not personal) or not (personal or any(char.isdigit() for char in line)):
        return None
    return cells, personal


def signatures(text: str, known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Signature lines: after a closing word, or a last line whose words are capitalized and one is ``known``."""
    lines = [(start, line) for start, line in _lines(text) if line.strip()]
    found: list[tuple[int, int]] = []
    for index, (start, line) in enumerate(lines):
        head, comma, tail = line.partition(",")
        if fold(line.strip(" \t\r,.!;-")) in _CLOSINGS and index + 1 < len(lines):
            found.extend(_signature(*lines[index + 1], _not_a_place))
        elif comma and fold(head.strip(" \t")) in _CLOSINGS and tail.strip(" \t\r.!"):
            found.extend(_signature(start + len(head) + 1, tail.rstrip(" \t\r.!"), _not_a_place))
    if len(lines) >= 2 and not found:
        start, line = lines[-1]
        skip = _closing_before_name(line)  # ``Mvh Eivind``, ``MVH EIVIND``: the name, not the closing
        found.extend(_signature(start + skip, line[skip:], lambda words: _capitalized_known(words, known)))
    return found


def _closing_before_name(line: str) -> int:
    """Offset of the words after a one-word closing that opens ``line`` (``Mvh Eivind``), or 0."""
    stripped = line.lstrip(" \t")
    head, space, rest = stripped.partition(" ")
    if not space or not rest.strip() or fold(head.rstrip(".,")) not in _CLOSINGS:
        return 0
    return len(line) - len(rest)


def _not_a_place(words: list[str]) -> bool:
    """Whether a line after a closing word may be a signature: not one word that is a town, country, month...
    (``Obrigado.`` / ``Portugal``), nor words that are all frequent words and no known names (``Kind regards`` /
    ``Customer Service``: a team signs)."""
    if len(words) > 1:
        return not all(_ordinary_word(word, listed) for word in words)
    return fold(words[0]) not in NOT_NAMES


def _ordinary_word(word: str, known: Callable[[str], bool]) -> bool:
    """Whether a word is a frequent word of a market language and no known name (``Banco``, ``Crédit``, ``Gold``);
    a name's particles and short words (``da``, ``van``, ``Sá``) are not taken for one."""
    key = fold(word)
    return len(key) > 2 and key not in NAME_PARTICLES and key in FREQUENT_WORDS and not known(key)


def _lower_case_known(words: list[str], known: Callable[[str], bool]) -> bool:
    """Whether every word is in lower case and a known name (``rui neves``)."""
    return all(word.islower() and known(fold(word)) for word in words)


def _capitalized_known(words: list[str], known: Callable[[str], bool]) -> bool:
    """Whether every word is capitalized (or in capitals) and one of them is a known name."""
    return all(word[0].isupper() for word in words) and any(known(fold(word)) for word in words)


def _signature_value(line: str) -> re.Match[str] | None:
    """A line that is only a name's words (spaces and tabs around them), its words as group 1; read with the row
    cell's pattern, which takes the same lines once they hold no quote or carriage return (one pattern compiled)."""
    return _ROW_CELL.fullmatch(line) if '"' not in line and "\r" not in line else None


def _signature(start: int, line: str, accept: Callable[[list[str]], bool]) -> list[tuple[int, int]]:
    """The span of ``line`` (starting at ``start``) when it is a short run of name words that ``accept`` takes."""
    match = _signature_value(line.rstrip("\r"))
    if match is None:
        return []
    words = match.group(1).split()
    if len(words) > _MAX_SIGNATURE_WORDS or fold(match.group(1)) in _CLOSINGS or not accept(words):
        return []
    end = match.end(1)
    if len(words) > 2 and fold(words[-1]) in DEPARTMENTS:
        end = match.start(1) + match.group(1).rindex(words[-1]) - 1  # ``Zdzisław Grabowski Księgowość``: a department
    return [(start + match.start(1), start + end)]
