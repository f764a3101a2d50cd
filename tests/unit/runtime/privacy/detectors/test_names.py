"""Names in the languages Comprehend cannot read: known given names, titles and introductions."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_words import GIVEN_NAMES
from runtime.privacy.normalize import fold
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik ben Jan van der Berg uit Utrecht.", "Jan van der Berg"),  # nl, particles
        ("Mijn naam is Sanne de Vries.", "Sanne de Vries"),
        ("Nazywam się Małgorzata Kowalska.", "Małgorzata Kowalska"),  # pl
        ("Jestem Piotr Nowak.", "Piotr Nowak"),
        ("Jag heter Lars och bor i Malmö.", "Lars"),  # sv, given name alone after an introduction
        ("Jeg hedder Søren Kierkegaard.", "Søren Kierkegaard"),  # da
        ("Jeg heter Ingrid Olsen.", "Ingrid Olsen"),  # no
        ("Olen Matti Virtanen.", "Matti Virtanen"),  # fi
        ("Nimeni on Aino Korhonen.", "Aino Korhonen"),
        ("Jmenuji se Petr Novák.", "Petr Novák"),  # cs
        ("Volám sa Martin Horváth.", "Martin Horváth"),  # sk
        ("Mă numesc Ioana Popescu.", "Ioana Popescu"),  # ro
        ("Με λένε Γιώργος Παπαδόπουλος.", "Γιώργος Παπαδόπουλος"),  # el
        ("A nevem Kovács Péter.", "Kovács Péter"),  # hu, family name first
        ("Zovem se Ivana Horvat.", "Ivana Horvat"),  # hr
        ("Ime mi je Nejc Novak.", "Nejc Novak"),  # sl
        ("Chamo-me Maria da Conceição Santos.", "Maria da Conceição Santos"),  # pt
        ("Me llamo Javier de la Fuente.", "Javier de la Fuente"),  # es
        ("Je m'appelle Élodie Lefèvre.", "Élodie Lefèvre"),  # fr
        ("Ich heiße Jürgen Müller.", "Jürgen Müller"),  # de
        ("Mi chiamo Giulia Bianchi.", "Giulia Bianchi"),  # it
        ("My name is Sarah O'Connor.", "Sarah O'Connor"),  # en
        ("Mein Berater ist Jean-Pierre Dubois.", "Jean-Pierre Dubois"),  # known given name + surname
        ("Falei ontem com a Ana sobre o empréstimo.", "Ana"),  # a given name alone, mid-sentence
        ("Bitte an pan Kowalski weiterleiten.", "Kowalski"),  # a title before a surname
        ("Herr Müller ist mein Berater.", "Müller"),
        ("Казвам се Иван Петров.", "Иван Петров"),  # bg
        ("Ég heiti Guðrún Jónsdóttir.", "Guðrún Jónsdóttir"),  # is
        ("Jisimni Ġorġ Camilleri.", "Ġorġ Camilleri"),  # mt
        ("Is mise Siobhán Ní Bhriain.", "Siobhán Ní Bhriain"),  # ga
        ("Ech heeschen Marc Weber.", "Marc Weber"),  # lb
        ("Minu nimi on Kadri Tamm.", "Kadri Tamm"),  # et
        ("Mani sauc Anna Bērziņa.", "Anna Bērziņa"),  # lv
        ("Mano vardas Tomas Kazlauskas.", "Tomas Kazlauskas"),  # lt
        ("¿Puede José pagar la cuota?", "José"),  # an inverted question mark starts a sentence
        ("¡Gracias, Marta!", "Marta"),
    ],
)
def test_names_in_every_language(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin Arzt und wohne in Berlin.",  # a weak introduction before a noun
        "I am Portuguese and live in Porto.",
        "Mein Kredit bei der Bank läuft bis Mai 2030.",  # month names
        "Vivo em Sofia há dois anos.",  # a town that is also a given name
        "Le rendez-vous est à Nancy le 3 juin.",
        "May I ask about the rate in June?",  # sentence-initial and month words
        "Will the rate go down in August?",
        "Ana",  # a lone word starting the message
        "Olá, bom dia.",
    ],
)
def test_capitalized_words_that_are_not_names(text: str) -> None:
    assert found(text) == []


def test_given_name_list_covers_every_country_and_stays_small() -> None:
    from runtime.privacy.detectors.name_words import DATA_FILE

    for name in ("Ana", "Jan", "Małgorzata", "Søren", "Matti", "Petr", "Ioana", "Péter", "Ζωή", "Nejc", "Ιωάννης"):
        assert fold(name) in GIVEN_NAMES
    assert 5_000 < len(GIVEN_NAMES) < 40_000
    assert DATA_FILE.stat().st_size < 60_000


def test_a_typical_message() -> None:
    """A typical message of a market language (its speed is measured by `python -m bench.detector_timing`)."""
    text = (
        "Hej! Jag heter Karin Lindqvist och jag undrar om jag kan betala av extra på mitt bolån på 1 500 000 kr "
        "i mars. Räntan är 3,5 % och min rådgivare Erik Johansson sa att det går bra. Tack för hjälpen och ha en "
        "trevlig helg, vi hörs på måndag."
    )
    assert found(text) == ["Karin Lindqvist", "Erik Johansson"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sou a ana silva e quero saber o valor", "ana silva"),
        ("Olá, sou a ana da silva.", "ana da silva"),  # a particle with a surname after it
        ("my name is jan van der berg", "jan van der berg"),
        ("me llamo josé garcía y quiero pagar", "josé garcía"),  # ends at the conjunction
        ("ich heiße anna schmidt und wohne in Berlin", "anna schmidt"),
        ("me chamo rui na rua", "rui"),  # ends at a preposition
    ],
)
def test_a_name_written_in_lower_case_after_an_introduction(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "sou a favor do empréstimo",  # not a given name after the introduction
        "sono felice di aiutare",  # a given name that is also a word, after a weak introduction only
        "my name is not important",
        "a rosa e o cravo",  # a lower-case given name alone, without an introduction
    ],
)
def test_lower_case_words_that_are_not_names(text: str) -> None:
    assert found(text) == []
