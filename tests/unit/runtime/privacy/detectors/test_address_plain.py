"""Streets without a street word on a signature's line or between commas in lower case."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.address_plain import plain_streets


def found(text: str) -> list[str]:
    """The streets ``plain_streets`` finds in ``text``."""
    return [text[span.start : span.end] for span in plain_streets(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("S pozdravem\nKarel Dvořák\nLipová 18\ntel. 603 123 456", "Lipová 18"),
        ("--\nSvetlana Jegorov\nLossi 107\nTel 5915 1320", "Lossi 107"),
        ("Lijep pozdrav,\nMarko Babić\nZelengaj 7a\nMob. 091 234 5678", "Zelengaj 7a"),
        ("lijep pozdrav,\nmarko babić\nzelengaj 7a\nmob. 091 234 5678", "zelengaj 7a"),  # all in lower case
        ("Kind regards,\nKarl Daly\n5 Baker Stravenue\nMob: +44 117 496 0654", "5 Baker Stravenue"),  # number first
        ("jen pro info, jsem vedena jako eva kolarova, sadova 31, pořád stará adresa", "sadova 31"),
        ("kod liječnika sam kao ana horvat, primorska 14, kod vas je stara", "primorska 14"),
        ("στον γιατρο ειμαι ως μαρια κωστα, παπαναστασιου 45, σε εσας", "παπαναστασιου 45"),
    ],
)
def test_streets_their_line_or_clause_marks(text: str, street: str) -> None:
    assert found(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "S pozdravem\nKarel Dvořák\nPokoj 18\ntel. 603 123 456",  # a numbered room
        "Karel Dvořák\nLipová 18\nbude tam zítra",  # no phone or postal line after it
        "Lipová 18\ntel. 603 123 456",  # no sender's name before it
        "Karel Dvořák\n5 big houses\ntel. 603 123 456",  # number first without a street word
        "karel dvořák\nLipová 18\ntel. 603 123 456",  # cased unlike the name before it
        "zaplatila jsem, celkova cena 500 Kč, to je hodně",  # not a number ending the clause
        "a pak, Sadova 31, to je ono",  # not in lower case
    ],
)
def test_other_lines_and_clauses_are_left_alone(text: str) -> None:
    assert found(text) == []
