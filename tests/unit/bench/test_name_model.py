from __future__ import annotations

import pytest

from bench.name_model import BUCKETS, NameModel, bucket, candidate, features, shape, without_vetoed
from runtime.privacy.types import NAME, PiiSpan


def _weights(**named: float) -> list[float]:
    weights = [0.0] * BUCKETS
    for feature, weight in named.items():
        weights[bucket(feature.replace("_", "="))] += weight
    return weights


def test_shape_tells_capitals_capitalized_lower_and_mixed() -> None:
    assert [shape(word) for word in ("ANNA", "Anna", "anna", "aNNa", "A")] == ["UP", "Cap", "low", "mix", "Cap"]


def test_a_lower_case_frequent_word_is_no_candidate_but_a_capitalized_one_is() -> None:
    assert not candidate("the", "the")
    assert candidate("The", "the")
    assert candidate("helena", "helena")  # a listed given name in lower case


def test_no_feature_spells_a_word_that_is_not_a_frequent_one() -> None:
    found = features("Please send it to Qwertyna Zxcvbowska tomorrow")
    spelled = " ".join(name for _, names in found for name in names)
    assert "qwertyna" not in spelled and "zxcvbowska" not in spelled
    assert any(name == "w-1=to" for _, names in found for name in names)  # a frequent neighbour is spelled


def test_adjacent_scored_words_join_into_one_span_and_a_comma_parts_them() -> None:
    model = NameModel(_weights(b=-5.0, sh_Cap=10.0))
    text = "send Anna Maria, Berta now"
    assert [(text[s.start : s.end], s.entity_type) for s in model.spans(text)] == [
        ("Anna Maria", NAME),
        ("Berta", NAME),
    ]


def test_words_under_the_threshold_make_no_span() -> None:
    model = NameModel(_weights(b=-5.0, sh_Cap=5.5))  # a score of about 0.62
    assert model.spans("send Anna now", threshold=0.8) == []
    assert len(model.spans("send Anna now", threshold=0.5)) == 1


def test_a_model_of_another_size_is_refused() -> None:
    with pytest.raises(ValueError):
        NameModel([0.0] * 8)


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("We visited Jane Austen's House yesterday", "Jane Austen's"),
        ("There is a charge from John Lewis that I did not make", "John Lewis"),
        ("ráno jsem zaplatil nájem", "zaplatil"),  # a lower-case word no name list holds
    ],
)
def test_the_rules_vetoes_drop_places_brands_and_unlisted_lower_case_words(text: str, run: str) -> None:
    start = text.index(run)
    assert without_vetoed(text, [PiiSpan(start, start + len(run), NAME, "builtin")]) == []


def test_a_person_named_in_passing_passes_the_vetoes() -> None:
    text = "My neighbour Orsolya Bartha keeps parking in front of my garage"
    span = PiiSpan(text.index("Orsolya"), text.index(" keeps"), NAME, "builtin")
    assert without_vetoed(text, [span]) == [span]
