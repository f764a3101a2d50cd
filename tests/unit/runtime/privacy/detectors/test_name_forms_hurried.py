"""Names after a doctor's title, after an extended family's relation noun, in Irish lenition, after a Luxembourgish
article, in a rarer name's genitive, after a title in lower case, and a rare surname over a particle; and the
ordinary words beside them. The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Byłam wczoraj u doktora Stępaka, kazał przynieść wyniki", "Stępaka"),  # pl: the doctor's genitive
        ("Biju pie ārstes Krūmiņas, viņa prasīja kodu", "Krūmiņas"),  # lv
        ("Πήγα στον γιατρό Κολχούρη για τη συνταγή", "Κολχούρη"),  # el
        ("Tegnap Pintér doktornál voltam a leletekkel", "Pintér"),  # hu: the title after the name
        ("Mano dėdė Linas Gailys pervedė pinigus", "Linas Gailys"),  # lt: an uncle
        ("Jestem opiekunką mojej cioci, Kaliny Kieloch, od roku", "Kaliny Kieloch"),  # pl: an aunt, a comma
        ("Go raibh maith agat, a Fhionnuala, cuirfidh mé iad", "Fhionnuala"),  # ga: the vocative's lenition
        ("Dat ass dem Romain seng Kaart, net meng", "Romain"),  # lb: the possessive dative
        ("Jeg har ringt Sindres utleier", "Sindres"),  # nb: a rarer name's genitive
        ("mluvila jsem včera s paní dvořákovou na přepážce", "dvořákovou"),  # cs: a surname's form after a title
        ("GOEDEMIDDAG IK BEN ANNA GOYAERTS VAN WADERLE EN IK HEB EEN VRAAG", "ANNA GOYAERTS VAN WADERLE"),
    ],
)
def test_the_name(text: str, expected: str) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tá mé i mo chónaí i gCarraig Phádraig le fada",  # ga: a place, the name in the genitive after a noun
        "Dat ass dem Monni seng Garage, net eis",  # lb: the uncle
        "I'd like to close my Barclays account",  # a shop's name in a surname's genitive
        "pan mlody przyszedl po karte a pani domu czekala",  # pl: a rank-like adjective after a title
        "fiica mea arina barbu împlinește 18 ani",  # ro: the verb after a surname that is a given name too
    ],
)
def test_no_more_than_the_name(text: str) -> None:
    spans = found(text)
    assert all(word not in " ".join(spans) for word in ("Carraig", "Monni", "Barclays", "mlody", "împlinește"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("min man jim gick bort i våras", "jim"),  # sv: ``jim`` is a word in Czech and Slovene only
        ("mans brālis krists ir slims", "krists"),  # lv: a word in Icelandic only
        ("mijn dochter ada wil een eigen rekening", "ada"),  # nl: a word in Latvian only
    ],
)
def test_a_given_name_that_is_a_word_only_elsewhere_after_a_relation(text: str, expected: str) -> None:
    assert found(text) == [expected]


def test_an_irish_surname_after_a_title() -> None:
    """The Irish ``Ó`` after a title is the surname's particle, not an initial (``Dochtúir Ó Súilleabháin``)."""
    assert found("Bhí mé ag an Dochtúir Ó Súilleabháin agus d'iarr sé m'uimhir") == ["Ó Súilleabháin"]
