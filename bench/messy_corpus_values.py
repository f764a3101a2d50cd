"""Personal values for the messy corpus, drawn from Faker with a fixed seed and validated before use.

Names, e-mails, cards, passport numbers, dates of birth and (where Faker has the country) streets, postcodes,
towns, phone numbers, IBANs and national ids come from Faker's locale for the language's country. Where Faker's
locale has no such data for the country (it falls back to United States forms), the value is built from python-stdnum
checksums (ids, IBAN check digits), libphonenumber-validated national numbers, or a short hand-written list of
real street and town names (the house number still drawn at random). Every IBAN, card and national id passes
`bench.messy_corpus_checks.valid`; every phone number is valid for its country in libphonenumber.
"""

from __future__ import annotations

import datetime
import random
import re
import sys
import types
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Final

import phonenumbers
from faker import Faker
from stdnum import iban as stdnum_iban

from bench.messy_corpus_checks import valid
from bench.messy_corpus_locales import LOCALES, Locale

#: The day the corpus's ages are counted from: Faker counts them from the day it runs, and the committed corpus
#: must be what its generator writes on any day.
REFERENCE_DAY: Final = datetime.date(2026, 12, 7)


def _years_before(day: datetime.date, years: int) -> datetime.date:
    return day.replace(year=day.year - years, day=min(day.day, 28))


def pin_clock(fake: Any, day: datetime.date = REFERENCE_DAY) -> None:
    """`fake`'s date-of-birth, date and date-time draws counted back from `day` instead of from today."""
    epoch, end = datetime.datetime(1970, 1, 1), datetime.datetime.combine(day, datetime.time())
    for generator in fake.factories:

        def date_of_birth(
            tzinfo: Any = None, minimum_age: int = 0, maximum_age: int = 115, g: Any = generator
        ) -> datetime.date:
            drawn: datetime.date = g.date_between_dates(
                _years_before(day, maximum_age + 1), _years_before(day, minimum_age)
            )
            return drawn

        def date_time(tzinfo: Any = None, end_datetime: Any = None, g: Any = generator) -> datetime.datetime:
            drawn: datetime.datetime = g.date_time_between_dates(epoch, end)
            return drawn

        def date(pattern: str = "%Y-%m-%d", end_datetime: Any = None, g: Any = generator) -> str:
            return str(g.date_time_between_dates(epoch, end).strftime(pattern))

        generator.date_of_birth, generator.date_time, generator.date = date_of_birth, date_time, date


@contextmanager
def reference_day(day: datetime.date = REFERENCE_DAY) -> Iterator[None]:
    """Today's date, as Faker's national-id providers read it (`datetime.date.today()`), stopped at `day`."""

    class Date(datetime.date):
        @classmethod
        def today(cls) -> datetime.date:  # type: ignore[override]
            return day

    class DateTime(datetime.datetime):
        @classmethod
        def now(cls, tz: datetime.tzinfo | None = None) -> datetime.datetime:  # type: ignore[override]
            return datetime.datetime.combine(day, datetime.time(12), tz)

    clock = types.SimpleNamespace(**{**vars(datetime), "date": Date, "datetime": DateTime})
    modules = [
        module
        for name, module in list(sys.modules.items())
        if name.startswith("faker.providers.ssn") and getattr(module, "datetime", None) is datetime
    ]
    for module in modules:
        module.datetime = clock  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module in modules:
            module.datetime = datetime  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Person:
    """A drawn person: given name and family name (in the order the language writes them)."""

    first: str
    last: str
    surname_first: bool = False

    @property
    def full(self) -> str:
        """The name as the language writes it."""
        return f"{self.last} {self.first}" if self.surname_first else f"{self.first} {self.last}"


def _mixed_script(text: str) -> bool:
    """Whether Latin letters are mixed with another script's (a look-alike slip in the generator's data)."""
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(ch < "\u0250" for ch in letters)
    return 0 < latin < len(letters)


def _glued(text: str) -> bool:
    """Whether two Cyrillic or Greek words are glued together (`ЕвроповКирилов`, a slip in the generator's data)."""
    return re.search(r"[а-яα-ω][А-ЯΑ-Ω]", text) is not None


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


