"""Where the messy corpus's values come from, per EU/EEA language: Faker locale, national id, and what Faker lacks.

For the countries whose Faker locale has no streets, IBAN layout or mobile numbers of its own (it falls back to
United States forms), a few real street and town names, the IBAN's BBAN layout (ISO 13616 registry) and the
national mobile prefixes are written here; the generator still draws every number at random.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from stdnum import luhn, verhoeff
from stdnum.bg import egn

NationalId = Callable[[Any, random.Random], str]


def _digits(rnd: random.Random, count: int) -> str:
    return "".join(rnd.choice("0123456789") for _ in range(count))


def _ymd(fake: Any) -> tuple[int, int, int]:
    born = fake.date_of_birth(minimum_age=18, maximum_age=88)
    return born.year, born.month, born.day


def _egn(fake: Any, rnd: random.Random) -> str:
    year, month, day = _ymd(fake)
    head = f"{year % 100:02d}{month + (40 if year >= 2000 else 0):02d}{day:02d}{_digits(rnd, 3)}"
    return head + str(egn.calc_check_digit(head))


def _cpr(fake: Any, rnd: random.Random) -> str:
    year, month, day = _ymd(fake)
    return f"{day:02d}{month:02d}{year % 100:02d}-{_digits(rnd, 4)}"


def _idnr(fake: Any, rnd: random.Random) -> str:
    head = str(rnd.randint(1, 9)) + _digits(rnd, 9)
    last = sum(int(d) for d in head) % 10  # any digit: the checks module keeps only valid ones
    return f"{head[:2]} {head[2:5]} {head[5:8]} {head[8:]}{last}"


def _nhs(fake: Any, rnd: random.Random) -> str:
    number = _digits(rnd, 10)  # any check digit: the checks module keeps only valid ones
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def _nir(fake: Any, rnd: random.Random) -> str:
    n = str(fake.ssn())
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def _pps(fake: Any, rnd: random.Random) -> str:
    return _digits(rnd, 7) + rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW")  # the checks module keeps only valid ones


def _taj(fake: Any, rnd: random.Random) -> str:
    head = _digits(rnd, 8)
    check = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(head)) % 10
    return f"{head[:3]} {head[3:6]} {head[6:]}{check}"


def _kennitala(fake: Any, rnd: random.Random) -> str:
    year, month, day = _ymd(fake)
    century = "9" if year < 2000 else "0"
    return f"{day:02d}{month:02d}{year % 100:02d}-{_digits(rnd, 3)}{century}"


def _asmens(fake: Any, rnd: random.Random) -> str:
    year, month, day = _ymd(fake)
    sex = rnd.choice((3, 4)) if year < 2000 else rnd.choice((5, 6))
    return f"{sex}{year % 100:02d}{month:02d}{day:02d}{_digits(rnd, 4)}"


def _emso(fake: Any, rnd: random.Random) -> str:
    year, month, day = _ymd(fake)
    return f"{day:02d}{month:02d}{year % 1000:03d}50{_digits(rnd, 4)}"


def _matricule(fake: Any, rnd: random.Random) -> str:
    year, month, day = _ymd(fake)
    head = f"{year:04d}{month:02d}{day:02d}{_digits(rnd, 3)}"
    return head + luhn.calc_check_digit(head) + verhoeff.calc_check_digit(head)


def _malta(fake: Any, rnd: random.Random) -> str:
    return str(rnd.randint(1, 999999)).zfill(rnd.choice((6, 7))) + rnd.choice("MMMGAPLH")


def lithuanian_married(surname: str) -> str:
    """A Lithuanian man's surname as his wife's (`Kazlauskas` -> `Kazlauskienė`, `Butkus` -> `Butkuvienė`);
    Faker's lt_LT locale gives women the men's forms."""
    if surname.endswith("ė"):
        return surname
    for ending, feminine in (("ius", "ienė"), ("us", "uvienė"), ("as", "ienė"), ("is", "ienė"), ("ys", "ienė")):
        if surname.endswith(ending):
            return surname[: -len(ending)] + feminine
    return surname[:-1] + "ienė" if surname.endswith(("a", "e")) else surname


def lithuanian_given(name: str, gender: str) -> bool:
    """Whether a given name is of `gender` in Lithuanian (men's end in -s; Faker's lt_LT lists mix them)."""
    return name.endswith("s") == (gender == "male")


def _faker(method: str, strip: int = 0) -> NationalId:
    return lambda fake, rnd: str(getattr(fake, method)())[strip:]


@dataclass(frozen=True)
class Locale:
    """One language's sources: its country, Faker locale, national id and the country data Faker lacks."""

    language: str
    country: str
    faker: str
    id_type: str
    national_id: NationalId
    bban: str  # the IBAN's BBAN layout, e.g. `4!a6!n8!n`
    mobile: tuple[tuple[str, int], ...]  # (national prefix, national number length)
    date_format: str = "%d.%m.%Y"
    streets: tuple[str, ...] = ()  # `#` is the house number
    towns: tuple[tuple[str, str], ...] = ()  # (postcode, town)
    number_first: bool = False
    female_surname: Callable[[str], str] | None = None  # what Faker's men's surname is for a woman
    given_name_fits: Callable[[str, str], bool] | None = None  # (given name, gender): whether it is of that gender
    iban_country: str = field(default="")

    def __post_init__(self) -> None:
        if not self.iban_country:
            object.__setattr__(self, "iban_country", self.country)


