"""Build runtime/privacy/data/family_names.txt.gz: family names of the EU/EEA countries (not shipped itself).

Sources (build-time only, never imported by the runtime):

- ``name2nats.pkl`` of the ``name2nat`` package 0.5.1 (PyPI, Apache License 2.0): about a million titles of
  English Wikipedia biographies (dump of 2020-06-01) with the nationality named in their categories. Wikipedia
  text is CC BY-SA; a list of surnames is a list of facts, and the NOTICE attributes it all the same. The last
  word of each title (and for Iberian and Hispanic names the word before it) counts as a family name of the
  nationality's country; nationalities the dataset lacks are stood in for by neighbours sharing their surnames
  (Hispanic America for Spain, Norway for Sweden and Denmark, the other South Slavic nations for Croatia).
- ``@zxcvbn-ts/language-pl`` 3.0.2 (npm, MIT): the Polish PESEL registry's most frequent surnames (published by
  the Ministry of Digital Affairs on dane.gov.pl under CC0 1.0).
- ``@zxcvbn-ts/language-fi`` 3.0.2 (npm, MIT): Finnish surnames of the Population Register Centre
  (avoindata.fi, CC BY 4.0).
- the Greek and Bulgarian word lists of ``wordfreq`` 3.1.1 (data CC BY-SA 4.0), when it is importable: a word in
  Greek or Cyrillic script whose transliteration is a Greek, Cypriot or Bulgarian family name of the lists above
  is that name in its own script (``Παπαδόπουλος``, ``Иванов``).

Neither Faker nor mimesis is read: the independent test corpus is generated with those.

Usage::

    pip download --no-deps -d /tmp/src name2nat==0.5.1 && unzip -q /tmp/src/name2nat-*.whl -d /tmp/src
    (cd /tmp/src && npm pack @zxcvbn-ts/language-pl@3.0.2 @zxcvbn-ts/language-fi@3.0.2 \\
        && for f in *.tgz; do mkdir -p "${f%.tgz}" && tar -xzf "$f" -C "${f%.tgz}"; done)
    pip install --target /tmp/wordfreq wordfreq==3.1.1
    PYTHONPATH=/tmp/wordfreq .venv/bin/python scripts/build_family_names.py /tmp/src
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import pickle
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

TARGET = Path(__file__).resolve().parent.parent / "runtime" / "privacy" / "data" / "family_names.txt.gz"
#: Nationalities of the dataset -> the country whose family names they give (stand-ins included).
NATIONALITIES = {
    "Portuguese": "PT", "Brazilian": "PT", "Catalan": "ES", "Basque": "ES", "Mexican": "ES", "Argentine": "ES",
    "Colombian": "ES", "Chilean": "ES", "Venezuelan": "ES", "Peruvian": "ES", "Cuban": "ES", "Uruguayan": "ES",
    "French": "FR", "Breton": "FR", "Belgian": "BE", "German": "DE", "Austrian": "AT", "Italian": "IT",
    "Sammarinese": "IT", "Dutch": "NL", "Irish": "IE", "English": "GB", "British": "GB", "Welsh": "GB",
    "Maltese": "MT", "Dane": "DK", "Faroese": "DK", "Norwegian": "NO", "Finn": "FI", "Estonian": "EE",
    "Latvian": "LV", "Lithuanian": "LT", "Pole": "PL", "Czech": "CZ", "Slovak": "SK", "Hungarian": "HU",
    "Romanian": "RO", "Moldovan": "RO", "Bulgarian": "BG", "Greek": "GR", "Cypriot": "CY", "Croat": "HR",
    "Bosniak": "HR", "Serb": "HR", "Montenegrin": "HR", "Slovene": "SI",
}  # fmt: skip
#: Countries whose family names another country shares (the dataset has no nationality for the latter).
SHARED = {"NO": ("SE", "DK"), "DE": ("LU", "CH", "LI"), "FR": ("LU", "CH"), "IT": ("CH",), "HR": ("SI",)}
#: Spanish and Portuguese names carry two family names: the word before the last counts too.
TWO_SURNAMES = frozenset({"PT", "ES"})
PARTICLES = frozenset(
    [
        "da",
        "de",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ten",
        "ter",
        "y",
        "e",
        "i",
    ]
)
NOT_SURNAMES = frozenset(["jr", "sr", "ii", "iii", "iv", "junior", "senior", "filho", "neto", "sobrinho"])
_WORD = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*$")
#: Family names a country needs before it counts as one of its own.
MIN_PEOPLE = 2
#: Countries the dataset holds few biographies of (111 Slovenes of a million titles), where one bearer suffices.
MIN_PEOPLE_BY_COUNTRY = {"SI": 1}
#: The most family names kept per country (by the number of people bearing them).
PER_COUNTRY = 2500
ZXCVBN_FILES = {"PL": ("maleLastnames.json", "femaleLastnames.json"), "FI": ("lastnames.json",)}
ZXCVBN_TOP = 4000


class _PlainUnpickler(pickle.Unpickler):
    """Reads a pickle of plain containers only (no code from the file runs)."""

    def find_class(self, module: str, name: str) -> Any:
        """Refuse every global: the dataset is dicts, lists and strings."""
        raise pickle.UnpicklingError(f"refused {module}.{name}")


def _surnames(title: str, country: str) -> list[str]:
    """The family-name words of one biography title (``Maria Silva Santos (actress)`` -> Silva, Santos)."""
    words = title.split(" (", 1)[0].split(",", 1)[0].split()
    if len(words) < 2:
        return []
    picks = [words[-1]]
    if country in TWO_SURNAMES and len(words) >= 3 and words[-2].lower() not in PARTICLES:
        picks.append(words[-2])
    return [w for w in picks if _WORD.match(w) and w[0].isupper() and not w.isupper() and len(w) >= 3]


def from_wikipedia(path: Path) -> dict[str, Counter[str]]:
    """Country -> family name -> number of biographies."""
    with path.open("rb") as source:
        titles: dict[str, list[str]] = _PlainUnpickler(source).load()
    counts: dict[str, Counter[str]] = {}
    for title, nationalities in titles.items():
        for nationality in nationalities:
            country = NATIONALITIES.get(nationality)
            if country is None:
                continue
            for name in _surnames(title, country):
                if name.lower() not in NOT_SURNAMES:
                    counts.setdefault(country, Counter())[name] += 1
    return counts


def from_zxcvbn(root: Path) -> dict[str, list[str]]:
    """Country -> the registry's most frequent family names (lower case, most frequent first)."""
    out: dict[str, list[str]] = {}
    for country, files in ZXCVBN_FILES.items():
        language = {"PL": "pl", "FI": "fi"}[country]
        for file in files:
            matches = sorted(root.glob(f"**/language-{language}*/package/src/{file}")) or sorted(
                root.glob(f"**/zxcvbn-ts-language-{language}-*/package/src/{file}")
            )
            if not matches:
                raise SystemExit(f"missing {file} of @zxcvbn-ts/language-{language} under {root}")
            out.setdefault(country, []).extend(json.loads(matches[0].read_text(encoding="utf-8"))[:ZXCVBN_TOP])
    return out


