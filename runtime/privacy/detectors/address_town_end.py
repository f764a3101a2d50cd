"""Where a town written in capitals after its postcode ends (pure): ``LT-82101 RADVILIŠKIS UŽSTRIGO TERMINALE``.

In capitals nothing tells a town's last word from the sentence's next one, so the postal line's town pattern reads
on. The town ends after a run of its words that is a known town (a town of one word or of several, a village of
several: ``town_names``, ``name_words.TOWNS``) when a frequent word of the market's languages follows that is no
town particle, no town and no next word of a longer known town (not ``LILLE SKENSVED``, ``VEKSØ SJÆLLAND``).
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.name_words import FREQUENT_WORDS, TOWNS, word_set
from runtime.privacy.detectors.town_names import ONE_WORD_TOWNS, VILLAGES
from runtime.privacy.normalize import fold

_WORD: Final = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
#: Particles inside a town's name (``FRANKFURT AM MAIN``, ``KAMENICE NAD LIPOU``, ``BÉAL AN ÁTHA``), folded.
_PARTICLES: Final = word_set("""
am an der im in bei ob sur sous de del la le les upon on nad pod pri pred u na v ve pe sub aan op bij da do dos
das di della dei degli lui van von sul en y e na an
""")


def _known(keys: list[str]) -> bool:
    """Whether folded words are a known town's name."""
    if len(keys) == 1:
        return keys[0] in ONE_WORD_TOWNS
    name = tuple(keys)
    return name in TOWNS.get(keys[0], ()) or name in VILLAGES.get(keys[0], ())


def _begins_town(keys: list[str]) -> bool:
    """Whether folded words begin a known town's name of more words (``lille`` of ``lille skensved``)."""
    count = len(keys)
    names = (*TOWNS.get(keys[0], ()), *VILLAGES.get(keys[0], ()))
    return any(len(name) > count and list(name[:count]) == keys for name in names)


def town_end(text: str, start: int, end: int) -> int:
    """Where the town in capitals ``text[start:end]`` (after its postcode) ends (see the module docstring)."""
    words = list(_WORD.finditer(text, start, end))
    keys = [fold(word.group()) for word in words]
    for count in range(1, len(keys)):
        key = keys[count]
        if key in _PARTICLES or key not in FREQUENT_WORDS or key in ONE_WORD_TOWNS:
            continue
        if _known(keys[:count]) and not _begins_town(keys[: count + 1]):
            return words[count - 1].end()  # ``RADVILIŠKIS UŽSTRIGO``: a known town, then a frequent word
    return end
