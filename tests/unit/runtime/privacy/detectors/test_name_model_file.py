from __future__ import annotations

import gzip

import pytest

from runtime.privacy.detectors import NAME_MODEL, name_model_file
from runtime.privacy.detectors.name_model import BUCKETS, NameModel, bucket
from runtime.privacy.detectors.name_text import Words


def _model_weights(model: NameModel, indexes: list[int]) -> list[float]:
    return [model._weights[index] * model._scale for index in indexes]


def test_weights_come_back_within_one_quantization_step() -> None:
    weights = [0.0] * BUCKETS
    weights[bucket("sh=Cap")], weights[bucket("b")], weights[7] = 3.25, -1.5, 0.0001
    model = name_model_file.decode(name_model_file.encode(weights))
    step = 3.25 / 32767
    indexes = [bucket("sh=Cap"), bucket("b"), 7]
    for index, back in zip(indexes, _model_weights(model, indexes), strict=True):
        assert abs(back - weights[index]) <= step / 2 + 1e-12


def test_the_same_weights_give_the_same_bytes() -> None:
    weights = [0.001 * (index % 17) for index in range(BUCKETS)]
    assert name_model_file.encode(weights) == name_model_file.encode(list(weights))


def test_the_training_digest_is_kept_and_must_be_32_bytes() -> None:
    digest = bytes(range(32))
    assert name_model_file.trained_from(name_model_file.encode([0.0] * BUCKETS, digest)) == digest
    with pytest.raises(ValueError):
        name_model_file.encode([0.0] * BUCKETS, b"short")


def test_all_zero_weights_make_a_model_that_finds_nothing() -> None:
    model = name_model_file.decode(name_model_file.encode([0.0] * BUCKETS))
    assert model.runs(Words("I wrote to Anna Lind")) == []  # every score 0.5


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (gzip.compress(b"NOTAMODEL" + bytes(64)), "not a name model"),
        (
            gzip.compress(name_model_file.MAGIC + name_model_file._HEADER.pack(8, 1.0, bytes(32)) + bytes(16)),
            "8 weights",
        ),
    ],
)
def test_a_file_that_is_no_model_of_todays_size_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        name_model_file.decode(data)


def test_a_truncated_file_is_refused() -> None:
    data = gzip.decompress(name_model_file.encode([0.0] * BUCKETS))
    with pytest.raises(ValueError):
        name_model_file.decode(gzip.compress(data[:-2]))


def test_the_shipped_model_tells_a_name_in_passing_from_the_words_around_it() -> None:
    words = Words("Yesterday I met Orsolya Bartha at the bank")
    scores = {words.words[index]: score for index, score in NAME_MODEL.scores(words)}
    assert scores["Orsolya"] > 0.8
    around = max(scores["Yesterday"], scores["bank"])
    assert scores["Bartha"] > around and around < 0.5
