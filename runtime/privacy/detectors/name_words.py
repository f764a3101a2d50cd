"""Word lists the name detector needs: given and family names, and words that are not names (pure).

Read once when this module is first imported, never per request, from ``runtime/privacy/data/`` (sources and
licences in its ``NOTICE.md``): ``given_names.txt.gz`` and ``given_names_rare.txt.gz``
(``scripts/build_given_names.py``, from Jörg Michael's ``nam_dict.txt`` and the ``@zxcvbn-ts`` lists),
``given_names_census.txt.gz`` (``scripts/build_given_names_census.py``, from the 1990 United States Census),
``family_names.txt.gz`` (``scripts/build_family_names.py``, from Wikipedia biographies and national registers)
and ``family_names_more.txt.gz`` (``scripts/build_family_names_more.py``, from the ``@zxcvbn-ts`` lists),
``common_words.txt.gz`` (``scripts/build_name_exclusions.py``: names that are common words of a market
language, after ``wordfreq``), ``frequent_words.txt.gz`` (the same script: the most frequent words of each
market language) and ``place_names.txt.gz`` (``scripts/build_place_names.py``: towns named with a person's
name, from GeoNames).
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path
from typing import Final

from runtime.privacy.detectors.name_cyrillic import cyrillic_forms
from runtime.privacy.detectors.name_greek import greek_skeleton, latin_skeleton
from runtime.privacy.normalize import fold
from runtime.privacy.prebuilt_words import prebuilt

DATA_DIR: Final = Path(__file__).resolve().parent.parent / "data"
DATA_FILE: Final = DATA_DIR / "given_names.txt.gz"
RARE_FILE: Final = DATA_DIR / "given_names_rare.txt.gz"
CENSUS_FILE: Final = DATA_DIR / "given_names_census.txt.gz"
GREEK_FILE: Final = DATA_DIR / "given_names_greek.txt.gz"
FAMILY_FILE: Final = DATA_DIR / "family_names.txt.gz"
MORE_FAMILY_FILE: Final = DATA_DIR / "family_names_more.txt.gz"
COMMON_FILE: Final = DATA_DIR / "common_words.txt.gz"
PLACES_FILE: Final = DATA_DIR / "place_names.txt.gz"
FREQUENT_FILE: Final = DATA_DIR / "frequent_words.txt.gz"


@prebuilt
def _load(path: Path) -> frozenset[str]:
    """The folded first column of a data file (every country together)."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return frozenset(fold(line.split("\t", 1)[0]) for line in text.splitlines() if line and line[0] != "#")


@prebuilt
def _load_of_country(path: Path, country: str) -> tuple[frozenset[str], frozenset[str]]:
    """The folded first column of a data file of ``name<TAB>countries`` lines, and the names of ``country``."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    names: set[str] = set()
    own: set[str] = set()
    for line in text.splitlines():
        if line and line[0] != "#":
            name, _, countries = line.partition("\t")
            key = fold(name)
            names.add(key)
            if country in countries:
                own.add(key)
    return frozenset(names), frozenset(own)


@prebuilt
def _load_folded(path: Path) -> frozenset[str]:
    """The lines of a data file whose words are folded already (one a line)."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return frozenset(line for line in text.split("\n") if line and line[0] != "#")


@prebuilt
def _load_places(path: Path) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The folded towns of the data file, each as its words, keyed by its first word."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    index: dict[str, list[tuple[str, ...]]] = {}
    for line in text.splitlines():
        if line and line[0] != "#":
            words = tuple(line.split(" "))
            index.setdefault(words[0], []).append(words)
    return {first: tuple(towns) for first, towns in index.items()}


@prebuilt
def _load_folded_names(path: Path) -> frozenset[str]:
    """The names of a data file of one name a line, folded."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return frozenset(fold(line) for line in text.split("\n") if line and line[0] != "#")


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of ``words``."""
    return frozenset(words.split())


@prebuilt
def _bulgarian_in_cyrillic(path: Path, frequent: frozenset[str]) -> frozenset[str]:
    """The Cyrillic spellings of the data file's Bulgarian given names written in Latin letters (``cvetelina``
    -> ``цветелина``), but for frequent words (``мая``)."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    names = (line.split("\t", 1) for line in text.splitlines() if "\tBG" in line or ",BG" in line)
    forms = {form for name, _ in names for form in cyrillic_forms(fold(name)) if len(form) >= 3}
    return frozenset(forms - frequent)


#: The most frequent words of each market language (folded): a word that is none of them may be a rare surname.
FREQUENT_WORDS: Final = _load_folded(FREQUENT_FILE)
#: Irish given names in their Irish spelling, which the list lacks (hand-written, folded).
_IRISH_GIVEN: Final = """
aine aodh aodhan caoimhin conall conn daithi donncha donnchadh eabha eamonn fiachra fionn laoise labhras lorcan
mairead muiris naoise niamh oisin peadar pol riona ruairi sadhbh saoirse sile siobhan sorcha treasa brid bridin
eimear mairin meabh nuala roisin
"""


@prebuilt
def _greek_skeletons(path: Path) -> frozenset[str]:
    """The skeletons (``name_greek``) of the data file's Greek and Cypriot given names in Latin letters."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    names = (line.split("\t", 1)[0] for line in text.splitlines() if line and line[0] != "#")
    return frozenset(latin_skeleton(fold(name)) for name in names if name.isascii() and len(name) >= 4)


_GREEK_SKELETONS: Final = _greek_skeletons(GREEK_FILE)


@lru_cache(maxsize=4096)
def _greek_given(key: str) -> bool:
    """Whether a folded word in Greek script is a Greek given name the list spells in Latin letters only, and no
    frequent word (``χαραλαμποσ``; not ``ελπιδα``, hope, nor ``νικη``, victory)."""
    return key not in FREQUENT_WORDS and greek_skeleton(key) in _GREEK_SKELETONS


