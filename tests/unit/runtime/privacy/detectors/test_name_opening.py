"""The writer's name at the opening of a message typed in lower case or in capitals: a greeting, a "here is" or
"I am" phrase, then a given name and a surname, in every language of the zone; and the openings that hold no
name. The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_opening import opening_name
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dobry den tady marek urban, zavolejte mi", "marek urban"),  # cs: a surname that is an English word too
        ("dobry den tu je pavol hruska volam kvoli karte", "pavol hruska"),  # sk: a frequent word with a surname's end
        ("zivjo tukaj nika mlakarjeva poklicite me", "nika mlakarjeva"),  # sl: a given name, a rare word
        ("hoi met jorinde brouwer kunnen jullie bellen", "jorinde brouwer"),  # nl
        ("sveiki čia arnas grinius, paskambinkit", "arnas grinius"),  # lt
        ("tere siin mari rebane palun helistage", "mari rebane"),  # et: ``siin``, here
        ("moien hei marc weber rufft mech un", "marc weber"),  # lb: ``hei``, here
        ("haigh siobhan o dalaigh anseo, cuir glao orm", "siobhan o dalaigh"),  # ga: an Irish particle, ``anseo``
        ("ZDRAVO OVDJE IVANA KOVAČ MOLIM POZIV", "IVANA KOVAČ"),  # hr, in capitals
        ("γεια ειμαι ελενη παπαδοπουλου παρτε με", "ελενη παπαδοπουλου"),  # el, without accents
        ("hi its hannah brooks pls call me", "hannah brooks"),  # en: ``it's`` without its apostrophe
        ("TERE MA OLEN KADRI TAMMIK JA MUL ON KÜSIMUS", "KADRI TAMMIK"),  # et: ``ma olen`` after the greeting
        ("SZIA KOVÁCS RÉKA VAGYOK, A KÁRTYÁM NEM JÖTT", "KOVÁCS RÉKA"),  # hu: family name first, ``vagyok``
        ("Hoi, met Kaylee Brouwer. Is mijn pas al verstuurd?", "Kaylee Brouwer"),  # nl: capitalized
        ("Bonġu, jien Keanu Azzopardi u għandi mistoqsija", "Keanu Azzopardi"),  # mt
        ("HOLA, SOY MARÍA JOSÉ FERRER Y NO ME LLEGA LA TARJETA", "MARÍA JOSÉ FERRER"),  # es: three listed names
    ],
)
def test_a_name_at_a_messages_opening_is_found(text: str, expected: str) -> None:
    words = Words(text)
    start = len(text[: text.index(expected)].split())
    assert words.spans[opening_name(words, start) - 1][1] == text.index(expected) + len(expected)
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "olen järgmisel nädalal linnas, kas saan raha välja võtta",  # et: two rare words (next week), no greeting
        "ech sinn nächst woch zu lëtzebuerg",  # lb: a rare word then a surname's form, no greeting
        "hola soy nueva clienta y quiero abrir una cuenta",  # es: frequent words
        "hallo ich bin kunde bei euch seit jahren",  # de
        "hi its me again about the card",  # en
        "ciao sono preoccupato per il conto",  # it
        "hej jag är kund hos er sedan länge",  # sv
        "ik heb een vraag over mijn rekening anna de vries",  # nl: no opening before the name
        "Hallo, ich bin Neukunde Online und habe eine Frage",  # de: capitalized words that are no names
        "Hola, soy Cliente Nuevo",  # es
    ],
)
def test_ordinary_openings_hold_no_name(text: str) -> None:
    words = Words(text)
    assert all(opening_name(words, index) == index for index in range(len(words.words)))
