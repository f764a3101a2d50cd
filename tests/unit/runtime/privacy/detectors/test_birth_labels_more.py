"""Short "born" labels right before a date (Icelandic ``fd.``, Estonian ``sünd``) and the Hungarian name of the
date of birth (``születési ideje``, ``születési időpontja``) label it; the same dates without them stay. The
examples are this suite's own."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.birth_dates import detect

LABELLED = [
    ("Getur þú skrifað vottorð fyrir Jón Guðmundsson, fd. 14.03.1962?", "14.03.1962"),
    ("tiina saar sünd 08.11.1974 vajab uut id-kaarti", "08.11.1974"),
    ("A jelentkező születési ideje: 1979.05.12. – elég ennyi?", "1979.05.12."),
    ("Születési időpontja 1990.01.30., kérem rögzíteni.", "1990.01.30."),
]


@pytest.mark.parametrize(("message", "born"), LABELLED)
def test_short_labels_give_the_date_of_birth(message: str, born: str) -> None:
    """The date right after the label is a date of birth."""
    assert born in [message[s.start : s.end] for s in detect(message)]


LEFT_ALONE = [
    "Fundurinn er 14.03.2026, kemur þú?",
    "sünnipäevapidu oli tore, järgmine kokkusaamine 08.11.2026",
    "A határidő 2026.05.12., addig kell beadni.",
]


@pytest.mark.parametrize("message", LEFT_ALONE)
def test_dates_without_the_labels_stay(message: str) -> None:
    """No date of birth without a label."""
    assert detect(message) == []
