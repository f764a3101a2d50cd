"""Build runtime/privacy/data/common_words.txt.gz (names that are also common words) and frequent_words.txt.gz.

A word of the name lists (``given_names.txt.gz``, ``family_names.txt.gz``) that is common in a market language
(``Will``, ``Even``, ``Per``, ``Dom``, ``Hope``) is not a name by itself: the name detector needs another sign
before it takes it (a given name before it, an introduction, a title). Common means a Zipf frequency of at least
``--min-zipf`` (about one use in 100,000 words at 4.0) in the language's list of the ``wordfreq`` package 3.1.1
(data CC BY-SA 4.0, Robyn Speer and contributors; see NOTICE.md). The lists do not tell a word from a name
(they are case-folded), so a name of a country speaking the language is left out below ``--name-zipf``
(``Lopes`` and ``Maria`` are frequent in Portuguese because they are Portuguese names), and in another language
only where it is clearly more frequent than in its own (``FOREIGN_MARGIN``: famous people's names are frequent
everywhere); in its own languages a very common given name (at least ``--protect`` of 13 in a country of
``nam_dict``) is never a common word.

``frequent_words.txt.gz`` holds the ``--top`` most frequent words of each of those lists, folded: after a known
given name, a word written in lower case or in capitals that is none of them and no family name of the lists is
taken as a surname the lists lack (``maja kranjc``), while ``ana vai`` stays words.

Usage::

    pip install --target /tmp/wordfreq wordfreq==3.1.1
    PYTHONPATH=/tmp/wordfreq .venv/bin/python scripts/build_name_exclusions.py
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import itertools
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from scripts.build_given_names import SOURCE, country_frequencies

DATA = Path(__file__).resolve().parent.parent / "runtime" / "privacy" / "data"
TARGET = DATA / "common_words.txt.gz"
FREQUENT_TARGET = DATA / "frequent_words.txt.gz"
#: The market languages wordfreq has a list for (``sh``: Croatian with Serbian and Bosnian).
LANGUAGES = (
    "bg", "ca", "cs", "da", "de", "el", "en", "es", "fi", "fr", "hu", "is", "it", "lt", "lv", "nb", "nl", "pl",
    "pt", "ro", "sh", "sk", "sl", "sv",
)  # fmt: skip


def _fold(word: str) -> str:
    """The word without accents, case-folded (as ``runtime.privacy.normalize.fold``)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


#: Countries where each language is spoken (a name of one of them is frequent in the language as a name).
COUNTRIES = {
    "bg": "BG", "ca": "ES", "cs": "CZ", "da": "DK", "de": "DE AT CH LU LI", "el": "GR CY", "en": "GB IE MT",
    "es": "ES", "fi": "FI", "fr": "FR BE LU CH", "hu": "HU", "is": "IS", "it": "IT CH", "lt": "LT", "lv": "LV",
    "nb": "NO", "nl": "NL BE", "pl": "PL", "pt": "PT", "ro": "RO", "sh": "HR", "sk": "SK", "sl": "SI",
    "sv": "SE FI",
}  # fmt: skip


def _names(file: str, names: dict[str, set[str]]) -> None:
    """Add each folded name of ``file`` with its countries to ``names``."""
    text = gzip.decompress((DATA / file).read_bytes()).decode("utf-8")
    for line in text.splitlines():
        if line and line[0] != "#":
            name, _, countries = line.partition("\t")
            names.setdefault(_fold(name), set()).update(countries.split(","))


def _very_common_given_names(protect: int) -> set[str]:
    """Folded given names with a frequency of at least ``protect`` in some country of the dictionary."""
    out: set[str] = set()
    with SOURCE.open(encoding="utf-8") as source:
        for raw in source:
            line = raw.rstrip("\r\n").rstrip("$").rstrip()
            if not line or line[0] in "#=" or len(line.split()) < 2:
                continue
            if max(country_frequencies(line.ljust(120)).values()) >= protect:
                out.add(_fold(line.split()[1]))
    return out


#: How much more frequent than in its own countries' languages a name must be in another language to be a word
#: of that language (``Linda`` in Portuguese, ``Are`` in English; not ``Edward`` in Polish).
FOREIGN_MARGIN = 0.5


