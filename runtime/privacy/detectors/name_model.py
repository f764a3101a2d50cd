"""A learned second opinion on person names: a logistic regression over where names stand (pure, linear).

The rule detectors (`names` and its modules) find a name through a cue someone wrote down: a phrase, a label, a
closing, a case ending. People keep writing sentences no cue foresaw, so this model reads what the cues are made
of instead, for every word that may be a name (``candidate``: any word but a lower-case frequent word no name list
holds): its shape (capitalized, in capitals, in lower case), which of the lists hold it (given names, family names,
the frequent words of the zone's languages), its length, what stands right before it (a line break, a colon, a
comma), and the two words on each side, each known by its spelling only when it is a frequent or common word, else
by the lists that hold it. No word's own letters are a feature unless it is a frequent or common word: the model
never learns a name, only where names stand.

Each feature string is hashed by CRC-32 into `BUCKETS` weights; a word's score is the logistic of the sum of its
features' weights. A run of adjacent candidates (one space apart) each scored `THRESHOLD` or more is a name, unless
the rules' own vetoes say otherwise (`learned_names`). The weights are trained on the development corpora
(`scripts/build_name_model.py`) and shipped quantized (`name_model_file`).
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Callable, Sequence
from typing import Final

from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import COMMON_WORDS, FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES, listed

#: Hashed feature buckets (a power of two).
BUCKETS: Final = 1 << 18
#: The least score of each word of a learned name (chosen on a validation corpus; docs/privacy-detection.md).
THRESHOLD: Final = 0.8
#: Words on each side of a word that its features read.
CONTEXT: Final = (-2, -1, 1, 2)
#: Whitespace runs, read as one space in the gap before a word.
_SPACES: Final = re.compile(r"\s+")


def shape(word: str) -> str:
    """``UP`` (in capitals, two letters or more), ``Cap`` (capitalized), ``low`` (lower case) or ``mix``."""
    if len(word) > 1 and word.isupper():
        return "UP"
    if word[:1].isupper():
        return "Cap"
    return "low" if word.islower() else "mix"


def _lists(key: str) -> str:
    """Which lists hold a folded word: given names, family names, frequent words (``TFF``, ``FFT``...)."""
    return "".join("T" if key in held else "F" for held in (GIVEN_NAMES, FAMILY_NAMES, FREQUENT_WORDS))


def _spelled(key: str) -> bool:
    return key in FREQUENT_WORDS or key in COMMON_WORDS


def candidate(word: str, key: str) -> bool:
    """Whether a word may be a name: any but a lower-case frequent word that no name list holds."""
    return not (shape(word) == "low" and key in FREQUENT_WORDS and not listed(key))


def features(words: Words, eligible: Callable[[int], bool] | None = None) -> list[tuple[int, list[str]]]:
    """Each candidate word's index and feature strings (see the module); only the words ``eligible`` accepts (by
    index), when given."""
    text, keys = words.text, words.folded
    lists = [_lists(key) for key in keys]
    shapes = [shape(word) for word in words.words]
    lower, upper = text == text.lower(), text == text.upper()
    found = []
    for index, (start, _) in enumerate(words.spans):
        key, held, kind = keys[index], lists[index], shapes[index]
        if not candidate(words.words[index], key) or (eligible is not None and not eligible(index)):
            continue
        before = text[words.spans[index - 1][1] : start] if index else text[:start]
        names = [
            "b",
            f"sh={kind}",
            f"l={held}",
            f"l={held}sh={kind}",
            f"common={key in COMMON_WORDS}",
            f"first={index == 0}",
            f"msg={lower}{upper}sh={kind}",
            "gap=" + _SPACES.sub(" ", before)[-3:],
            f"len={min(len(key), 10)}",
        ]
        if _spelled(key):
            names.append("w=" + key)
        for step in CONTEXT:
            other = index + step
            if not 0 <= other < len(keys):
                names.append(f"edge{step}")
                continue
            spelled = keys[other] if _spelled(keys[other]) else f"<{lists[other][:2]}>"
            names += [f"w{step}={spelled}", f"sh{step}={shapes[other]}", f"l{step}={lists[other]}"]
        found.append((index, names))
    return found


def bucket(feature: str) -> int:
    """A feature's bucket (CRC-32, stable across processes and Python versions; a lone surrogate a client sent is
    hashed as its code unit, not an error)."""
    return zlib.crc32(feature.encode("utf-8", "surrogatepass")) & (BUCKETS - 1)


class NameModel:
    """Logistic scores of a message's candidate words from hashed feature weights (``weights[i] * scale``), and
    the runs of words each scored ``threshold`` or more."""

    def __init__(self, weights: Sequence[float], scale: float = 1.0, threshold: float = THRESHOLD) -> None:
        if len(weights) != BUCKETS:
            raise ValueError(f"a name model has {BUCKETS} weights, not {len(weights)}")
        self._weights = weights
        self._scale = scale
        self.threshold = threshold

    def scores(self, words: Words, eligible: Callable[[int], bool] | None = None) -> list[tuple[int, float]]:
        """Each candidate word's index and the probability that it is part of a person's name (only the words
        ``eligible`` accepts, when given: a caller's vetoes spare the scoring of words they would reject)."""
        weights, scale = self._weights, self._scale
        scored = []
        for index, names in features(words, eligible):
            total = scale * sum(weights[bucket(name)] for name in names)
            scored.append((index, 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))))
        return scored

    def runs(self, words: Words, eligible: Callable[[int], bool] | None = None) -> list[tuple[int, int, float]]:
        """Runs ``(start, end, least)`` of adjacent words (one space apart) each scored the threshold or more, with
        the least score of the run's words (of the words ``eligible`` accepts, when given)."""
        found: list[tuple[int, int, float]] = []
        for index, score in self.scores(words, eligible):
            if score < self.threshold:
                continue
            if found and found[-1][1] == index and words.joined(index - 1, index):
                found[-1] = (found[-1][0], index + 1, min(found[-1][2], score))
            else:
                found.append((index, index + 1, score))
        return found
