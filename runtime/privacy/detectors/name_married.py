"""A Hungarian married woman's name (pure): her husband's surname or full name with ``-né`` (``Szabóné``,
``Kovács Jánosné``, ``Horváthné Kiss Mária``, ``Vargánénak``), in any case ending.

The word is a name when what comes before ``-né`` (its case ending aside) is a known family or given name, folded
(``Vargá`` folds to ``varga``): no ordinary word ends so and begins with a name.
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.name_text import Words, capitalized
from runtime.privacy.detectors.name_words import FAMILY_NAMES, GIVEN_NAMES
from runtime.privacy.normalize import fold

#: ``-né`` and a case ending after it, at a word's end (``-né``, ``-nének``, ``-néval``, ``-nét``, ``-néhoz``).
_MARRIED: Final = re.compile(
    r"(?:né|NÉ)(?:nak|nek|val|vel|t|hoz|hez|tól|től|ra|re|ról|ről|nál|nél|ért|ként|ba|be|ban|ben|ből|ból|ig)?\Z",
    re.IGNORECASE,
)
#: The fewest letters of the husband's name before ``-né``.
_MIN_STEM: Final = 3


def married_name(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index`` is a married woman's name in ``-né`` (see the module)."""
    word = words.words[index]
    if "é" not in word[-8:] and "É" not in word[-8:]:
        return False  # the common case, decided at once
    match = _MARRIED.search(word)
    if match is None or match.start() < _MIN_STEM or not capitalized(word):
        return False
    stem = fold(word[: match.start()])
    return stem in FAMILY_NAMES or stem in GIVEN_NAMES
