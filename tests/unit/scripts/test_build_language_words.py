"""scripts.build_language_words: which frequent words mark a zone language (or a few neighbours)."""

from __future__ import annotations

from scripts.build_language_words import HEAD, distinct_words, forms, lines, plain


def test_words_are_also_kept_without_their_diacritics() -> None:
    assert plain("mokesčių") == "mokesciu"
    assert plain("það") == "thad"
    assert forms(["Não", "é", "x1"]) == {"não", "nao"}


def test_a_word_marks_the_languages_that_write_it_often_when_they_make_the_same_calls() -> None:
    lists = {"hr": ["hvala", "na"], "sl": ["hvala", "na"], "pt": ["na", "não"], "es": ["no"], "en": ["the"]}
    marks = distinct_words(lists)
    assert marks[("hr", "sl")] == ["hvala"]  # neither makes a call
    assert marks[("pt",)] == ["nao", "não"]
    assert all("na" not in words for words in marks.values())  # pt makes calls, hr and sl none


def test_a_word_frequent_in_another_language_marks_nothing() -> None:
    rare_in_english = ["x"] * HEAD + ["kako"]  # below English's head, within its tail
    marks = distinct_words({"hr": ["kako", "hvala"], "en": rare_in_english})
    assert marks == {("hr",): ["hvala"]}
    assert lines(marks) == ["hr\thvala"]
