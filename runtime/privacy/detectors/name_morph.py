"""Family names that no list holds, told by their form and their place (pure): ``Стамболийков``, ``Каракашева``,
``ο Σταματόπουλος``, ``Hrdličková``, ``Kovačević``, ``Bergþórsdóttur``.

A family name of many languages carries an ending that ordinary words of some length seldom have: the Bulgarian
``-ов``/``-ова``/``-ев``/``-ева``, the Greek ``-ίδης``/``-άκης``/``-όπουλος`` and their feminines ``-ίδου``/
``-άκη``/``-οπούλου``, the Czech and Slovak ``-ová``, the Croatian ``-ić``, the Polish ``-wicz``, the Romanian
``-escu``/``-eanu``, the Lithuanian ``-auskas``/``-ienė``/``-aitė``, the Latvian ``-iņš``, the Icelandic
``-sson``/``-dóttir``. Written capitalized inside a sentence, alone, such a word is a person named by the surname
(``Обади ми се Каракашева от банката``), as one writes of someone the reader knows.

Endings that adjectives share are left out (the Slavic ``-ски``/``-ská``/``-ski``: ``Софийска вода``, ``Česká
spořitelna``), and so are the Latin spellings of the Slavic ``-ov``/``-ova`` (``Prešov``, ``Genova``), the Greek
genitive ``-ου`` of every noun (``Δημητρίου``), the Finnish ``-nen`` (the German ``Rennen``). A word opening a
sentence, a frequent or common word, a word after a preposition of place (``в Ростов``, ``στην Καραγιαννίδου``: a
town, a street) or inside a run of capitalized words is left to the other rules; the caller checks places.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_places import PLACE_WORDS
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    word_set,
)
from runtime.privacy.normalize import fold

#: Surname endings as written (lower case, accents kept) that no word of at least ``_LEAST_LETTERS`` letters has:
#: the patronymics of Icelandic and the married and maiden names of Lithuanian.
_PERSON_ENDINGS: Final = (
    "sson", "ssyni", "ssonar", "dóttir", "dóttur", "ienė", "ienės", "ienei", "ienę", "aitė", "ytė", "iūtė",
)  # fmt: skip
#: Surname endings as written that ordinary words of that length rarely have, in Latin letters and in Cyrillic
#: (the Bulgarian plural ``-ови``/``-еви`` names a family: ``у Пашалиеви``, at the Pashalievs'):
#: Czech and Slovak (``-ová``, an adjective's too: ``na Mierová``, a street), Croatian, Serbian and Bosnian,
#: Slovene (``-ič``), Polish, Romanian, Lithuanian (``-aitis``, ``-ėnas``, ``-ūnas``), Latvian, Greek ones spelled
#: in Latin letters, Bulgarian.
_FORM_ENDINGS: Final = (
    "ová", "ovou", "ić", "ića", "iću", "ićem", "wicz", "wicza", "wiczowi", "escu", "eanu", "auskas", "evičius",
    "avičius", "iņš", "opoulos", "opoulou", "akis", "idis", "iadis", "ič", "aitis", "ėnas", "ūnas",
    "ов", "ова", "ев", "ева", "ьов", "ьова", "ови", "еви",
)  # fmt: skip
#: Greek surname endings, folded (no accents, final ``ς`` as ``σ``), in the nominative and the other cases:
#: ``-ίδης``, ``-άδης``, ``-άκης``, ``-όπουλος``, their feminines ``-ίδου``, ``-άδου``, ``-άκη``, ``-οπούλου``.
_GREEK_ENDINGS: Final = (
    "ιδησ", "αδησ", "ακησ", "οπουλοσ", "ιδη", "αδη", "ακη", "οπουλο", "οπουλε", "ιδου", "αδου", "οπουλου",
)  # fmt: skip
#: Greek adjectives in ``-ιακός`` end as surnames in ``-άκης`` do in the feminine (``προθεσμιακή``,
#: ``Περιφερειακής``: a term deposit's, a region's), folded.
_GREEK_ADJECTIVES: Final = ("ιακη", "ιακησ")


def _greek_surname_ending(key: str) -> bool:
    """Whether a folded Greek word ends as a family name does, no adjective in ``-ιακή``."""
    return key.endswith(_GREEK_ENDINGS) and not key.endswith(_GREEK_ADJECTIVES)


_LEAST_LETTERS: Final = 6
#: Prepositions of place and direction before which a capitalized word is a town or a street as often
#: (``в Ростов``, ``στην Καραγιαννίδου``, ``do Kovačevića``): Bulgarian, Greek, Slavic, Baltic, Romanian.
_PLACE_PREPOSITIONS: Final = frozenset(
    fold(word)
    for word in word_set(
        """
        в във до край около през из към по къде пред зад срещу близо
        στην στη στο στον στα στις στους σε από προς οδός οδό οδού πλατεία
        do na przy koło kolo obok w we v ve u k ke ku kod iz blizu po nad pod
        în in la din spre lângă langa prie į iš
        """
    )
)
#: Greek articles and their forms with ``σε`` before a person's name (``ο Σταματόπουλος``, ``τον Παπαδάκη``).
_GREEK_ARTICLES: Final = frozenset(fold(word) for word in word_set("ο η του της τον την"))
#: Towns spelled as Slavic surnames are (``Ростов``, ``Кишинев``): named outside the market's town list.
_TOWNS: Final = frozenset(
    fold(word) for word in word_set("Ростов Харков Саратов Кишинев Чернигов Тамбов Львов Псков Киев Азов")
)

#: Surnames of national figures that streets, squares, airports, banknotes and schools bear, written alone as
#: history more often than as a person one knows (``Ο Καζαντζάκης είναι στο χαρτονόμισμα``, ``болница Пирогов``).
_FIGURES: Final = frozenset(
    fold(word)
    for word in word_set(
        """
        Ботев Вазов Стамболов Каравелов Пирогов Яворов Славейков Дебелянов Константинов Каблешков Раковски
        Καζαντζάκης Θεοδωράκης Βενιζέλος Καποδίστριας Καραϊσκάκης Κολοκοτρώνης Μακρυγιάννης Σολωμός Τρικούπης
        Βενιζέλου Καζαντζάκη Θεοδωράκη Καραϊσκάκη Βαρδινογιάννη Καλλιγά Κανάρη Μιαούλη
        Jelačić Gundulić Marulić Radić Meštrović Držić Mickiewicz Sienkiewicz Basanavičius Eminescu Enescu
        Němcová Sigurðsson Karađorđević Andrić
        """
    )
)


def form_ending(word: str) -> bool:
    """Whether a word, as written, ends as a family name does (any script)."""
    lower = word.lower()
    if lower.endswith(_PERSON_ENDINGS) or lower.endswith(_FORM_ENDINGS):
        return True
    return "\u0370" <= lower[:1] <= "\u03ff" and _greek_surname_ending(fold(lower))


def person_ending(word: str) -> bool:
    """Whether a word, as written, ends as only a person's family name does (``Bergþórsdóttur``, ``Hrdličková``)."""
    return len(word) >= _LEAST_LETTERS and word.lower().endswith(_PERSON_ENDINGS)


