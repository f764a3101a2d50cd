"""Regex atoms of a street's name shared by the address modules: letters, words, names, gaps (pure)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from runtime.privacy.detectors.label_index import and_unaccented
from runtime.privacy.detectors.street_types import GLUED, GLUED_FAMILY_NAMES, NAME_PARTICLES

# Upper-case letters of the Latin, Greek and Cyrillic alphabets the market languages use
# (Latin Extended-A, and of Extended-B only the Romanian Ș and Ț: a short class is cheap to build.)
UPPER: Final = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper()) + "ȘȚΑ-ΩΆ-ΏА-ЯЁ"
# Roma, D'Annunzio, Dr.-Müller, Sv., and Irish words after an article, their initial mutated (``na hAbhann``,
# ``na gCloch``, ``an tSléibhe``; eclipsis written with the capital: ``na gCrann``, ``na mBan``, ``na dTor``).
CAPWORD: Final = rf"(?:h|n-?|t-?|bh|dt|gc|mb|ng|bp|m|g|d|b)?[{UPPER}][^\W\d_]*(?:['’.\-][^\W\d_]+)*\.?"
_GLUED_PARTICLES: Final = [p for p in NAME_PARTICLES if p[-1] in "'’-"]  # d'Orléans, l'Église, il-Kbira
_WORD_PARTICLES: Final = [p for p in NAME_PARTICLES if p[-1] not in "'’-"]


def words(words: tuple[str, ...]) -> str:
    """Alternation of ``words`` in any letter case (longest first) and their Greek forms without accents, each
    ending at a word boundary unless it ends in punctuation."""
    return "(?i:" + tree_regex([word.lower() for word in and_unaccented(words)]) + ")"


def tree_regex(words: Iterable[str], bounded: bool = True) -> str:
    """Alternation of ``words`` as written, longest first, each ending at a word boundary unless it ends in
    punctuation (or not ``bounded``: the caller checks the boundary); written as a tree of shared beginnings
    (``str(?:a(?:ße|sse)|\\.)``), which the regex engine tries in one pass instead of word after word."""
    tree: dict[str, dict[str, object]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})  # type: ignore[assignment]
        node[""] = {}
    return _branches(tree, "", bounded)


def _branches(node: dict[str, dict[str, object]], last: str, bounded: bool = True) -> str:
    """The regex of a tree of word beginnings: longer words first, then the word ending here (at a boundary)."""
    parts = [
        re.escape(char) + _branches(child, char, bounded)  # type: ignore[arg-type]
        for char, child in sorted(node.items())
        if char
    ]
    if "" in node:
        parts.append(r"(?!\w)" if bounded and last.isalnum() else "")
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")"


def _particles(glued: list[str], words: list[str]) -> str:
    """Alternation of name particles (as written: lower case), those written as words followed by their space."""
    return rf"{tree_regex(glued)}|{tree_regex(words)}[ \u00a0]"


PARTICLE: Final = f"(?i:{_particles(_GLUED_PARTICLES, _WORD_PARTICLES)})"  # also in capitals: ``LARGO DO CARMO``
# In a lower-case street's name, a conjunction ends it (``calle mayor y tengo 2``).
LOWER_PARTICLE: Final = _particles(_GLUED_PARTICLES, [p for p in _WORD_PARTICLES if p not in ("e", "y", "i", "și")])
GAP: Final = r"[ \u00a0]"
# A street's name: up to five words, lowercase particles between capitalized ones; it ends capitalized
# (``25 de Abril``: a day and month as well).
NAME_WORD: Final = rf"(?:{PARTICLE})*{CAPWORD}"
# A month or a noun after an ordinal, in lower case or in capitals (``1. maja``, ``1. MÁJA``, ``XIV. divizije``).
_MONTH: Final = r"(?:[a-zčćđšžěřůýáíéúó]{3,12}|[A-ZČĆĐŠŽĚŘŮÝÁÍÉÚÓ]{3,12})"
NAME: Final = (
    rf"(?:(?:[0-9]{{1,2}}{GAP}(?:de|di|del|do|da){GAP})?{NAME_WORD}(?:{GAP}{NAME_WORD}){{0,4}}"
    # a date (``Ulica 1. maja``, ``Trg 9. svibnja``, ``Strada 1 Decembrie 1918``), an ordinal in Roman numerals
    # (``Cesta XIV. divizije``)
    rf"|(?:[0-9]{{1,2}}|[IVXL]{{1,6}})\.{GAP}{_MONTH}(?:{GAP}{_MONTH})?|[0-9]{{1,2}}{GAP}[{UPPER}][a-zăâîșşțţ]{{2,11}}{GAP}(?:1[89]|20)[0-9]{{2}})"
)
# The same, starting with a capitalized word (a name before its type: ``Slovenska ulica``, not ``na Slovenska``).
NAME_CAPITAL: Final = rf"{CAPWORD}(?:{GAP}{NAME_WORD}){{0,4}}"


SEP: Final = r"(?:,[ \u00a0]?|[ \u00a0]|(?<=\.)(?=[0-9]))"  # ``Via Roma, 10``, ``Via Roma,10``, ``Lindenstr.12``
ANY_WORD: Final = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"

# A name between quotes (``ул. „д-р и. с. петров“ 14``), initials and all.
QUOTED: Final = r"[„\"«“‚][^„\"«»“”\n]{1,40}?[“”\"»]"

#: Every ending of a one-word street (``Lindenstraße``, ``Storgatan``, ``Solbakken``), as a regex.
GLUED_WORDS: Final = words((*GLUED, *GLUED_FAMILY_NAMES))
#: "Now", "today", "yesterday", "tomorrow" in the market languages: they end a street's name written in lower case
#: or in capitals (``50 sráid eoin anois``, ``via roma 5 adesso``).
NOW_WORDS: Final = tuple(
    """
    now today yesterday tomorrow jetzt heute gestern maintenant aujourd'hui demain ahora hoy ayer mañana agora hoje
    ontem amanhã adesso oggi ieri domani vandaag gisteren nu idag igår imorgon nyt tänään eilen huomenna teraz dziś
    dzisiaj wczoraj jutro teď nyní dnes včera zítra zajtra sada danas jučer sutra zdaj danes včeraj jutri acum azi
    astăzi mâine сега днес вчера утре σήμερα χθες αύριο nüüd täna eile homme dabar šiandien vakar rytoj tagad
    šodien rīt issa illum għada núna anois inniu inné amárach gëschter muer
    """.split()  # noqa: SIM905
)
NOW: Final = "(?i:" + "|".join(NOW_WORDS) + ")"
