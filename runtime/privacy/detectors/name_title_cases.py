"""Titles before a surname in the cases a verb or preposition asks for (pure data): ``gospođi Jurić``,
``gospodinu Babiću``, ``ponui Petrauskui``, ``poniai Kazlauskienei``, ``doamnei Popescu``, ``pánovi Hudecovi``,
``στον κύριο Γεωργίου``, ``proua Tamme``; and the words before a maiden name (``z domu Wiśniewska``, ``roz.
Dvořáková``, ``dzimusi Ozola``).

``intro_phrases.TITLES`` holds the titles as one addresses or names a person (``pan``, ``gospod``, ``domnul``);
the dative, genitive, accusative and instrumental forms are here, for Polish, Czech, Slovak, Slovene, Croatian,
Lithuanian, Estonian, Romanian and Greek. A capitalized word after a title is read as a surname.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_text import Words
from runtime.privacy.normalize import fold

_WORDS: Final = """
panowie panie panom państwo pana panu panem panovi pánové pána pánovi pánom pánu panej paniou
gospoda gospodu gospodom gospe gospo gospej gospodična gospodične
gospodina gospodinu gospodinom gospođe gospođi gospođu gospođom gospođica gospođice gđa gđi gđu
ponas pono ponui poną ponu ponia ponios poniai ponią panelė panelei
härra proua preili
domnului doamnei domnule doamnă domnișoara domnișoarei
κύριο κυρίου κυρίας κυρίες κύριοι
domu roz rozená rozenou rodená rođena rođ rojena roj dzimusi született szül născută родена γένος
"""
TITLE_CASES: Final = tuple(_WORDS.split())
#: Title words that start a maiden name only after the word before them: Polish ``z domu`` (``domu`` alone is a
#: house's: ``u Domu Jana Palacha``, ``Domu Kultury``).
MAIDEN_PAIRS: Final = frozenset({("z", "domu")})
_PAIRED_TITLES: Final = frozenset(second for _, second in MAIDEN_PAIRS)
#: Titles written after the surname, in their cases: Latvian ``Kalniņa kungam``, ``Bērziņas kundzei``, Hungarian
#: ``Nagy úrnak``, ``Szabó asszonnyal``, ``Kiss doktornál``, Icelandic ``Guðrúnar læknis`` (the doctor's).
_AFTER_WORDS: Final = """
kungs kunga kungam kungu kungi kundze kundzes kundzei kundzi
úr úrnak úrral urat úrtól úrhoz úrhoz úrért asszony asszonynak asszonnyal asszonyt asszonytól asszonyhoz
doktor doktornak doktornál doktorhoz doktorral doktort doktortól doktorné doktornőnél doktornőhöz doktornő
læknis lækni læknir
"""
TITLES_AFTER: Final = frozenset(fold(word) for word in _AFTER_WORDS.split())


def title_follows(words: Words, end: int) -> bool:
    """Whether a title written after the surname (``kungam``, ``úrnak``) follows the name ending at word ``end``."""
    return end < len(words.folded) and words.folded[end] in TITLES_AFTER and words.joined(end - 1, end)


def title_needs_its_pair(words: Words, index: int) -> bool:
    """Whether the title word before word ``index`` is one that counts only after its pair's first word
    (``domu`` without ``z``)."""
    second = words.folded[index - 1]
    return second in _PAIRED_TITLES and not (index > 1 and (words.folded[index - 2], second) in MAIDEN_PAIRS)
