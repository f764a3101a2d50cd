from __future__ import annotations

import pytest

from runtime.privacy.detectors.name_model import BUCKETS, NameModel, bucket, candidate, features, shape
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import listed


def _weights(**named: float) -> list[float]:
    """Weights for the features named (``sh_Cap``: ``sh=Cap``), every other weight zero."""
    return _feature_weights({feature.replace("_", "="): weight for feature, weight in named.items()})


def _feature_weights(named: dict[str, float]) -> list[float]:
    weights = [0.0] * BUCKETS
    for feature, weight in named.items():
        weights[bucket(feature)] += weight
    return weights


def _run_texts(model: NameModel, text: str) -> list[str]:
    words = Words(text)
    return [text[words.spans[start][0] : words.spans[end - 1][1]] for start, end, _ in model.runs(words)]


def test_shape_tells_capitals_capitalized_lower_and_mixed() -> None:
    assert [shape(word) for word in ("ANNA", "Anna", "anna", "aNNa", "A")] == ["UP", "Cap", "low", "mix", "Cap"]


def test_a_lower_case_frequent_word_is_no_candidate_but_a_capitalized_one_or_a_listed_name_is() -> None:
    assert not candidate("the", "the")
    assert candidate("The", "the")
    assert candidate("helena", "helena")  # a listed given name in lower case
    assert listed("helena") and not listed("zaplatil")


def test_no_feature_spells_a_word_that_is_not_a_frequent_one() -> None:
    found = features(Words("Please send it to Qwertyna Zxcvbowska tomorrow"))
    spelled = " ".join(name for _, names in found for name in names)
    assert "qwertyna" not in spelled and "zxcvbowska" not in spelled
    assert any(name == "w-1=to" for _, names in found for name in names)  # a frequent neighbour is spelled


def test_adjacent_scored_words_join_into_one_run_and_a_comma_parts_them() -> None:
    model = NameModel(_weights(b=-5.0, sh_Cap=10.0))
    assert _run_texts(model, "send Anna Maria, Berta now") == ["Anna Maria", "Berta"]


def test_a_run_carries_the_least_score_of_its_words() -> None:
    weights = _feature_weights({"b": -5.0, "sh=Cap": 10.0, "sh1=Cap": -4.0})  # Anna stands before Maria
    (run,) = NameModel(weights, threshold=0.5).runs(Words("send Anna Maria now"))
    assert run[:2] == (1, 3) and 0.7 < run[2] < 0.75


def test_words_under_the_threshold_make_no_run() -> None:
    low = NameModel(_weights(b=-5.0, sh_Cap=5.5))  # a score of about 0.62
    assert low.runs(Words("send Anna now")) == []
    assert len(NameModel(_weights(b=-5.0, sh_Cap=5.5), threshold=0.5).runs(Words("send Anna now"))) == 1


def test_the_scale_multiplies_every_weight() -> None:
    weights = _weights(sh_Cap=1.0)
    assert NameModel(weights).scores(Words("Anna"))[0][1] < 0.8 < NameModel(weights, 3.0).scores(Words("Anna"))[0][1]


def test_a_model_of_another_size_is_refused() -> None:
    with pytest.raises(ValueError):
        NameModel([0.0] * 8)


def test_words_the_caller_rules_out_are_neither_scored_nor_in_a_run() -> None:
    model = NameModel(_weights(b=-5.0, sh_Cap=10.0))
    words = Words("send Anna Maria Berta now")
    assert [index for index, _ in model.scores(words, lambda index: index != 2)] == [1, 3]
    assert [run[:2] for run in model.runs(words, lambda index: index != 2)] == [(1, 2), (3, 4)]


def test_a_lone_surrogate_in_a_word_is_hashed_not_an_error() -> None:
    assert 0 <= bucket("w=\ud800a") < BUCKETS
    assert NameModel(_weights(b=1.0)).scores(Words("Ana \ud800Lopes")) != []
