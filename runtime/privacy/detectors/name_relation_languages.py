"""The languages a relation phrase is written in, by its possessive (pure data): a given name that is a common
word only in other languages is a name after it (``min man jim``: Czech and Slovene count ``jim`` as a word,
Swedish does not; ``mans vīrs krists``, ``mijn man sami``, ``min mand bent``).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_phrases import RELATIONS_INDEX
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import COMMON_LANGUAGES, GIVEN_NAMES, NOT_NAMES
from runtime.privacy.normalize import fold

#: Possessives of the relation phrases and the languages that write them (folded).
_POSSESSIVES: Final = {
    fold(word): frozenset(languages.split(","))
    for words, languages in (
        ("min mitt mina mine minn", "sv,da,nb,nn"),
        ("mijn", "nl"),
        ("mein meine meinem meinen meiner", "de"),
        ("meng mäi mäin mengem menger", "lb"),
        ("my", "en,mt,ga"),
        ("mój moja moje mojej mojego mojemu moją", "pl"),
        ("můj muj moje mojí", "cs"),
        ("môj moja mojej môjho", "sk"),
        ("moj moja mojoj mojem mojeg", "hr,sl"),
        ("mano", "lt"),
        ("mans mana manam manai manu", "lv"),
        ("mu minu", "et"),
        ("meu minha mea meus", "pt,ro"),
        ("μου", "el"),
        ("ми моят моята", "bg"),
        ("mín minn minnar mínum", "is"),
        ("tiegħi", "mt"),
        ("mo", "ga"),
        ("mon ma", "fr"),
        ("mio mia", "it"),
        ("mi", "es,it,bg,hr,sl"),
        ("az a", "hu"),
    )
    for word in words.split()
}


def common_elsewhere(words: Words, index: int, key: str) -> bool:
    """Whether the given name ``key`` at word ``index``, right after a relation phrase, is a common word only in
    languages other than those the phrase's possessive is written in (none when no possessive says which)."""
    common = COMMON_LANGUAGES.get(key)
    if common is None or key not in GIVEN_NAMES or key in NOT_NAMES or index == 0:
        return False
    first = words.phrase_start(index - 1, RELATIONS_INDEX)
    if first is None:
        return False
    languages: set[str] = set()
    for word in words.folded[first:index]:
        languages |= _POSSESSIVES.get(word, frozenset())
    return bool(languages) and languages.isdisjoint(common.split(","))
