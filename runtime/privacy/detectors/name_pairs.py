"""A given name and a family name as a pair, in any letter case (pure): by the family name's form (``zuzana
horváthová``, ``VIORICA POPESCU``), surname first (``kovács péter``), in Cyrillic or Greek script.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Final

from runtime.privacy.detectors.name_inflection import (
    PERSON_ENDINGS,
    case_of_given,
    family_name,
    inflected_given,
    listed_endings,
    may_be_given,
    strong_surname,
    surname_ending,
)
from runtime.privacy.detectors.name_phrases import (
    LOWER_END,
)
from runtime.privacy.detectors.name_places import (
    PLACE_WORDS,
)
from runtime.privacy.detectors.name_run import (
    NEVER_IN_NAME,
    TITLE_WORDS,
    given_key,
    known_lower_word,
    known_upper_word,
    lower_case_name_word,
    name_end,
    one_rare_word,
    rare_surname_context,
    same_case_particle,
    upper_name_word,
)
from runtime.privacy.detectors.name_text import (
    NAME_PARTICLES,
    Words,
    capitalized,
    irish_particle,
)
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    HUNGARIAN_FAMILY_NAMES,
    NOT_NAMES,
    word_set,
)
from runtime.privacy.detectors.ordinary_words import abbreviation_before
from runtime.privacy.detectors.town_names import town_form


def _same_case(first: str, second: str) -> bool:
    """Whether two words are written in the same letter case (lower, capitals or capitalized)."""
    if first.islower() or first.isupper():
        return second.islower() if first.islower() else second.isupper() and len(second) >= 2
    return capitalized(first) and capitalized(second)


def surname_pair(words: Words, index: int) -> bool:
    """Whether words ``index`` and the next are a given name and a family name, in any letter case, by the family
    name's form: one with a surname's ending (``strong_surname``: ``zuzana horváthová``, ``VIORICA POPESCU``,
    ``rūta petrauskienė``) after a known given name or a word too rare to be a common one; or a known family name
    after a known given name that is also a word (``marianne schumacher``, ``INGRID HAUGEN``). Neither may be a frequent
    word (``polska``, ``nová``)."""
    following = index + 1
    if following >= len(words.words):
        return False
    word, other, key, surname = words.words[index], words.words[following], words.folded[index], words.folded[following]
    sure = other.lower().endswith(PERSON_ENDINGS) and surname not in COMMON_WORDS  # ``stefansson``, ``-ienė``
    if (surname in FREQUENT_WORDS and not sure) or surname in COMMON_WORDS or surname in NOT_NAMES:
        return False  # the common case, decided at once
    if not words.joined(index, following) or not _same_case(word, other):
        return False
    if len(key) < 2 or key in NEVER_IN_NAME or key in LOWER_END or key in PLACE_WORDS or key in NAME_PARTICLES:
        return False
    given = (key in GIVEN_NAMES and key not in NOT_NAMES) or inflected_given(key)
    rare = key not in COMMON_WORDS and (key not in FREQUENT_WORDS or (sure and not word.islower()))
    if strong_surname(other) and not adjective_place(words, index):
        given = given or (not word.islower() and bool(listed_endings(key)))  # ``Vere Šoštarić``: Vera's
        unknown = len(key) >= 3 and rare and unicodedata.is_normalized("NFKC", word) and key not in TITLE_WORDS
        return given or (unknown and not (other.islower() and other.endswith(_INFINITIVE_ENDINGS)))
    return given and key not in FREQUENT_WORDS and surname in FAMILY_NAMES and not capitalized(word)


#: Polish infinitives end as Croatian and Slovene surnames do (``oddzwonić``, ``zapłacić``): in lower case such a
#: word is a surname only after a known given name (``ana horvatić``), not after an unknown word (``obiecała``).
_INFINITIVE_ENDINGS: Final = ("ić",)


#: Endings of adjectives that name towns and regions beside a noun (``Ostrów Wielkopolski``, ``Banská
#: Bystrica``, ``Nové Zámky``) as surnames do; and of Polish towns (``Ostrów``, ``Rzeszów``).
_ADJECTIVE_ENDINGS: Final = ("ský", "ská", "cký", "cká", "ski", "ska", "cki", "cka", "ské", "ckie", "skie")


_TOWN_ENDINGS: Final = ("ów",)


def adjective_place(words: Words, index: int) -> bool:
    """Whether words ``index`` and the next are part of a town's name rather than a person's: a Polish town
    (``Ostrów Wielkopolski``) or an adjective with another word of the same case after it (``banská
    bystrica``)."""
    if words.words[index].lower().endswith(_TOWN_ENDINGS):
        return True
    following = index + 2
    adjective = words.words[index + 1].lower()
    return (
        adjective.endswith(_ADJECTIVE_ENDINGS)
        and following < len(words.words)
        and words.joined(index + 1, following)
        and _same_case(words.words[index + 1], words.words[following])
        and words.folded[following] not in LOWER_END
        and (adjective[-1] in "ýáé" or words.folded[following] not in FREQUENT_WORDS)  # ``banská bystrica``
    )


#: The shortest case ending two words of a name must share to be read as one name in that case.
_AGREEING_LETTERS: Final = 2
#: A case ending of one letter two words of a name may share (the accusative and dative in ``-u`` of the Baltic and
#: Slavic languages: ``Zelmu Bērziņu``); ``-a`` or ``-e`` end too many words to tell.
_ONE_LETTER_CASES: Final = frozenset({"u"})


def agreeing_pair(words: Words, index: int, letters: Callable[[str], bool] = capitalized) -> bool:
    """Whether the words ``index`` and the next, both ``capitalized`` (or both in lower case, or in capitals: by
    ``letters``), are a given name and a family name in the same case:
    the first a case of a given name of any list (a rare one, or one that is also a word), the second a word that
    is no frequent one ending as the first does (``Nikodemem Dysiem``, ``hanou pokornou``, ``LUKOM ROCOM``); not
    the adjective and noun of a place or an institution, whose first word is no given name's case."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return False
    key, surname = words.folded[index], words.folded[following]
    if key in FREQUENT_WORDS or key in COMMON_WORDS or surname in FREQUENT_WORDS or surname in COMMON_WORDS:
        return False  # the common case, decided at once
    if not (letters(words.words[index]) and letters(words.words[following])):
        return False
    if surname in NEVER_IN_NAME or surname in PLACE_WORDS or surname in NOT_NAMES:
        return False
    return any(
        (len(ending) >= _AGREEING_LETTERS or ending in _ONE_LETTER_CASES)
        and surname.endswith(ending)
        and len(surname) > max(len(ending), _AGREEING_LETTERS) + 2
        for ending in listed_endings(key)
    )


