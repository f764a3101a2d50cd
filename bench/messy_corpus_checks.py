"""Whether a value marked in the messy corpus is what its type says: IBAN, card and national ids by checksum.

Values are checked as a person would read them: invisible format characters dropped and the separators people
type inside numbers (spaces of every width, dots, slashes, hyphens, dashes, tabs, underscores) ignored. Names,
addresses, e-mails and phone numbers are not checked here (the generator validates phone numbers with
libphonenumber when it draws them).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable
from typing import Final

from stdnum import iban, luhn, verhoeff
from stdnum.be import nn as be_nn
from stdnum.bg import egn
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.ie import pps
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.lt import asmens
from stdnum.lv import pvn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.sk import rc as sk_rc

_SEPARATORS: Final = re.compile(r"[\s.\-/\u2010-\u2015_]+")
_PASSPORT: Final = re.compile(r"[A-Z0-9]{6,9}")
_MALTA_ID: Final = re.compile(r"\d{1,7}[MGAPLHBZ]")
_DATE: Final = re.compile(r"(\d{1,4}\D{1,3}\d{1,2}\D{1,3}\d{1,4}|\d{1,2}\.? \w+ \d{4})\.?")


def visible(value: str) -> str:
    """The value without invisible format characters (Unicode category Cf) and with plain spaces."""
    return "".join(" " if ch.isspace() else ch for ch in value if unicodedata.category(ch) != "Cf")


def compact(value: str) -> str:
    """The value's characters without invisible characters and separators (what a checksum reads)."""
    return _SEPARATORS.sub("", visible(value))


def taj_hu(number: str) -> bool:
    """A Hungarian TAJ number: 9 digits, the last the sum of the first eight weighted 3, 7, ... modulo 10."""
    if not re.fullmatch(r"\d{9}", number):
        return False
    weighted = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(number[:8]))
    return weighted % 10 == int(number[8])


def matricule_lu(number: str) -> bool:
    """A Luxembourg national identification number: a date of birth `YYYYMMDD`, three digits, then the Luhn and the
    Verhoeff check digits of those eleven."""
    if not re.fullmatch(r"\d{13}", number):
        return False
    try:
        datetime.date(int(number[:4]), int(number[4:6]), int(number[6:8]))
    except ValueError:
        return False
    head = number[:11]
    return luhn.is_valid(head + number[11]) and verhoeff.is_valid(head + number[12])


def card(number: str) -> bool:
    """A payment card number: 13 to 19 digits passing the Luhn check."""
    return number.isdigit() and 13 <= len(number) <= 19 and luhn.is_valid(number)


#: Each marked national-id type's checksum validator (over the compact value).
NATIONAL_ID_CHECKS: Final[dict[str, Callable[[str], bool]]] = {
    "EGN_BG": egn.is_valid,
    "RC_CZ": cz_rc.is_valid,
    "RC_SK": sk_rc.is_valid,
    "CPR_DK": cpr.is_valid,
    "STEUER_ID_DE": idnr.is_valid,
    "AMKA_GR": amka.is_valid,
    "NHS_GB": nhs.is_valid,
    "DNI_ES": dni.is_valid,
    "NIE_ES": nie.is_valid,
    "IK_EE": ik.is_valid,
    "HETU_FI": lambda n: hetu.is_valid(n[:6] + "-" + n[6:] if len(n) == 10 else n),
    "NIR_FR": nir.is_valid,
    "PPS_IE": pps.is_valid,
    "OIB_HR": oib.is_valid,
    "TAJ_HU": taj_hu,
    "KENNITALA_IS": kennitala.is_valid,
    "CODICE_FISCALE_IT": codicefiscale.is_valid,
    "ASMENS_KODAS_LT": asmens.is_valid,
    "PK_LV": pvn.is_valid,
    "ID_MT": lambda n: _MALTA_ID.fullmatch(n) is not None,
    "FODSELSNUMMER_NO": fodselsnummer.is_valid,
    "MATRICULE_LU": matricule_lu,
    "BSN_NL": bsn.is_valid,
    "RRN_BE": be_nn.is_valid,
    "PESEL_PL": pesel.is_valid,
    "NIF_PT": nif.is_valid,
    "CNP_RO": cnp.is_valid,
    "EMSO_SI": emso.is_valid,
    "PERSONNUMMER_SE": personnummer.is_valid,
}


def valid(entity_type: str, value: str) -> bool:
    """Whether `value` is a valid `entity_type` (types without a checksum: not empty and not blank)."""
    number = compact(value)
    if entity_type == "IBAN":
        return iban.is_valid(number)
    if entity_type == "CARD":
        return card(number)
    if entity_type in NATIONAL_ID_CHECKS:
        return NATIONAL_ID_CHECKS[entity_type](number.upper())
    if entity_type == "PASSPORT":
        return _PASSPORT.fullmatch(number.upper()) is not None
    if entity_type == "BIRTH_DATE":
        return _DATE.fullmatch(visible(value).strip()) is not None
    return bool(visible(value).strip())
