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

Usage: ``[PYTHONPATH=/tmp/wordfreq] .venv/bin/python scripts/build_given_names.py [--min-frequency 3]``
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
from pathlib import Path

import gender_guesser  # type: ignore[import-untyped]

from scripts.build_family_names import in_own_script

SOURCE = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
TARGET = Path(__file__).resolve().parent.parent / "runtime" / "privacy" / "data" / "given_names.txt.gz"
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


def main() -> None:
    """Write the data file and print its size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min-frequency", type=int, default=3)
    args = parser.parse_args()
    names = collect(args.min_frequency)
    header = (
        f"# Given names per country (EU/EEA, GB, CH), frequency >= {args.min_frequency} of 13.\n"
        "# Derived from nam_dict.txt (c) 2007-2008 Joerg Michael, GNU Free Documentation License 1.2 or later,\n"
        "# via the gender-guesser package; built by scripts/build_given_names.py. Format: name<TAB>countries.\n"
    )
    body = "".join(f"{name}\t{','.join(sorted(codes))}\n" for name, codes in sorted(names.items()))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same input gives the same bytes (a stable, reviewable diff).
    TARGET.write_bytes(gzip.compress((header + body).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(names)} names, {TARGET.stat().st_size} bytes -> {TARGET}")


if __name__ == "__main__":
    main()
