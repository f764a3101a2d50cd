"""Build runtime/privacy/data/language_id/distinct_words.txt: the frequent words that tell a zone language (or a
few neighbours making the same Comprehend calls) from the others, with and without their diacritics, which the
language identifier's word stage counts (`runtime.privacy.language_id_words`).

From the `wordfreq` 3.1.1 lists (data CC BY-SA 4.0, Robyn Speer and contributors; see NOTICE.md) of the zone's
languages that have one (hr reads wordfreq's Serbo-Croatian list, ``sh``; et, ga, lb, mt have none: the second
stage reads them). Per language, the `HEAD` most frequent words of two letters or more, each also written without
its diacritics (``mokesčių`` -> ``mokesciu``, ``það`` -> ``thad``: people type without them). A form belongs to
every zone language among whose `HEAD` most frequent words (or their forms without diacritics) it is; it is kept
when those languages all make the same Comprehend calls, are at most `MAX_OWNERS`, and no other zone language
has the form among its `TAIL` most frequent (``hvala`` and ``kako`` mark hr and sl; ``na`` marks nothing: it is
Portuguese too). Otherwise a form among the `SILENT_HEAD` most frequent of languages making no Comprehend call
marks them all (however many) when every language making calls writes it `RATIO` times less often at least, by
rank, and not among its `TAIL` most frequent: ``nav`` (Latvian 14th, English 20,715th), ``var`` is Icelandic,
Danish, Norwegian and Swedish alike. What such a word tells is the decision that matters (no call, or which
ones); which of the silent languages it is matters less. No measurement message is read.

Usage::

    pip install --target /tmp/wordfreq wordfreq==3.1.1
    PYTHONPATH=/tmp/wordfreq .venv/bin/python -m scripts.build_language_words
"""

from __future__ import annotations

import argparse
import importlib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from runtime.privacy.comprehend_plan import language_calls
from runtime.privacy.language_id_words import CODE_WIDTH, CODES_PREFIX, GROUPS_PREFIX, WORDS_FILE

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
#: A form shared by more languages than this tells too little (but see `SILENT_HEAD`).
MAX_OWNERS = 3
#: How many of a language's most frequent words may mark the languages making no Comprehend call that write it...
SILENT_HEAD = 10_000
#: ...when every language making calls writes it this many times less often at least, by rank (or not at all).
RATIO = 100
SILENT_TAIL = 20_000
#: Letters that do not lose their mark by Unicode decomposition, as people type them without it.
PLAIN = {"þ": "th", "ð": "d", "æ": "ae", "ø": "o", "ß": "ss", "ł": "l", "đ": "d", "œ": "oe"}
HEADER = """\
# Frequent words that tell a zone language (or a few neighbours making the same Comprehend calls) from the others,
# with and without diacritics: wordfreq 3.1.1 (CC BY-SA 4.0, Robyn Speer and contributors). Built by
# scripts/build_language_words.py; see NOTICE.md. Format: the line `#groups<TAB>` lists sets of languages (each
# separated by spaces, sets by `;`), the line `#codes<TAB>` each form's set's index in that line (two base-36
# digits per form, in the forms' order), then the forms, one per line, sorted.
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
    ranks = {language: _ranks(words) for language, words in lists.items()}
    marks: dict[tuple[str, ...], list[str]] = {}
    for form in sorted(set().union(*({f for f, r in found.items() if r < SILENT_HEAD} for found in ranks.values()))):
        owners = _owners(form, ranks) or _silent_owners(form, ranks)
        if owners:
            marks.setdefault(owners, []).append(form)
    return marks


def _ranks(words: Sequence[str]) -> dict[str, int]:
    """Each form of `words` (see `forms`) and the rank of its first word."""
    found: dict[str, int] = {}
    for rank, word in enumerate(words):
        for form in forms([word]):
            found.setdefault(form, rank)
    return found


def _owners(form: str, ranks: Mapping[str, Mapping[str, int]]) -> tuple[str, ...]:
    """The languages `form` marks by the `HEAD` / `TAIL` rule (empty when none)."""
    owners = tuple(sorted(language for language, found in ranks.items() if found.get(form, TAIL) < HEAD))
    if not owners or len(owners) > MAX_OWNERS or len({language_calls(owner) for owner in owners}) > 1:
        return ()
    others = (found.get(form, TAIL) for language, found in ranks.items() if language not in owners)
    return owners if all(rank >= TAIL for rank in others) else ()


def _silent_owners(form: str, ranks: Mapping[str, Mapping[str, int]]) -> tuple[str, ...]:
    """The languages making no call that `form` marks by the `SILENT_HEAD` / `RATIO` rule (empty when none)."""
    silent = {
        language: found[form]
        for language, found in ranks.items()
        if not language_calls(language) and found.get(form, SILENT_HEAD) < SILENT_HEAD
    }
    if not silent:
        return ()
    floor = max(SILENT_TAIL, RATIO * (min(silent.values()) + 1))
    calling = (found.get(form, floor) for language, found in ranks.items() if language_calls(language))
    return tuple(sorted(silent)) if all(rank >= floor for rank in calling) else ()


def lines(marks: Mapping[tuple[str, ...], Sequence[str]]) -> list[str]:
    """The file's lines after its header: the sets of languages (those marked by the most forms first: the
    shortest indexes), then each form and the index of its set, forms sorted (`SortedForms` searches them)."""
    groups = sorted(marks, key=lambda owners: (-len(marks[owners]), owners))
    index = {owners: at for at, owners in enumerate(groups)}
    found = sorted((form, index[owners]) for owners, words in marks.items() for form in words)
    if len(groups) > 36**CODE_WIDTH:
        raise ValueError(f"{len(groups)} sets of languages: more than {CODE_WIDTH} base-36 digits can index")
    codes = "".join(_base36(at).rjust(CODE_WIDTH, "0") for _, at in found)
    return [
        GROUPS_PREFIX.decode() + ";".join(" ".join(owners) for owners in groups),
        CODES_PREFIX.decode() + codes,
        *(form for form, _ in found),
    ]


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    return digits[number] if number < 36 else _base36(number // 36) + digits[number % 36]


def read_lists(top: int = 10**7) -> dict[str, list[str]]:
    """The zone languages' wordfreq lists (all of each by default), most frequent first (wordfreq imported here: a
    build-time tool)."""
    wordfreq = importlib.import_module("wordfreq")
    return {language: wordfreq.top_n_list(code, top, wordlist="small") for language, code in WORDFREQ_LISTS.items()}


def main(argv: list[str] | None = None) -> int:
    """Write the file from wordfreq's lists."""
    argparse.ArgumentParser(description=__doc__).parse_args(argv)
    text = HEADER + "\n".join(lines(distinct_words(read_lists()))) + "\n"
    WORDS_FILE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
