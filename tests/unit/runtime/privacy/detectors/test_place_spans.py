"""Places named after people keep their words (a place noun after the name, a possessive before it, a street word
glued to it, a kind of place glued into the first word, an Irish place's first word), while people whose names
a place noun follows in lower case, or who bear a place noun as their family name, are still found. The examples
are this suite's own."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.names import detect
from runtime.privacy.detectors.place_spans import place_span
from runtime.privacy.detectors.town_names import VILLAGES, village
from runtime.privacy.normalize import fold

LEFT_ALONE = [
    # a place noun after the name, capitalized, one word or glued
    "Is the Robert Burns Cottage open on Sundays in March?",
    "We booked a table near the Oscar Wilde Courtroom for lunch.",
    "How long is the walk from the station to the Agatha Christie Boathouse?",
    "The Florence Nightingale Lighthouse tour was sold out.",
    # a possessive before a kind of place
    "Is Charles Dickens's House worth the queue on a Saturday?",
    "We walked along Lady Margaret's Walk after the market.",
    "Do they sell tickets for Shakespeare's Birthplace at the door?",
    # a street word glued to a person's name (Dutch, German, Nordic)
    "Waar kan ik parkeren bij de Karel Doormanweg?",
    "Is er een bakker aan de Johan de Wittkade?",
    "Wir treffen uns an der Konrad Adenauerstraße um acht.",
    "Hat das Goethe-Schiller-Denkmal am Feiertag offen?",
    # a kind of place glued into the first word
    "Wat speelt er deze week in Stadsschouwburg Haarlem?",
    "Gibt es noch Karten für das Stadttheater Ingolstadt?",
    # an Irish place's first word before its name
    "An bhfuil traein ó Ros Comáin go Gaillimh?",
    "Tá an aimsir go maith i Cill Airne inniu.",
    "Cé mhéad a chosnaíonn teach i Lios Dúin Bhearna?",
    # a house's, a gate's or a monument's noun before a genitive (Slavic), a church's or monument's after (Baltic)
    "Zwiedzaliśmy wczoraj Dworek Marii Konopnickiej, polecam.",
    "Navštívili jsme Pomník Jana Žižky na Vítkově.",
    "Cik maksā ieeja Kārļa Ulmaņa piemineklis apmeklētājiem?",
    # a street named for a man, his names in the genitive after the feminine article (Greek)
    "Η λαϊκή στην Θανάση Διάκου είναι την Πέμπτη.",
    "Ανοίγει το μαγαζί στην Μιλτιάδη Λαζαρά;",
]

#: People the same messages could name: a place noun in lower case after them, a place noun as their family name.
PEOPLE = [
    ("I stayed at Robert Burns's house for a week.", "Robert Burns"),
    ("I met Jane Hall at the station yesterday.", "Jane Hall"),
    ("Mijn buurman Daan Overdijk helpt met de verhuizing.", "Daan Overdijk"),
    ("Dziękuję, pani Ewa Kowalewska przyjdzie jutro.", "Ewa Kowalewska"),
    ("Bhí Siobhán Ní Bhriain ag an gcruinniú.", "Siobhán Ní Bhriain"),
    ("Byłem wczoraj u Marii Konopnickiej.", "Marii Konopnickiej"),
    ("Μίλησα με την Ελένη Παλαμά χθες.", "Ελένη Παλαμά"),
    ("χθες με εξυπηρέτησε η Δανάη Κυριακού στο ταμείο", "Δανάη Κυριακού"),
]


@pytest.mark.parametrize("message", LEFT_ALONE)
def test_places_named_after_people_keep_their_words(message: str) -> None:
    """No name is found in a message that names a place after a person, as written and in capitals."""
    assert [message[s.start : s.end] for s in detect(message)] == []
    upper = message.upper()
    assert [upper[s.start : s.end] for s in detect(upper)] == []


@pytest.mark.parametrize(("message", "name"), PEOPLE)
def test_people_beside_place_nouns_are_still_found(message: str, name: str) -> None:
    """A person whose name a lower-case place noun follows, or whose family name is a place noun, is found."""
    found = [message[s.start : s.end] for s in detect(message)]
    assert any(name in value or value in name for value in found), found


def test_a_run_is_a_place_only_with_the_noun_capitalized() -> None:
    """``Burns Cottage`` is a place; ``Burns cottage`` (a person's, in lower case) is not read as one."""
    for text, expected in (("Robert Burns Cottage", True), ("Robert Burns cottage", False)):
        words = Words(text)
        assert place_span(words, 0, 2) is expected, text
        assert fold(words.words[0]) == "robert"


def test_a_village_of_several_words_is_a_place() -> None:
    """A name run that is a village of the list (500 to 4,999 people) is the village's; a longer run that only
    begins with its first word is not."""
    first, names = next((key, value) for key, value in VILLAGES.items() if any(len(name) == 2 for name in value))
    name = next(name for name in names if len(name) == 2)
    assert village(list(name), 0, 2)
    assert not village([first, "zzzz", "yyyy"], 0, 3)
