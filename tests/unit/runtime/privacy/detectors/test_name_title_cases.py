"""Titles in their cases before a surname (``gospodinu Babiću``, ``poniai Kazlauskienei``, ``doamnei Popescu``)."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.names import detect


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Molim proslijedite to gospodinu Babiću, on vodi moj predmet.", "Babiću"),
        ("Dokumentus perdaviau poniai Kazlauskienei skyriuje.", "Kazlauskienei"),
        ("Am predat documentele doamnei Popescu la sucursală.", "Popescu"),
        ("Prosím odovzdajte to pánovi Hudecovi, vybavuje moju žiadosť.", "Hudecovi"),
        ("Palun edastage see härra Saarele, ta tegeleb mu avaldusega.", "Saarele"),
        ("Παρακαλώ προωθήστε το στον κύριο Γεωργίου, χειρίζεται την υπόθεσή μου.", "Γεωργίου"),
    ],
)
def test_surname_after_a_title_in_its_case(text: str, name: str) -> None:
    """The surname after the title is found alone."""
    assert [text[span.start : span.end] for span in detect(text)] == [name]


def test_title_before_a_lower_case_word_marks_nothing() -> None:
    """A title before an ordinary word is no name."""
    assert detect("Prosím odovzdajte to pánovi z pobočky, vybavuje moju žiadosť.") == []
