"""The pasted-data probe: its files, and the built-in detectors' recall on it."""

from __future__ import annotations

from bench.pasted_probe import BENIGN, measure, read_probe, render
from bench.pasted_probe_build import STYLES
from bench.pasted_probe_labels import LABELS


def test_every_language_pastes_every_style_and_ordinary_tables() -> None:
    messages = read_probe()
    assert {message.language for message in messages} == set(LABELS)
    for language in LABELS:
        styles = {message.form for message in messages if message.language == language}
        assert styles == {*STYLES, BENIGN}
    assert all(message.values for message in messages if message.form != BENIGN)
    assert not any(message.values for message in messages if message.form == BENIGN)


def test_names_in_pasted_records_are_found_and_ordinary_tables_stay() -> None:
    figures = measure(read_probe())
    assert figures.by_type["NAME"].share >= 0.98, figures.misses
    assert figures.altered.hits <= 2, figures.alterations
    assert "| **all** |" in render(figures)
