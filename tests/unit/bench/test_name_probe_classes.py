"""The class probes (`tests/fixtures/name_probe_classes`): names typed in a hurry after thanks, greetings,
relations and 'registered as', after a doctor's title, in a possessive; every built-in-only language."""

from __future__ import annotations

from bench.name_probe import PROBE_DIR, measure_all

CLASSES_DIR = PROBE_DIR.parent / "name_probe_classes"
#: Least share of the class probes' names found.
_FLOOR = 0.85


def test_every_built_in_only_language_has_class_probes() -> None:
    """Each language Comprehend cannot read has marked names and ordinary messages in the class probes."""
    figures = measure_all(CLASSES_DIR)
    assert set(figures) == set(measure_all())
    for language, one in figures.items():
        assert one.recall.total >= 10, language
        assert one.altered.total >= 3, language


def test_recall_and_precision_on_the_class_probes() -> None:
    """Most class probes' names are found and no ordinary message of theirs is altered."""
    everything = measure_all(CLASSES_DIR)
    hits = sum(one.recall.hits for one in everything.values())
    total = sum(one.recall.total for one in everything.values())
    assert hits / total >= _FLOOR
    assert [line for one in everything.values() for line in one.alterations] == []
