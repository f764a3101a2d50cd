"""The language identifier's word stage: frequent words that tell a zone language from the others, typed with or
without their diacritics.

fastText's compressed model reads short messages typed without diacritics poorly (``negaunu sms kodo``,
``zabudol som heslo``), and some neighbours even with them. `distinct_words.txt.gz` (built by
`scripts/build_language_words.py` from wordfreq's lists) holds, per zone language or per few neighbours making the
same Comprehend calls (``hr sl``, ``cs sk``, ``da nb``), the frequent words that no other zone language writes
often, each also without its diacritics (``mokesciu``, ``thetta``). Each word of a message found there counts
once for each of its languages (`word_counts`; a word written as names and acronyms are, capitalized inside a
sentence or in capitals throughout, does not count), and `runtime.privacy.language_id_evidence.reweigh`
multiplies those languages' probability by `FACTOR` per word, three words at most. A stray word takes a small
share of the probability (the guess may become unsure: more calls, never fewer); two or three name the language.
Neighbours sharing a word are all raised alike: which of them it is does not change the calls. Measured:
docs/language-id.md.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES
from runtime.privacy.language_id_evidence import starts_sentence

__all__ = ["FACTOR", "UNLISTED", "WORDS_FILE", "WordMarks", "shipped_words", "unlisted_counts", "word_counts"]

WORDS_FILE = Path(__file__).resolve().parent / "data" / "language_id" / "distinct_words.txt.gz"
#: How much more probable one listed word makes its languages (a weaker sign than the second stage's marks).
FACTOR = 10.0

#: The zone's languages with no list (wordfreq has none). None makes a Comprehend call; each shares many frequent
#: words with a listed neighbour that makes none either (Estonian ``saan`` is Finnish too, Irish ``ní`` Czech),
#: so a listed word of a language making no call raises them as well, once (`unlisted_counts`), from their
#: own probability: one such word tells them from the languages Comprehend reads, not from each other.
UNLISTED = ("et", "ga", "lb", "mt")

_WORD = re.compile(r"[^\W\d_]+")


class WordMarks:
    """The languages each listed word marks."""

    def __init__(self, owners: Mapping[str, tuple[str, ...]]) -> None:
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
    return WordMarks.parse(gzip.decompress(WORDS_FILE.read_bytes()).decode("utf-8").splitlines())


def word_counts(text: str, marks: WordMarks | None = None) -> dict[str, int]:
    """How many words of `text` each language's list holds (only languages with at least one)."""
    owners = (marks or shipped_words()).owners
    counts: dict[str, int] = {}
    for found in _WORD.finditer(text):
        word = found.group()
        languages = owners.get(word.lower())
        if languages is None or (word.isupper() and len(word) > 1):
            continue
        if word[0].isupper() and not starts_sentence(text, found.start()):
            continue
        for language in languages:
            counts[language] = counts.get(language, 0) + 1
    return counts


def unlisted_counts(counts: Mapping[str, int]) -> dict[str, int]:
    """The counts by which `UNLISTED` languages are raised: one word when a language making no Comprehend call
    was counted (a stray shared word leaves them where the model put them; two or three words of a listed
    language still name it)."""
    silent = any(language not in ENTITY_LANGUAGES for language in counts)
    return dict.fromkeys(UNLISTED, 1) if silent else {}
