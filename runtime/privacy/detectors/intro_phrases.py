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
#: Introductions after which a name written all in lower case is still taken when its first word is a known
#: given name (``my name is ana silva``, ``sou a ana silva``): the strong phrases, and the Portuguese ``sou a``/
#: ``sou o`` (the article makes a name of what follows).
LOWER_CASE: Final = (*STRONG, "sou a", "sou o", "eu sou a", "eu sou o")
#: Words that end a lower-case name after its given name: conjunctions, pronouns, articles and the verbs that
#: follow an introduction. Any other word is taken as a surname (masking one word too many is the safe error).
LOWER_CASE_NAME_END: Final = (
    "e", "y", "i", "and", "und", "et", "ed", "en", "og", "och", "ja", "és", "si", "și", "a", "o", "os", "as", "la",
    "el", "le", "il", "the", "um", "uma", "un", "una", "une", "ein", "eine", "mas", "but", "pero", "ma", "aber",
    "mais", "maar", "men", "ale", "eu", "yo", "je", "io", "ich", "ik", "ja", "jag", "jeg", "i", "we", "nós",
    "quero", "queria", "gostaria", "tenho", "estou", "moro", "vivo", "preciso", "quiero", "quisiera", "tengo",
    "necesito", "want", "would", "have", "need", "live", "am", "voudrais", "veux", "ai", "suis", "habite",
    "vorrei", "voglio", "ho", "sono", "abito", "möchte", "will", "habe", "bin", "wohne", "brauche", "wil", "heb",
    "ben", "woon", "chciałbym", "chcę", "mam", "jestem", "mieszkam", "vill", "har", "bor", "är", "vil", "er",
    "haluan", "asun", "olen", "com", "con", "with", "mit", "avec", "met", "para", "for", "für", "pour", "per",
    "voor", "in", "em", "no", "na", "en", "à", "al", "au", "im",
)  # fmt: skip
#: Titles written before a surname or a full name (besides ``name_tokens.HONORIFICS``).
TITLES: Final = (
    "herrn", "pan", "pani", "panu", "panem", "panią", "pana", "herr", "hr", "fru", "frk", "hr.", "rouva", "herra",
    "paní", "pán", "pane", "domnul", "doamna", "dna", "dl", "κύριος", "κυρία", "κ", "κα", "úr", "asszony",
    "gospod", "gospa", "gospodin", "gospođa", "g", "ga", "sig.ra", "heer", "mevrouw", "mw", "mnr", "mejuffrouw",
)  # fmt: skip
