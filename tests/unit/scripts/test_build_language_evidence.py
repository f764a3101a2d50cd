"""scripts.build_language_evidence: which stop words and Maltese forms the identifier's second stage counts."""

from __future__ import annotations

from scripts.build_language_evidence import distinctive_words, hyphen_forms, lines


def test_only_words_of_three_letters_or_more_in_no_other_zone_list_are_kept() -> None:
    lists = {"ga": ["agus", "le", "í", "faoi", "mé", "b'"], "fr": ["le"], "cs": ["mé"], "et": ["kui"]}
    assert distinctive_words(lists, "ga") == ["agus", "faoi"]


def test_maltese_forms_irish_writes_too_and_apostrophe_forms_are_left_out() -> None:
    assert hyphen_forms(["'il-", "il-", "t-", "n-", "l-", "tal-"]) == ["il-", "l-", "tal-"]


def test_the_file_lines_name_their_language() -> None:
    found = lines({"et": ["kui"], "ga": ["agus"]}, ["tal-"])
    assert found == ["et\tkui", "ga\tagus", "mt\ttal-"]
