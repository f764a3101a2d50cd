"""Two capitalized words the lists lack after an introduction saying "I am" (``name_morph_cue``)."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.name_morph_cue import celebrated, cued_lower_pair, cued_pair, speaking_word
from runtime.privacy.detectors.name_text import Words


def _pair(text: str, first: str) -> bool:
    words = Words(text)
    return cued_pair(words, words.words.index(first))


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Dobar dan, ja sam Tvrtko Brlečak i trebam pomoć.", "Tvrtko"),
        ("Pozdravljeni, sem Anže Kropivnik, potrebujem pomoč.", "Anže"),
        ("Καλησπέρα, είμαι ο Φιλήμων Ξυλουργός και θέλω βοήθεια.", "Φιλήμων"),  # after the Greek article
        ("Dobrý deň, tu Servác Hlbočan, poisťovňa neodpovedala.", "Servác"),  # a caller's "here"
    ],
)
def test_two_rare_capitalized_words_after_i_am(text: str, first: str) -> None:
    assert _pair(text, first)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Hi, this is Tvrtko Brlečak support.", "Tvrtko"),  # "this is": shops and apps follow as often
        ("Jsem Sparta Praha fanoušek od dětství.", "Sparta"),  # a town in the pair
        ("Ja sam Tvrtko Brlečak Horvat iz Splita.", "Tvrtko"),  # a third capitalized word: a longer run
        ("Dobar dan, ja sam Tvrtko i trebam pomoć.", "Tvrtko"),  # one word: the lists decide
    ],
)
def test_no_cued_pair(text: str, first: str) -> None:
    assert not _pair(text, first)


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("Още нещо – Драгомилка пита дали може.", "Драгомилка", True),
        ("Днес Радивой каза, че ще дойде.", "Радивой", True),  # after a frequent word opening the sentence
        ("Ο Ευμένιος από το λογιστήριο είπε να τον πάρω.", "Ευμένιος", True),  # from where, then the verb
        ("Драгомилка пита дали може.", "Драгомилка", False),  # opening a sentence: any word is capitalized
        ("Днес Топлофикация пита за показанията.", "Топлофикация", False),  # an institution by its ending
        ("Χθες Κωτσόβολος είπε ότι θα έρθει.", "Κωτσόβολος", False),  # Greek without its article: a shop too
        ("Στην Κανάρη λέει ότι έχει ΑΤΜ.", "Κανάρη", False),  # a street after a preposition of place
        ("Still – Tvrtko says hello.", "Tvrtko", False),  # Latin letters: companies speak there as often
        ("Още нещо – Драгомилка е тук.", "Драгомилка", False),  # no speech verb
    ],
)
def test_a_rare_cyrillic_or_greek_word_that_speaks(text: str, word: str, found: bool) -> None:
    words = Words(text)
    assert speaking_word(words, words.words.index(word)) is found


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("Пожелание за имения ден на Стоилка, моля.", "Стоилка", True),
        ("Αύριο γιορτάζει η Ευπραξούλα, γράψε μου.", "Ευπραξούλα", True),
        ("Scrie-mi o urare de ziua lui Dorinel.", "Dorinel", True),
        ("Какво да подаря за рождения ден на Мама?", "Мама", False),  # a relation capitalized
        ("Честит рожден ден на Пловдив!", "Пловдив", False),  # a town
        ("Пожелание за имения ден на  Стоилка, моля.", "Стоилка", False),  # not one space apart
        ("Пожелание за празника на Стоилка, моля.", "Стоилка", False),  # no birthday's or name day's words
    ],
)
def test_a_rare_word_whose_birthday_or_name_day_it_is(text: str, word: str, found: bool) -> None:
    words = Words(text)
    assert celebrated(words, words.words.index(word)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("здрасти аз съм будьо пеев звъннете ми", True),
        ("sveiki, aš esu vygintas gerdžiūnas, skambinkit", True),
        ("аз съм доста суров с децата", False),  # a frequent word first: an adverb and an adjective
        ("здрасти аз съм будьо тук звъннете ми", False),  # no surname's ending
        ("здрасти казах будьо пеев звъннете ми", False),  # no "I am" before
    ],
)
def test_a_lower_case_pair_after_i_am(text: str, found: bool) -> None:
    words = Words(text)
    assert any(cued_lower_pair(words, index) for index in range(len(words.words))) is found