def collect(min_zipf: float, name_zipf: float, protect: int) -> dict[str, list[str]]:
    """Folded name -> the languages where it is a common word."""
    wordfreq = importlib.import_module("wordfreq")
    names: dict[str, set[str]] = {}
    _names("given_names.txt.gz", names)
    _names("family_names.txt.gz", names)
    protected = _very_common_given_names(protect)
    frequent: dict[str, dict[str, float]] = {}
    for language in LANGUAGES:
        for word in wordfreq.iter_wordlist(language):
            zipf = wordfreq.zipf_frequency(word, language)
            if zipf < min_zipf:
                break
            key = _fold(word)
            if key in names and len(key) >= 2:
                frequent.setdefault(key, {})[language] = max(zipf, frequent.get(key, {}).get(language, 0.0))
    common: dict[str, list[str]] = {}
    for key, by_language in frequent.items():
        home = [lang for lang in LANGUAGES if names[key] & set(COUNTRIES[lang].split())]
        # the folded word's own forms in the name's languages (``mają`` is ``maja`` as much as ``Maja``)
        home_zipf = max(
            (max(by_language.get(lang, 0.0), wordfreq.zipf_frequency(key, lang)) for lang in home), default=0.0
        )
        for language, zipf in by_language.items():
            if language not in home and zipf >= home_zipf + FOREIGN_MARGIN:
                common.setdefault(key, []).append(language)  # a word of another language (``aké``, ``will``)
            elif zipf >= name_zipf and key not in protected:
                common.setdefault(key, []).append(language)
    return common


#: Market languages that capitalize their nouns and do not inflect names: a frequent word of theirs that looks like
#: an inflected given name (``Stelle``, ``Sache``: forms of ``Stella`` and ``Sacha`` by the inflection rules) is a
#: noun written capitalized mid-sentence, never a name's form (the other languages write such words in lower case).
UNINFLECTED = ("de",)


def inflected_lookalikes(min_zipf: float) -> dict[str, list[str]]:
    """Folded frequent words of the ``UNINFLECTED`` languages that the name detector would read as an inflected form
    of a given name (``monat`` -> ``mona``) and that no name list holds, with their languages."""
    wordfreq = importlib.import_module("wordfreq")
    inflection = importlib.import_module("runtime.privacy.detectors.name_inflection")
    lists = importlib.import_module("runtime.privacy.detectors.name_words")
    known = lists.GIVEN_NAMES | lists.FAMILY_NAMES
    out: dict[str, list[str]] = {}
    for language in UNINFLECTED:
        for word in wordfreq.iter_wordlist(language):
            if wordfreq.zipf_frequency(word, language) < min_zipf:
                break
            key = _fold(word)
            if len(key) < 4 or not key.isalpha() or key in known or not inflection.may_be_given(key):
                continue
            if any(form in lists.GIVEN_NAMES for form in inflection.base_forms(key)[1:]):
                out.setdefault(key, []).append(language)
    return out


def frequent(top: int) -> list[str]:
    """The folded ``top`` most frequent words (letters only) of each language's list."""
    wordfreq = importlib.import_module("wordfreq")
    words: set[str] = set()
    for language in LANGUAGES:
        for rank, word in enumerate(wordfreq.iter_wordlist(language)):
            if rank >= top:
                break
            if word.isalpha():
                words.add(_fold(word))
    return sorted(words)


#: Strong surname endings (``name_inflection.STRONG_ENDINGS``) left out of ``name_shaped_forms``: the Icelandic
#: patronymics and the South Slavic ``-ić`` are surnames in every case, however frequent (``Jónsdóttur``, ``Mladića``).
SURNAMES_IN_EVERY_CASE = ("sson", "ssonar", "ssyni", "dottir", "dottur", "ic", "ica", "icu", "icem")


def _beyond_top(top: int, min_zipf: float) -> Iterator[tuple[str, str]]:
    """(language, word) for each language's words (letters only) past the list's ``top`` most frequent, down to a
    Zipf frequency of ``min_zipf``."""
    wordfreq = importlib.import_module("wordfreq")
    for language in LANGUAGES:
        for rank, word in enumerate(wordfreq.iter_wordlist(language)):
            if rank < top or not word.isalpha():
                continue
            if wordfreq.zipf_frequency(word, language) < min_zipf:
                break
            yield language, word


