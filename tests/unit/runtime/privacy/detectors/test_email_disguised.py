"""E-mail addresses in disguise: the "@" and the dots as words, URL-encoded, set apart, in capitals."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.email import detect
from runtime.privacy.spans import merge_spans
from runtime.privacy.types import EMAIL


def emails(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_builtin(text) if s.entity_type == EMAIL]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("o meu mail é ana (at) gmail (dot) com, obrigada", "ana (at) gmail (dot) com"),
        ("contacto: ana[at]sapo[dot]pt", "ana[at]sapo[dot]pt"),
        ("ANA (AT) GMAIL (DOT) COM", "ANA (AT) GMAIL (DOT) COM"),
        ("escreve para ana.silva arroba gmail ponto com.", "ana.silva arroba gmail ponto com"),
        ("mi correo: lucia.gomez arroba telefonica punto es", "lucia.gomez arroba telefonica punto es"),
        ("mail: jan.kowalski małpa wp punkt pl", "jan.kowalski małpa wp punkt pl"),
        ("schreib an hans.mueller [at] gmx [punkt] de", "hans.mueller [at] gmx [punkt] de"),
        ("jan punkt kowalski at wp punkt pl", "jan punkt kowalski at wp punkt pl"),
        ("ana(a)gmail.com", "ana(a)gmail.com"),
        ("ana{at}gmail{dot}com", "ana{at}gmail{dot}com"),
        ("e-mail: marie.dupont (chez) orange (point) fr", "marie.dupont (chez) orange (point) fr"),
        ("mario.rossi [chiocciola] libero [punto] it", "mario.rossi [chiocciola] libero [punto] it"),
        ("my email is ana at gmail dot com", "ana at gmail dot com"),
        ("joana.silva at empresa dot pt", "joana.silva at empresa dot pt"),
        ("ana @ gmail.com", "ana @ gmail.com"),
        ("https://banco.pt/form?email=ana.silva%40gmail.com&x=1", "ana.silva%40gmail.com"),
        ("Write to ANA.SILVA@GMAIL.COM.", "ANA.SILVA@GMAIL.COM"),
        ("envie para ana.silva@sapo.pt.", "ana.silva@sapo.pt"),
        ("écrivez à ana arobase free point fr", "ana arobase free point fr"),
        ("e-post: kari krøllalfa online punktum no", "kari krøllalfa online punktum no"),
        ("email: nikos παπάκι gmail τελεία com", "nikos παπάκι gmail τελεία com"),
        ("имейл: ivan маймунка abv точка bg", "ivan маймунка abv точка bg"),
        ("ion.popescu (at) yahoo punct ro", "ion.popescu (at) yahoo punct ro"),
        ("ivan.horvat (et) gmail točka com", "ivan.horvat (et) gmail točka com"),
        ("petras [eta] gmail taškas lt", "petras [eta] gmail taškas lt"),
        ("seán (ag) eircom dot ie", "seán (ag) eircom dot ie"),
        ("mail: ana . silva @ gmail . com", "ana . silva @ gmail . com"),
        ("ana.silva (at) sapo . pt, obrigada", "ana.silva (at) sapo . pt"),
    ],
)
def test_disguised_addresses_are_found_whole(text: str, address: str) -> None:
    assert emails(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "meet at home dot com",
        "I bought it at amazon dot com yesterday",
        "look at the dot com bubble",
        "I was at lunch.It was good",
        "meet @ 10 o'clock",
        "see point (a) of the contract",
        "we met at noon (dot) and left",
        "Arrived at Lisbon. Then Porto.",
        "o preço é 10%40 euros",
        "I booked the room at booking.com",
        "meeting at google dot com",
        "entre orange et free.fr, je préfère free",
        "il est resté à paris et lyon.fr",
        "I was at home . Then at lunch . it was ok",
    ],
)
def test_sentences_are_not_addresses(text: str) -> None:
    assert emails(text) == []


def test_an_invisible_character_inside_a_disguised_address_is_read_through() -> None:
    text = "ana\u200b (at) gmail\u00ad (dot) com"
    assert emails(text) == [text]


def test_a_plain_address_is_not_found_twice() -> None:
    spans = detect("ana.silva@gmail.com (at) work")
    assert [(s.start, s.end) for s in spans] == [(0, 19)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("write to jdoakes at crowther dot com please", "jdoakes at crowther dot com"),
        ("moj mail: ivan77 et kovac točka hr", "ivan77 et kovac točka hr"),
        ("e-pasts: rudzite et ozols punkts lv", "rudzite et ozols punkts lv"),
        ("el. paštas: jonas-p eta petraitis taškas lt", "jonas-p eta petraitis taškas lt"),
        ("ríomhphost: seanog ag eircom ponc net", "seanog ag eircom ponc net"),
        ("netfang: jonsdottir22 hjá simnet punktur is", "jonsdottir22 hjá simnet punktur is"),
        ("pošta: marko77 et gmail.com", "marko77 et gmail.com"),  # before a mail provider with a real dot
        ("e-mail: ionescu.m a rond yahoo punct ro", "ionescu.m a rond yahoo punct ro"),  # ro "a rond"
        ("mail john.doe(at)firm(.)com now", "john.doe(at)firm(.)com"),  # the symbols themselves in brackets
        ("mail john.doe [@] firm [.] com now", "john.doe [@] firm [.] com"),
    ],
)
def test_an_unbracketed_ordinary_at_word_before_a_spelled_domain_is_an_address(text: str, address: str) -> None:
    assert emails(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "we met at lunch dot com",  # "lunch" is a frequent English word
        "meet me at home dot com",
        "Ivan et Marko su došli",  # "et" without a domain spelled with dot words
        "ivan et kovac.hr",
        "entre Paris et Lyon point fr",
        "bhí mé ag obair ponc",
    ],
)
def test_sentences_with_ordinary_at_words_stay(text: str) -> None:
    assert emails(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("пишете ми на petrova77 кльомба abv точка bg", "petrova77 кльомба abv точка bg"),  # the "@"'s names
        ("kirjoita minulle liisa kissanhäntä elisa piste fi", "liisa kissanhäntä elisa piste fi"),
        ("skriv til ole alfakrøll online punktum no", "ole alfakrøll online punktum no"),
        ("maila mig: sven snabela telia punkt se", "sven snabela telia punkt se"),
    ],
)
def test_the_names_of_the_at_sign_in_the_market_languages(text: str, address: str) -> None:
    assert emails(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("netfang gudrunjonsdottir@simnet.is", "gudrunjonsdottir@simnet.is"),
        ("rašykite rpetrauskas (at) gmail (dot) com", "rpetrauskas (at) gmail (dot) com"),
    ],
)
def test_the_word_before_an_address_is_not_taken_with_its_local_part(text: str, address: str) -> None:
    spans = merge_spans(detect_builtin(text), text)
    assert [(s.entity_type, text[s.start : s.end]) for s in spans] == [(EMAIL, address)]
