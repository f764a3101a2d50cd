"""A name typed in lower case right before a birth label and its date. The messages are this file's own."""

import pytest

from runtime.privacy.detectors.name_lower_birth import birth_line_names
from runtime.privacy.detectors.name_text import Words


def names_before_birth(text: str) -> list[str]:
    return [text[start:end] for start, end in birth_line_names(Words(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tilly ashcombe born 04.11.1988 needs a new card", ["tilly ashcombe"]),
        ("kubátová libuše nar. 17.10.1966 potřebuje novou kartu", ["kubátová libuše"]),
        ("veldhuizen, joukje geb. 21-09-1970 heeft een pas nodig", ["veldhuizen", "joukje"]),  # surname, given
        ("стоянова деспина родена 08.09.1975 има нужда от карта", ["стоянова деспина"]),
        ("драгомиров светлозар роден 02.02.1980 иска карта", ["драгомиров светлозар"]),  # a Bulgarian ending
        ("bernasconi ottavio nato il 1958-04-17 mi serve una carta", ["bernasconi ottavio"]),
        ("izziņa izdota dzintra vītola, dzim. 01.02.1950, par to", ["dzintra vītola"]),  # a label's words first
    ],
)
def test_the_name_before_a_birth_label(text: str, expected: list[str]) -> None:
    assert names_before_birth(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my grandmother was born in 1931, can i open an account",  # words, then the label
        "my son was born 12.03.2010",
        "the account born 2020 is closed",
        "tilly ashcombe born in leeds",  # no date after the label
        "min svigermor katrine iversen, født 23-11-1959, vil",  # a relation's name: the relation rule's
    ],
)
def test_no_name_before_the_label(text: str) -> None:
    assert names_before_birth(text) == []
