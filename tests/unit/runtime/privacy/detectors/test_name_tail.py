"""Where a capitalized name ends: a frequent word after the surname is the sentence's. Sentences of our own."""

from runtime.privacy.detectors.name_tail import without_frequent_tail
from runtime.privacy.detectors.name_text import Words


def _end(text: str, first: str, end_word: str) -> str:
    words = Words(text)
    start, end = words.words.index(first), words.words.index(end_word) + 1
    return " ".join(words.words[start : without_frequent_tail(words, start, end)])


def test_a_frequent_noun_after_a_surname_is_left_out() -> None:
    assert _end("Ich habe Anna Schmidts Konto gesehen.", "Anna", "Konto") == "Anna Schmidts"


def test_two_words_stay_unless_the_second_is_a_hungarian_place() -> None:
    assert _end("Sem Luka Zupan iz Kranja.", "Luka", "Zupan") == "Luka Zupan"
    assert _end("A lányom Erzsébet Budapesten lakik.", "Erzsébet", "Budapesten") == "Erzsébet"


def test_known_names_are_kept() -> None:
    assert _end("Das Geld ging an Anna Maria Silva heute.", "Anna", "Silva") == "Anna Maria Silva"


def test_a_patronymic_surname_is_no_hungarian_place() -> None:
    assert _end("Jeg talte med Bodil Frederiksen i går.", "Bodil", "Frederiksen") == "Bodil Frederiksen"
    assert _end("Geld ging an Wiebke Janssen heute.", "Wiebke", "Janssen") == "Wiebke Janssen"