def family_follows(words: Words, index: int, upper: bool) -> bool:
    """Whether a known family name in the same letter case follows word ``index`` (``marco ferrari``: a given
    name that is also a month is a name before a surname)."""
    following = index + 1
    return (
        following < len(words.words)
        and words.joined(index, following)
        and (upper_name_word if upper else lower_case_name_word)(words, following)
        and words.folded[following] in FAMILY_NAMES
        and words.folded[following] not in COMMON_WORDS
    )


#: Articles, demonstratives, possessives, pronouns and prepositions of the market languages that are given
#: names too (folded): before a word that is also a family name they are the sentence's (``alla casella``).
_FUNCTION_WORDS: Final = word_set("""
alla alle allo agli della delle dello degli dalla dalle dallo nella nelle nello sulla sulle sullo colla
questa questo quella quello esta este esto estas estos essa esse isso aquela aquele aquel aquella ella ello
elle una uno unos unas cette celle celui leur mina sina dina mine sine dine min din sin hans hennes deres
meine deine seine eine einer dessen dera dere tina mia tua sua nostra vostra ona ono oni ova ovo taj
tom tomu ta ten tej tam tak nad pod pred przy bez dla ale ani ili oraz
""")


def word_given_pair(words: Words, index: int, upper: bool) -> bool:
    """Whether word ``index``, in lower case or capitals, is a given name that is also a word before a known family
    name that is neither a word nor a frequent one (``mika viitanen``, ``ove hussein``: not ``vida nova``)."""
    key = words.folded[index]
    if key not in COMMON_WORDS or key not in GIVEN_NAMES or key in NOT_NAMES or len(key) < 3:
        return False
    if key in _FUNCTION_WORDS:
        return False  # ``alla casella``, ``esta pestaña``: an article or a demonstrative before a noun
    following = index + 1
    return (
        following < len(words.words)
        and words.folded[following] not in FREQUENT_WORDS
        and not words.folded[following].endswith(_INFINITIVE_ENDINGS)
        and family_follows(words, index, upper)
    )


