"""The language identifier's word stage: frequent words that tell a zone language from the others, typed with or
without their diacritics.

fastText's compressed model reads short messages typed without diacritics poorly (``negaunu sms kodo``,
``zabudol som heslo``), and some neighbours even with them. `distinct_words.txt` (built by
`scripts/build_language_words.py` from wordfreq's lists) holds, per zone language or per few neighbours making the
same Comprehend calls (``hr sl``, ``cs sk``, ``da nb``), the frequent words that no other zone language writes
often, each also without its diacritics (``mokesciu``, ``thetta``), and the words of languages making no call that
every language making calls writes a hundred times less often at least (``nav``: Latvian; ``var``: Icelandic,
Danish, Norwegian, Swedish, Latvian). The forms are sorted, each with the index of its set of languages: loading
splits the file's bytes into lines, a lookup is a binary search (`SortedForms`); its 170,000 forms load faster
than a dictionary of half as many did. Each word of a message found there counts
once for each of its languages (`word_counts`; a word written as names and acronyms are, capitalized inside a
sentence or in capitals throughout, does not count), and `runtime.privacy.language_id_evidence.reweigh`
multiplies those languages' probability by `FACTOR` per word, three words at most. A stray word takes a small
share of the probability (the guess may become unsure: more calls, never fewer); two or three name the language.
Neighbours sharing a word are all raised alike: which of them it is does not change the calls. Measured:
docs/language-id.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path

from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES
from runtime.privacy.language_id_evidence import starts_sentence

__all__ = [
    "CODES_PREFIX",
    "CODE_WIDTH",
    "FACTOR",
    "GROUPS_PREFIX",
    "SHARED_BY",
    "UNLISTED",
    "WORDS_FILE",
    "SortedForms",
    "WordMarks",
    "listed_words",
    "shipped_words",
    "tally",
    "unlisted_counts",
    "word_counts",
]

WORDS_FILE = Path(__file__).resolve().parent / "data" / "language_id" / "distinct_words.txt"
#: The line of `WORDS_FILE` listing the sets of languages the forms' indexes name (``#groups<TAB>cs;cs sk;...``).
GROUPS_PREFIX = b"#groups\t"
#: The line giving, for each form in order, the index of its set in `CODE_WIDTH` base-36 digits.
CODES_PREFIX = b"#codes\t"
CODE_WIDTH = 2
#: How many words looked up `SortedForms` remembers (then it forgets them all and starts again).
SEEN = 20_000
#: How much more probable one listed word makes its languages (a weaker sign than the second stage's marks).
FACTOR = 10.0

#: The zone's languages with no list (wordfreq has none). None makes a Comprehend call; each shares many frequent
#: words with a listed neighbour that makes none either (Estonian ``saan`` is Finnish too, Irish ``ní`` Czech),
#: so a listed word of a language making no call raises them as well, once (`unlisted_counts`), from their
#: own probability: one such word tells them from the languages Comprehend reads, not from each other.
UNLISTED = ("et", "ga", "lb", "mt")
#: A word that this many languages making no call write often raises the unlisted ones as it raises them (two
#: neighbours sharing a word, ``takk``: Icelandic and Norwegian, say less of the others).
SHARED_BY = 3

_WORD = re.compile(r"[^\W\d_]+")


class SortedForms:
    """Forms in sorted order (UTF-8 bytes sort as their text does), each with the index of its set of languages in
    `groups`: read as a mapping (a plain class: no abstract base to build at import), by binary search (loading
    splits the file's bytes into lines, decodes nothing and builds no dictionary)."""

    def __init__(self, forms: Sequence[bytes], codes: bytes, groups: Sequence[tuple[str, ...]]) -> None:
        self._forms = forms
        self._codes = codes
        self._groups = groups
        self._seen: dict[str, tuple[str, ...] | None] = {}  # words looked up already (a few thousand at most)

    @classmethod
    def read(cls, data: bytes) -> SortedForms:
        """The forms of `data` (UTF-8): comment lines, the `GROUPS_PREFIX` line (sets separated by ``;``), the
        `CODES_PREFIX` line (each form's set's index, `CODE_WIDTH` base-36 digits per form), then the forms, one
        per line, in sorted order."""
        start = data.index(GROUPS_PREFIX) + len(GROUPS_PREFIX)
        end = data.index(b"\n", start)
        groups = [tuple(group.split()) for group in data[start:end].decode("utf-8").split(";")]
        start = data.index(CODES_PREFIX, end) + len(CODES_PREFIX)
        end = data.index(b"\n", start)
        return cls(data[end + 1 :].split(), data[start:end], groups)

    def get(self, form: str, default: tuple[str, ...] | None = None) -> tuple[str, ...] | None:
        """The languages `form` marks (`default` when not listed). Words come back often: the last `SEEN` looked
        up are remembered (a dictionary lookup instead of a binary search)."""
        if form in self._seen:
            found = self._seen[form]
            return default if found is None else found
        key = form.encode("utf-8")
        at = bisect_left(self._forms, key)
        found = None
        if at < len(self._forms) and self._forms[at] == key:
            found = self._groups[int(self._codes[at * CODE_WIDTH : (at + 1) * CODE_WIDTH], 36)]
        if len(self._seen) >= SEEN:
            self._seen.clear()
        self._seen[form] = found
        return default if found is None else found

    def __getitem__(self, form: str) -> tuple[str, ...]:
        found = self.get(form)
        if found is None:
            raise KeyError(form)
        return found

    def __contains__(self, form: str) -> bool:
        return self.get(form) is not None

    def __iter__(self) -> Iterator[str]:
        return (form.decode("utf-8") for form in self._forms)

    def items(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """(form, languages) of every form, in order."""
        return ((form, self[form]) for form in self)

    def values(self) -> Iterator[tuple[str, ...]]:
        """The languages of every form, in order."""
        return (languages for _, languages in self.items())

    def __len__(self) -> int:
        return len(self._forms)


class WordMarks:
    """The languages each listed word marks."""

    def __init__(self, owners: Mapping[str, tuple[str, ...]] | SortedForms) -> None:
        self.owners = owners

    @classmethod
    def parse(cls, lines: Iterable[str]) -> WordMarks:
        """Marks from the file's lines (`languages<TAB>words`, both separated by spaces; `#` starts a comment)."""
        owners: dict[str, tuple[str, ...]] = {}
        for line in lines:
            if line.strip() and not line.startswith("#"):
                languages, words = line.rstrip("\n").split("\t")
                owners.update(dict.fromkeys(words.split(), tuple(languages.split())))
        return cls(owners)


@cache
def shipped_words() -> WordMarks:
    """The words shipped with the function (read once; the identifier's loader reads them at start-up)."""
    return WordMarks(SortedForms.read(WORDS_FILE.read_bytes()))


def listed_words(text: str, marks: WordMarks | None = None) -> list[tuple[str, ...]]:
    """The languages each listed word of `text` marks, word by word (a word written as names and acronyms are,
    capitalized inside a sentence or in capitals throughout, is left out)."""
    owners = (marks or shipped_words()).owners
    found_words = []
    for found in _WORD.finditer(text):
        word = found.group()
        languages = owners.get(word.lower())
        if languages is None or (word.isupper() and len(word) > 1):
            continue
        if word[0].isupper() and not starts_sentence(text, found.start()):
            continue
        found_words.append(languages)
    return found_words


def word_counts(text: str, marks: WordMarks | None = None) -> dict[str, int]:
    """How many words of `text` each language's list holds (only languages with at least one)."""
    return tally(listed_words(text, marks))


def tally(found: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """How many of the `listed_words` mark each language."""
    counts: dict[str, int] = {}
    for languages in found:
        for language in languages:
            counts[language] = counts.get(language, 0) + 1
    return counts


def unlisted_counts(found: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """The counts by which `UNLISTED` languages are raised, from the `listed_words`: one for each word that
    `SHARED_BY` languages making no Comprehend call or more write often (``kas``: Finnish, Latvian, Lithuanian and
    Dutch, Estonian too; such a word says "no call", and languages without a list likely write it as well), and
    one more when a word marks fewer of them (a stray word of one language leaves them where the model put them;
    two or three words of a listed language still name it)."""
    silent = [languages for languages in found if not ENTITY_LANGUAGES.intersection(languages)]
    if not silent:
        return {}
    shared = sum(len(languages) >= SHARED_BY for languages in silent)
    return dict.fromkeys(UNLISTED, shared + (shared < len(silent)))