def name_shaped_forms(top: int, min_zipf: float) -> list[str]:
    """Folded words beyond each list's ``top`` with a Zipf frequency of at least ``min_zipf`` that end as surnames do
    (``name_inflection.strong_surname``) while being a case of one of the ``top`` words that is no name: the
    Lithuanian dative ``savaitei`` of ``savaitė`` (a week), the Czech ``budovou`` of ``budova``; the name detector
    would read them as an inflected surname after any rare word (``atidėti savaitei``)."""
    inflection = importlib.import_module("runtime.privacy.detectors.name_inflection")
    lists = importlib.import_module("runtime.privacy.detectors.name_words")
    known = lists.GIVEN_NAMES | lists.FAMILY_NAMES
    base = set(frequent(top))
    out: set[str] = set()
    for _language, word in _beyond_top(top, min_zipf):
        key = _fold(word)
        if key in base or key in known or key.endswith(SURNAMES_IN_EVERY_CASE):
            continue
        if not inflection.strong_surname(word):
            continue
        forms = inflection.base_forms(key)[1:]
        if not any(form in lists.FAMILY_NAMES for form in forms) and any(
            form in base and form not in known for form in forms
        ):
            out.add(key)
    return sorted(out)


#: Bulgarian endings of adjectives (``потребителски``, ``студентска``, ``градско``) and of nouns (``вноска``,
#: ``прическа``) that Bulgarian surnames share (``Раковски``, ``Яворска``): the ``-ов``/``-ев`` endings are left out,
#: as the words past the top that end so are surnames more often than not (``Стойков``, ``Найденов``).
BULGARIAN_WORD_ENDINGS = ("ски", "ска", "ско", "цки", "цка")


def bulgarian_shaped(top: int, min_zipf: float) -> list[str]:
    """Folded Bulgarian words beyond the list's ``top`` with a Zipf frequency of at least ``min_zipf`` that end as
    Bulgarian adjectives and surnames both do (``BULGARIAN_WORD_ENDINGS``), and are no known name: after any rare
    word the name detector would read them as a surname (``месечната вноска``: the monthly instalment;
    ``изтеглих потребителски кредит``: I took out a consumer loan)."""
    lists = importlib.import_module("runtime.privacy.detectors.name_words")
    known = lists.GIVEN_NAMES | lists.FAMILY_NAMES
    return sorted(
        key
        for language, word in _beyond_top(top, min_zipf)
        if language == "bg" and word.endswith(BULGARIAN_WORD_ENDINGS) and (key := _fold(word)) not in known
    )


#: Case endings of nouns and adjectives (folded) and the endings of the forms they may stand for, for
#: ``case_lookalikes``: Slavic, Baltic and Romance cases and plurals, written generously (a wrong guess only yields
#: a form that is no frequent word).
CASE_ENDINGS = (
    *("a", "e", "i", "o", "u", "y", "ou", "em", "om", "am", "ach", "ami", "ech", "ovi", "owi", "eho", "emu"),
    *("ego", "iej", "ej", "ym", "ych", "ymi", "oj", "ie", "ce", "dze", "os", "es", "ai", "ui", "io", "iu"),
    *("oje", "eje", "as", "is", "us"),
    *("а", "о", "е", "ата", "ото", "ите", "ия"),  # Bulgarian adjectives and nouns (``студентска`` of ``студентски``)
)
BASE_ENDINGS = ("", "a", "o", "e", "y", "as", "is", "us", "s", "ka", "ga", "ek", "ec", "и")


def _case_bases(key: str) -> set[str]:
    """The forms a folded word may be a case of (``pobocku`` -> ``pobocka``, ``soboty`` -> ``sobota``)."""
    bases = {
        key[: len(key) - len(ending)] + base
        for ending in CASE_ENDINGS
        if key.endswith(ending) and len(key) - len(ending) >= 3
        for base in BASE_ENDINGS
    }
    return bases - {key}


def _common_words(language: str, min_zipf: float) -> set[str]:
    """The folded words (letters only) of one language's list with a Zipf frequency of at least ``min_zipf``."""
    wordfreq = importlib.import_module("wordfreq")
    words = itertools.takewhile(
        lambda word: wordfreq.zipf_frequency(word, language) >= min_zipf, wordfreq.iter_wordlist(language)
    )
    return {_fold(word) for word in words if word.isalpha()}