def form_surname(word: str, key: str) -> bool:
    """Whether a capitalized word (``key`` folded) has a family name's form: a surname ending, at least
    ``_LEAST_LETTERS`` letters, letters only, and it is no frequent, common or known non-name word."""
    if len(word) < _LEAST_LETTERS or not word[:1].isupper() or word.isupper() or not word.isalpha():
        return False
    if key in COMMON_WORDS or key in NOT_NAMES or key in _TOWNS or key in _FIGURES:
        return False
    if key in FREQUENT_WORDS and key not in FAMILY_NAMES:
        return False  # a frequent word, unless a listed family name (``Popescu``: names are frequent words too)
    return form_ending(word)


def opening_word(words: Words, index: int) -> bool:
    """Whether word ``index`` opens a sentence and is a frequent word, no name (``Днес``, ``Сега``)."""
    key = words.folded[index]
    return words.after_break(index) and key in FREQUENT_WORDS and key not in GIVEN_NAMES and key not in FAMILY_NAMES


#: Endings that only family names have, in any position, even opening a sentence (where every word is
#: capitalized): the Greek nominatives (folded), the Polish ``-wicz``, the Lithuanian ``-auskas``/``-evičius``,
#: the Romanian ``-escu``; with the patronymics and married names of ``_PERSON_ENDINGS``.
_GREEK_NOMINATIVES: Final = ("ιδησ", "αδησ", "ακησ", "οπουλοσ")
_SURE_LATIN: Final = ("wicz", "auskas", "evičius", "avičius", "escu")


def _sure_ending(word: str) -> bool:
    """Whether a word ends as only a family name does, so that it is one even opening a sentence
    (``Σταματόπουλος είπε``, ``Bergþórsdóttir hringdi``, ``Kretowicz – tak się nazywam``)."""
    lower = word.lower()
    return person_ending(word) or lower.endswith(_SURE_LATIN) or fold(lower).endswith(_GREEK_NOMINATIVES)


