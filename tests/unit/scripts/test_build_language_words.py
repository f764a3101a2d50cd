"""scripts.build_language_words: which frequent words mark a zone language (or a few neighbours)."""

from __future__ import annotations

import pytest

from runtime.privacy import language_id_words
from runtime.privacy.language_id_words import SortedForms
from scripts.build_language_words import HEAD, RATIO, SILENT_HEAD, TAIL, distinct_words, forms, lines, plain


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


def test_a_word_languages_making_calls_write_far_less_often_marks_every_silent_language_writing_it() -> None:
    filler = [f"w{n}" for n in range(TAIL)]
    lists = {
        "lv": ["par", "nav", "var"],
        "is": ["var"],
        "sv": ["var"],
        "da": ["var", "nav"],
        "nb": ["var"],
        "fr": ["par", *filler, "var"],  # var: far down the French list, but within a hundred times is'
        "en": [*filler, "nav"],  # nav: past English's tail and a hundred times rarer than in Latvian
    }
    marks = distinct_words(lists)
    owners = {form: languages for languages, words in marks.items() for form in words}
    assert owners["nav"] == ("da", "lv")  # five owners or more would be too many by the first rule, not this one
    assert owners["var"] == ("da", "is", "lv", "nb", "sv")
    assert "par" not in owners  # French writes it often


def test_a_silent_word_marks_nothing_when_a_language_making_calls_writes_it_within_the_ratio() -> None:
    rank = SILENT_HEAD - 1
    lists = {"ro": [*(f"r{n}" for n in range(rank)), "cum"], "en": [*(f"e{n}" for n in range(rank * RATIO)), "cum"]}
    assert all("cum" not in words for words in distinct_words(lists).values())


def test_the_lines_load_into_the_forms_the_runtime_searches() -> None:
    marks = {("hr", "sl"): ["hvala", "kako"], ("pt",): ["nao", "não"], ("lv",): ["nav"]}
    text = "# comment\n" + "\n".join(lines(marks)) + "\n"
    forms_read = SortedForms.read(text.encode("utf-8"))
    assert dict(forms_read.items()) == {form: owners for owners, words in marks.items() for form in words}
    assert forms_read.get("na") is None and "na" not in forms_read and len(forms_read) == 5


def test_the_forms_remember_a_bounded_number_of_lookups(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language_id_words, "SEEN", 3)
    forms_read = SortedForms.read(("\n".join(lines({("lv",): ["nav"], ("pt",): ["nao"]})) + "\n").encode("utf-8"))
    for _ in range(2):  # the second round reads what the first remembered
        assert [forms_read.get(word) for word in ("nav", "xyz", "nao", "abc")] == [("lv",), None, ("pt",), None]
    assert len(forms_read._seen) <= 3
