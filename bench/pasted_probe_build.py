"""Builds the pasted-data probe (`tests/fixtures/pasted_probe/<language>.txt`): personal records pasted as people
paste them, in every market language, and ordinary tables that must stay as written.

`python -m bench.pasted_probe_build` writes the files (seeded: the same files each run). The values come from Faker
(names, e-mails, dates of birth: the detectors' name lists were not built from it) and phonenumbers (valid mobile
numbers); the column and field names from `bench.pasted_probe_labels`. The styles: a CSV with a header (``;``),
given and family names in two columns, rows without a header (in capitals with ``;``, in lower case with ``,``,
split by tabs), JSON objects keyed by a name or a role, ``key: value`` forms keyed by a role, a tab-separated
spreadsheet copy, a Markdown table, a surname written first, a column named for a role; and ordinary tables of
dates, amounts and towns (``benign``, no value marked). Lines use the messy corpus's format
(`bench.messy_corpus_format`): country, language, style, marked text.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import phonenumbers
from faker import Faker

from bench.messy_corpus_format import escape, line_of, mark
from bench.messy_corpus_locales import LOCALES
from bench.pasted_probe_labels import LABELS, Labels

ROOT: Final = Path(__file__).resolve().parent.parent
PROBE_DIR: Final = ROOT / "tests" / "fixtures" / "pasted_probe"
SEED: Final = 20261207
#: How many messages of each style a language's file holds.
PER_STYLE: Final = 2
_DOT_DECIMALS: Final = frozenset({"en", "ga", "mt"})


@dataclass(frozen=True)
class Person:
    """One record's values: given and family name, e-mail, phone, date of birth (as written)."""

    given: str
    family: str
    email: str
    phone: str
    born: str

    @property
    def full(self) -> str:
        """The given and family name."""
        return f"{self.given} {self.family}"


def _phone(region: str, rnd: random.Random) -> str:
    """A valid mobile number of ``region``, in its national or international form."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert example is not None, region
    digits = str(example.national_number)
    number = example
    for _ in range(200):
        tail = "".join(rnd.choice("0123456789") for _ in range(6))
        candidate = phonenumbers.parse(f"+{example.country_code}{digits[:-6]}{tail}", None)
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    form = rnd.choice((phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
    return phonenumbers.format_number(number, form)


def _person(language: str, fake: Any, rnd: random.Random) -> Person:
    """A person of ``language``'s country: names of one gender (Lithuanian: men's, as Faker writes them)."""
    locale = LOCALES[language]
    gender = "male" if language == "lt" or rnd.random() < 0.5 else "female"
    given = getattr(fake, f"first_name_{gender}")()
    family_of = getattr(fake, f"last_name_{gender}", fake.last_name)
    family = family_of()
    while not all(char.isalpha() or char in " -'" for char in given + family):  # Faker's odd entries (brackets)
        given, family = getattr(fake, f"first_name_{gender}")(), family_of()
    if family.islower():  # a few of Faker's surnames are written in lower case
        family = family.capitalize()
    born = fake.date_of_birth(minimum_age=18, maximum_age=85).strftime(locale.date_format)
    return Person(given, family, fake.ascii_free_email(), _phone(locale.country, rnd), born)


def _ascii_key(label: str) -> str:
    """A label as pasted JSON writes a key: ASCII, lower case, ``_`` between words."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", label) if not unicodedata.combining(c))
    plain = plain.replace("ø", "o").replace("æ", "ae").replace("ð", "d").replace("þ", "th").replace("ł", "l")
    words = "".join(c if c.isalnum() else " " for c in plain.lower()).split()
    return "_".join(words)


def _keys(labels: Labels) -> tuple[str, str, str, str, str]:
    """The JSON keys of the full name, tenant, insured person, date of birth and e-mail."""
    if labels.ascii_keys:
        full, tenant, insured, birth, email = labels.ascii_keys
        return full, tenant, insured, birth, email
    return tuple(  # type: ignore[return-value]
        _ascii_key(label) for label in (labels.full, labels.tenant, labels.insured, labels.birth, labels.email)
    )


def _upper(text: str) -> str:
    """``text`` in capitals, as a record writes them: Greek capitals without their accents."""
    capitals = text.upper()
    if not any("\u0370" <= char <= "\u03ff" for char in capitals):
        return capitals
    return "".join(c for c in unicodedata.normalize("NFD", capitals) if not unicodedata.combining(c))


def _n(value: str) -> str:
    return mark("NAME", value)


def _e(value: str) -> str:
    return mark("EMAIL", value)


