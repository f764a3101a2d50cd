"""A TRIAL, not part of the function: a learned second opinion on person names (pure; `bench.name_model_train`
trains and measures it).

The rule detectors (`runtime.privacy.detectors.names` and its modules) find a name through a cue someone wrote
down: a phrase, a label, a closing, a case ending. Writers keep inventing sentences no cue foresaw, so this model
reads what the cues are made of instead, for every word that may be a name (any word but a lower-case frequent
word no name list holds): its shape (capitalized, in capitals, in lower case), which of the runtime's lists hold it
(given names, family names, the frequent and common words of the zone's languages), its length, what stands right
before it (a line break, a colon, a comma), and the two words on each side, each known by its spelling only when it
is a frequent or common word, else by the lists that hold it. No value's own letters are a feature: the model never
learns a name, only where names stand.

A logistic regression over those features, hashed by CRC-32 into `BUCKETS` buckets, scores each candidate; a run of
adjacent candidates (one space or hyphen apart) each scored at least the threshold is a NAME span, unless the
rules' own vetoes say it is a place, a feast or a brand (`without_vetoed`). docs/privacy-detection.md gives what it
adds on the blind test corpora and why it is not in the function yet.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Sequence
from typing import Final

from runtime.privacy.detectors.name_brands import brand_end
from runtime.privacy.detectors.name_calendar import feast
from runtime.privacy.detectors.name_lower_words import ordinary_place
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import COMMON_WORDS, FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES, NOT_NAMES
from runtime.privacy.detectors.ordinary_words import ordinary_first_word
from runtime.privacy.detectors.place_spans import without_places
from runtime.privacy.normalize import fold
from runtime.privacy.types import NAME, PiiSpan

#: Hashed feature buckets (a power of two).
BUCKETS: Final = 1 << 18
#: The least score of each word of a span (chosen on the eighth corpus, this trial's validation set).
THRESHOLD: Final = 0.8
#: A word: letters, with apostrophes or hyphens inside (``O'Neill``, ``Jean-Luc``).
WORD: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: Words on each side of a word that its features read.
CONTEXT: Final = (-2, -1, 1, 2)


def shape(word: str) -> str:
    """``UP`` (in capitals, two letters or more), ``Cap`` (capitalized), ``low`` (lower case) or ``mix``."""
    if len(word) > 1 and word.isupper():
        return "UP"
    if word[:1].isupper():
        return "Cap"
    return "low" if word.islower() else "mix"


def _known(key: str) -> bool:
    return key in FREQUENT_WORDS or key in COMMON_WORDS


def _lists(key: str) -> str:
    """Which lists hold a folded word: given names, family names, frequent words (``TFF`` etc.)."""
    return "".join("T" if key in held else "F" for held in (GIVEN_NAMES, FAMILY_NAMES, FREQUENT_WORDS))


def candidate(word: str, key: str) -> bool:
    """Whether a word may be a name: any but a lower-case frequent word that no name list holds."""
    return not (shape(word) == "low" and key in FREQUENT_WORDS and key not in GIVEN_NAMES and key not in FAMILY_NAMES)


def features(text: str) -> list[tuple[tuple[int, int], list[str]]]:
    """Each candidate word's offsets and feature strings (see the module)."""
    matches = list(WORD.finditer(text))
    words = [match.group() for match in matches]
    keys = [fold(word) for word in words]
    lists = [_lists(key) for key in keys]
    shapes = [shape(word) for word in words]
    lower, upper = text == text.lower(), text == text.upper()
    found = []
    for index, match in enumerate(matches):
        word, key, held, kind = words[index], keys[index], lists[index], shapes[index]
        if not candidate(word, key):
            continue
        before = text[matches[index - 1].end() : match.start()] if index else text[: match.start()]
        names = [
            "b",
            f"sh={kind}",
            f"l={held}",
            f"l={held}sh={kind}",
            f"common={key in COMMON_WORDS}",
            f"first={index == 0}",
            f"msg={lower}{upper}sh={kind}",
            "gap=" + re.sub(r"\s+", " ", before)[-3:],
            f"len={min(len(key), 10)}",
        ]
        if _known(key):
            names.append("w=" + key)
        for step in CONTEXT:
            other = index + step
            if not 0 <= other < len(words):
                names.append(f"edge{step}")
                continue
            spelled = keys[other] if _known(keys[other]) else f"<{lists[other][:2]}>"
            names += [f"w{step}={spelled}", f"sh{step}={shapes[other]}", f"l{step}={lists[other]}"]
        found.append((match.span(), names))
    return found


def bucket(feature: str) -> int:
    """A feature's bucket (CRC-32, stable across processes and Python versions)."""
    return zlib.crc32(feature.encode("utf-8")) & (BUCKETS - 1)


class NameModel:
    """Logistic scores of a message's candidate words from hashed feature weights."""

    def __init__(self, weights: Sequence[float]) -> None:
        if len(weights) != BUCKETS:
            raise ValueError(f"a name model has {BUCKETS} weights, not {len(weights)}")
        self._weights = weights

    def scores(self, text: str) -> list[tuple[tuple[int, int], float]]:
        """Each candidate word's offsets and the probability that it is part of a person's name."""
        weights = self._weights
        scored = []
        for span, names in features(text):
            total = sum(weights[bucket(name)] for name in names)
            scored.append((span, 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))))
        return scored

    def spans(self, text: str, threshold: float = THRESHOLD) -> list[PiiSpan]:
        """NAME spans: runs of adjacent words (one space or hyphen apart) each scored ``threshold`` or more."""
        found: list[PiiSpan] = []
        start = end = -1
        for (first, last), score in self.scores(text):
            if score < threshold:
                continue
            if start >= 0 and text[end:first] in (" ", "-"):
                end = last
                continue
            if start >= 0:
                found.append(PiiSpan(start, end, NAME, "builtin"))
            start, end = first, last
        if start >= 0:
            found.append(PiiSpan(start, end, NAME, "builtin"))
        return found


#: Every word of the given-name and family-name lists, as one plain set (built once; the vetoes look words up in it).
_LISTED: Final = frozenset(GIVEN_NAMES) | FAMILY_NAMES


def _vetoed(words: Words, first: int, end: int) -> bool:
    """Whether the rules' vetoes reject the word run ``first:end``: a lower-case word no name list holds, a place
    named after a person, a feast, a brand, a first word that begins no name, a word never a name alone."""
    return (
        any(words.words[i].islower() and words.folded[i] not in _LISTED for i in range(first, end))
        or ordinary_place(words, first, end)
        or feast(words, first, end)
        or brand_end(words, first, end) > first
        or ordinary_first_word(words, first, end)
        or any(words.folded[index] in NOT_NAMES for index in range(first, end))
    )


def without_vetoed(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """The model's spans that the rules' vetoes leave (see the module)."""
    if not spans:
        return []
    words = Words(text)
    first_word = {start: index for index, (start, _) in enumerate(words.spans)}
    word_end = {end: index + 1 for index, (_, end) in enumerate(words.spans)}
    kept = []
    for span in without_places(words, spans):
        first, end = first_word.get(span.start), word_end.get(span.end)
        if first is not None and end is not None and not _vetoed(words, first, end):
            kept.append(span)
    return kept
