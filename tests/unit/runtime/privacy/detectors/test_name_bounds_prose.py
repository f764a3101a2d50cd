"""A name's span holds the name only: words before it that a grown or a pasted span used to swallow stay out."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.spans import merge_spans
from runtime.privacy.types import NAME


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == NAME]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a preposition before a given name, a German noun before a particle
        ("Ich habe Geld von Renate Kupfer bekommen, warum fehlt es?", ["Renate Kupfer"]),
        ("Das Bild von Ludwig van Beethoven hängt im Foyer der Filiale.", ["Ludwig van Beethoven"]),
        ("Ontem Maria da Silva ligou por causa do cartão.", ["Maria da Silva"]),
        # a bare relation or role noun
        ("Unser Azubi Benedikt braucht ein Girokonto.", ["Benedikt"]),
        ("Eis Au-pair Liliane kënnt aus Brasilien.", ["Liliane"]),
        ("Класната Десислава Петрова иска данни за родителите.", ["Десислава Петрова"]),
        # a statement's entry word and a card holder's label in a pasted row
        ("Dags.\tSkýring\tUpphæð\n02.03.2025\tMillifærsla Sigrún Jónsdóttir\t-45.000", ["Sigrún Jónsdóttir"]),
        ("Kvittering:\nKORTHOLDER ANNE MARIE BERG\nBELØB 100,00", ["ANNE MARIE BERG"]),
        # a surname written first at the opening, before "here"; an Irish particle; Dutch "Van het"
        ("Kovács Eszter vagyok, a kártyám nem működik.", ["Kovács Eszter"]),
        ("Tá an bille in ainm Ó Briain Seosamh, cad a dhéanfaidh mé?", ["Ó Briain Seosamh"]),
        ("Mijn vriend Joep Van het Veld heeft me geld geleend.", ["Joep Van het Veld"]),
    ],
)
def test_the_span_is_the_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Anna hier ist Peter",  # a greeting opens it: no surname
        "Buonasera Fabio, come stai?",  # a greeting the lists lack, no "here" after the name
    ],
)
def test_an_opening_word_without_here_is_no_surname(text: str) -> None:
    assert all(" " not in name for name in _names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ferrabosco Ilaria, cliente dal 2015: perché la carta è bloccata?", "Ferrabosco Ilaria"),
        ("Quandt Sabine, Kundennummer habe ich nicht zur Hand.", "Quandt Sabine"),
        ("Van Houten Femke hier, mijn pas is kwijt.", "Van Houten Femke"),
    ],
)
def test_a_surname_first_before_the_word_for_a_customer_or_a_particle(text: str, name: str) -> None:
    """The opening surname joins its given name before a comma and the word for a customer, or opens with a
    particle before ``hier``."""
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Subsemnatul Teodor Vlase, domiciliat în Iași, declar pe propria răspundere.", "Teodor Vlase"),
        ("Undertegnede Bjarke Holm erklærer hermed at oplysningerne er korrekte.", "Bjarke Holm"),
        ("Dags.\tSkýring\tUpphæð\n02.03.2025\tMillifærsla Hrollaugur Ketilsson\t-45.000", "Hrollaugur Ketilsson"),
    ],
)
def test_the_undersigned_and_an_entry_word_stay_out(text: str, name: str) -> None:
    """A declaration's undersigned and a statement's entry word before a given name the lists lack stay out."""
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Med venlig hilsen\nBirgitte Sønderby Bogholderiet\ntlf. 33 12 45 67", "Birgitte Sønderby"),
        ("Mit freundlichen Grüßen\nWaltraud Kesselring Buchhaltung\nTel. 0711 123456", "Waltraud Kesselring"),
    ],
)
def test_a_department_after_the_name_stays_out(text: str, name: str) -> None:
    """A company's department written after a name on its signature's line is no part of the name."""
    assert name in _names(text)
    assert all("Bogholderiet" not in found and "Buchhaltung" not in found for found in _names(text))
