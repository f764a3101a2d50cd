"""The personal national, tax and social-security numbers of each EU/EEA state, GB and CH (a table).

Each entry names the placeholder type, how people write the number, and the python-stdnum validator
(check digits, dates of birth) it must pass to be found without its label. Entries without a validator,
or whose check accepts too many ordinary numbers, are found only after their label (``labelled_ids``).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from stdnum import luhn, verhoeff
from stdnum.at import vnr
from stdnum.be import bis, nn
from stdnum.bg import egn
from stdnum.ch import ssn
from stdnum.cz import rc as rc_cz
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nif as nif_fr
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
from stdnum.pl import nip, pesel
from stdnum.pt import cc
from stdnum.pt import nif as nif_pt
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.sk import rc as rc_sk

from runtime.privacy import types as t

PERSONAL: Final = "personal"
TAX: Final = "tax"
SOCIAL: Final = "social security"
HEALTH: Final = "health"


@dataclass(frozen=True, slots=True)
class NationalId:
    """One identifier of one state.

    ``digits``: digit counts of a purely numeric number, found among the message's number chunks whose
    text fully matches ``shape`` (default: digit groups joined by single spaces, dots or dashes). Without
    ``digits``, ``shape`` is searched (letters and digits) around the message's digits. ``valid`` gets the
    letters and digits only (upper case), and the characters of ``keep``. ``bare``: found without a label;
    ``market_only``: a shape with no check digit, found without a label only in its own country's market.
    """

    country: str
    entity_type: str
    kind: str
    title: str
    valid: Callable[[str], bool] | None
    digits: tuple[int, ...] = ()
    shape: re.Pattern[str] | None = None
    bare: bool = True
    keep: str = ""  # punctuation the validator needs (the Finnish century sign)
    market_only: bool = False  # found without a label only where its country is in the market


def _shape(regex: str) -> re.Pattern[str]:
    return re.compile(regex, re.IGNORECASE)


def _matricule_lu(number: str) -> bool:
    """Luxembourg's matricule: birth date ``YYYYMMDD``, 3 digits, a Luhn and a Verhoeff digit of the first 11."""
    if len(number) != 13 or not number.isdigit():
        return False
    try:
        datetime.date(int(number[:4]), int(number[4:6]), int(number[6:8]))
    except ValueError:
        return False
    head = number[:11]
    return luhn.calc_check_digit(head) == number[11] and verhoeff.calc_check_digit(head) == number[12]


_NINO: Final = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]")


def _nino_gb(number: str) -> bool:
    """UK National Insurance number: HMRC's prefix rules, 6 digits, suffix A-D (no check digit)."""
    return _NINO.fullmatch(number) is not None


# The first digits the tax authority assigns: persons 1-3, non-residents 45, companies 5, the state 6, estates and
# funds 70-79, sole traders 8, condominiums and irregular partnerships 90, 91, non-residents 98, civil partnerships 99
# (92, 93 and 96 start mobile numbers, never a NIF).
_NIF_PT_LEADING: Final = (
    "1", "2", "3", "5", "6", "8", "45", "70", "71", "72", "74", "75", "77", "78", "79", "90", "91", "98", "99"
)  # fmt: skip


def _nif_pt(number: str) -> bool:
    """Portuguese NIF with a leading digit the tax authority assigns (stdnum checks only the check digit)."""
    return number.startswith(_NIF_PT_LEADING) and nif_pt.is_valid(number)


def _steuer_id_de(number: str) -> bool:
    """German IdNr; also no digit three times in a row among the first ten (the BZSt's rule)."""
    return idnr.is_valid(number) and not any(number[i] == number[i + 1] == number[i + 2] for i in range(8))


def _adoazonosito_hu(number: str) -> bool:
    """Hungarian tax id of a person: 8, days since 1867-01-01, 3 digits, then sum(digit * position) mod 11."""
    if len(number) != 10 or not number.isdigit() or number[0] != "8":
        return False
    check = sum(int(d) * i for i, d in enumerate(number[:9], start=1)) % 11
    return check < 10 and check == int(number[9])


def _personal_code_lv(number: str) -> bool:
    """Latvian personal code (not a company's VAT number, which starts with 4-9)."""
    return number[:1] in "0123" and pvn.is_valid(number)


_ID_MT: Final = re.compile(r"[0-9]{1,7}[MGAPLHBZ]")


def _id_mt(number: str) -> bool:
    """Maltese identity card number: up to seven digits and the letter of its register (no check digit); not a
    round number (``1500000M`` is an amount)."""
    return _ID_MT.fullmatch(number) is not None and not number[:-1].endswith("000")