class _GivenNames(frozenset[str]):
    """The folded given names; a Greek word is one too when its Latin spelling is (``_greek_given``)."""

    def __contains__(self, key: object) -> bool:
        if frozenset.__contains__(self, key):
            return True
        return isinstance(key, str) and "\u0370" <= key[:1] <= "\u03ff" and len(key) >= 4 and _greek_given(key)


#: Folded given names of the EU/EEA countries, Great Britain and Switzerland (Bulgarian ones in Cyrillic too,
#: Greek ones in Greek script by their Latin spelling).
_COMMON_GIVEN: Final = (
    _load(DATA_FILE) | _bulgarian_in_cyrillic(DATA_FILE, FREQUENT_WORDS) | frozenset(_IRISH_GIVEN.split())
)
#: Folded rarer given names (``given_names_rare.txt.gz``, Bulgarian ones in Cyrillic too, and the English ones of
#: ``given_names_census.txt.gz``): names, but written alone and capitalized they need more than that to count
#: (``Aaßé`` is no ``Aasse``).
RARE_GIVEN_NAMES: Final = (
    _load(RARE_FILE) | _load_folded_names(CENSUS_FILE) | _bulgarian_in_cyrillic(RARE_FILE, FREQUENT_WORDS)
) - _COMMON_GIVEN
GIVEN_NAMES: Final = _GivenNames(_COMMON_GIVEN | RARE_GIVEN_NAMES)
_FAMILY, _HUNGARIAN_FAMILY = _load_of_country(FAMILY_FILE, "HU")
#: Folded family names of the EU/EEA countries, Great Britain and Switzerland.
FAMILY_NAMES: Final = _FAMILY | _load(MORE_FAMILY_FILE)
#: Folded Hungarian family names, which Hungarian writes before the given name (``kovács anna``).
HUNGARIAN_FAMILY_NAMES: Final = _HUNGARIAN_FAMILY


def listed(key: str) -> bool:
    """Whether a folded word is a known given name (Greek forms too) or family name."""
    return key in GIVEN_NAMES or key in FAMILY_NAMES


@prebuilt
def _load_languages(path: Path) -> dict[str, str]:
    """The data file's folded words and the languages each is a common word of (``nada`` -> ``es,pt``)."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and line[0] != "#" and "\t" in line)


#: Folded names that are common words of a market language, with those languages (``sara`` -> ``it``).
COMMON_LANGUAGES: Final = _load_languages(COMMON_FILE)
#: Folded names that are common words of a market language: never a name by themselves.
COMMON_WORDS: Final = frozenset(COMMON_LANGUAGES)
#: Towns whose names hold a person's name (``alba iulia``, ``reggio emilia``), by their first folded word.
TOWNS: Final = _load_places(PLACES_FILE)

_MONTHS_AND_DAYS = """
janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro enero febrero marzo
mayo junio julio septiembre octubre noviembre diciembre janvier fevrier mars avril mai juin juillet aout
septembre octobre novembre decembre januar februar marz april juni juli august september oktober november
dezember gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre januari februari maart mei
augustus december january february march may june july october styczen luty kwiecien czerwiec lipiec
sierpien wrzesien pazdziernik listopad grudzien tammikuu helmikuu maaliskuu huhtikuu toukokuu kesakuu
heinakuu elokuu syyskuu lokakuu marraskuu joulukuu leden unor brezen duben kveten cerven cervenec srpen zari
rijen prosinec ianuarie februarie martie aprilie mai iunie iulie septembrie octombrie noiembrie decembrie
januar februar marec junij julij avgust oktober maj máj
monday tuesday wednesday thursday friday saturday sunday segunda terca quarta quinta sexta sabado domingo
lunes martes miercoles jueves viernes lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag
mittwoch donnerstag freitag samstag sonntag lunedi martedi mercoledi giovedi venerdi sabato domenica maandag
dinsdag woensdag donderdag vrijdag zaterdag zondag
"""
_NOT_NAMES = """
are ave bill bo con even grace hope job joy line love mark mist per ring sol tor will wolf gard lind mar
fe ed ab ad an co jo ko ly ea ib euro dom don dona santa san sao saint sainte st
christmas easter natal pascoa navidad noel ostern weihnachten pasqua natale kerst pasen
bank banco banca caixa credit credito kredit
sofia nancy florence victoria adelaide lourdes santiago regina marina valencia leon orlando charlotte
paris london lisboa porto faro braga madrid roma milano como ancona salo софия
portugal espana spain france frankreich francia deutschland germany alemanha alemania italia italy nederland
belgique belgie belgium osterreich austria schweiz suisse svizzera polska poland cesko czechia slovensko slovakia
magyarorszag hungary romania bulgaria hrvatska croatia slovenija slovenia ellada greece kypros cyprus danmark
denmark sverige sweden norge norway suomi finland eesti estonia latvija latvia lietuva lithuania ireland eire
malta luxembourg island iceland liechtenstein england scotland wales
"""
#: Capitalized words that are given names somewhere but, written alone, are far more often something else
#: (months, weekdays, feasts, towns, countries, common nouns); they still count inside a longer name after a
#: given name.
NOT_NAMES: Final = word_set(_MONTHS_AND_DAYS + _NOT_NAMES)
#: Prepositions after which a lone capitalized name is a place (``em Sofia``, ``in Nancy``).
PLACE_PREPOSITIONS: Final = word_set("""
em para en desde hacia à au aux dans vers in im nach aus bei nel nella naar uit bij w we till från på til fra
ssa ve v zo în din la σε στη στην στο στον από в във до от към
""")