def _family_or_genitive(key: str) -> bool:
    """Whether a folded word is a known family name or its ``-s`` genitive (``Sørensens``, ``Nguyens``)."""
    return key in FAMILY_NAMES or (key[-1:] == "s" and key[:-1] in FAMILY_NAMES and key[:-1] not in FREQUENT_WORDS)


def unknown_given_pair(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index``, mid-sentence and too rare to be a common word, is a given name the
    lists lack before a capitalized known family name that is no frequent word, or its genitive (``mit Abdul
    Dietz``, ``ik ben Kaylee Visser``, ``Ronja Sørensens konto``)."""
    following = index + 1
    if following >= len(words.words) or words.after_break(index) or not words.joined(index, following):
        return False
    key, surname = words.folded[index], words.folded[following]
    if not _family_or_genitive(surname) or surname in FREQUENT_WORDS or surname in COMMON_WORDS:
        return False  # the common case, decided at once
    if town_form(surname) or town_form(key):
        return False  # a shopping centre and its town (``Westfield Stratford``, ``Amfi Voss``)
    word = words.words[index]
    if key in FREQUENT_WORDS or key in COMMON_WORDS or key in NOT_NAMES or key in NEVER_IN_NAME:
        return False
    if len(key) < 3 or not word.isalpha() or key in PLACE_WORDS or key in TITLE_WORDS:
        return False
    third = following + 1
    if third < len(words.words) and words.joined(following, third) and capitalized(words.words[third]):
        return words.folded[third] in FAMILY_NAMES  # a name of three words, not ``Chomhairle Béal Feirste``
    return capitalized(words.words[following]) and unicodedata.is_normalized("NFKC", word)


#: The last letters of Greek names (folded: no accents, final ``ς`` as ``σ``), in every case.
_GREEK_NAME_ENDS: Final = frozenset("αηιοωυσ")
_GREEK_NAME_LETTERS: Final = 4
#: The Greek neuter articles (folded), before places and things, never before a person's name.
_GREEK_NEUTER_ARTICLES: Final = frozenset({"το", "στο", "τα", "στα"})


def greek_pair(words: Words, index: int) -> bool:
    """Whether the capitalized Greek words ``index`` and the next, mid-sentence, are a given and a family name the
    lists lack (``με την Ευπραξία Κοντού``): Greek capitalizes names and places only, and neither word is a
    frequent one (not ``Εθνική Τράπεζα``, ``Νέα Σμύρνη``) nor a town."""
    following = index + 1
    if following >= len(words.words) or not "\u0370" <= words.words[index][0] <= "\u03ff":
        return False
    key, surname = words.folded[index], words.folded[following]
    if key in FREQUENT_WORDS or surname in FREQUENT_WORDS or key in COMMON_WORDS or surname in COMMON_WORDS:
        return False
    if len(key) < _GREEK_NAME_LETTERS or len(surname) < _GREEK_NAME_LETTERS or words.after_break(index):
        return False
    if key[-1] not in _GREEK_NAME_ENDS or surname[-1] not in _GREEK_NAME_ENDS or not words.joined(index, following):
        return False
    if key in PLACE_WORDS or surname in PLACE_WORDS or key in NEVER_IN_NAME or town_form(key) or town_form(surname):
        return False
    if index > 0 and words.folded[index - 1] in _GREEK_NEUTER_ARTICLES:
        return False  # a place or a thing (``στο Παλαιό Φάληρο``): a person takes a masculine or feminine article
    return capitalized(words.words[index]) and capitalized(words.words[following])


#: The endings of Lithuanian masculine names in the nominative, given and family names alike (``Kajus
#: Ginzburgas``, ``Andris Bērziņš``: Latvian ones too), folded.
_BALTIC_NOMINATIVES: Final = ("as", "is", "us", "ys")
#: Latvian masculine nominatives end in a consonant and ``-s`` too (``Henriks``, ``Ozols``, ``Mārtiņš`` folded to
#: ``martins``), surnames as given names.
_LATVIAN_CONSONANTS: Final = frozenset("bcdfghjklmnprtvz")
_BALTIC_NAME_LETTERS: Final = 5


def _latvian_nominative(key: str) -> bool:
    """Whether a folded word ends as a Latvian masculine name in the nominative does (``Henriks``, ``Ozols``,
    ``Ziemelis``; not the Lithuanian ``-us``)."""
    return key.endswith("is") or key[-2:-1] in _LATVIAN_CONSONANTS


def baltic_pair(words: Words, index: int) -> bool:
    """Whether the capitalized words ``index`` and the next, mid-sentence and no frequent words or towns, both end
    as Lithuanian or Latvian masculine names in the nominative do (``pervedė Kajus Ginzburgas``, ``pircējs Henriks
    Ziemelis``): not ``Vilniaus
    Universitetas`` (of Vilnius, a town) nor ``Didysis Penktadienis`` (frequent words)."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following) or words.after_break(index):
        return False
    key, surname = words.folded[index], words.folded[following]
    if key[-1:] != "s" or surname[-1:] != "s" or min(len(key), len(surname) - 1) < _BALTIC_NAME_LETTERS:
        return False  # the common case, decided at once
    lithuanian = key.endswith(_BALTIC_NOMINATIVES) and surname.endswith(_BALTIC_NOMINATIVES)
    if not lithuanian and not (_latvian_nominative(key) and _latvian_nominative(surname)):
        return False  # (not ``Jensens Bøfhus``: a Danish genitive, then a noun)
    if key in FREQUENT_WORDS or surname in FREQUENT_WORDS or key in COMMON_WORDS or surname in COMMON_WORDS:
        return False
    if key in PLACE_WORDS or surname in PLACE_WORDS or key in NEVER_IN_NAME or town_form(key) or town_form(surname):
        return False
    return capitalized(words.words[index]) and capitalized(words.words[following])


def script_pair(words: Words, index: int, upper: bool) -> bool:
    """Whether words ``index`` and the next, in Cyrillic or Greek script and capitalized (or in capitals), are a
    given name the lists lack and a family name (``Цветан Тодоров``, ``ΑΝΕΣΤΗ ΚΑΡΑΓΙΑΝΝΟΠΟΥΛΟ``): the second with
    a surname's ending, the first no frequent word unless the second is a known family name (not ``ΠΛΗΡΩΜΗ
    ΠΡΟΓΡΑΜΜΑΤΟΣ``, ``Επειδή Δηλαδή``), the second no frequent word unless a known family name."""
    following = index + 1
    if following >= len(words.words) or not "\u0370" <= words.words[index][0] <= "\u04ff":
        return False
    key, other, surname = words.folded[index], words.words[following], words.folded[following]
    return (
        words.joined(index, following)
        and (other.isupper() if upper else capitalized(other))
        and len(key) >= 3
        and key not in COMMON_WORDS
        and key not in NEVER_IN_NAME
        and key not in PLACE_WORDS
        and surname_ending(surname)
        and (key not in FREQUENT_WORDS or surname in FAMILY_NAMES)
        and (surname not in FREQUENT_WORDS or surname in FAMILY_NAMES)  # not ``МЕСЕЧНАТА ВНОСКА`` (an instalment)
    )


def irish_follows(words: Words, index: int) -> bool:
    """Whether an Irish particle and a word follow word ``index`` (``SEÁN MAC GIOLLA``, ``sadhbh nic aodha``)."""
    count = len(words.words)
    return (
        index + 2 < count
        and irish_particle(words, index + 1)
        and words.joined(index, index + 1)
        and words.joined(index + 1, index + 2)
        and words.words[index + 2].isupper() == words.words[index].isupper()
    )


def pair_start(words: Words, index: int, upper: bool) -> bool:
    """Whether word ``index`` is a given name before a family name that is no frequent word, in lower case or in
    capitals: an inflected given name (``katarzyny wiśniewskiej``, ``δημήτρη παπαδάκη``), or one that is also a
    word when its accent tells the name from the word (``léa moreau``, ``seán o'sullivan``; not ``esta
    pestaña``, ``alla casella``); a frequent word written in plain letters begins none (``inte läsas``)."""
    word, key = words.words[index], words.folded[index]
    if not may_be_given(key) or (key in FREQUENT_WORDS and (word.isascii() or key not in GIVEN_NAMES)):
        return False  # a frequent word that is no given name (``où`` is no ``Ou``)
    if not _rare_family_follows(words, index, upper):
        return False
    return inflected_given(key) or (key in GIVEN_NAMES and not word.isascii())


def _rare_family_follows(words: Words, index: int, upper: bool) -> bool:
    """Whether a family name that is no frequent word follows word ``index`` in the same letter case, particles
    between them allowed (``wiśniewskiej``, ``o'sullivan``)."""
    following = index + 1
    count = len(words.words)
    while following < count and words.folded[following] in NAME_PARTICLES and words.joined(following - 1, following):
        following += 1
    if following >= count or not words.joined(following - 1, following):
        return False
    key = words.folded[following]
    return (
        (upper_name_word if upper else lower_case_name_word)(words, following)
        and key not in FREQUENT_WORDS
        and key not in NOT_NAMES
        and family_name(key)
    )


def _case_may_follow(words: Words, index: int, upper: bool) -> bool:
    """Whether a case of a given name may follow the family name at word ``index``: in lower case, or in capitals
    after a Hungarian family name that is no word (``FARKAS LÁSZLÓTÓL``, ``MOLNÁR TAMÁST``)."""
    return not upper or _hungarian_order(words.folded[index])


def _hungarian_order(key: str) -> bool:
    """Whether a folded family name is a Hungarian one that is no word (``kovács``, ``lakatos``; not ``nagy``, big):
    Hungarian writes it before the given name after any word (``utalja kovács anna számlájára``)."""
    return key in HUNGARIAN_FAMILY_NAMES and key not in COMMON_WORDS


def _surname_after(words: Words, given: int) -> bool:
    """Whether a known family name in capitals (or its genitive) follows the given name at word ``given`` (not a
    rare word: ``NAGY ESZTER SZÁMLÁJÁRA``, onto her account)."""
    following = given + 1
    if following >= len(words.words) or not words.joined(given, following) or not words.words[following].isupper():
        return False
    key = words.folded[following]
    return key not in COMMON_WORDS and (_family_or_genitive(key) or family_name(key))


def surname_first(words: Words, index: int, upper: bool) -> int:
    """End of a name in lower case or capitals written surname first (``kovács péter``, ``NAGY ESZTER``); in
    lower case only at the start of the message or a line or after an article, preposition or conjunction (not
    ``jieħu post valur``), and no rare word after the given name."""
    following = index + 1
    if (
        words.folded[index] not in FAMILY_NAMES
        or (not upper and words.folded[index] in NAME_PARTICLES)  # ``van maya``: a preposition in lower case
        or following >= len(words.words)
        or not words.joined(index, following)
        or not (upper_name_word if upper else lower_case_name_word)(words, following)
        or not (
            given_key(words.folded[following])
            or (_case_may_follow(words, index, upper) and case_of_given(words.folded[following]))
        )
    ):
        return index
    if not upper and not given_key(words.folded[following]) and words.folded[index] in COMMON_WORDS:
        return index  # ``il primo anno``: a common word before a word that is only a case of a given name
    if upper and words.folded[index] in COMMON_WORDS and _surname_after(words, following):
        return index  # ``FROM MAUREEN DUNN``, ``TIL NORA ARNESENS``: a preposition, then a given name and a surname
    if upper and words.folded[index] in COMMON_WORDS and abbreviation_before(words, index):
        return index  # ``10.000 KR. TIL HLIÐAR``: a common word going on after an amount's abbreviation
    if not upper and not rare_surname_context(words, index) and not _hungarian_order(words.folded[index]):
        return index
    end = name_end(words, following, same_case_particle, known_upper_word if upper else known_lower_word)
    return max(one_rare_word(words, following, end, rare_surname=False), following + 1)
