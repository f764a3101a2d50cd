"""Known names in their inflected forms (pure): ``Anną``, ``Piotrem``, ``Nováková``/``Novákovou``, ``Tomui``,
``Γιώργου``, ``Virtasen``, ``Péterrel`` are the names of the lists once their case ending is undone.

The word is folded (no accents, case-folded: final ``ς`` is ``σ``) before it comes here, so ``Anną`` is
already ``anna``. Each rule
replaces one ending of a case of Polish, Czech, Slovak, Croatian, Slovene, Lithuanian, Latvian, Bulgarian, Greek,
Finnish, Hungarian, Romanian, Icelandic or German by the ending of the name's base form; a form counts when a base form
is a known given or family name. Family names also count by the endings that only surnames have (``-ski``,
``-ová``, ``-auskas``, ``-όπουλος``, ``-escu``...).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_greek import greek_script
from runtime.privacy.detectors.name_pet_forms import pet_form
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    RARE_GIVEN_NAMES,
)

#: (ending of the inflected form, ending of the base form), longest endings first.
_RULES: Final = tuple(
    sorted(
        (
            # pl, cs, sk, hr, sl (masculine and feminine)
            ("iego", "i"), ("iemu", "i"), ("im", "i"), ("iej", "a"), ("owi", ""), ("ovi", ""), ("iem", ""),
            ("em", ""), ("om", ""), ("u", ""), ("a", ""), ("y", "a"), ("e", "a"), ("ie", "a"), ("ou", "a"),
            ("ovou", "ova"), ("ove", "ova"), ("ej", "a"), ("i", "a"), ("o", "a"), ("ego", "y"), ("emu", "y"),
            ("ym", "y"), ("ej", "y"), ("ze", ""), ("rze", "r"), ("ce", "ka"), ("dze", "ga"),
            # hr, sl, sr: the instrumental of masculine names in -a (``Lukom``, ``Nikolom``)
            ("om", "a"),
            # lt, lv
            ("o", "as"), ("ui", "as"), ("u", "as"), ("a", "as"), ("io", "is"), ("iui", "is"), ("i", "is"), ("es", "e"),
            ("ei", "e"), ("os", "a"), ("ai", "a"), ("am", "s"), ("a", "s"), ("as", "a"), ("us", "as"),
            # cs, sk, pl: the genitive and dative of names in -í (``Jiřího``, ``Jiřímu``), and the vowel that names
            # and surnames in -ek, -el, -ec lose in their cases (``Zdeňkovi``, ``Pavla``, ``Moravce``, ``Markiem``)
            ("iho", "i"), ("imu", "i"), ("ka", "ek"), ("kovi", "ek"), ("kem", "ek"), ("ku", "ek"), ("kowi", "ek"),
            ("kiem", "ek"), ("la", "el"), ("lovi", "el"), ("lem", "el"), ("ce", "ec"), ("covi", "ec"),
            ("cem", "ec"), ("cowi", "ec"),
            # lt: the cases of names in -ius, -us, -ys and -tis (``Sauliaus``, ``Giedriumi``, ``Stonkui``,
            # ``Budrio``, ``Kęstučio``, ``Jurgaičiui``)
            ("iaus", "ius"), ("iumi", "ius"), ("iu", "ius"), ("umi", "us"), ("ui", "us"), ("aus", "us"),
            ("io", "ys"), ("iui", "ys"), ("cio", "tis"), ("ciui", "tis"), ("ciu", "tis"), ("ciumi", "tis"),
            # lv: the accusative of masculine names in -s (``Grīnbergu``), the genitive and dative of names in
            # -is (``Dāvja``, ``Guntim``)
            ("u", "s"), ("ja", "is"), ("im", "is"),
            # et: the comitative, allative, ablative and genitive stems (``Kristiinaga``, ``Jaanile``,
            # ``Toomaselt``, ``Lillega``)
            ("ga", ""), ("le", ""), ("lt", ""), ("ega", ""), ("ele", ""), ("elt", ""), ("iga", ""), ("ile", ""),
            ("ilt", ""), ("sele", "s"), ("selt", "s"), ("sega", "s"), ("se", "s"),
            # et: the genitive stem in -u and the weak grade of -t, -k, -p before those cases (``Siimuga``,
            # ``Priidule``, ``Mardile``, ``Jaagult``, ``Reedale``)
            ("uga", ""), ("ule", ""), ("ult", ""),
            *(
                (f"{weak}{vowel}{case}", strong)
                for weak, strong in (("d", "t"), ("g", "k"), ("b", "p"))
                for vowel in "iuae"
                for case in ("ga", "le", "lt")
            ),
            # pl: the genitive and dative of names in -ia (``Zosi``, ``Marii``)
            ("i", "ia"), ("ii", "ia"),
            # fi: the illative (``Karjalaiseen``, ``Villeen``, ``Mikkoon``)
            ("seen", "nen"), ("sena", "nen"), ("selta", "nen"), ("een", "e"), ("oon", "o"), ("aan", "a"),
            ("iin", "i"), ("uun", "u"),
            # fi: the weak grade of names in -kko, -kka, -kki, -tti, -ppa (``Mikolle``, ``Jukan``, ``Matille``,
            # ``Heikiltä``)
            *(
                (f"{weak}{ending}", strong)
                for weak, strong in (("ko", "kko"), ("ka", "kka"), ("ki", "kki"), ("ti", "tti"), ("pa", "ppa"))
                for ending in ("n", "lle", "lla", "lta", "sta", "ssa")
            ),
            # is: the genitive of names in -ur and of patronymics, the dative of -nn names
            # (``Guðmundar``, ``Árnasonar``, ``Bjarnasyni``, ``Þorsteini``)
            ("ar", "ur"), ("sonar", "son"), ("syni", "son"), ("ni", "nn"), ("ns", "nn"),
            # bg: the vocative (``Иване``, ``Николино``, ``Радке``, ``Марийо``: ``й`` folds to ``и``)
            ("е", ""), ("о", "а"), ("ке", "ка"), ("иио", "ия"),
            # el
            ("ου", "οσ"), ("ο", "οσ"), ("ε", "οσ"), ("η", "ησ"), ("α", "ασ"), ("ησ", "η"), ("σ", ""),
            # fi
            ("n", ""), ("lle", ""), ("lla", ""), ("lta", ""), ("sta", ""), ("ssa", ""), ("in", "ti"),
            ("kan", "kka"), ("sen", "nen"), ("selle", "nen"), ("sella", "nen"), ("sta", "nen"), ("sesta", "nen"),
            # hu
            ("nak", ""), ("nek", ""), ("val", ""), ("vel", ""), ("t", ""), ("hoz", ""), ("hez", ""), ("nal", ""),
            ("nel", ""), ("tol", ""), ("rol", ""), ("ert", ""),
            # hu: the household's ``-ék`` before a case (``Rékáékhoz``, ``Péteréknél``: to Réka's, at Péter's)
            *((f"ek{case}", "") for case in ("hoz", "hez", "nal", "nel", "tol", "tal", "nek", "kel", "et", "ert")),
            # cs, sk: the dative of masculine names in -a (``Honzovi``, ``Jirkovi``)
            ("ovi", "a"),
            # hu: ``-val``/``-vel`` after a consonant doubles it (``Péterrel``, ``Pállal``, ``Jánossal``)
            *((f"{letter}{letter}{vowel}l", letter) for letter in "bdfgjklmnprstvz" for vowel in "ae"),
            # ro, is, de
            ("ei", "a"), ("ului", ""), ("ar", ""), ("ur", "ir"), ("s", ""),
            # is: the dative and genitive of names in -ur (``Gunnlaugi``, ``Gunnlaugs``), the oblique cases of
            # names in -i and -a (``Bjarna``, ``Sigríði``)
            ("i", "ur"), ("s", "ur"), ("a", "i"), ("u", "a"),
        ),
        key=lambda rule: -len(rule[0]),
    )
)  # fmt: skip
#: Endings only family names have (folded).
SURNAME_ENDINGS: Final = (
    "ski", "ska", "cki", "cka", "dzki", "dzka", "ova", "ovaa", "auskas", "auskiene", "evicius", "avicius",
    "aite", "aityte", "iene", "opoulos", "opoulou", "οπουλοσ", "οπουλου", "ιδησ", "ιδου", "ακησ", "ακη", "escu",
    "eanu", "sson", "sdottir", "dottir", "ovic", "evic", "wicz", "sdottur", "aitis", "evicius", "aicio", "aiciui",
)  # fmt: skip
#: Endings of family names in Cyrillic and Greek script that short words have too (``нова``, ``готов``): they
#: count on words of at least ``_LONG_ENDING_LETTERS`` letters (``Иванова``, ``Точева``, ``Μαυρέλλης``).
_LONG_SURNAME_ENDINGS: Final = (
    "ов", "ова", "ев", "ева", "ски", "ска", "ελλησ", "ογλου", "αδησ", "ουδησ", "ιωτησ", "οπουλο",
)  # fmt: skip
_LONG_ENDING_LETTERS: Final = 6
MIN_BASE: Final = 3


def _by_last_letter() -> dict[str, tuple[tuple[str, str], ...]]:
    """The rules keyed by the last letter of their ending (a word is checked against its own letter's only)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for ending, base in _RULES:
        index.setdefault(ending[-1], []).append((ending, base))
    return {letter: tuple(rules) for letter, rules in index.items()}


_RULES_BY_LAST: Final = _by_last_letter()


#: The nominative ending Icelandic drops in the accusative of masculine names (``Gunnlaug`` -> ``Gunnlaugur``).
_DROPPED_ENDING: Final = "ur"


def base_forms(key: str) -> list[str]:
    """The base forms a folded word may be an inflected form of (the word itself first)."""
    forms = [key]
    if len(key) > MIN_BASE and key[-1:] not in "aeiouy" and not key.endswith(_DROPPED_ENDING):
        forms.append(key + _DROPPED_ENDING)
    for ending, base in _RULES_BY_LAST.get(key[-1:], ()):
        size = len(key) - len(ending) + len(base)
        if key.endswith(ending) and (size > MIN_BASE or (size == MIN_BASE and len(ending) > 1)):
            forms.append(key[: len(key) - len(ending)] + base)
    return forms


#: The first letters of the given names: an inflected form keeps them (its case ending comes after them), so a
#: word that begins otherwise needs no rule tried; a three-letter name keeps two (``Eva`` -> ``Evou``).
_GIVEN_PREFIXES: Final = frozenset(name[:MIN_BASE] for name in GIVEN_NAMES)
_SHORT_GIVEN_STEMS: Final = frozenset(name[: MIN_BASE - 1] for name in GIVEN_NAMES if len(name) == MIN_BASE)


def may_be_given(key: str) -> bool:
    """A cheap test before ``inflected_given``: whether a folded word begins as some given name does."""
    if key[:MIN_BASE] in _GIVEN_PREFIXES or greek_script(key):
        return True
    return len(key) <= MIN_BASE + 3 and key[: MIN_BASE - 1] in _SHORT_GIVEN_STEMS


def inflected_given(key: str) -> bool:
    """Whether a folded word is a known given name or an inflected form of one of the main list (not a common
    word; ``Torino`` is no case of the rare ``Torina``)."""
    if key in GIVEN_NAMES:
        return key not in COMMON_WORDS
    if len(key) < MIN_BASE + 1 or not may_be_given(key) or key in COMMON_WORDS:
        return False
    if long_case(key):
        return True  # (before the shorter endings: ``Mardile`` is to Mart, not a case of ``mardi``)
    forms = base_forms(key)[1:]
    if any(form in NOT_NAMES for form in forms):
        return False  # a case of a country, town or month (``României``: of Romania)
    if any(form in GIVEN_NAMES and form not in COMMON_WORDS and form not in RARE_GIVEN_NAMES for form in forms):
        return True
    # ``Mariazinha``, ``Jonukui``: a pet form, or its case by an ending of two letters or more
    return key not in FREQUENT_WORDS and (pet_form(key) or any(pet_form(form) for form in _long_case_forms(key)))


def _long_case_forms(key: str) -> list[str]:
    """The base forms of a folded word by case endings of two letters or more (``jonukui`` -> ``jonukas``)."""
    forms = []
    for ending, base in _RULES_BY_LAST.get(key[-1:], ()):
        if len(ending) > 1 and key.endswith(ending) and len(key) - len(ending) + len(base) > MIN_BASE:
            forms.append(key[: len(key) - len(ending)] + base)
    return forms


#: The fewest letters a case ending adds to a name for its form to count when the name is a word too or a rarer
#: name (``Mardile``: to Mart; ``Jaanile``; ``Lacinak``: to Laci; ``Gyurival``): shorter endings make words.
_LONG_ADDED: Final = 3


_LONG_RULES_BY_LAST: Final = {
    letter: tuple(
        (ending, base)
        for ending, base in rules
        if len(ending) >= _LONG_ADDED and len(ending) - len(base) >= _LONG_ADDED - 1
    )
    for letter, rules in _RULES_BY_LAST.items()
}


def long_case(key: str) -> bool:
    """Whether a folded word that is no word itself is a case of any listed given name by a long ending
    (``mardile``, ``lacinak``, ``gyurival``, ``jaanile``), a rarer name only when it ends in a vowel as pet
    forms do."""
    if key in FREQUENT_WORDS or len(key) < MIN_BASE + _LONG_ADDED:
        return False
    for ending, base in _LONG_RULES_BY_LAST.get(key[-1:], ()):
        if not key.endswith(ending):
            continue
        form = key[: len(key) - len(ending)] + base
        if len(form) <= MIN_BASE or form not in GIVEN_NAMES or form in NOT_NAMES:
            continue
        if form not in RARE_GIVEN_NAMES or (form[-1] in _VOWELS and ending not in _LINKED_ENDINGS):
            return True  # a rarer name by its pet form's vowel (``Laci``, ``Gyuri``)
    return False


_VOWELS: Final = frozenset("aeiouy")
#: Finnish endings that a linking ``i`` joins to any word (``Goldissa``: in a Gold card, not a case of ``Goldi``).
_LINKED_ENDINGS: Final = frozenset({"ssa", "sta", "lla", "lta", "lle", "ksi"})


#: The Hungarian accusative after a consonant (``Zsoltot``, ``Bencét`` is ``-t``): read after a family name only,
#: where the name is sure (``Robot``, ``Jacket`` are no cases of ``Rob``, ``Jack``).
_ACCUSATIVE_AFTER_CONSONANT: Final = (("ot", ""), ("et", ""), ("at", ""))


def case_of_given(key: str) -> bool:
    """Whether a folded word is a case of a given name of the main list by one of its case endings (``peternek``,
    ``rebekaval``), not by the Icelandic ending it drops (``hall`` is no ``Hallur``) nor a word itself."""
    if key in GIVEN_NAMES or key in COMMON_WORDS or len(key) < MIN_BASE + 1 or not may_be_given(key):
        return False
    for ending, base in (*_RULES_BY_LAST.get(key[-1:], ()), *_ACCUSATIVE_AFTER_CONSONANT):
        size = len(key) - len(ending) + len(base)
        if key.endswith(ending) and size > MIN_BASE:
            form = key[: len(key) - len(ending)] + base
            if form in GIVEN_NAMES and form not in COMMON_WORDS and form not in RARE_GIVEN_NAMES:
                return form not in NOT_NAMES
    return False


def listed_endings(key: str) -> tuple[str, ...]:
    """The case endings whose base form is a given name of any list, a rare one or one that is also a word too
    (``Nikodemem`` -> ``em``, ``Hanou`` -> ``ou``), for a word that is no given name itself."""
    if key in GIVEN_NAMES or len(key) < MIN_BASE + 1 or not may_be_given(key):
        return ()
    endings = []
    for ending, base in _RULES_BY_LAST.get(key[-1:], ()):
        size = len(key) - len(ending) + len(base)
        if key.endswith(ending) and size >= MIN_BASE:
            form = key[: len(key) - len(ending)] + base
            if form in GIVEN_NAMES and form not in NOT_NAMES:
                endings.append(ending)
    return tuple(endings)


def surname_ending(key: str) -> bool:
    """Whether a folded word ends as family names do (``-ski``, ``-ová``, ``-όπουλος``, ``-ов``)."""
    return key.endswith(SURNAME_ENDINGS) or (len(key) >= _LONG_ENDING_LETTERS and key.endswith(_LONG_SURNAME_ENDINGS))


#: Endings that family names have and ordinary words of at least ``_STRONG_LETTERS`` letters rarely do, as
#: written (lower case, accents kept: the Croatian and Slovene ``-ić``/``-ič`` are not the Polish ``-ic``):
#: Croatian, Slovene, Czech, Slovak, Polish, Lithuanian, Latvian, Icelandic, Romanian, Greek, Bulgarian.
STRONG_ENDINGS: Final = (
    "ić", "ič", "ová", "ská", "ský", "cká", "cký", "wicz", "ński", "ńska", "wski", "wska", "cki", "cka", "dzki",
    "dzka", "ienė", "aitė", "ytė", "ūtė", "auskas", "evičius", "avičius", "iņš", "iņa", "ītis", "ēns", "sson",
    "dóttir", "dóttur", "escu", "eanu", "όπουλος", "οπούλου", "άκης", "άκη", "ίδης", "ίδου", "ιάδης", "ούλης",
    "ов", "ова", "ев", "ева", "ски", "ска",
    # their inflected forms (pl, cs, sk, hr, lt, lv, is, ro, el)
    "skiego", "skiemu", "skiej", "ską", "ckiego", "ckiej", "cką", "wicza", "wiczem", "wiczowi", "ovou", "ové",
    "ovej", "ského", "skému", "ića", "iću", "ićem", "iča", "iču", "auskui", "ausko", "ausku", "auską", "ienei",
    "ienės", "ienę", "aitei", "aitės", "aitę", "evičiui", "evičiaus", "avičiui", "avičiaus", "iņam", "iņu",
    "iņai", "iņas", "ssyni", "ssonar", "escului", "όπουλο", "όπουλε", "ίδη",
)  # fmt: skip
_STRONG_LETTERS: Final = 5
#: Surname endings no word has, not even a frequent one (``Stefánsson``, ``Jónsdóttir``, ``Ginzburgienė``,
#: ``Kazlauskaitė``): the patronymics of Icelandic and the married and maiden names of Lithuanian.
PERSON_ENDINGS: Final = ("sson", "dóttir", "ienė", "aitė", "ytė", "iūtė")


def strong_surname(word: str) -> bool:
    """Whether a word (as written) ends as family names do and ordinary words of its length rarely do
    (``Horváthová``, ``KOVAČEVIĆ``, ``petrauskienė``, ``kalniņš``, ``hafliðadóttir``, ``παπαδοπούλου``, ``иванова``)."""
    lower = word.lower()
    return len(lower) >= _STRONG_LETTERS and lower.endswith(STRONG_ENDINGS)


def family_name(key: str) -> bool:
    """Whether a folded word is a known family name, an inflected form of one, or has a surname's ending."""
    if key in COMMON_WORDS:
        return False
    if key in FAMILY_NAMES or surname_ending(key):
        return True
    if len(key) < MIN_BASE + 2:
        return False
    return any(
        form in FAMILY_NAMES or (form.endswith(SURNAME_ENDINGS) and len(form) > 5) for form in base_forms(key)[1:]
    )


#: The shortest case ending that makes a given name's form opening a sentence a name (``Mártonnal``, ``Gáborral``,
#: ``Piotrowi``): shorter ones (``-a``, ``-u``, ``-e``) make ordinary words of names as often.
_LONG_CASE_ENDING: Final = 3


def opening_case(key: str) -> bool:
    """Whether a folded word opening a sentence is a given name's case by a long ending (``martonnal``,
    ``gaborral``, ``piotrowi``, ``rekaekhoz``): no given name, word or frequent word itself, its base a given name
    of the main list that is no word."""
    if key in GIVEN_NAMES or key in COMMON_WORDS or key in FREQUENT_WORDS or len(key) < MIN_BASE + _LONG_CASE_ENDING:
        return False
    if not may_be_given(key):
        return False
    for ending, base in _RULES_BY_LAST.get(key[-1:], ()):
        if len(ending) - len(base) < _LONG_CASE_ENDING or not key.endswith(ending):
            continue
        form = key[: len(key) - len(ending)] + base
        listed = form in GIVEN_NAMES and form not in RARE_GIVEN_NAMES  # (a rarer name: the long endings decide)
        if len(form) >= MIN_BASE and listed and form not in COMMON_WORDS and form not in NOT_NAMES:
            return True
    return long_case(key)  # ``Gyurival``, ``Lacinak``: a rarer name's case by a long ending


def main_name_case(key: str) -> bool:
    """Whether a folded word is a case of a given name of the main list that is no word (``marty``: of Marta,
    though ``Marty`` is a rarer name too), by an ending of the rules."""
    if len(key) < MIN_BASE + 1 or not may_be_given(key):
        return False
    for ending, base in _RULES_BY_LAST.get(key[-1:], ()):
        size = len(key) - len(ending) + len(base)
        if key.endswith(ending) and size > MIN_BASE:
            form = key[: len(key) - len(ending)] + base
            if form in GIVEN_NAMES and form not in RARE_GIVEN_NAMES and form not in COMMON_WORDS:
                return form not in NOT_NAMES
    return False
