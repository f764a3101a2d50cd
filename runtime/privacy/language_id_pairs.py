"""The language identifier's third stage: Estonian or Finnish, by how their words are built.

fastText's compressed model reads some short Estonian messages as Finnish (``Elan Tartus`` for ``Asun
Tartossa``). The two languages make the same Comprehend calls (none), so the stage only moves probability
between them: their sum, every other language's probability, and so the calls a message makes and whether its
guess is trusted (`runtime.privacy.comprehend_plan`) are unchanged. What it changes is which of the two is named.

Each word counts for the language whose spelling rules it keeps and the other breaks (`contrast`):
- Estonian: a word ending in two consonants (``postiindeks``, ``kaart``, ``palk``):
  Finnish words end in a vowel or one consonant;
- Finnish: a word with y (Finnish writes the vowel y, Estonian ü), or ending in a case ending Estonian does not
  write (``-ssa``, ``-ssä``, ``-sta``, ``-stä``, ``-lla``, ``-llä``, ``-lta``, ``-ltä``, ``-ksi``, ``-nen``).
`share` multiplies the ratio of the leading side by `FACTOR` per word of difference (at most `MAX_WORDS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["FACTOR", "MAX_WORDS", "PAIR", "contrast", "share"]

#: The two languages weighed against each other (both make no Comprehend call).
PAIR = ("et", "fi")
#: How much more probable one word of difference makes the leading side, counting at most this many words.
FACTOR = 10.0
MAX_WORDS = 3
#: Below this sum the pair's probability is not worth sharing (it names neither language).
NEGLIGIBLE = 0.001

_WORD = re.compile(r"[^\W\d_]+")
_VOWELS = "aeiouyõäöü"
_TWO_CONSONANTS = re.compile(rf"[^\W\d_{_VOWELS}]{{2}}$")
_FINNISH_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "ksi", "nen")


def contrast(text: str) -> int:
    """Words that keep Estonian's spelling rules and break Finnish ones, less the reverse (words of three
    letters or more, in lower case; a word in capitals throughout is an acronym and counts for neither)."""
    balance = 0
    for word in _WORD.findall(text):
        if len(word) < 3 or word.isupper():
            continue
        lower = word.lower()
        finnish = "y" in lower or lower.endswith(_FINNISH_ENDINGS)
        estonian = bool(_TWO_CONSONANTS.search(lower))
        balance += int(estonian and not finnish) - int(finnish and not estonian)
    return balance


def share(
    scores: Iterable[tuple[str, float]], balance: int, pair: tuple[str, str] = PAIR, factor: float = FACTOR
) -> tuple[tuple[str, float], ...]:
    """`scores` with the probability of `pair` (their sum kept) shared anew: the first's ratio to the second
    multiplied by `factor` per word of `balance` (divided when negative; at most `MAX_WORDS`), best first."""
    ranked = tuple(scores)
    if balance == 0:
        return ranked
    weighed = dict(ranked)
    first, second = (weighed.get(language, 0.0) for language in pair)
    total = first + second
    if first <= 0 or second <= 0 or total < NEGLIGIBLE:
        return ranked
    ratio = first / second * factor ** max(-MAX_WORDS, min(balance, MAX_WORDS))
    weighed[pair[0]] = total * ratio / (1 + ratio)
    weighed[pair[1]] = total / (1 + ratio)
    return tuple(sorted(weighed.items(), key=lambda item: -item[1]))