_L = Locale
#: The market languages (the EU/EEA's, Norwegian as Bokmål and Nynorsk, Luxembourgish) and their sources.
LOCALES: Final[dict[str, Locale]] = {
    loc.language: loc
    for loc in (
        _L("bg", "BG", "bg_BG", "EGN_BG", _egn, "4!a4!n2!n8!c", (("87", 9), ("88", 9), ("89", 9)),
           streets=("ул. „Граф Игнатиев“ #", "бул. „Витоша“ #", "ул. Шипка #", "бул. „Цар Освободител“ #",
                    "ул. „Г. С. Раковски“ #", "ул. Оборище #", "бул. „България“ #"),
           towns=(("1000", "София"), ("4000", "Пловдив"), ("9000", "Варна"), ("8000", "Бургас"))),
        _L("cs", "CZ", "cs_CZ", "RC_CZ", _faker("birth_number"), "4!n6!n10!n", (("60", 9), ("72", 9), ("77", 9))),
        _L("da", "DK", "da_DK", "CPR_DK", _cpr, "4!n9!n1!n", (("2", 8), ("3", 8)), date_format="%d-%m-%Y"),
        _L("de", "DE", "de_DE", "STEUER_ID_DE", _idnr, "8!n10!n", (("151", 11), ("160", 11), ("170", 11))),
        _L("el", "GR", "el_GR", "AMKA_GR", _faker("ssn"), "3!n4!n16!c", (("69", 10),), date_format="%d/%m/%Y"),
        _L("en", "GB", "en_GB", "NHS_GB", _nhs, "4!a6!n8!n", (("7", 10),), date_format="%d/%m/%Y",
           number_first=True),
        _L("es", "ES", "es_ES", "DNI_ES", _faker("nif"), "4!n4!n1!n1!n10!n", (("6", 9),), date_format="%d/%m/%Y"),
        _L("et", "EE", "et_EE", "IK_EE", _faker("ssn"), "2!n2!n11!n1!n", (("5", 8),),
           streets=("Tartu mnt #", "Pärnu maantee #", "Narva mnt #", "Mustamäe tee #", "Vabaduse pst #",
                    "Kalevipoja tn #", "Ülikooli #", "Riia #"),
           towns=(("10111", "Tallinn"), ("51003", "Tartu"), ("80010", "Pärnu"), ("20308", "Narva"))),
        _L("fi", "FI", "fi_FI", "HETU_FI", _faker("ssn"), "3!n11!n", (("40", 9), ("50", 9))),
        _L("fr", "FR", "fr_FR", "NIR_FR", _nir, "5!n5!n11!c2!n", (("6", 9), ("7", 9)), date_format="%d/%m/%Y",
           number_first=True),
        _L("ga", "IE", "ga_IE", "PPS_IE", _pps, "4!a6!n8!n", (("85", 9), ("86", 9), ("87", 9)),
           date_format="%d/%m/%Y",
           streets=("# Sráid an Mhuilinn", "# Bóthar na Trá", "# Príomhshráid", "# Ascaill na Páirce",
                    "# Bóthar an Chaisleáin", "# Sráid Doiminic", "# Bóthar na hAbhann"),
           towns=(("H91 E2K3", "Gaillimh"), ("D02 X285", "Baile Átha Cliath"), ("T12 R5CP", "Corcaigh"),
                  ("V94 T9PX", "Luimneach"))),
        _L("hr", "HR", "hr_HR", "OIB_HR", _faker("ssn"), "7!n10!n", (("91", 9), ("98", 9))),
        _L("hu", "HU", "hu_HU", "TAJ_HU", _taj, "3!n4!n1!n15!n1!n", (("20", 9), ("30", 9), ("70", 9)),
           date_format="%Y.%m.%d."),
        _L("is", "IS", "is_IS", "KENNITALA_IS", _kennitala, "4!n2!n6!n10!n", (("6", 7), ("7", 7), ("8", 7)),
           streets=("Laugavegur #", "Hverfisgata #", "Skólavörðustígur #", "Hringbraut #", "Bankastræti #",
                    "Suðurgata #", "Tryggvagata #"),
           towns=(("101", "Reykjavík"), ("600", "Akureyri"), ("220", "Hafnarfjörður"), ("200", "Kópavogur"))),
        _L("it", "IT", "it_IT", "CODICE_FISCALE_IT", _faker("ssn"), "1!a5!n5!n12!c", (("3", 10),),
           date_format="%d/%m/%Y"),
        _L("lt", "LT", "lt_LT", "ASMENS_KODAS_LT", _asmens, "5!n11!n", (("6", 8),), date_format="%Y-%m-%d",
           female_surname=lithuanian_married, given_name_fits=lithuanian_given,
           streets=("Gedimino pr. #", "Vilniaus g. #", "Savanorių pr. #", "Laisvės al. #", "Ukmergės g. #",
                    "Žalgirio g. #", "Taikos pr. #"),
           towns=(("LT-01103", "Vilnius"), ("LT-44280", "Kaunas"), ("LT-92127", "Klaipėda"),
                  ("LT-76297", "Šiauliai"))),
        _L("lv", "LV", "lv_LV", "PK_LV", _faker("ssn"), "4!a13!c", (("2", 8),),
           streets=("Brīvības iela #", "Elizabetes iela #", "Krišjāņa Valdemāra iela #", "Dzirnavu iela #",
                    "Lāčplēša iela #", "Tērbatas iela #", "Maskavas iela #"),
           towns=(("LV-1010", "Rīga"), ("LV-3001", "Jelgava"), ("LV-5401", "Daugavpils"), ("LV-3601", "Ventspils"))),
        _L("mt", "MT", "mt_MT", "ID_MT", _malta, "4!a5!n18!c", (("79", 8), ("99", 8)), date_format="%d/%m/%Y",
           streets=("#, Triq il-Kbira", "#, Triq San Pawl", "#, Triq ir-Repubblika", "#, Triq il-Merkanti",
                    "#, Triq il-Kappillan Mifsud", "#, Triq id-Dejqa"),
           towns=(("BKR 1012", "Birkirkara"), ("SLM 1540", "Sliema"), ("QRM 2456", "Qormi"), ("ZBR 1120", "Żabbar"))),
        _L("nb", "NO", "no_NO", "FODSELSNUMMER_NO", _faker("ssn"), "4!n6!n1!n", (("4", 8), ("9", 8))),
        _L("nn", "NO", "no_NO", "FODSELSNUMMER_NO", _faker("ssn"), "4!n6!n1!n", (("4", 8), ("9", 8))),
        # Faker has no Luxembourgish locale: names from its German one, streets and towns written here.
        _L("lb", "LU", "de_DE", "MATRICULE_LU", _matricule, "3!n13!c", (("621", 9), ("661", 9), ("691", 9)),
           streets=("#, rue de Hollerich", "#, avenue de la Liberté", "#, route d'Arlon", "#, Grand-Rue",
                    "#, rue Philippe II", "#, boulevard Royal", "#, rue de l'Alzette", "#, avenue de la Gare"),
           towns=(("L-1009", "Luxembourg"), ("L-4002", "Esch-sur-Alzette"), ("L-3401", "Dudelange"),
                  ("L-9001", "Ettelbruck"), ("L-4501", "Differdange"))),
        _L("nl", "NL", "nl_NL", "BSN_NL", _faker("ssn"), "4!a10!n", (("6", 9),), date_format="%d-%m-%Y"),
        _L("pl", "PL", "pl_PL", "PESEL_PL", _faker("ssn"), "8!n16!n", (("50", 9), ("60", 9), ("69", 9))),
        _L("pt", "PT", "pt_PT", "NIF_PT", _faker("vat_id", 2), "4!n4!n11!n2!n", (("91", 9), ("93", 9), ("96", 9)),
           date_format="%d/%m/%Y"),
        _L("ro", "RO", "ro_RO", "CNP_RO", _faker("ssn"), "4!a16!c", (("72", 9), ("74", 9), ("76", 9))),
        _L("sk", "SK", "sk_SK", "RC_SK", _faker("birth_number"), "4!n6!n10!n", (("90", 9), ("91", 9), ("94", 9))),
        _L("sl", "SI", "sl_SI", "EMSO_SI", _emso, "5!n8!n2!n", (("31", 8), ("41", 8), ("51", 8))),
        _L("sv", "SE", "sv_SE", "PERSONNUMMER_SE", _faker("ssn"), "3!n16!n1!n", (("70", 9), ("72", 9), ("73", 9)),
           date_format="%Y-%m-%d"),
    )
}  # fmt: skip