_B: Final = r"(?<![^\W_])"
_E: Final = r"(?![^\W_])"
_SP: Final = r"[ \u00a0]?"
_DASH: Final = r"[ \u00a0\-]?"
# A Czech or Slovak birth number: ten digits, or nine (born before 1954) only with its slash.
_BIRTH_NUMBER_CZ_SK: Final = r"[0-9]{6}[ /]?[0-9]{4}|[0-9]{6}/[0-9]{3}"

CATALOG: Final[tuple[NationalId, ...]] = (
    NationalId("AT", t.SVNR_AT, SOCIAL, "Sozialversicherungsnummer", vnr.is_valid, (10,)),
    NationalId("AT", t.STNR_AT, TAX, "Steuernummer", None, bare=False),
    NationalId("BE", t.RRN_BE, PERSONAL, "Rijksregisternummer / numéro national", nn.is_valid, (11,)),
    NationalId("BE", t.RRN_BE, PERSONAL, "BIS-nummer", bis.is_valid, (11,)),
    NationalId("BG", t.EGN_BG, PERSONAL, "ЕГН", egn.is_valid, (10,)),
    NationalId("BG", t.LNCH_BG, PERSONAL, "ЛНЧ", None, bare=False),
    NationalId("HR", t.OIB_HR, PERSONAL, "OIB", oib.is_valid, (11,), _shape(r"[0-9]{11}")),
    NationalId("CY", t.TIC_CY, TAX, "ΑΦΤ / TIC", None, bare=False),
    NationalId("CZ", t.RC_CZ, PERSONAL, "rodné číslo", rc_cz.is_valid, (9, 10), _shape(_BIRTH_NUMBER_CZ_SK)),
    NationalId("DK", t.CPR_DK, PERSONAL, "CPR-nummer", cpr.is_valid, (10,), _shape(r"[0-9]{6}[\-][0-9]{4}")),
    NationalId("EE", t.IK_EE, PERSONAL, "isikukood", ik.is_valid, (11,)),
    NationalId(
        "FI",
        t.HETU_FI,
        PERSONAL,
        "henkilötunnus",
        hetu.is_valid,
        keep="-+",
        shape=_shape(rf"{_B}[0-3][0-9][01][0-9]{{3}}[\-+A-FU-Y][0-9]{{3}}[0-9A-Y]{_E}"),
    ),
    NationalId("FR", t.NIR_FR, SOCIAL, "numéro de sécurité sociale (NIR)", nir.is_valid, (15,)),
    NationalId(
        "FR",
        t.NIR_FR,
        SOCIAL,
        "NIR (Corse)",
        nir.is_valid,
        shape=_shape(
            rf"{_B}[1-478][ .]?[0-9]{{2}}[ .]?[0-9]{{2}}[ .]?2[AB][ .]?[0-9]{{3}}[ .]?[0-9]{{3}}[ .]?[0-9]{{2}}{_E}"
        ),
    ),
    NationalId("FR", t.NIF_FR, TAX, "numéro fiscal", nif_fr.is_valid, (13,)),
    NationalId("DE", t.STEUER_ID_DE, TAX, "Steuer-ID (IdNr)", _steuer_id_de, (11,)),
    NationalId("DE", t.STNR_DE, TAX, "Steuernummer", None, bare=False),
    NationalId("DE", t.SVNR_DE, SOCIAL, "Sozialversicherungsnummer", None, bare=False),
    NationalId("GR", t.AMKA_GR, SOCIAL, "ΑΜΚΑ", amka.is_valid, (11,)),
    NationalId("GR", t.AFM_GR, TAX, "ΑΦΜ", None, bare=False),
    NationalId("HU", t.ADOAZONOSITO_HU, TAX, "adóazonosító jel", _adoazonosito_hu, (10,)),
    NationalId("HU", t.TAJ_HU, SOCIAL, "TAJ szám", None, bare=False),
    NationalId(
        "IE", t.PPS_IE, PERSONAL, "PPS number", pps.is_valid, shape=_shape(rf"{_B}[0-9]{{7}}{_SP}[A-W][ABHWTX]?{_E}")
    ),
    NationalId(
        "IT",
        t.CODICE_FISCALE_IT,
        TAX,
        "codice fiscale",
        codicefiscale.is_valid,
        shape=_shape(rf"{_B}[A-Z]{{6}}[0-9LMNP-V]{{2}}[ABCDEHLMPRST][0-9LMNP-V]{{2}}[A-Z][0-9LMNP-V]{{3}}[A-Z]{_E}"),
    ),
    NationalId("LV", t.PK_LV, PERSONAL, "personas kods", _personal_code_lv, (11,)),
    NationalId("LT", t.ASMENS_KODAS_LT, PERSONAL, "asmens kodas", asmens.is_valid, (11,)),
    NationalId("LU", t.MATRICULE_LU, PERSONAL, "matricule", _matricule_lu, (13,)),
    NationalId(
        "MT",
        t.ID_MT,
        PERSONAL,
        "ID card number",
        _id_mt,
        shape=re.compile(rf"{_B}[0-9]{{6,7}}[MGAPLHBZ]{_E}"),
        market_only=True,
    ),
    NationalId("NL", t.BSN_NL, PERSONAL, "BSN", bsn.is_valid, (9,)),
    NationalId("PL", t.PESEL_PL, PERSONAL, "PESEL", pesel.is_valid, (11,)),
    NationalId("PL", t.NIP_PL, TAX, "NIP", nip.is_valid, (10,), _shape(r"[0-9]{3}-[0-9]{3}-[0-9]{2}-[0-9]{2}")),
    NationalId("PT", t.NIF_PT, TAX, "NIF", _nif_pt, (9,), _shape(r"[0-9]{9}|[0-9]{3}([ .\-\u00a0])[0-9]{3}\1[0-9]{3}")),
    NationalId(
        "PT",
        t.CC_PT,
        PERSONAL,
        "Cartão de Cidadão",
        cc.is_valid,
        shape=_shape(rf"{_B}[0-9]{{8}}{_DASH}[0-9]{_DASH}[A-Z]{{2}}[0-9]{_E}"),
    ),
    NationalId("PT", t.NISS_PT, SOCIAL, "NISS", None, bare=False),
    NationalId("RO", t.CNP_RO, PERSONAL, "CNP", cnp.is_valid, (13,)),
    NationalId("SK", t.RC_SK, PERSONAL, "rodné číslo", rc_sk.is_valid, (9, 10), _shape(_BIRTH_NUMBER_CZ_SK)),
    NationalId("SI", t.EMSO_SI, PERSONAL, "EMŠO", emso.is_valid, (13,)),
    NationalId(
        "ES",
        t.DNI_ES,
        PERSONAL,
        "DNI",
        dni.is_valid,
        shape=_shape(rf"{_B}[0-9]{{2}}(?:[0-9]{{6}}|\.[0-9]{{3}}\.[0-9]{{3}})[ \-]?[A-Z]{_E}"),
    ),
    NationalId(
        "ES", t.NIE_ES, PERSONAL, "NIE", nie.is_valid, shape=_shape(rf"{_B}[XYZ][ \-]?[0-9]{{7}}[ \-]?[A-Z]{_E}")
    ),
    NationalId("ES", t.NSS_ES, SOCIAL, "número de la Seguridad Social", None, bare=False),
    NationalId(
        "SE",
        t.PERSONNUMMER_SE,
        PERSONAL,
        "personnummer",
        personnummer.is_valid,
        (10, 12),
        _shape(r"(?:[0-9]{2})?[0-9]{6}[\-+ ]?[0-9]{4}"),
    ),
    NationalId("IS", t.KENNITALA_IS, PERSONAL, "kennitala", kennitala.is_valid, (10,), _shape(r"[0-9]{6}-?[0-9]{4}")),
    NationalId("LI", t.PEID_LI, PERSONAL, "PEID", None, bare=False),
    NationalId("NO", t.FODSELSNUMMER_NO, PERSONAL, "fødselsnummer", fodselsnummer.is_valid, (11,)),
    NationalId(
        "GB", t.NHS_GB, HEALTH, "NHS number", nhs.is_valid, (10,), _shape(r"[0-9]{3}[ \-][0-9]{3}[ \-][0-9]{4}")
    ),
    NationalId(
        "GB",
        t.NINO_GB,
        SOCIAL,
        "National Insurance number",
        _nino_gb,
        shape=_shape(rf"{_B}[A-Z]{{2}}{_SP}[0-9]{{2}}{_SP}[0-9]{{2}}{_SP}[0-9]{{2}}{_SP}[A-D]{_E}"),
    ),
    NationalId("GB", t.UTR_GB, TAX, "UTR", None, bare=False),
    NationalId("CH", t.AHV_CH, SOCIAL, "AHV-Nummer / numéro AVS", ssn.is_valid, (13,)),
)

#: The numeric entries found without a label, by digit count.
NUMERIC_BY_LENGTH: Final[dict[int, tuple[NationalId, ...]]] = {
    length: tuple(e for e in CATALOG if e.bare and e.valid is not None and length in e.digits)
    for length in sorted({n for e in CATALOG for n in e.digits})
}
#: The entries with letters, found by their shape around the message's digits.
PATTERNED: Final[tuple[NationalId, ...]] = tuple(
    e for e in CATALOG if e.bare and e.valid is not None and not e.digits and e.shape is not None
)
#: National identifiers (finer than NATIONAL_ID): every type of the catalog, and Comprehend's generic one.
NATIONAL_ID_TYPES: Final = frozenset({t.NATIONAL_ID, *(e.entity_type for e in CATALOG)})
