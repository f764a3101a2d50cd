"""The ways people introduce themselves in the market languages, before their name (pure data).

``STRONG`` phrases say a name follows (``my name is``, ``nazywam się``): any capitalized words after them are
taken as a name. ``WEAK`` ones may as well introduce a job or a nationality (``ich bin Arzt``, ``I am
Portuguese``): the word after them must be a known given name. Phrases are written as people type them;
``names`` folds them (case and accents) before matching.
"""

from __future__ import annotations

from typing import Final

STRONG: Final = (
    # en, pt, es, fr, de, it, nl
    "my name is", "my name's", "call me", "chamo-me", "me chamo", "o meu nome é", "meu nome é", "me llamo",
    "mi nombre es", "je m'appelle", "mon nom est", "ich heiße", "ich heisse", "mein name ist", "mi chiamo",
    "il mio nome è", "ik heet", "mijn naam is",
    # pl, sv, da, no, fi, et, lv, lt
    "nazywam się", "mam na imię", "jag heter", "mitt namn är", "jeg hedder", "mit navn er", "jeg heter",
    "mitt navn er", "nimeni on", "minun nimeni on", "minu nimi on", "mani sauc", "mano vardas",
    # cs, sk, ro, el, hu, hr, sl, bg
    "jmenuji se", "jmenuju se", "volám sa", "menujem sa", "mă numesc", "ma numesc", "numele meu este",
    "με λένε", "λέγομαι", "το όνομά μου είναι", "a nevem", "nevem", "zovem se", "ime mi je", "pišem se",
    "казвам се",
    # is, mt, ga, lb
    "ég heiti", "eg heiti", "nafnið mitt er", "jisimni", "l-isem tiegħi hu", "is mise", "is é m'ainm",
    "ech heeschen", "mäin numm ass",
)  # fmt: skip
WEAK: Final = (
    "i am", "i'm", "this is", "sou", "eu sou", "aqui é", "soy", "yo soy", "je suis", "ici", "ich bin", "hier ist",
    "sono", "io sono", "ik ben", "hier is", "jestem", "tu", "jag är", "det är", "jeg er", "her er", "olen",
    "täällä", "jsem", "tady je", "som", "sunt", "eu sunt", "είμαι", "εδώ", "vagyok", "itt", "ja sam", "sam",
    "jaz sam", "sem", "jaz sem", "tukaj je", "es esmu", "aš esu", "ma olen",
)  # fmt: skip
#: Titles written before a surname or a full name (besides ``name_tokens.HONORIFICS``).
TITLES: Final = (
    "herrn", "pan", "pani", "panu", "panem", "panią", "pana", "herr", "hr", "fru", "frk", "hr.", "rouva", "herra",
    "paní", "pán", "pane", "domnul", "doamna", "dna", "dl", "κύριος", "κυρία", "κ", "κα", "úr", "asszony",
    "gospod", "gospa", "gospodin", "gospođa", "g", "ga", "sig.ra", "heer", "mevrouw", "mw", "mnr", "mejuffrouw",
)  # fmt: skip
