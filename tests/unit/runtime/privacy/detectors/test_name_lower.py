"""Names typed in lower case that a place in the message announces: the writer's at the opening, a given name and
a surname after a payee's word. The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_lower import lower_pair, writer_here
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


def here(text: str) -> str | None:
    span = writer_here(Words(text))
    return text[slice(*span)] if span is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seppo tässä, korttini ei toimi", "seppo"),  # the name, then "here"
        ("hej, torbjörn här, mitt kort funkar inte", "torbjörn"),  # a greeting first
        ("bok, krešimir ovdje, kartica mi ne radi", "krešimir"),
        ("hæ, þórhildur hér, kortið mitt virkar ekki", "þórhildur"),
        ("здрасти, тук е велислава, картата ми не работи", "велислава"),  # after "here is"
        ("ciao sono rosalba, non riesco ad entrare", "rosalba"),  # after "I am": a listed name
        ("γεια, είμαι η ευδοκία, δεν δουλεύει η κάρτα", "ευδοκία"),  # "I am" and the article
        ("hoi met yusuf, mijn pas werkt niet meer", "yusuf"),  # "speaking" on the phone: a rare word before a mark
    ],
)
def test_the_writers_name_at_the_opening(text: str, expected: str) -> None:
    assert here(text) == expected
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "borettslaget har fått ny forretningsfører",  # the Swedish här folds to har (has): not "here"
        "leparkoltam itt: váci utca",  # "I parked here:"
        "ich bin umgezogen, neue adresse folgt",  # a rare word after "I am" is no name
        "olen lennart meri lennujaamas ja kaart ei tööta",  # a whole name, an airport's
        "hola soy nueva, no me llega el sms",  # a word after "I am"
        "sono felice di aiutare",  # an adjective after "I am", no greeting before it
    ],
)
def test_no_writers_name(text: str) -> None:
    assert here(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wpisz mi do kontaktow wiesław chmielarz tel 601 234 567", "wiesław chmielarz"),
        (
            "kan i overføre 500 til DK50 0040 0440 1162 43 den tilhører kasper vestergaard, det er husleje",
            "kasper vestergaard",
        ),  # an IBAN in capitals, the rest in lower case
        ("pošlete prosím 500 kč pro vojtěch hrubeš, je to za nájem", "vojtěch hrubeš"),
    ],
)
def test_a_pair_after_a_payees_word(text: str, expected: str) -> None:
    words = Words(text)
    assert [text[start:end] for start, end in lower_pair(words)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "which branch is closest to mary street?",  # a street
        "a gyula fiók nyitva van szombaton?",  # the Hungarian article, a branch's town
        "Wir zahlen an Anna Berg",  # capitals: the prose detectors' case
        "hoe kom ik naar albert heijn vanaf het station",  # a shop
    ],
)
def test_no_pair(text: str) -> None:
    assert lower_pair(Words(text)) == []