def _p(value: str) -> str:
    return mark("PHONE", value)


def _b(value: str) -> str:
    return mark("BIRTH_DATE", value)


def _t(text: str) -> str:
    return escape(text)


Style = Callable[[Labels, Person, Person, random.Random], str]


def _csv_header(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    rows = "".join(_t("\n") + _n(p.full) + ";" + _e(p.email) + ";" + _p(p.phone) for p in (a, b))
    return _t(f"{lab.full};{lab.email};{lab.phone}") + rows


def _csv_split(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    first = _n(a.given) + ";" + _n(_upper(a.family)) + ";" + _p(a.phone)
    second = _n(b.given) + ";" + _n(b.family) + ";" + _p(b.phone)
    return _t(f"{lab.given};{lab.family};{lab.phone}\n") + first + _t("\n") + second


def _headerless_caps(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    return _n(_upper(a.full)) + ";" + _e(a.email) + ";" + _p(a.phone) + ";" + _t(rnd.choice(lab.towns))


def _headerless_lower(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    return _n(a.full.lower()) + "," + _e(a.email) + "," + _p(a.phone)


def _headerless_tabs(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    rows = [_n(p.full) + _t("\t") + _p(p.phone) + _t("\t") + _e(p.email) for p in (a, b)]
    return rows[0] + _t("\n") + rows[1]


def _json_name(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    full, _, _, birth, email = _keys(lab)
    return f'{{"{full}": "' + _n(a.full) + f'", "{email}": "' + _e(a.email) + f'", "{birth}": "' + _b(a.born) + '"}'


def _json_role(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    _, tenant, insured, birth, _ = _keys(lab)
    key = rnd.choice((tenant, insured))
    return f'{{"{key}": "' + _n(a.full) + f'", "{birth}": "' + _b(a.born) + '", "id": 4711}'


def _form_role(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    role = rnd.choice((lab.tenant, lab.insured, lab.guarantor))
    name = _upper(a.full) if rnd.random() < 0.5 else a.full
    town = rnd.choice(lab.towns)
    return _t(f"{role}: ") + _n(name) + _t(f"\n{lab.phone}: ") + _p(a.phone) + _t(f"\n{lab.town}: {town}")


def _form_role_tabs(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    role = rnd.choice((lab.tenant, lab.insured, lab.guarantor))
    return _t(f"{role}:\t") + _n(a.full) + _t(f"\t{lab.email}: ") + _e(a.email) + _t(f"\t{lab.birth}: ") + _b(a.born)


def _spreadsheet(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    rows = "".join(_t("\n") + _n(p.full) + _t("\t") + _p(p.phone) + _t(f"\t{rnd.choice(lab.towns)}") for p in (a, b))
    return _t(f"{lab.full}\t{lab.phone}\t{lab.town}") + rows


def _markdown(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    rows = "".join(_t("\n| ") + _n(p.full) + " | " + _e(p.email) + " |" for p in (a, b))
    return _t(f"| {lab.full} | {lab.email} |\n|---|---|") + rows


def _surname_first(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    first = _t(f"{lab.full}: ") + _n(f"{_upper(a.family)} {a.given}") + _t(f"\n{lab.birth}: ") + _b(a.born)
    return first + _t(f"\n{lab.phone}: ") + _p(a.phone)


def _surname_first_csv(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    rows = "".join(_t("\n") + _n(f"{p.family}, {p.given}") + ";" + _p(p.phone) for p in (a, b))
    return _t(f"{lab.full};{lab.phone}") + rows


def _role_column(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    role = rnd.choice((lab.tenant, lab.insured))
    rows = "".join(
        _t(f"\n0{day}/11;") + _n(name) + _t(f";{rnd.randint(20, 900)},00")
        for day, name in ((2, a.full), (9, _upper(b.full)))
    )
    return _t(f"{lab.date};{role};{lab.amount}") + rows


def _json_split(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    given, family = _ascii_key(lab.given), _ascii_key(lab.family)
    record = f'{{"{given}": "' + _n(a.given) + f'", "{family}": "' + _n(a.family) + '", "tel": "' + _p(a.phone)
    return record + '"}'


def _form_lower(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    return _t(f"{lab.full.lower()}: ") + _n(a.full.lower()) + _t(f"\n{lab.phone.lower()}: ") + _p(a.phone)


def _header_caps(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    rows = "".join(_t("\n") + _n(_upper(p.full)) + ";" + _p(p.phone) for p in (a, b))
    return _t(f"{_upper(lab.full)};{_upper(lab.phone)}") + rows


def _headerless_split(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    first = _n(a.given) + ";" + _n(a.family) + ";" + _p(a.phone) + ";" + _e(a.email)
    second = _n(_upper(b.family)) + ";" + _n(_upper(b.given)) + ";" + _p(b.phone) + ";" + _e(b.email)
    return first + _t("\n") + second


def _mail_header(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    name = a.full if rnd.random() < 0.7 else f'"{a.family}, {a.given}"'
    shown = _n(name) if not name.startswith('"') else '"' + _n(name[1:-1]) + '"'
    return _t(f"{lab.sender}: ") + shown + " <" + _e(a.email) + ">" + _t(f"\n{lab.date}: 03.11.2025")


def _aligned(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    """A table copied from a PDF or an app: columns aligned with spaces, the family name in capitals."""
    width = max(len(lab.family), len(a.family), len(b.family)) + 4
    rows = "".join(
        _t("\n") + _n(_upper(p.family)) + _t(" " * (width - len(p.family))) + _n(p.given) + _t("    ") + _p(p.phone)
        for p in (a, b)
    )
    head = lab.family + " " * (width - len(lab.family))
    return _t(f"{head}{lab.given}    {lab.phone}") + rows


def _contact_block(lab: Labels, a: Person, b: Person, rnd: random.Random) -> str:
    """A contact copied from an app: the name, then the phone and the e-mail on lines of their own."""
    name = _upper(a.full) if rnd.random() < 0.3 else a.full
    return _n(name) + _t("\n") + _p(a.phone) + _t("\n") + _e(a.email)


STYLES: Final[dict[str, Style]] = {
    "csv_header": _csv_header,
    "csv_split": _csv_split,
    "headerless_caps": _headerless_caps,
    "headerless_lower": _headerless_lower,
    "headerless_tabs": _headerless_tabs,
    "json_name": _json_name,
    "json_role": _json_role,
    "form_role": _form_role,
    "form_role_tabs": _form_role_tabs,
    "spreadsheet": _spreadsheet,
    "markdown": _markdown,
    "surname_first": _surname_first,
    "surname_first_csv": _surname_first_csv,
    "role_column": _role_column,
    "json_split": _json_split,
    "form_lower": _form_lower,
    "header_caps": _header_caps,
    "headerless_split": _headerless_split,
    "mail_header": _mail_header,
    "aligned": _aligned,
    "contact_block": _contact_block,
}


def _amount(language: str, rnd: random.Random) -> str:
    whole, cents = rnd.randint(3, 2400), rnd.randint(0, 99)
    return f"{whole}.{cents:02d}" if language in _DOT_DECIMALS else f"{whole},{cents:02d}"


def _benign(language: str, lab: Labels, rnd: random.Random) -> list[str]:
    """Ordinary tables: dates, amounts and towns under headers, as rows, as a form and in lower case."""

    def day() -> str:
        return f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.2025"

    towns = lab.towns
    rows = "\n".join(f"{day()};{_amount(language, rnd)};{town}" for town in towns[:2])
    tabs = "\n".join(f"{day()}\t{_amount(language, rnd)}\t{town}" for town in towns[1:])
    return [
        f"{lab.date};{lab.amount};{lab.town}\n{rows}",
        f"{lab.town}: {towns[2]}\n{lab.amount}: {_amount(language, rnd)}\n{lab.date}: {day()}",
        f"{lab.amount.lower()};{lab.date.lower()};{lab.town.lower()}\n{_amount(language, rnd)};{day()};{towns[0]}",
        f"{lab.date}\t{lab.amount}\t{lab.town}\n{tabs}",
    ]


def build_language(language: str) -> list[str]:
    """The probe lines of one language: ``PER_STYLE`` messages of each style, then the ordinary tables."""
    locale, labels = LOCALES[language], LABELS[language]
    rnd = random.Random(f"{SEED}-{language}")
    fake = Faker(locale.faker)
    fake.seed_instance(rnd.randint(0, 2**31))
    lines = []
    for style, write in STYLES.items():
        for _ in range(PER_STYLE):
            first, second = _person(language, fake, rnd), _person(language, fake, rnd)
            lines.append(line_of(locale.country, language, style, write(labels, first, second, rnd)))
    lines.extend(line_of(locale.country, language, "benign", escape(text)) for text in _benign(language, labels, rnd))
    return lines


def main() -> int:
    """Write every language's probe file."""
    PROBE_DIR.mkdir(parents=True, exist_ok=True)
    for language in sorted(LABELS):
        lines = build_language(language)
        (PROBE_DIR / f"{language}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{language}: {len(lines)} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
