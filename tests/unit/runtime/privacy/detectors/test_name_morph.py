"""Family names the lists lack, told by their form and their place (``name_morph``)."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.name_morph import (
    form_pair,
    form_surname,
    greek_letter_pair,
    lone_form_surname,
    person_ending,
)
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.normalize import fold


@pytest.mark.parametrize("word", ["Стамболийков", "Каракашева", "Σταματόπουλος", "Hrdličková", "Kovačević"])
def test_surname_endings_have_a_family_names_form(word: str) -> None:
    assert form_surname(word, fold(word))


@pytest.mark.parametrize(
    "word",
    [
        "Софийска",  # an adjective's ending (Sofia's)
        "Prešov",  # the Latin spelling of ``-ов`` is a Slovak town's
        "Δημητρίου",  # the genitive of every noun
        "Кишинев",  # a town spelled as a surname
        "Καζαντζάκης",  # a national figure, history more often than a person one knows
        "ПЕТРОВА",  # capitals: every word is capitalized there
        "Пешев",  # shorter than a surname one can be sure of
        "Ловеч",  # no surname's ending (a town)
    ],
)
def test_words_without_a_surnames_form(word: str) -> None:
    assert not form_surname(word, fold(word))


def test_patronymics_are_persons_only() -> None:
    assert person_ending("Bergþórsdóttur")
    assert not person_ending("Kovačević")


def _lone(text: str, word: str) -> bool:
    words = Words(text)
    return lone_form_surname(words, words.words.index(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Утре ще дойде Стамболийков да оправи бойлера.", "Стамболийков"),
        ("Днес Гълъбова пак не дойде.", "Гълъбова"),
        ("Μου τηλεφώνησε ο Σταματόπουλος χθες.", "Σταματόπουλος"),
        ("Volal mi Hrdličková z banky.", "Hrdličková"),
    ],
)
def test_a_surname_alone_inside_a_sentence(text: str, word: str) -> None:
    assert _lone(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Стамболийков дойде вчера.", "Стамболийков"),  # opening the sentence: any word is capitalized there
        ("Срещам се пред Пирогов в 14:30.", "Пирогов"),  # a place one meets in front of
        ("Συναντηθήκαμε στην Καραγιαννίδου χθες.", "Καραγιαννίδου"),  # a street after ``στην``
        ("Lidl na Mierová mi strhol 50 €.", "Mierová"),  # a street after ``na``
        ("Разкажи ми за Асенова крепост.", "Асенова"),  # a possessive adjective before a kind of place
        ("Колко струва билетът до Гоце Делчев?", "Делчев"),  # a town of two words
        ("Говорих с Драгомиров Иван вчера.", "Драгомиров"),  # a longer name, the rules of runs read it
    ],
)
def test_a_surnames_form_in_a_place_or_a_longer_run(text: str, word: str) -> None:
    assert not _lone(text, word)


@pytest.mark.parametrize(
    "text",
    ["Кучкуделова Хранислава ще дойде.", "Хранислава Кучкуделова ще дойде.", "Seljandinn heitir Kjóisson Koðrán."],
)
def test_a_surnames_form_beside_an_unlisted_given_name(text: str) -> None:
    words = Words(text)
    start = next(index for index, word in enumerate(words.words) if word in ("Кучкуделова", "Хранислава", "Kjóisson"))
    assert form_pair(words, start)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Отидохме до Петрова Нива вчера.", "Петрова"),  # a kind of place after it
        ("Петров Иванов и Колев дойдоха.", "Петров"),  # two surnames' forms: a list of people, read elsewhere
        ("Работи в Медицинска Академия Варна сега.", "Медицинска"),  # no surname's form
        ("Каракашева Хранислава Петрова дойде.", "Каракашева"),  # a third capitalized word: a longer run
    ],
)
def test_pairs_that_are_no_form_pair(text: str, first: str) -> None:
    words = Words(text)
    assert not form_pair(words, words.words.index(first))


@pytest.mark.parametrize(
    ("text", "first", "found"),
    [
        ("Vakar aptarnavo Liepa Kalvėnienė skyriuje.", "Liepa", True),  # a word as a given name, a married name
        ("Liepa Kalvėnienė aptarnavo vakar.", "Liepa", False),  # opening a sentence the word may be a word
        ("Vakar aptarnavo Liepa Kalvėnas skyriuje.", "Liepa", False),  # no ending only persons have
    ],
)
def test_a_word_as_a_given_name_before_a_persons_ending(text: str, first: str, found: bool) -> None:
    words = Words(text)
    assert form_pair(words, words.words.index(first)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Σταματόπουλος είπε ότι θα έρθει.", True),  # a Greek surname's nominative: no word ends so
        ("Bergþórsdóttir hringdi í gær.", True),  # a patronymic
        ("Kretowicz – tak się nazywam.", True),
        ("Каракашева каза, че ще дойде.", False),  # relational adjectives end so too (``Ябълкова торта``)
        ("Kovačević je došao.", False),  # diminutives end in ``-ić`` too (``Kolačić``)
    ],
)
def test_a_surname_opening_a_sentence_by_an_ending_only_surnames_have(text: str, found: bool) -> None:
    assert lone_form_surname(Words(text), 0) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("σαμουηλ ανδρουλιδακης ειναι ο διαχειριστης", True),  # lower case without accents
        ("ΓΙΑ ΤΗΝ ΕΥΘΑΛΙΑ ΜΠΟΥΡΝΕΛΑΚΗ ΣΤΟΝ ΤΡΙΤΟ", True),  # capitals
        ("ο ξενοφών καλαμαρίδης λέει", True),  # with accents too
        ("Ξενοφών Καλαμαρίδης λέει", False),  # capitalized: the rules of capitalized runs read it
        ("σαμουηλ ΑΝΔΡΟΥΛΙΔΑΚΗΣ ειναι", False),  # two letter cases
        ("πολλα ειδη ειναι", False),  # no surname's ending of that length
    ],
)
def test_greek_pairs_without_accents(text: str, found: bool) -> None:
    words = Words(text)
    assert any(greek_letter_pair(words, index) for index in range(len(words.words))) is found


def test_greek_adjectives_in_iakos_have_no_surnames_form() -> None:
    assert not form_surname("Περιφερειακής", fold("Περιφερειακής"))  # a region's, capitalized in its name
    words = Words("ανοιξα λογαριασμο προθεσμιακης")
    assert not greek_letter_pair(words, 1)
