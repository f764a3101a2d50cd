"""The hand-written name probes: names in their cases after relation and contact words, in every language the
built-in name detector covers alone."""

from __future__ import annotations

from bench.name_probe import PROBE_DIR, measure_all, measure_language

#: Languages Comprehend cannot read whose probes hold at least this many marked names.
_MAIN_LANGUAGES = ("pl", "cs", "sk", "sl", "hr", "lt", "lv", "el", "bg", "hu", "fi", "et", "ro")
_OTHER_LANGUAGES = ("nl", "sv", "da", "nb", "nn", "is", "ga", "mt", "lb")
#: Least share of the probes' names found, per language and over all.
_FLOOR_LANGUAGE = 0.85
_FLOOR_ALL = 0.97


def test_every_language_has_its_probe() -> None:
    """Forty names for each main language, twenty for the others, and ordinary messages beside them."""
    for language in (*_MAIN_LANGUAGES, *_OTHER_LANGUAGES):
        figures = measure_language(PROBE_DIR / f"{language}.txt")
        assert figures.recall.total >= (40 if language in _MAIN_LANGUAGES else 20), language
        assert figures.altered.total >= 2, language


def test_recall_and_precision_on_the_probes() -> None:
    """The detector finds most probe names in every language and leaves the ordinary messages alone."""
    everything = measure_all()
    hits = sum(figures.recall.hits for figures in everything.values())
    total = sum(figures.recall.total for figures in everything.values())
    assert hits / total >= _FLOOR_ALL
    for language, figures in everything.items():
        assert figures.recall.share >= _FLOOR_LANGUAGE, (language, figures.misses)
    altered = sum(figures.altered.hits for figures in everything.values())
    assert altered <= 1, [line for figures in everything.values() for line in figures.alterations]
