"""The passport and date-of-birth probe: its files, and the built-in detectors' recall on it."""

from __future__ import annotations

from bench.id_probe import PROBE_DIR
from bench.id_probe_phrases import PHRASES
from bench.pasted_probe import BENIGN, measure, read_probe


def test_every_language_writes_passports_dates_of_birth_and_ordinary_messages() -> None:
    messages = read_probe(PROBE_DIR)
    assert {message.language for message in messages} == set(PHRASES)
    for language in PHRASES:
        assert {m.form for m in messages if m.language == language} == {"passport", "birth", BENIGN}
    assert not any(message.values for message in messages if message.form == BENIGN)


def test_passports_and_dates_of_birth_are_found_and_other_codes_and_dates_stay() -> None:
    figures = measure(read_probe(PROBE_DIR))
    assert figures.by_type["PASSPORT"].share >= 0.97, figures.misses
    assert figures.by_type["BIRTH_DATE"].share >= 0.97, figures.misses
    ours = [a for a in figures.alterations if "PASSPORT" in a or "BIRTH_DATE" in a]
    assert ours == []
