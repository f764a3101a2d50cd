"""This suite's own probe of names in capitals and inflected names (``tests/fixtures/name_cases_probe/
<language>.txt``, in every market language): forms filled in capitals with no mark after a field's name, a pair
quoted in capitals inside a mixed-case message after words of no list, names set apart by marks in a message in
capitals, case forms (Estonian stems and weak grades, Polish genitives of names in -ia, Hungarian long endings,
Latvian datives), pet forms (Portuguese, Spanish, Italian, French, Lithuanian, Slovene, Hungarian, Romanian), a
name after a Nordic ``til``; and ordinary messages about towns and places, kept as written. The names are no
corpus's."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.name_probe import measure_language

PROBE_DIR = Path(__file__).resolve().parents[4] / "fixtures" / "name_cases_probe"
LANGUAGES = sorted(path.stem for path in PROBE_DIR.glob("*.txt"))
#: Names still missed: pet forms no list holds (``Цветке``, ``Evičce``, ``Kasi``), a name that is a frequent word
#: after ``til`` (``Lone``), a Greek pet form after ``στη`` (streets named for people follow it as often), a Greek
#: pair in the accusative in capitals, a surname alone opening a message in capitals, an Estonian name that is a
#: word too, an Irish surname's particle after a field, a surname that is a place word, a Slovene instrumental.
STILL_MISSED = frozenset(
    {
        "Цветке",
        "ПЕТРОВА",
        "Evičce",
        "Lone",
        "Μαρίτσα",
        "ΝΙΚΟΛΑΟ ΚΑΡΑΜΑΝΛΗ",
        "Tõnule",
        "Ó BRIAIN",
        "BORG",
        "Kasi",
        "Majo",
    }
)


def test_every_market_language_is_probed() -> None:
    """All 28 languages of the zone (Norwegian in both written forms)."""
    assert len(LANGUAGES) == 28


@pytest.mark.parametrize("language", LANGUAGES)
def test_names_are_found_and_no_ordinary_message_altered(language: str) -> None:
    figures = measure_language(PROBE_DIR / f"{language}.txt")
    missed = {miss.split("' in ", 1)[0][1:] for miss in figures.misses}
    assert missed <= STILL_MISSED
    assert figures.alterations == []
    assert figures.recall.total >= 1
