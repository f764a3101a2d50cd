"""Street-type words of the market languages and where they stand (pure data for ``addresses``).

``BEFORE``: written before the street's name (``Rua Augusta``, ``ulica Długa``, ``Οδός Ερμού``).
``GLUED``: endings of one-word street names (``Lindenstraße``, ``Storgatan``, ``Mannerheimintie``).
``AFTER``: separate words written after the name (``Kossuth Lajos utca``, ``Brīvības iela``, ``Baker Street``).
``NUMBER_FIRST``: the types before which French and Belgian write the house number (``14, rue des Lilas``).
Abbreviations carry their dot; matching ignores case.
"""

from __future__ import annotations

from typing import Final

BEFORE: Final = (
    # pt
    "rua", "r.", "avenida", "av.", "avda.", "avd.", "travessa", "tv.", "trav.", "largo", "praça", "pç.", "alameda",
    "estrada", "calçada", "beco", "rotunda", "praceta", "urbanização", "urb.",
    # es
    "calle", "c/", "cl.", "paseo", "pº", "plaza", "pza.", "camino", "carretera", "ctra.", "ronda", "travesía",
    "glorieta", "vía", "avinguda", "carrer", "passeig", "plaça",
    # fr (Belgium, Luxembourg, Switzerland too)
    "rue", "avenue", "boulevard", "bd", "bd.", "boul.", "chemin", "ch.", "place", "impasse", "imp.", "allée", "quai",
    "route", "rte", "rte.", "cours", "passage", "square", "sentier", "faubourg",
    # it
    "via", "viale", "v.le", "piazza", "p.za", "piazzale", "corso", "c.so", "vicolo", "strada", "contrada",
    "lungomare", "località", "loc.",
    # pl, cs, sk, hr, sl
    "ulica", "ul.", "aleja", "al.", "aleje", "plac", "pl.", "osiedle", "os.", "rondo", "náměstí", "nám.", "námestie",
    "nábřeží", "třída", "tř.", "trg", "ulice",
    # ro, bg, mt
    "strada", "str.", "bulevardul", "bd-ul", "b-dul", "calea", "șoseaua", "şoseaua", "sos.", "aleea", "piața",
    "piaţa", "splaiul", "intrarea", "ул.", "улица", "бул.", "булевард", "triq", "pjazza",
    # el
    "οδός", "οδ.", "λεωφόρος", "λεωφ.", "πλατεία", "πλ.",
)  # fmt: skip
GLUED: Final = (
    # de, at, ch
    "straße", "strasse", "str.", "gasse", "weg", "platz", "allee", "damm", "ufer", "steig", "chaussee", "zeile",
    # nl, be
    "straat", "laan", "plein", "gracht", "singel", "dijk", "steeg", "kade", "markt",
    # sv, da, no, is
    "gatan", "vägen", "gränd", "vejen", "gaden", "torget", "stigen", "backen", "gata", "veien", "vegen", "gade",
    "vej", "allé",
    "stræde", "plads", "vegur", "stræti",
    # fi, et
    "katu", "tie", "kuja", "polku", "tori", "väylä", "raitti", "kaari", "rinne",
)  # fmt: skip
AFTER: Final = (
    # hu
    "utca", "u.", "út", "útja", "tér", "körút", "krt.", "köz", "sor", "sétány", "rakpart",
    # lv, lt, et
    "iela", "gatvė", "g.", "prospektas", "pr.", "al.", "tänav", "mnt", "mnt.", "maantee", "pst", "puiestee",
    # sl, hr, cs, sk
    "cesta", "ulica", "trg", "ulice", "třída", "nábřeží", "námestie", "nábrežie",
    # en, ie, mt
    "street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "lane", "drive", "way", "close",
    "court", "place", "square", "terrace", "crescent", "gardens", "row", "mews", "parade",
    # de, nl, nordic (separate words)
    "straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "ring", "damm", "gate", "gata", "vej",
    "gade", "vägen", "gatan", "kade", "laan", "straat", "tie", "katu",
)  # fmt: skip
NUMBER_FIRST: Final = (
    "rue", "avenue", "av.", "bd", "bd.", "boulevard", "place", "chemin", "impasse", "allée", "quai", "route",
    "cours", "passage", "square", "sentier", "faubourg",
)  # fmt: skip
#: Lowercase words inside a street's name (``Travessa do Carmo``, ``rue des Lilas``, ``Via della Spiga``,
#: ``Triq il-Kbira``); those ending in an apostrophe or a dash are written against the next word.
NAME_PARTICLES: Final = (
    "de", "do", "da", "dos", "das", "del", "dels", "de la", "de las", "de los", "des", "du", "d'", "l'", "la",
    "le", "les", "di", "della", "delle", "dei", "degli", "dello", "von", "der", "den", "van", "het", "'t", "of",
    "the", "e", "y", "i", "și", "lui", "na", "pod", "nad", "kralja", "grada", "bana", "του", "της", "των",
    "il-", "l-", "ir-", "is-", "it-", "iż-", "ix-", "tal-", "tas-", "tat-",
)  # fmt: skip
