"""A surname alone in a case only surnames take (``od Kowalskiego``, ``Kazlauskienei``, ``Bērziņam``)."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.names import detect


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pieniądze są od Kowalskiego.", "Kowalskiego"),
        ("Ar galiu pervesti Kazlauskienei?", "Kazlauskienei"),
        ("Pārskaitīju naudu Bērziņam.", "Bērziņam"),
        ("Platio sam Horvatiću.", "Horvatiću"),
    ],
)
def test_lone_surname_in_its_case(text: str, name: str) -> None:
    """The surname alone is found."""
    assert [text[span.start : span.end] for span in detect(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Jedu do Ostravy a pak do České Třebové.",
        "Jadę do Giżycka, potem koło Olsztyńskiej skręcam.",
        "Mieszkam przy Puławskiej w Warszawie.",
        "Kowalskiego nie znam, kto to?",
    ],
)
def test_places_and_first_words_left_alone(text: str) -> None:
    """A place after a preposition of place, a word of a longer name, or the message's first word is no name."""
    assert detect(text) == []