def case_lookalikes(top: int, min_zipf: float) -> list[str]:
    """Folded words beyond each list's ``top`` with a Zipf frequency of at least ``min_zipf`` that the name detector
    reads as a family name (``name_inflection.family_name``: a case of a listed surname, ``pobocku`` of ``Pobock``)
    while being a case of another word of the language at least as frequent that is no name (``pobočku``, the
    accusative of ``pobočka``, a branch; the Polish ``soboty``, of Saturday); a word that may be a case of a given
    name or of a frequent word that is also a name (``annas``, ``kralovi``) is left out."""
    inflection = importlib.import_module("runtime.privacy.detectors.name_inflection")
    lists = importlib.import_module("runtime.privacy.detectors.name_words")
    known = lists.GIVEN_NAMES | lists.FAMILY_NAMES
    out: set[str] = set()
    owns: dict[str, set[str]] = {}
    for language, word in _beyond_top(top, min_zipf):
        if language not in owns:
            owns[language] = _common_words(language, min_zipf)  # the language's words, once
        own = owns[language]
        key = _fold(word)
        if key in known or key.endswith(SURNAMES_IN_EVERY_CASE) or not inflection.family_name(key):
            continue
        bases = _case_bases(key)
        if any(base in lists.GIVEN_NAMES or (base in known and base in own) for base in bases):
            continue
        if any(base in own and base not in known for base in bases):
            out.add(key)
    return sorted(out)


def by_hand() -> list[str]:
    """The folded words of ``frequent_words_by_hand`` (languages wordfreq has no list for), but for known names
    that are no common word (``Mai``, ``August`` stay names)."""
    hand = importlib.import_module("scripts.frequent_words_by_hand")
    lists = importlib.import_module("runtime.privacy.detectors.name_words")
    names = (lists.GIVEN_NAMES | lists.FAMILY_NAMES) - lists.COMMON_WORDS
    words = {_fold(word) for language in hand.BY_LANGUAGE.values() for word in language.split()}
    return sorted(word for word in words if word.isalpha() and word not in names)


def main() -> None:
    """Write the data file and print its size."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-zipf", type=float, default=4.0)
    parser.add_argument("--name-zipf", type=float, default=5.5)
    parser.add_argument("--protect", type=int, default=8)
    parser.add_argument("--top", type=int, default=5000)
    parser.add_argument("--shaped-zipf", type=float, default=3.0)
    parser.add_argument("--case-zipf", type=float, default=3.5)
    args = parser.parse_args()
    common = collect(args.min_zipf, args.name_zipf, args.protect)
    for word, languages in inflected_lookalikes(args.min_zipf).items():
        common.setdefault(word, []).extend(languages)
    header = (
        f"# Names that are common words (Zipf >= {args.min_zipf} in a wordfreq 3.1.1 list, CC BY-SA 4.0; names of\n"
        f"# the language's countries below {args.name_zipf} and given names >= {args.protect} of 13 left out), and\n"
        "# frequent German nouns that look like an inflected given name.\n"
        "# Built by scripts/build_name_exclusions.py; see NOTICE.md. Format: folded word<TAB>languages.\n"
    )
    body = "".join(f"{word}\t{','.join(sorted(set(langs)))}\n" for word, langs in sorted(common.items()))
    TARGET.write_bytes(gzip.compress((header + body).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(common)} common words, {TARGET.stat().st_size} bytes -> {TARGET}")
    shaped = set(name_shaped_forms(args.top, args.shaped_zipf)) | set(case_lookalikes(args.top, args.case_zipf))
    shaped |= set(bulgarian_shaped(args.top, args.shaped_zipf))
    words = sorted(set(frequent(args.top)) | shaped | set(by_hand()))
    header = (
        f"# The {args.top} most frequent words of each wordfreq 3.1.1 list of a market language (CC BY-SA 4.0),\n"
        f"# and its less frequent words (Zipf >= {args.shaped_zipf}) that are cases of those and end as surnames do\n"
        f"# or (Zipf >= {args.case_zipf}) are cases of listed surnames too, or (Zipf >= {args.shaped_zipf}) are\n"
        "# Bulgarian words ending as Bulgarian adjectives and surnames do (-ски, -ска);\n"
        "# Estonian, Irish, Luxembourgish and Maltese frequent words written by hand\n"
        "# (scripts/frequent_words_by_hand.py). Folded. Built by scripts/build_name_exclusions.py; see NOTICE.md.\n"
        "# Format: one word a line.\n"
    )
    FREQUENT_TARGET.write_bytes(
        gzip.compress((header + "\n".join(words) + "\n").encode("utf-8"), compresslevel=9, mtime=0)
    )
    print(f"{len(words)} frequent words, {FREQUENT_TARGET.stat().st_size} bytes -> {FREQUENT_TARGET}")


if __name__ == "__main__":
    main()
