from __future__ import annotations

import pytest

import bench.name_model_train as name_model_train
from bench.messy_corpus_format import MarkedValue, MessyMessage
from bench.name_model_train import corpus_examples, examples, fit, main, with_model
from runtime.privacy.detectors.name_model import NameModel, bucket


def test_a_candidate_word_inside_a_name_is_a_positive_example() -> None:
    text = "I wrote to Anna Lind yesterday"
    labelled = examples(text, [(text.index("Anna"), text.index(" yesterday"))])
    assert [label for _, label in labelled] == [False, True, True]  # I; (wrote, to: frequent, skipped); Anna; Lind


def test_each_message_is_also_learned_in_lower_case_and_in_capitals(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Yesterday I met Orsolya Bartha"
    value = MarkedValue("NAME", "plain", text.index("Orsolya"), len(text))
    message = MessyMessage("HU", "hu", "plain", text, (value,))
    monkeypatch.setattr(name_model_train, "read_messy", lambda directory: [message])
    monkeypatch.setattr(name_model_train, "read_benign", lambda directory: {"hu": ["Good morning"]})
    as_written = corpus_examples(["first"], cases=())
    every_case = corpus_examples(["first"])
    assert len(every_case) > 2 * len(as_written)  # (lower-case frequent words are no candidates)
    assert sum(label for _, label in every_case) == 3 * sum(label for _, label in as_written)


def test_fitting_learns_a_feature_seen_only_in_names() -> None:
    name, word = bucket("name-only"), bucket("word-only")
    weights = fit([((name,), True), ((word,), False)] * 50, epochs=3)
    assert weights[name] > 0 > weights[word]


def test_fitting_is_the_same_for_the_same_examples() -> None:
    data = [((bucket("a"), bucket("b")), True), ((bucket("b"),), False)] * 20
    assert fit(data, epochs=2) == fit(list(data), epochs=2)


def test_the_model_adds_a_name_the_rules_left_and_leaves_other_values_alone() -> None:
    weights = fit([((bucket("b"), bucket("sh=Cap")), True), ((bucket("b"),), False)] * 400, epochs=6)
    text = "is Qwertyna allowed to sign for the IBAN DE89 3704 0044 0532 0130 00"
    rules = with_model(None)(text, ())
    learned = with_model(NameModel(weights, threshold=0.5))(text, ())
    assert ("NAME", "Qwertyna") not in [(s.entity_type, text[s.start : s.end]) for s in rules]
    assert ("NAME", "Qwertyna") in [(s.entity_type, text[s.start : s.end]) for s in learned]
    assert any(s.entity_type == "IBAN" for s in learned)


def test_training_and_measuring_print_both_rows_per_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--train", "first", "--measure", "first", "--epochs", "1"])
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| first |")]
    assert [row.split(" | ")[1] for row in rows] == ["rules", "rules + model (0.8)"]
