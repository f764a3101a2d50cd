"""The lower-case probe (`tests/fixtures/lower_probe`): given names typed without capitals after a person's
preposition or verb, after "who is", after a Greek article, before a verb of saying, and name lines before a birth
label, in every market language; and ordinary messages of the same words without a person."""

from __future__ import annotations

from bench.name_probe import PROBE_DIR, measure_all
from runtime.privacy.market_languages import MARKET_LANGUAGES

LOWER_DIR = PROBE_DIR.parent / "lower_probe"
#: Least share of the probe's names found.
_FLOOR = 0.8


def test_every_market_language_has_lower_case_probes() -> None:
    """Each market language has marked names and ordinary messages in the probe."""
    figures = measure_all(LOWER_DIR)
    assert set(figures) == MARKET_LANGUAGES - {"no"}
    for language, one in figures.items():
        assert one.recall.total >= 2, language
        assert one.altered.total >= 2, language


def test_recall_and_precision_on_the_lower_case_probe() -> None:
    """Most of the probe's names are found and none of its ordinary messages is altered."""
    everything = measure_all(LOWER_DIR)
    hits = sum(one.recall.hits for one in everything.values())
    total = sum(one.recall.total for one in everything.values())
    assert hits / total >= _FLOOR
    assert [line for one in everything.values() for line in one.alterations] == []
