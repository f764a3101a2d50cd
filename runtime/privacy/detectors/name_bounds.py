"""Words a name span must not take in before the name (pure data): a closing on the name's line (``Mvh``,
``Helsing``, ``Pozdrawiam``), a form label or payment word (``Kontoinhaber``, ``Íocaí``, ``Empfänger``) and a
relation noun (``Tochter``, ``Ex-Mann``, ``Cousin`` after a possessive).

Such a word is capitalized where it opens a line or a sentence, and some are family names too (``Helsing``), so
a name run would start on it (a family name, then a given name: ``Kovács Péter``) or grow left over it; the name
is the words after it. A name that hides the word beside it hides the message's sense too. Name particles and
given names are left out (``Van``, ``Isa``, ``Love``), and so are relation nouns that are family names
(``Papp``) unless a possessive comes before them (``mäi Cousin``).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.intro_phrases import RELATIONS
from runtime.privacy.detectors.name_fields import NAME_FIELDS
from runtime.privacy.detectors.name_phrases import after_phrase
from runtime.privacy.detectors.name_relation_languages import POSSESSIVES
from runtime.privacy.detectors.name_relation_nouns import RELATION_NOUNS
from runtime.privacy.detectors.name_signoff import ONE_WORD_CLOSINGS
from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words
from runtime.privacy.detectors.name_words import FAMILY_NAMES, GIVEN_NAMES
from runtime.privacy.normalize import fold


def _no_name(words: frozenset[str]) -> frozenset[str]:
    return frozenset(word for word in words if word not in NAME_PARTICLES and word not in GIVEN_NAMES)


#: Closings and name labels that are no given name nor particle, folded: never the first word of a name.
CLOSING_WORDS: Final = _no_name(frozenset((*ONE_WORD_CLOSINGS, *NAME_FIELDS)))
#: Relation nouns (bare, and the last words of the relation phrases: ``mäi cousin``), folded.
RELATION_WORDS: Final = _no_name(
    frozenset(
        (
            *(fold(noun) for noun in RELATION_NOUNS if " " not in noun),
            *(fold(phrase.rsplit(" ", 1)[-1]) for phrase in RELATIONS if " " in phrase),
        )
    )
)
_PLAIN_RELATIONS: Final = RELATION_WORDS - FAMILY_NAMES


def before_name_word(key: str) -> bool:
    """Whether the folded word ``key`` is a closing, a name label or a relation noun that is no family name
    (``mvh``, ``kontoinhaber``, ``tochter``), or a former relation (``ex-mann``): a word beside a name."""
    if key in CLOSING_WORDS or key in _PLAIN_RELATIONS:
        return True
    return key.startswith("ex-") and len(key) > 4


def beside_name(words: Words, index: int) -> bool:
    """Whether word ``index`` is a word beside a name (``before_name_word``) or a relation noun right after a
    possessive (``mäi Cousin``, ``my Nan``), even one that is a family name too."""
    key = words.folded[index]
    if after_phrase(words, index):
        return False  # the word a relation phrase announces is the name (``Meine Tochter Isa``), whatever it means
    if before_name_word(key):
        return True
    return key in RELATION_WORDS and index > 0 and words.folded[index - 1] in POSSESSIVES


def run_beside_name(words: Words, index: int, end: int) -> bool:
    """Whether a run of capitalized words ``index:end`` opens on, or holds before its last word, a word beside a
    name (``Helsing Thor``, ``Íocaí Ross``, ``Mäi Cousin Jos``): the name is the words after it."""
    return any(beside_name(words, inner) for inner in range(index, end - 1)) or beside_name(words, index)
