"""A known given name before a verb of asking, wondering or writing is a person's, opening a sentence too, a
reflexive pronoun between allowed (``Sirje küsib``, ``František sa pýta``); written new for this suite."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import names


def found(text: str) -> list[str]:
    """The names of ``text`` as written."""
    return [text[span.start : span.end] for span in names.detect(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aitäh! Kertu küsib ka, kas seda saab teha internetis?", "Kertu"),
        ("Tack! Helmer undrar om man kan boka tid i appen?", "Helmer"),
        ("Takk! Sindre spør om det går an å betale senere.", "Sindre"),
        ("A ešte: Radoslav sa pýta, či to ide cez internet.", "Radoslav"),
        ("Dzięki! Bogusław się pyta, czy można to zrobić online.", "Bogusław"),
        ("Merci ! Ghislaine demande si on peut payer en deux fois.", "Ghislaine"),
        ("Danke! Wiebke fragt, ob das auch online geht.", "Wiebke"),
        ("Grazie! Ludovica chiede se si può fare online.", "Ludovica"),
        ("Kiitos! Aapeli kysyy, voiko sen tehdä verkossa.", "Aapeli"),
        ("Thanks! Gwendolyn asks whether we can pay later.", "Gwendolyn"),
    ],
)
def test_a_given_name_before_a_verb_of_asking(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tack! Banken undrar om du kan skicka kontoutdraget.",  # an institution asks, no given name
        "Danke! Die Bank fragt, ob das auch online geht.",
        "Kiitos! Verottaja kysyy, voiko sen tehdä verkossa.",
    ],
)
def test_a_word_before_a_verb_of_asking_stays(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("min bonusdatter Ylva skal have SU, tæller min indkomst med?", "Ylva"),
        ("Min bonusson Melker vill ha eget bankkonto.", "Melker"),
        ("Mi exmarido Teodoro no paga la pensión.", "Teodoro"),
        ("Meine Ex-Frau Gudrun will mehr Unterhalt.", "Gudrun"),
        ("Onze VvE-voorzitter Gerrit Bosman wil een nieuwe begroting.", "Gerrit Bosman"),
        ("Mi ahijada Inmaculada hace la comunión en mayo.", "Inmaculada"),
    ],
)
def test_a_relation_written_as_a_compound(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Skírnarbarnið heitir Ísoldína og er þriggja mánaða.", "Ísoldína"),
        ("Stelpan heitir Heiðdís og byrjar í skóla í haust.", "Heiðdís"),
        ("Das Mädchen heißt Liesel und ist neu in der Klasse.", "Liesel"),
        ("La bambina si chiama Beatrice e ha sei anni.", "Beatrice"),
    ],
)
def test_a_child_named_by_a_verb_of_naming(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text", ["Hunden heter Bella och är tre år.", "Das Kind heißt jetzt anders."])
def test_a_pet_or_a_word_after_a_verb_of_naming_stays(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Réécris plus poliment : « Gwenaëlle, tu me dois encore 30 € »", "Gwenaëlle"),
        ('Rewrite this nicely: "Gregory, you still owe me 30 euros"', "Gregory"),
        ("Schreib das netter: „Wiebke, du schuldest mir noch 30 Euro“", "Wiebke"),
        ("Η σύνδεση είναι στο όνομα «Ευστάθιος Καραγιάννης» ακόμα.", "Ευστάθιος Καραγιάννης"),
    ],
)
def test_a_name_opening_a_quotation_or_quoted_after_its_phrase(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text", ['Il a dit "Paris, ce n\'est pas loin".', 'Translate "April, May and June".'])
def test_a_place_or_a_month_opening_a_quotation_stays(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("Ontem a Rosa perguntou se podia pagar depois.", "Rosa"), ("Ayer Rosa preguntó por el reembolso.", "Rosa")],
)
def test_a_given_name_that_is_a_word_too_before_a_verb_of_asking(text: str, name: str) -> None:
    assert name in found(text)
