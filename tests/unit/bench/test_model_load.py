"""bench.model_load: the language model's load time, measured in fresh processes."""

from __future__ import annotations

from bench.model_load import measure


def test_one_run_measures_the_import_the_load_and_the_background_wait() -> None:
    figures = measure(runs=1)
    assert set(figures) == {"import", "load", "background"}
    assert all(summary.n == 1 and summary.p50 > 0 for summary in figures.values())
    assert figures["background"].p50 < 5.0  # the first answer waits for the load, not for ever
