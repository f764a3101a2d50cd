"""Professional and academic titles, and "your", written before a signed name (pure): ``Ing. Nikol Krausová``,
``mag. Domen Gomboc``, ``doc. dr. Simas Žukauskas``, ``Dipl.-Ing. Eva Brandl``, ``Nutar Brandon Johnson``,
``dott.ssa Anna Riva``, ``инж. Петър Колев``, ``Eure Paula``, ``Twoja Basia``.

A signature's or a mail header's name line often opens with the signer's degree or profession; the title is no
part of the name (the value to redact is the name). A line's first tokens are a title when each part of the token
(split at its dots and hyphens: ``Dipl.-Ing.``, ``dott.ssa``, ``Dr.-Ing.``) is one of the titles below or of
``name_run.TITLE_WORDS``, and the token ends with a dot or is no given name (``Ing Larsson``, ``Don Johnson``
keep their first word).
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.name_run import TITLE_WORDS
from runtime.privacy.detectors.name_words import GIVEN_NAMES, word_set
from runtime.privacy.normalize import fold

#: Degrees and professions written before a name in the zone's countries, folded, without their dots; the parts
#: of compound titles too (``dipl``, ``ing`` of ``Dipl.-Ing.``; ``ssa`` of ``dott.ssa``; ``o``, ``a`` of
#: ``Eng.º``, ``Prof.ª``).
SIGN_TITLES: Final = TITLE_WORDS | frozenset(
    fold(word)
    for word in word_set("""
    dr drs prof doc ing mag mgr bc bsc msc mba phd dipl habil hab med jur rer nat phil dent vet univ mult oec
    sc techn kfm dkfm ra stb notar notarin pfarrer pfr arch archit
    mudr judr phdr rndr pharmdr paeddr thdr mvdr mddr icdr artd csc drsc akad
    lek inz inż mec adw adwokat radca
    spec dipl univ
    ifj id özv
    mr ir ds dhr mw
    me pr mgr
    avv dott ssa geom rag arch prof profssa sig
    lic ldo lda dña arq abg licda
    eng enga engo o a arqa
    ec av conf lect
    инж проф доц адв арх д р акад
    δρ καθ μηχ κος
    nutar avukat perit kav is-sur
    ollamh
    cllr rev revd hon capt col sgt fr
    advokat advokát advokátka cand kand jur oecon civ civing tekn
    """)
)
#: "Your" written before the name a letter or a card is signed with (``Eure Paula``, ``tua Nonna Pina``, ``Twoja
#: Basia``, ``Je Anouk``), folded: no part of the name.
SIGN_POSSESSIVES: Final = frozenset(
    fold(word)
    for word in word_set("""
    your yours dein deine deiner euer eure ihr ihre je jouw jullie uw din ditt dine dit ta votre vos tu tua tuo
    tuoi tue vostra vostro teu tua vosso vossa tvoje tvoja tvůj tvá vaše vaša váš vaš twoja twój wasza wasz
    tavs tava tavo tavas sinun teie sinu tinn þín þinn tiegħek tiegħek твоя твой ваша ваш σου
    """)
)
#: A token at a line's start: letters, dots, hyphens and ordinal marks (``Dipl.-Ing.``, ``Eng.º``, ``dott.ssa``).
_TOKEN: Final = re.compile(r"[^\W\d_][^\W\d_.\-ºª]*(?:[.\-]+[^\W\d_ºª]*)*[.ºª]?")
_PARTS: Final = re.compile(r"[^\W\d_]+|[ºª]")


def title_token(token: str) -> bool:
    """Whether ``token`` (a word with its dots) is a title written before a name (see the module)."""
    whole = fold(token).strip(".")
    parts = [whole] if whole in SIGN_TITLES else [fold(part) for part in _PARTS.findall(token)]
    if not parts or not all(part in SIGN_TITLES for part in parts) or (len(parts) == 1 and len(parts[0]) < 2):
        return False
    return "." in token or len(parts) > 1 or parts[0] not in GIVEN_NAMES


def _possessive(token: str) -> bool:
    """Whether ``token`` is "your" before a signed name (``Eure``, ``Twoja``), no given name."""
    key = fold(token)
    return key in SIGN_POSSESSIVES and key not in GIVEN_NAMES


def after_titles(text: str, start: int, end: int) -> int:
    """Where the name of the span ``start:end`` of ``text`` begins once the titles and the "your" that open it
    are left out (``Ing. Nikol Krausová``, ``Eure Paula``); one word is left at least (``start`` when none opens
    it)."""
    position = start
    while position < end:
        match = _TOKEN.match(text, position, end)
        if match is None or not (title_token(match.group()) or _possessive(match.group())):
            break
        rest = match.end()
        while rest < end and text[rest] in " \t\u00a0":
            rest += 1
        if rest == match.end() or rest >= end:
            break  # the title must be followed by a space and more words
        if not text[rest].isupper() and _possessive(match.group()):
            break  # ``Ta famille``: "your" before no name
        position = rest
    return position
