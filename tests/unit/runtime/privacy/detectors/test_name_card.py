"""Names on a card read from a photo and pasted without its labels: surname and given names in capitals, one to a
line, above the date (``name_card``); written new for this suite, no corpus names."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.name_card import card_names


def found(text: str) -> list[str]:
    """The card names of ``text`` as written."""
    return [text[start:end] for start, end in card_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ROU\nIONESCU\nSORINA\n14.02.1988\nR12345678\na citit bine?", ["SORINA", "IONESCU"]),
        ("IRL\nÓ MURCHÚ\nAOIFE\n03/11/1990\nPA1234567", ["AOIFE", "Ó MURCHÚ"]),
        ("LIETUVOS RESPUBLIKA\nJANKAUSKIENĖ\nRŪTA\n1975-06-01\n23456789", ["RŪTA", "JANKAUSKIENĖ"]),
        ("ΔΕΛΤΙΟ\nΠΑΠΑΔΟΠΟΥΛΟΥ\nΕΛΕΝΗ\nF\n12.03.1980", ["ΕΛΕΝΗ", "ΠΑΠΑΔΟΠΟΥΛΟΥ"]),
        ("POL\nWIŚNIEWSKA\nANNA MARIA\nPOL\n01.01.2001", ["ANNA MARIA", "WIŚNIEWSKA"]),
    ],
)
def test_the_two_lines_above_the_date_are_the_names(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "MENU\nSPECIALS\n12.03.2024",
        "Trip\nLONDON\nPARIS\n12.05.2024",
        "INVOICE\nPAID\n12.03.2024",
        "Rita Silva\nAna Costa\n12.03.2024",  # not in capitals: the prose's and the rows' detectors read these
        "ANNA\n12.03.2024",  # one line only
    ],
)
def test_other_lines_above_a_date_are_left(text: str) -> None:
    assert found(text) == []
