"""This suite's own probe of family names no list holds (``tests/fixtures/name_morph_probe/<language>.txt``):
a surname alone inside a sentence by its form (Bulgarian ``-ов``/``-ева``, Greek ``-όπουλος``/``-άκη``, Czech and
Slovak ``-ová``, Croatian and Slovene ``-ić``, Polish ``-wicz``, Lithuanian ``-auskas``, Latvian ``-iņš``,
Romanian ``-escu``, Icelandic patronymics), a surname's form beside a given name the lists lack; and ordinary
messages about towns, streets, institutions and national figures that bear such names, kept as written. The names
are invented, no corpus's."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.name_probe import measure_language

PROBE_DIR = Path(__file__).resolve().parents[4] / "fixtures" / "name_morph_probe"
LANGUAGES = sorted(path.stem for path in PROBE_DIR.glob("*.txt"))
#: Names still missed: a Romanian surname in ``-anu`` (not ``-eanu``: the ending is too short to be sure), a
#: Bulgarian surname opening a sentence (relational adjectives share its ending there: ``Ябълкова торта``).
STILL_MISSED = frozenset({"Pătrășcanu", "Маргаритова"})


@pytest.mark.parametrize("language", LANGUAGES)
def test_surnames_by_form_are_found_and_no_ordinary_message_altered(language: str) -> None:
    figures = measure_language(PROBE_DIR / f"{language}.txt")
    missed = {miss.split("' in ", 1)[0][1:] for miss in figures.misses}
    assert missed <= STILL_MISSED
    assert figures.alterations == []
    assert figures.recall.total >= 1