#: Greek and Bulgarian letters as English Wikipedia transliterates them (two-letter groups first).
_TRANSLIT = (
    ("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("αυ", "av"), ("ευ", "ev"), ("μπ", "mp"), ("ντ", "nt"),
    ("γγ", "ng"), ("γκ", "gk"), ("θ", "th"), ("χ", "ch"), ("ψ", "ps"), ("ξ", "x"), ("φ", "f"), ("β", "v"),
    ("η", "i"), ("υ", "y"), ("ω", "o"), ("σ", "s"), ("ς", "s"),
    ("ж", "zh"), ("ц", "ts"), ("ч", "ch"), ("ш", "sh"), ("щ", "sht"), ("ъ", "a"), ("ь", "y"), ("ю", "yu"),
    ("я", "ya"), ("й", "y"), ("х", "h"),
)  # fmt: skip
_SINGLE = str.maketrans("αβγδεζικλμνοπρτабвгдезиклмнопрстуф", "avgdeziklmnoprtabvgdeziklmnoprstuf")
SCRIPT_COUNTRIES = {"el": ("GR", "CY"), "bg": ("BG",)}


def _fold(word: str) -> str:
    """The word without accents, case-folded."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


def transliterate(folded: str) -> str:
    """A folded Greek or Cyrillic word in Latin letters (``παπαδοπουλοσ`` -> ``papadopoulos``)."""
    for group, latin in _TRANSLIT:
        folded = folded.replace(group, latin)
    return folded.translate(_SINGLE)


def in_own_script(names: dict[str, set[str]]) -> dict[str, set[str]]:
    """Greek and Bulgarian family names in their own script, found in wordfreq's word lists."""
    try:
        wordfreq = importlib.import_module("wordfreq")
    except ImportError:
        raise SystemExit("wordfreq is needed (see the usage)") from None
    out: dict[str, set[str]] = {}
    for language, countries in SCRIPT_COUNTRIES.items():
        latin = {_fold(name) for name, codes in names.items() if codes & set(countries)}
        for word in wordfreq.iter_wordlist(language):
            if len(word) >= 4 and word.isalpha() and not word.isascii() and transliterate(_fold(word)) in latin:
                name = word[0].upper() + word[1:-1] + ("ς" if word[-1] == "σ" else word[-1])  # final sigma
                out.setdefault(name, set()).update(countries)
    return out


def collect(root: Path) -> dict[str, set[str]]:
    """Family name (as written) -> its countries."""
    pickles = sorted(root.glob("**/name2nats.pkl"))
    if not pickles:
        raise SystemExit(f"no name2nats.pkl under {root}")
    names: dict[str, set[str]] = {}
    for country, counter in from_wikipedia(pickles[0]).items():
        least = MIN_PEOPLE_BY_COUNTRY.get(country, MIN_PEOPLE)
        kept = [name for name, count in counter.most_common(PER_COUNTRY) if count >= least]
        for name in kept:
            names.setdefault(name, set()).update((country, *SHARED.get(country, ())))
    for country, listed in from_zxcvbn(root).items():
        for name in listed:
            if _WORD.match(name) and len(name) >= 3:
                names.setdefault(name[0].upper() + name[1:], set()).add(country)
    for name, countries in in_own_script(names).items():
        names.setdefault(name, set()).update(countries)
    return names


def main() -> None:
    """Write the data file and print its size."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", type=Path, help="folder holding the unpacked name2nat wheel and npm packages")
    args = parser.parse_args()
    names = collect(args.sources)
    header = (
        "# Family names per country (EU/EEA, GB, CH). Built by scripts/build_family_names.py from English\n"
        "# Wikipedia biography titles (name2nat 0.5.1, CC BY-SA) and the Polish PESEL (CC0 1.0) and Finnish\n"
        "# population register (CC BY 4.0) surname lists of @zxcvbn-ts; see NOTICE.md. Format: name<TAB>countries.\n"
    )
    body = "".join(f"{name}\t{','.join(sorted(codes))}\n" for name, codes in sorted(names.items()))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(gzip.compress((header + body).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(names)} family names, {TARGET.stat().st_size} bytes -> {TARGET}")


if __name__ == "__main__":
    main()
