"""Words a name span must not take in before the name (pure data): a closing on the name's line (``Mvh``,
``Helsing``, ``Pozdrawiam``), a relation noun (``Cousin``, ``Tochter``, ``Ex-Mann``) and a form label or payment
word (``Kontoinhaber``, ``Íocaí``, ``Empfänger``).

Such a word is capitalized where it opens a line or a sentence, and some are family names too (``Helsing``,
``Cousin``), so a name run would start on it (a family name, then a given name: ``Kovács Péter``) or grow left
over it; the name is the words after it. A name that hides the word beside it hides the message's sense too.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.intro_phrases import RELATIONS
from runtime.privacy.detectors.name_fields import NAME_FIELDS
from runtime.privacy.detectors.name_relation_nouns import RELATION_NOUNS
from runtime.privacy.detectors.name_signoff import ONE_WORD_CLOSINGS
from runtime.privacy.detectors.name_words import GIVEN_NAMES
from runtime.privacy.normalize import fold

#: Closings, relation nouns and name labels that are no given name, folded.
BEFORE_NAME_WORDS: Final = frozenset(
    word
    for word in (
        *ONE_WORD_CLOSINGS,
        *(fold(noun) for noun in RELATION_NOUNS if " " not in noun),
        *(fold(phrase.rsplit(" ", 1)[-1]) for phrase in RELATIONS if " " in phrase),  # ``mäi cousin``
        *NAME_FIELDS,
    )
    if word not in GIVEN_NAMES
)


def before_name_word(key: str) -> bool:
    """Whether the folded word ``key`` is a closing, a relation noun or a name label (``mvh``, ``tochter``,
    ``kontoinhaber``), or a former relation (``ex-mann``): a word beside a name, never part of it."""
    if key in BEFORE_NAME_WORDS:
        return True
    return key.startswith("ex-") and len(key) > 4
