"""A surname standing alone in a case that only surnames take (pure): ``od Kowalskiego``, ``Novákové``,
``Petrauskui``, ``Kazlauskienei``, ``Bērziņam``, ``Horvatiću``, ``Ionescului``, ``τον Παπαδόπουλο``.

A capitalized word inside a sentence whose ending is an oblique case of a surname's ending (Polish ``-skiego``,
Czech ``-ové``, Lithuanian ``-ienei``, Latvian ``-iņam``...) is a person written by the surname alone, as one
writes of someone already named or known to the reader; ordinary words of that length rarely end so. A message's
first word is left alone (any word is capitalized there), and so are common words and places (the caller checks
places).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import COMMON_WORDS, FREQUENT_WORDS, NOT_NAMES, word_set
from runtime.privacy.normalize import fold

#: Oblique cases of surname endings (as written, lower case): pl, cs, sk, hr, sl, lt, lv, ro, el; and the
#: Lithuanian and Icelandic endings no word has even in the nominative.
_OBLIQUE_ENDINGS: Final = (
    "skiego", "skiemu", "skiej", "ską", "ckiego", "ckiemu", "ckiej", "cką", "wicza", "wiczem", "wiczowi", "ovou",
    "ové", "ovej", "ského", "skému", "ském", "ića", "iću", "ićem", "iča", "iču", "ičem", "auskui", "ausko",
    "auską", "ienei", "ienės", "ienę", "iene", "aitei", "aitės", "aitę", "aite", "evičiui", "evičiaus",
    "avičiui", "avičiaus", "iņam", "iņai", "iņas", "escului", "eanului", "όπουλο", "οπούλου", "ίδη", "άκη",
    "ienė", "aitė", "sson", "dóttir", "dóttur",
)  # fmt: skip
_LEAST_LETTERS: Final = 6
#: Prepositions of place and direction (to, at, by, near, in, on): a street or a town named by an adjective in
#: ``-ské``, ``-skiej``, ``-ové`` follows them (``na Puławskiej``, ``do České Třebové``, ``przy Wiejskiej``).
_PLACE_PREPOSITIONS: Final = word_set(
    "do na przy koło kolo obok w we v ve pri u k ke ku kod iz blizu po nad pod za i a and"
)


def lone_surname(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index``, alone, is a surname in a case only surnames take."""
    word = words.words[index]
    key = words.folded[index]
    if len(word) < _LEAST_LETTERS or words.after_break(index) or not word[:1].isupper() or word.isupper():
        return False
    if key in COMMON_WORDS or key in FREQUENT_WORDS or key in NOT_NAMES:
        return False
    if index > 0 and (words.folded[index - 1] in _PLACE_PREPOSITIONS or words.words[index - 1][:1].isupper()):
        return False  # a place (``na Puławskiej``), or a word of a longer name (``České Třebové``)
    return word.lower().endswith(_OBLIQUE_ENDINGS)


#: The Greek endings folded as capitals are typed, without accents (``ΠΑΠΑΔΟΠΟΥΛΟ``, ``ΠΑΠΑΔΑΚΗ``).
_GREEK_FOLDED: Final = tuple({fold(ending) for ending in _OBLIQUE_ENDINGS if "α" <= ending[-1] <= "ω"})


def oblique_capitals(words: Words, index: int) -> bool:
    """Whether word ``index``, in capitals, has a surname's oblique ending (Greek ones without accents too) and
    follows no preposition of place (``DO ČESKÉ TŘEBOVÉ``); common words and frequent ones left alone."""
    word, key = words.words[index], words.folded[index]
    if len(word) < _LEAST_LETTERS or not word.isupper() or key in COMMON_WORDS or key in FREQUENT_WORDS:
        return False
    if key in NOT_NAMES or (index > 0 and words.folded[index - 1] in _CAPITALS_PLACE_PREPOSITIONS):
        return False
    if key.endswith(_CAPITALS_UNSURE):
        return False
    return word.lower().endswith(_OBLIQUE_ENDINGS) or key.endswith(_GREEK_FOLDED)


#: Endings that nouns and adjectives share once every word is in capitals: West Slavic adjectives (``DÁRKOVOU``: a
#: gift card, ``POLSKĄ``, ``MIEJSKIEGO``), Latvian diminutives (``MĀRCIŅAS``: stamps), Greek adjectives in
#: ``-ιακή`` (``ΠΡΟΘΕΣΜΙΑΚΗ``: a term deposit), ``-iene`` (``HIGIENE``).
_CAPITALS_UNSURE: Final = tuple(
    fold(ending)
    for ending in (
        "skiego", "skiemu", "skiej", "ską", "ckiego", "ckiemu", "ckiej", "cką", "ovou", "ové", "ovej", "ského",
        "skému", "ském", "iņam", "iņai", "iņas", "ιακή", "iene",
    )
)  # fmt: skip
#: Prepositions of place, Greek ones too: a street named for a person follows them (``ΣΤΗΝ ΚΑΡΑΪΣΚΑΚΗ``).
_CAPITALS_PLACE_PREPOSITIONS: Final = _PLACE_PREPOSITIONS | frozenset(
    fold(word) for word in word_set("στην στη στο στον στα στις στους σε από προς οδός οδό οδού πλατεία")
)
