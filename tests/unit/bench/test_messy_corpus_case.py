"""The messy corpus in one case: messages and benign messages case-folded with their values kept in place."""

from __future__ import annotations

import pytest

from bench.messy_corpus import main
from bench.messy_corpus_case import fold, fold_corpora
from bench.messy_corpus_format import MessyMessage, parse_line


def _message(text: str) -> MessyMessage:
    return parse_line(f"PT\tpt\tplain\t{text}")


def test_fold_lowers_or_raises_every_character() -> None:
    assert fold("Olá, sou a Joana", "lower") == "olá, sou a joana"
    assert fold("Olá, sou a Joana", "upper") == "OLÁ, SOU A JOANA"


def test_fold_refuses_a_text_whose_length_would_change() -> None:
    assert fold("Straße", "upper") is None  # ß becomes SS
    assert fold("İstanbul", "lower") is None  # İ becomes i and a combining dot
    with pytest.raises(ValueError):
        fold("text", "title")


def test_values_stay_where_they_were_and_read_the_same_folded() -> None:
    message = _message("Sou a [NAME:Joana Ferreira], ligue para [PHONE:912 345 678]")
    folded = fold_corpora([message], {}, "lower")
    (lowered,) = folded.messages
    assert lowered.values == message.values
    spans = [lowered.text[value.start : value.end] for value in lowered.values]
    assert spans == ["joana ferreira", "912 345 678"]


def test_messages_whose_length_changes_are_left_out_and_counted() -> None:
    messages = [_message("Ich bin [NAME:Thomas Groß]"), _message("Ich bin [NAME:Thomas Müller]")]
    benign = {"de": ["Die Straße ist gesperrt", "Das Konto ist leer"], "pt": ["Bom dia"]}
    folded = fold_corpora(messages, benign, "upper")
    assert [m.text for m in folded.messages] == ["ICH BIN THOMAS MÜLLER"]
    assert folded.benign == {"de": ["DAS KONTO IST LEER"], "pt": ["BOM DIA"]}
    assert (folded.skipped_messages, folded.skipped_benign) == (1, 1)
    assert "1 messages" in folded.summary("upper") and "1 benign" in folded.summary("upper")


def test_the_bench_refuses_to_write_the_page_from_a_folded_corpus() -> None:
    with pytest.raises(SystemExit):
        main(["--case", "lower", "--update-doc"])
