"""This suite's own probe of names in plain prose (``tests/fixtures/name_prose_probe/<language>.txt``, in every
market language): a third person's name after a verb of naming, bare relation and role nouns before a name, a
parent's name field and a name field noting where the value is copied from, a given name opening a message as an
address or before a speech verb, a surname written first before ``here``, a relation before a bracket, a pasted
chat's sender, another person's relation; and ordinary messages that name an app the same way, kept as written.
The names are no corpus's."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.name_probe import measure_language

PROBE_DIR = Path(__file__).resolve().parents[4] / "fixtures" / "name_prose_probe"
LANGUAGES = sorted(path.stem for path in PROBE_DIR.glob("*.txt"))


def test_every_market_language_is_probed() -> None:
    """All 28 languages of the zone (Norwegian in both written forms)."""
    assert len(LANGUAGES) == 28


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_name_is_found_and_no_ordinary_message_altered(language: str) -> None:
    figures = measure_language(PROBE_DIR / f"{language}.txt")
    assert figures.misses == []
    assert figures.alterations == []
    assert figures.recall.total >= 4