class Drawer:
    """Draws one language's values from Faker (seeded), retrying until a value validates."""

    def __init__(self, locale: Locale, seed: int) -> None:
        self.locale = locale
        self.fake = Faker(locale.faker)
        self.fake.seed_instance(seed)
        pin_clock(self.fake)
        for generator in self.fake.factories:  # it_IT builds its town list from a set: its order changes per run
            for provider in generator.providers:
                if isinstance(getattr(provider, "cities", None), list):
                    provider.cities = sorted(provider.cities)
        self.random = random.Random(seed)

    def person(self, gender: str | None = None) -> Person:
        """A person (of `gender`, `male` or `female`, if given) whose names agree in gender where the locale
        knows both forms."""
        while True:
            gender = gender or self.random.choice(("male", "female"))
            first = getattr(self.fake, f"first_name_{gender}", self.fake.first_name)()
            last = getattr(self.fake, f"last_name_{gender}", self.fake.last_name)()
            fits = self.locale.given_name_fits
            if fits and not fits(first, gender):
                continue
            if gender == "female" and self.locale.female_surname:
                last = self.locale.female_surname(last)
            if not _mixed_script(first + last) and not _glued(f"{first} {last}"):
                return Person(_capital(first), _capital(last), self.locale.language == "hu")

    def street(self) -> str:
        """A street and house number as the country writes them."""
        if self.locale.streets:
            number = str(self.random.randint(1, 140)) + self.random.choice(("", "", "", "a", "b"))
            return self.random.choice(self.locale.streets).replace("#", number)
        if self.locale.number_first:
            return f"{self.fake.building_number()} {self.fake.street_name()}"
        if self.locale.language == "el":
            return f"{self.fake.street_name()} {self.random.randint(1, 150)}"
        while True:
            street = re.sub(r"\s+", " ", self.fake.street_address()).strip()
            if re.search(r"\d", street):
                return street

    def postcode_town(self) -> tuple[str, str]:
        """A postcode and town of the country."""
        if self.locale.towns:
            postcode, town = self.random.choice(self.locale.towns)
            return postcode, town
        return self.fake.postcode(), self.fake.city()

    def phone(self) -> str:
        """A phone number valid for the country, in Faker's form or libphonenumber's national/international form."""
        for _ in range(30):
            candidate = self.fake.phone_number()
            if _valid_phone(candidate, self.locale.country):
                return candidate
        while True:
            prefix, length = self.random.choice(self.locale.mobile)
            national = prefix + "".join(self.random.choice("0123456789") for _ in range(length - len(prefix)))
            parsed = phonenumbers.parse(national, self.locale.country)
            if phonenumbers.is_valid_number(parsed):
                style = self.random.choice(
                    (phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
                )
                return phonenumbers.format_number(parsed, style)

    def iban(self) -> str:
        """A valid IBAN of the country, grouped by four."""
        for _ in range(30):
            candidate = self.fake.iban()
            if candidate.startswith(self.locale.iban_country) and valid("IBAN", candidate):
                return str(stdnum_iban.format(candidate))
        while True:
            bban = "".join(self._draw(kind) for kind, count in _parts(self.locale.bban) for _ in range(count))
            check = stdnum_iban.calc_check_digits(self.locale.iban_country + "00" + bban)
            candidate = self.locale.iban_country + check + bban
            if valid("IBAN", candidate):
                return str(stdnum_iban.format(candidate))

    def _draw(self, kind: str) -> str:
        alphabet = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}.get(
            kind, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        )
        return self.random.choice(alphabet)

    def card(self) -> str:
        """A Luhn-valid card number grouped as printed (4-4-4-4, American Express 4-6-5)."""
        while True:
            kind = self.random.choice(("visa16", "mastercard", "mastercard", "amex"))
            try:
                number = self.fake.credit_card_number(card_type=kind)
            except KeyError:  # a locale with its own card brands only
                number = self.fake.credit_card_number()
            if len(number) not in (15, 16) or not valid("CARD", number):
                continue
            if len(number) == 15:
                return f"{number[:4]} {number[4:10]} {number[10:]}"
            return " ".join(number[i : i + 4] for i in range(0, len(number), 4))

    def email(self) -> str:
        """An e-mail address (free mail or company domain)."""
        return str(self.random.choice((self.fake.free_email, self.fake.company_email))())

    def national_id(self) -> tuple[str, str]:
        """The country's usual personal identifier: (type, value as people write it)."""
        while True:
            value = self.locale.national_id(self.fake, self.random)
            if valid(self.locale.id_type, value):
                return self.locale.id_type, value

    def passport(self) -> str:
        """A passport number in the letters-and-digits form most EU passports use."""
        candidate = str(self.fake.passport_number()).upper()
        if valid("PASSPORT", candidate) and any(ch.isalpha() for ch in candidate):
            return candidate
        return str(self.fake.bothify("??#######")).upper()

    def birth_date(self) -> datetime.date:
        """An adult's date of birth."""
        return self.fake.date_of_birth(minimum_age=18, maximum_age=88)


def _valid_phone(candidate: str, country: str) -> bool:
    """Whether a number is valid for the country and written with its digits as the country's national or
    international form has them (no extension; no United States layout of a number missing its trunk `0`)."""
    try:
        parsed = phonenumbers.parse(candidate, country)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(parsed) or phonenumbers.region_code_for_number(parsed) != country:
        return False
    written = re.sub(r"\D", "", candidate)
    forms = (phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return not parsed.extension and any(
        written == re.sub(r"\D", "", phonenumbers.format_number(parsed, form)) for form in forms
    )


def _parts(structure: str) -> list[tuple[str, int]]:
    """`4!a6!n` as [(a, 4), (n, 6)]."""
    return [(kind, int(count)) for count, kind in re.findall(r"(\d+)!([anc])", structure)]


def drawer(language: str, seed: int, locales: Mapping[str, Locale] = LOCALES) -> Drawer:
    """The drawer of `language`'s values (from `locales`' sources for it)."""
    return Drawer(locales[language], seed)
