"""runtime.privacy.prebuilt_words: a marked loader answers from the prebuilt file while its data files are the
ones it was built from, and derives its words again once one of them changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from runtime.privacy import prebuilt_words
from runtime.privacy.prebuilt_words import prebuilt

calls: list[str] = []


@prebuilt
def _words(path: Path) -> frozenset[str]:
    calls.append(path.name)
    return frozenset(path.read_text().split())


@prebuilt
def _index(path: Path, first: str) -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    calls.append(path.name)
    lines = [tuple(line.split()) for line in path.read_text().splitlines()]
    return frozenset(w for line in lines for w in line if w.startswith(first)), {line[0]: (line,) for line in lines}


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(prebuilt_words, "PREBUILT_FILE", tmp_path / "prebuilt_words.marshal")
    for field, empty in vars(prebuilt_words._Store()).items():
        monkeypatch.setattr(prebuilt_words._STORE, field, empty)
    (tmp_path / "words.txt").write_text("ana bruno carla")
    (tmp_path / "towns.txt").write_text("alba iulia\nreggio emilia\n")
    calls.clear()
    return tmp_path


def _build(data_dir: Path) -> tuple[object, object]:
    prebuilt_words.start_recording()
    derived = (_words(data_dir / "words.txt"), _index(data_dir / "towns.txt", "e"))
    prebuilt_words.PREBUILT_FILE.write_bytes(prebuilt_words.recorded())
    prebuilt_words._STORE.recording = prebuilt_words._STORE.results = None  # a fresh process: reads the file
    calls.clear()
    return derived


def test_the_loaders_answer_from_the_prebuilt_file_what_they_derived(data_dir: Path) -> None:
    derived = _build(data_dir)
    assert (_words(data_dir / "words.txt"), _index(data_dir / "towns.txt", "e")) == derived
    assert calls == []
    assert _index(data_dir / "towns.txt", "r")[0] == frozenset({"reggio"})  # other arguments: derived
    assert calls == ["towns.txt"]


def test_a_changed_data_file_makes_every_loader_derive_again(data_dir: Path) -> None:
    _build(data_dir)
    (data_dir / "words.txt").write_text("ana bruno carla diana")
    assert _words(data_dir / "words.txt") == frozenset({"ana", "bruno", "carla", "diana"})
    assert _index(data_dir / "towns.txt", "e")[0] == frozenset({"emilia"})
    assert calls == ["words.txt", "towns.txt"]


def test_without_a_prebuilt_file_the_loaders_derive(data_dir: Path) -> None:
    assert _words(data_dir / "words.txt") == frozenset({"ana", "bruno", "carla"})
    assert calls == ["words.txt"]


def test_only_strings_and_sets_tuples_and_dicts_of_them_are_prebuilt(data_dir: Path) -> None:
    @prebuilt
    def numbers(path: Path) -> list[int]:
        return [1, 2]

    prebuilt_words.start_recording()
    with pytest.raises(TypeError):
        numbers(data_dir / "words.txt")
