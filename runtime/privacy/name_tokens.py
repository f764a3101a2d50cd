"""The words of a person's name that identify them on their own (pure), for later partial mentions.

``Maria da Silva`` -> ``maria``, ``silva``: folded words of at least three letters that are neither name
particles (``da``, ``van``, ``der``, ...) nor honorifics (``dr``, ``sra``, ``frau``, ...). A later ``Silva``
or ``ask Maria`` then gets the full name's placeholder. The trade-off is deliberate: when a stored name
has a token that is also a common word (``Rose``, ``Mark``, ``Will``), that word is pseudonymized wherever it
appears later in the conversation. Over-pseudonymizing is harmless (the model sees a placeholder, the user
gets the name back); a missed name is a leak.
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.normalize import fold

MIN_TOKEN_LETTERS: Final = 3
#: Folded name particles of the market languages (pt, es, fr, it, de, nl, en) and a few others.
PARTICLES: Final = frozenset({
    "a", "al", "ap", "af", "av", "bin", "bint", "d", "da", "das", "de", "dei", "degli", "del", "della", "delle",
    "dello", "den", "der", "des", "di", "do", "dos", "du", "e", "el", "ibn", "l", "la", "las", "le", "les", "lo",
    "los", "of", "ten", "ter", "te", "van", "vande", "vander", "ver", "von", "y", "zu", "zum", "zur",
})  # fmt: skip
#: Folded honorifics and titles written before names.
HONORIFICS: Final = frozenset({
    "dhr", "dom", "don", "dona", "dr", "dra", "drs", "frau", "herr", "ing", "lady", "madame", "mademoiselle",
    "meneer", "mevr", "mevrouw", "miss", "mlle", "mme", "monsieur", "mr", "mrs", "ms", "mx", "prof", "senhor",
    "senhora", "senhorita", "senor", "senora", "senorita", "sig", "sign", "signor", "signora", "signorina", "sir",
    "sr", "sra", "srta",
})  # fmt: skip
IGNORED_WORDS: Final = PARTICLES | HONORIFICS
_WORD: Final = re.compile(r"[^\W\d_]+")


def name_words(value: str) -> list[str]:
    """The folded words of a name, particles and honorifics left out (``Dr. Maria da Silva`` -> maria, silva)."""
    return [word for word in _WORD.findall(fold(value)) if word not in IGNORED_WORDS]


def significant_tokens(value: str) -> tuple[str, ...]:
    """The words of a name that stand for the person alone (at least three letters), in order, once each."""
    return tuple(dict.fromkeys(word for word in name_words(value) if len(word) >= MIN_TOKEN_LETTERS))
