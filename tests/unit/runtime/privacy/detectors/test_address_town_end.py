"""A word for "address" before a street is no part of it (``Lieferadresse Hauptstraße 5``); a town in capitals
after its postcode ends before a frequent word that follows a known town (``ZAGREB ALI``); a longer known town's
next word and a town's particle go on (``BAD HOMBURG VOR DER HÖHE``). The examples are this suite's own."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.address_town_end import town_end
from runtime.privacy.detectors.addresses import detect


@pytest.mark.parametrize(
    ("line", "town"),
    [
        (" ZAGREB ALI NITKO NE ZNA", " ZAGREB"),
        (" WIEN ABER NUR HEUTE", " WIEN"),
        (" BAD HOMBURG VOR DER HÖHE", " BAD HOMBURG VOR DER HÖHE"),
        (" FRANKFURT AM MAIN", " FRANKFURT AM MAIN"),
        (" UNKNOWNTOWN ABER", " UNKNOWNTOWN ABER"),
    ],
)
def test_a_known_town_ends_before_a_frequent_word(line: str, town: str) -> None:
    """The town's end: after the known town when a frequent word follows, else the whole run."""
    assert line[: town_end(line, 0, len(line))] == town


@pytest.mark.parametrize(
    ("message", "street"),
    [
        ("Lieferadresse Hauptstraße 5, 10115 Berlin, bitte klingeln", "Hauptstraße 5, 10115 Berlin"),
        ("Laskutusosoite Kauppakatu 12, 40100 Jyväskylä", "Kauppakatu 12, 40100 Jyväskylä"),
        ("KĀPĒC ADRESĒ BRĪVĪBAS IELA 12 NAV GAISMAS", "BRĪVĪBAS IELA 12"),
    ],
)
def test_a_word_for_address_before_the_street_is_left_out(message: str, street: str) -> None:
    """A compound or inflected word for "address" before a street is no part of it."""
    assert street in [message[s.start : s.end] for s in detect(message)]


def test_a_street_named_like_the_word_keeps_its_name() -> None:
    """``Adresowa 5``: the word is the street's own name."""
    message = "Mieszkam na ul. Adresowa 5 od roku"
    assert any("Adresowa 5" in message[s.start : s.end] for s in detect(message))
