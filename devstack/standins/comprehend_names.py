"""What the LOCAL STAND-IN of Comprehend takes for a person's name, and what it says about itself (pure).

A name is a listed given name (`GIVEN_NAMES`: a fixed list for the market languages) followed by the
capitalized surnames and lower-case particles after it, separated by single spaces: `Ana Silva`,
`João da Silva`, `José de la Fuente`, `Hans van der Berg`, `Ursula von der Leyen`, `Marco di Stefano`,
`Anne-Marie Lefèvre`. Like a statistical model it is case- and accent-sensitive: `joao da silva` is not found.
It is not a model: a name that does not start with a listed given name (a surname alone, a name from
elsewhere, a nickname) is not found, and a capitalized word after a given name is taken as a surname.
The service's own detectors (runtime/privacy/detectors/) run beside it locally exactly as deployed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

#: Given names per market language; matched exactly (case and accents) as a name's first word.
GIVEN_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "pt": ("Ana", "Beatriz", "Carlos", "Catarina", "Diogo", "Francisco", "Inês", "Joana", "João", "José", "Luísa",
           "Manuel", "Margarida", "Maria", "Marta", "Miguel", "Pedro", "Rita", "Rui", "Tiago"),
    "es": ("Alejandro", "Carmen", "Diego", "Elena", "Javier", "Laura", "Lucía", "Luis", "Marta", "Pablo", "Sergio"),
    "fr": ("Anne", "Camille", "Claire", "Françoise", "Julien", "Louis", "Marie", "Nicolas", "Pierre", "Sophie",
           "Thomas"),
    "de": ("Anna", "Hans", "Jürgen", "Klaus", "Lukas", "Maximilian", "Monika", "Sabine", "Stefan", "Ursula"),
    "it": ("Alessandro", "Chiara", "Francesca", "Giulia", "Giuseppe", "Luca", "Marco", "Matteo", "Paolo", "Sara"),
    "nl": ("Daan", "Emma", "Jan", "Lotte", "Pieter", "Sanne"),
    "en": ("Alice", "Emily", "George", "Jack", "James", "Oliver", "Olivia", "Robert", "Sarah"),
}  # fmt: skip
#: Lower-case words that continue a name between capitalized ones, per market language.
PARTICLES: Final[dict[str, tuple[str, ...]]] = {
    "pt": ("da", "das", "de", "do", "dos"),
    "es": ("de", "del", "la", "las", "los"),
    "fr": ("de", "des", "du", "la", "le"),
    "de": ("von", "vom", "zu", "zum", "zur", "der"),
    "it": ("da", "de", "dei", "degli", "del", "della", "di", "lo"),
    "nl": ("van", "de", "den", "der", "ten", "ter"),
    "en": (),
}
#: Capitalized words that never continue a name (pronouns and articles German and English capitalize).
NEVER_IN_NAME: Final = frozenset({"I", "Ich", "Sie", "Ihr", "Ihre", "Mein", "Meine", "Und", "The", "And"})
MAX_WORDS: Final = 6

_GIVEN: Final = frozenset(name for names in GIVEN_NAMES.values() for name in names)
_PARTICLES: Final = frozenset(word for words in PARTICLES.values() for word in words)
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_GAPS: Final = frozenset({" ", "\u00a0"})


def _capitalized(word: str) -> bool:
    """`Silva`, `Anne-Marie`, `O'Brien`, `d'Almeida` (not `SILVA`, `silva`, `I`)."""
    if len(word) > 2 and word[1] in "'’":
        return word[2].isupper()
    return len(word) > 1 and word[0].isupper() and word[1].islower()


def _given(word: str) -> bool:
    return word in _GIVEN or word.split("-", 1)[0] in _GIVEN


def find_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) code-point offsets of every name found in `text` (see the module docstring)."""
    words = list(_WORD.finditer(text))
    count = len(words)

    def joined(left: int) -> bool:
        return left + 1 < count and text[words[left].end() : words[left + 1].start()] in _GAPS

    index = 0
    while index < count:
        if not _given(words[index].group()):
            index += 1
            continue
        last = index
        while last - index < MAX_WORDS - 1 and joined(last):
            probe = last + 1
            while probe < count and words[probe].group() in _PARTICLES and joined(probe):
                probe += 1
            word = words[probe].group() if probe < count else ""
            if not word or not _capitalized(word) or word in NEVER_IN_NAME:
                break
            last = probe
        yield words[index].start(), words[last].end()
        index = last + 1


def capabilities() -> list[str]:
    """What the stand-in finds and misses, in plain words (the `make run` banner; docs/local-stack.md says the
    same at more length)."""
    names = sum(len(given) for given in GIVEN_NAMES.values())
    languages = " ".join(GIVEN_NAMES)
    return [
        f"finds   : a name starting with one of {names} listed given names ({languages}),",
        "          with the capitalized surnames and particles after it (Ana Silva, Hans van der Berg);",
        "          e-mail addresses; phone numbers",
        "misses  : any other name (a surname alone, lower case, a given name not listed) and every",
        "          other PII type real Comprehend finds (addresses, bank and ID numbers, dates...).",
        "          The service's own detectors still run as deployed (IBAN, cards, national IDs,",
        "          phones, e-mail, street addresses, names from the full given-name list).",
    ]
