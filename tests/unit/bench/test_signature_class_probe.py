"""The signature class probe (`tests/fixtures/signature_class_probe`): names signed under a title, alone under a
thanks or a wish, after a signature's mark or the signer's role, with greetings from the writer, inside a
quotation; every language of the zone, with ordinary messages that must stay."""

from __future__ import annotations

from bench.name_probe import PROBE_DIR, measure_all

SIGNATURE_DIR = PROBE_DIR.parent / "signature_class_probe"
#: Least share of the probe's names found.
_FLOOR = 0.95


def test_every_language_has_signature_probes() -> None:
    """Each language of the zone has marked signed names and ordinary messages in the probe."""
    figures = measure_all(SIGNATURE_DIR)
    assert len(figures) >= 28
    for language, one in figures.items():
        assert one.recall.total >= 5, language
        assert one.altered.total >= 1, language


def test_recall_and_precision_on_the_signature_probe() -> None:
    """Nearly every signed name of the probe is found and no ordinary message of it is altered."""
    everything = measure_all(SIGNATURE_DIR)
    hits = sum(one.recall.hits for one in everything.values())
    total = sum(one.recall.total for one in everything.values())
    assert hits / total >= _FLOOR
    assert [line for one in everything.values() for line in one.alterations] == []
