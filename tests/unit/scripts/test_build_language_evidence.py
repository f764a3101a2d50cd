"""scripts.build_language_evidence: which stop words and Maltese forms the identifier's second stage counts."""

from __future__ import annotations

from pathlib import Path

from scripts.build_language_evidence import (
    OTHERS_RANK,
    TOP_WORDS,
    distinctive_words,
    hyphen_forms,
    lines,
    read_frequency_lists,
    read_spacy_stop_words,
)


def test_only_words_of_three_letters_or_more_in_no_other_zone_list_are_kept() -> None:
    lists = {"ga": ["agus", "le", "í", "faoi", "mé", "b'"], "fr": ["le"], "cs": ["mé"], "et": ["kui"]}
    assert distinctive_words(lists, "ga", grammar={}) == ["agus", "faoi"]


def test_frequent_words_are_added_unless_frequent_in_another_zone_language() -> None:
    lists = {"ga": ["agus", "mar"], "et": ["kui"]}
    rare_in_spanish = ["x"] * OTHERS_RANK + ["kaks"]  # below the rank where a word counts as Spanish too
    frequent = {"et": ["on", "milline", "väga", "kaks", *["y"] * TOP_WORDS, "harva"], "es": ["mar", *rare_in_spanish]}
    found = distinctive_words(lists, "et", frequent, grammar={})
    assert found == ["kaks", "kui", "milline", "vaga", "väga"]  # "harva": not frequent; vaga: typed without its mark
    assert distinctive_words(lists, "ga", frequent, grammar={}) == ["agus"]  # "mar" is a frequent Spanish word


def test_frequency_lists_are_read_most_frequent_first(tmp_path: Path) -> None:
    (tmp_path / "et.txt").write_text("on 2143343\nma 1864911\n", encoding="utf-8")
    (tmp_path / "xx.txt").write_text("not 1\n", encoding="utf-8")  # not a zone language
    assert read_frequency_lists(tmp_path) == {"et": ["on", "ma"]}


def test_maltese_forms_irish_writes_too_and_apostrophe_forms_are_left_out() -> None:
    assert hyphen_forms(["'il-", "il-", "t-", "n-", "l-", "tal-"]) == ["il-", "l-", "tal-"]


def test_the_file_lines_name_their_language() -> None:
    found = lines({"et": ["kui"], "ga": ["agus"], "lb": ["hunn"]}, ["tal-"], grammar={"mt": ["għandi"]})
    assert found == ["et\tkui", "ga\tagus", "lb\thunn", "mt\tghandi", "mt\tgħandi", "mt\ttal-"]


def test_grammar_words_and_forms_without_diacritics_are_kept_unless_another_language_writes_them() -> None:
    lists = {"ga": ["agus"], "es": ["dia", "leo"], "cs": ["tu"]}
    grammar = {"ga": ["níor", "liom", "leo", "dúinn", "dia", "tú"]}
    found = distinctive_words(lists, "ga", grammar=grammar)
    assert found == ["agus", "duinn", "dúinn", "liom", "nior", "níor"]  # leo: Spanish; dia: día typed plainly


def test_maltese_forms_are_also_kept_without_their_letters() -> None:
    assert hyphen_forms(["għall-", "iċ-", "t-"]) == ["ghall-", "għall-", "ic-", "iċ-"]


def test_spacy_stop_words_are_read_from_their_module(tmp_path: Path) -> None:
    module = tmp_path / "stop_words.py"
    module.write_text('STOP_WORDS = set(\n    """\na\nhunn\nwéi\n""".split()\n)\n', encoding="utf-8")
    assert read_spacy_stop_words(module) == ["a", "hunn", "wéi"]
