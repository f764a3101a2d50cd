"""Build runtime/privacy/data/language_id/distinct_words.txt.gz: the frequent words that tell a zone language (or a
few neighbours making the same Comprehend calls) from the others, with and without their diacritics, which the
language identifier's word stage counts (`runtime.privacy.language_id_words`).

From the `wordfreq` 3.1.1 lists (data CC BY-SA 4.0, Robyn Speer and contributors; see NOTICE.md) of the zone's
languages that have one (hr reads wordfreq's Serbo-Croatian list, ``sh``; et, ga, lb, mt have none: the second
stage reads them). Per language, the `HEAD` most frequent words of two letters or more, each also written without
its diacritics (``mokesčių`` -> ``mokesciu``, ``það`` -> ``thad``: people type without them). A form belongs to
every zone language among whose `HEAD` most frequent words (or their forms without diacritics) it is; it is kept
when those languages all make the same Comprehend calls, are at most `MAX_OWNERS`, and no other zone language
has the form among its `TAIL` most frequent (``hvala`` and ``kako`` mark hr and sl; ``na`` marks nothing: it is
Portuguese too). No measurement message is read.

Usage::

    pip install --target /tmp/wordfreq wordfreq==3.1.1
    PYTHONPATH=/tmp/wordfreq .venv/bin/python -m scripts.build_language_words
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from runtime.privacy.comprehend_plan import language_calls
from runtime.privacy.language_id_words import WORDS_FILE

#: The zone's languages written in the Latin alphabet with a wordfreq list, and the list each reads (bg and el: the
#: model reads their alphabets without fail).
WORDFREQ_LISTS = {
    "cs": "cs", "da": "da", "de": "de", "en": "en", "es": "es", "fi": "fi", "fr": "fr",
    "hr": "sh", "hu": "hu", "is": "is", "it": "it", "lt": "lt", "lv": "lv", "nb": "nb", "nl": "nl", "pl": "pl",
    "pt": "pt", "ro": "ro", "sk": "sk", "sl": "sl", "sv": "sv",
}  # fmt: skip
#: How many of a language's most frequent words may mark it...
HEAD = 5000
#: ...unless the form is among this many of another zone language's most frequent.
TAIL = 20_000
#: A form shared by more languages than this tells too little.
MAX_OWNERS = 3
#: Letters that do not lose their mark by Unicode decomposition, as people type them without it.
PLAIN = {"þ": "th", "ð": "d", "æ": "ae", "ø": "o", "ß": "ss", "ł": "l", "đ": "d", "œ": "oe"}
HEADER = """\
# Frequent words that tell a zone language (or a few neighbours making the same Comprehend calls) from the others,
# with and without diacritics: wordfreq 3.1.1 (CC BY-SA 4.0, Robyn Speer and contributors). Built by
# scripts/build_language_words.py; see NOTICE.md. Format: languages separated by spaces<TAB>words separated by
# spaces.
"""


def plain(word: str) -> str:
    """`word` without its diacritics, as typed on a keyboard without them (``þetta`` -> ``thetta``)."""
    decomposed = unicodedata.normalize("NFKD", "".join(PLAIN.get(char, char) for char in word))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def forms(words: Iterable[str]) -> set[str]:
    """`words` (letters only, two or more) and their forms without diacritics, in lower case."""
    found = set()
    for word in words:
        lower = word.lower()
        if len(lower) >= 2 and lower.isalpha():
            found |= {lower, plain(lower)}
    return found


def distinct_words(lists: Mapping[str, Sequence[str]]) -> dict[tuple[str, ...], list[str]]:
    """Per set of owning languages, the forms that mark them (see the module's docstring), sorted."""
    heads = {language: forms(words[:HEAD]) for language, words in lists.items()}
    tails = {language: forms(words[:TAIL]) for language, words in lists.items()}
    marks: dict[tuple[str, ...], list[str]] = {}
    for form in sorted(set().union(*heads.values())):
        owners = tuple(sorted(language for language, head in heads.items() if form in head))
        others = (language for language in lists if language not in owners)
        if len(owners) > MAX_OWNERS or len({language_calls(owner) for owner in owners}) > 1:
            continue
        if any(form in tails[language] for language in others):
            continue
        marks.setdefault(owners, []).append(form)
    return marks


def lines(marks: Mapping[tuple[str, ...], Sequence[str]]) -> list[str]:
    """The file's lines after its header."""
    return [f"{' '.join(owners)}\t{' '.join(words)}" for owners, words in sorted(marks.items())]


def read_lists(top: int = TAIL) -> dict[str, list[str]]:
    """The zone languages' wordfreq lists, most frequent first (wordfreq imported here: a build-time tool)."""
    wordfreq = importlib.import_module("wordfreq")
    return {language: wordfreq.top_n_list(code, top, wordlist="small") for language, code in WORDFREQ_LISTS.items()}


def main(argv: list[str] | None = None) -> int:
    """Write the file from wordfreq's lists."""
    argparse.ArgumentParser(description=__doc__).parse_args(argv)
    text = HEADER + "\n".join(lines(distinct_words(read_lists()))) + "\n"
    WORDS_FILE.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
