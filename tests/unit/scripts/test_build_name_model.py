from __future__ import annotations

from pathlib import Path

import pytest

from bench.name_model_train import DEVELOPMENT_CORPORA, training_digest
from runtime.privacy.detectors import name_model_file
from runtime.privacy.detectors.name_model import BUCKETS, bucket
from scripts import build_name_model


def test_the_script_writes_the_trained_weights_in_the_shipped_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    weights = [0.0] * BUCKETS
    weights[bucket("sh=Cap")] = 2.0
    trained: list[tuple[str, ...]] = []

    def train(corpora: tuple[str, ...]) -> list[float]:
        trained.append(tuple(corpora))
        return weights

    monkeypatch.setattr(build_name_model, "train", train)
    monkeypatch.setattr(build_name_model, "training_digest", lambda corpora: bytes(range(32)))
    monkeypatch.setattr(name_model_file, "MODEL_FILE", tmp_path / "model.bin.gz")
    build_name_model.main()
    model = name_model_file.read(tmp_path / "model.bin.gz")
    assert name_model_file.trained_from((tmp_path / "model.bin.gz").read_bytes()) == bytes(range(32))
    assert trained == [DEVELOPMENT_CORPORA]
    assert "seventh" not in trained[0] and "eighth" not in trained[0]
    assert abs(model._weights[bucket("sh=Cap")] * model._scale - 2.0) < 1e-3


def test_the_shipped_file_is_a_model_of_todays_size() -> None:
    assert len(name_model_file.read()._weights) == BUCKETS


def test_the_shipped_weights_were_trained_from_todays_lists_and_corpora() -> None:
    """Else run `python -m scripts.build_name_model` (a list, a development corpus or the features changed)."""
    assert name_model_file.trained_from(name_model_file.MODEL_FILE.read_bytes()) == training_digest()


def test_the_training_digest_follows_the_corpora() -> None:
    assert training_digest(("first",)) != training_digest(("first", "blind"))