def after_place_preposition(words: Words, index: int) -> bool:
    """Whether word ``index`` follows a preposition of place (``в Ростов``, ``στην Μιαούλη``, ``na Mierová``)."""
    return index > 0 and words.folded[index - 1] in _PLACE_PREPOSITIONS


def lone_form_surname(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index``, alone inside a sentence, is a family name by its form
    (``Утре ще дойде Стамболийков``, ``ο Σταματόπουλος είπε``, ``Volal mi Hrdličková``)."""
    word, key = words.words[index], words.folded[index]
    if not form_surname(word, key) or (words.after_break(index) and not _sure_ending(word)):
        return False
    if index > 0:
        before, previous = words.folded[index - 1], words.words[index - 1]
        if before in _PLACE_PREPOSITIONS and not person_ending(word):
            return False  # a town or a street (``в Ростов``, ``στην Καραγιαννίδου``); no patronymic is one
        if previous[:1].isupper() and before not in _GREEK_ARTICLES and not opening_word(words, index - 1):
            return False  # a word of a longer name (``Гоце Делчев``), left to the rules of runs
    following = index + 1
    if following < len(words.words) and words.joined(index, following):
        # a word of a longer name (``Драгомиров Иван``), or a possessive adjective before a kind of place
        # (``Асенова крепост``: Asen's fortress)
        return not words.words[following].istitle() and words.folded[following] not in PLACE_WORDS
    return True


def plain_word(words: Words, index: int, frequent: bool = False) -> bool:
    """Whether word ``index`` is capitalized, of letters only, at least three long and no known non-name or place
    word, nor a frequent or common one unless ``frequent``: a name the lists may lack (``Хранислава``, ``Koðrán``)."""
    word, key = words.words[index], words.folded[index]
    if len(word) < 3 or not word.istitle() or not word.isalpha():
        return False
    if (key in FREQUENT_WORDS or key in COMMON_WORDS) and not frequent:
        return False
    return not (key in NOT_NAMES or key in PLACE_WORDS)


def form_pair(words: Words, index: int) -> bool:
    """Whether the capitalized words ``index`` and the next are a family name by its form and a given name the
    lists lack, in either order, even opening a sentence (``Кучкуделова Хранислава``, ``Kjóisson Koðrán``,
    ``Хранислава Кучкуделова``); a third capitalized word after them makes it a longer name the other rules read
    (``Софийска Градска Болница``), and the caller checks places."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return False
    first, second = words.words[index], words.words[following]
    if form_surname(first, words.folded[index]):
        other = following
    elif form_surname(second, words.folded[following]):
        other = index
    else:
        return False
    surname = words.words[index + following - other]
    # a given name that is a word too stands before a patronymic or a married name inside a sentence (``aptarnavo
    # Liepa Kalvėnienė``: a linden is no person, a ``-ienė`` always is)
    sure = person_ending(surname) and not words.after_break(index)
    if not plain_word(words, other, frequent=sure) or form_surname(words.words[other], words.folded[other]):
        return False  # (two surnames' forms: ``Петров Иванов``, as often two people listed)
    third = following + 1
    return not (third < len(words.words) and words.joined(following, third) and words.words[third][:1].isupper())


def greek_letters(word: str) -> bool:
    """Whether a word is written in Greek letters."""
    return "\u0370" <= word[:1] <= "\u03ff" or "\u1f00" <= word[:1] <= "\u1fff"


def greek_letter_pair(words: Words, index: int) -> bool:
    """Whether the Greek words ``index`` and the next, both in lower case or both in capitals, are a given name and
    a family name by the family name's ending, with or without accents (``σαμουηλ ανδρουλιδακης``, ``ΓΙΩΡΓΟΥ
    ΜΑΝΩΛΑΚΗ``): Greek typed in a hurry or in capitals drops its accents, which the lists of written endings keep.
    The first word is a known given name or no frequent, common or place word; the caller checks places."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return False
    word, other = words.words[index], words.words[following]
    if not (greek_letters(word) and greek_letters(other)) or len(other) < _LEAST_LETTERS or len(word) < 3:
        return False
    if not ((word.islower() and other.islower()) or (word.isupper() and other.isupper())):
        return False
    key, surname = words.folded[index], words.folded[following]
    if surname in FREQUENT_WORDS or surname in COMMON_WORDS or not _greek_surname_ending(surname):
        return False
    if key in NOT_NAMES or key in PLACE_WORDS or key in COMMON_WORDS:
        return False
    return key in GIVEN_NAMES or key not in FREQUENT_WORDS
