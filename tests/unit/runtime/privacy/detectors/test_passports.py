"""Passport numbers after their label, in the zone's languages, become placeholders of their own type."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.national_id_catalog import CATALOG
from runtime.privacy.spans import merge_spans


def merged(text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in merge_spans(detect_builtin(text), text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Passaporte n.º CB123456, válido até 2030.", "CB123456"),
        ("O meu passaporte é o CB123456", "CB123456"),
        ("Mein Reisepass: C01X00T47", "C01X00T47"),
        ("Reisepass-Nr. C01X00T47", "C01X00T47"),
        ("passport number 123456789", "123456789"),
        ("Passport No. 925076473, expires 2031", "925076473"),
        ("Numéro de passeport : 12AB34567", "12AB34567"),
        ("Il mio passaporto è YA1234567.", "YA1234567"),
        ("Número de pasaporte PAA123456", "PAA123456"),
        ("Numer paszportu: AB1234567", "AB1234567"),
        ("číslo cestovního pasu 40123456", "40123456"),
        ("paspoortnummer NW3CR6KP8", "NW3CR6KP8"),
        ("passnummer 12345678", "12345678"),
        ("útlevélszám: BE1234567", "BE1234567"),
        ("numărul pașaportului 051234567", "051234567"),
        ("Αριθμός διαβατηρίου AK1234567", "AK1234567"),
        ("паспорт 382154876", "382154876"),
        ("passport ya1234567", "ya1234567"),  # typed in lower case
    ],
)
def test_a_labelled_passport_number_is_found(text: str, number: str) -> None:
    assert ("PASSPORT", number) in merged(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("cestovní pas č. 40123456", "40123456"),  # abbreviated number words after the label
        ("cestovný pas č. AB123456", "AB123456"),
        ("passaporto n. YA1234567", "YA1234567"),
        ("passaport Nru 123456789", "123456789"),
        ("putovnica br. 012345678", "012345678"),
        ("potni list št. PB1234567", "PB1234567"),
        ("διαβατήριο αρ. AK1234567", "AK1234567"),
        ("паспорт № 382154876", "382154876"),
        ("útlevél száma: BE1234567", "BE1234567"),  # inflected labels
        ("Az útlevelem száma BE1234567", "BE1234567"),
        ("passini numero XP1234567", "XP1234567"),
        ("номер на паспорта: 382154876", "382154876"),
        ("številka potnega lista PB1234567", "PB1234567"),
        ("pas nr. NW3CR6KP8", "NW3CR6KP8"),  # short labels with a number word or colon after them
        ("mijn pas: NW3CR6KP8", "NW3CR6KP8"),
        ("pasas Nr. 12345678", "12345678"),
        ("pase Nr. LV1234567", "LV1234567"),
        ("pass nr K1234567", "K1234567"),
        ("Mitt pass har nummer 12345678", "12345678"),
        ("uimhir phas: PA1234567", "PA1234567"),
        ("Διαβατήριο: ΑΚ1234567", "ΑΚ1234567"),  # Greek capitals typed for the Latin ones
        ("Passin numeroni on XP1234567", "XP1234567"),  # in a sentence: possessives and verbs between
        ("Az útlevélszámom BE1234567", "BE1234567"),
        ("Номерът на паспорта ми е 382154876", "382154876"),
        ("Passnummeret mitt er KK1234567", "KK1234567"),
        ("Vegabréfsnúmerið mitt er A1234567", "A1234567"),
        ("In-numru tal-passaport tiegħi huwa 1234567", "1234567"),
        ("Is é uimhir mo phas ná PA1234567", "PA1234567"),
        ('{"passport_number": "C01X00T47"}', "C01X00T47"),  # pasted data
        ("Passaporte português n.º CB123456", "CB123456"),  # a word or two between label and code
        ("Reisepass (deutsch): C01X00T47", "C01X00T47"),
        ("passaporte da minha filha AB1234567", "AB1234567"),
        ("passport_no=C01X00T47", "C01X00T47"),
        ("passaporte;CB123456", "CB123456"),
        ('"numero_passaporto": "YA1234567"', "YA1234567"),
    ],
)
def test_passport_labels_of_every_market_language(text: str, number: str) -> None:
    assert ("PASSPORT", number) in merged(text)


def test_the_passport_label_names_a_number_that_passes_another_check() -> None:
    number = "245678913"  # also a valid Portuguese NIF
    assert any(e.valid is not None and e.valid(number) for e in CATALOG)
    assert merged(f"Passaporte: {number}") == [("PASSPORT", number)]


@pytest.mark.parametrize(
    "text",
    [
        "je n'ai pas 100000 euros",
        "I passed 2 exams",
        "Passport photos cost 12 euros",
        "passaporte renovado em 2024",
        "je n'ai pas 100000 euros, pas 2",  # a short label needs its number word
        "Ich war am Pass 2 Stunden",
        "Perdi o passaporte no aeroporto, voo TP1234 de 12 março",
        "passport expired on 12/03/2024",  # a date a few words after the label
        "Passport office ref 2024 ok",
    ],
)
def test_no_passport_without_a_value_after_its_label(text: str) -> None:
    assert not [s for s in detect_builtin(text) if s.entity_type == "PASSPORT"]


def test_a_pasted_tables_passport_column_names_its_values() -> None:
    text = "Nome;Data de nascimento;Passaporte;Morada\nAna Silva;12/03/1985;CB123456;Vodičkova 30"
    assert ("PASSPORT", "CB123456") in merged(text)
    assert ("BIRTH_DATE", "12/03/1985") in merged(text)
    assert ("ADDRESS", "Vodičkova 30") in merged(text)


def test_a_column_named_for_something_else_leaves_its_codes() -> None:
    text = "Produto;Código\nConta Jovem;CB123456"
    assert ("PASSPORT", "CB123456") not in merged(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Oplysninger til kontoen: pas X12345678.", "X12345678"),  # da: the bare word before a passport number
        ("Pasnr.: X12345678", "X12345678"),
        ("Rejsepas: X12345678", "X12345678"),
        ("Kopi af pas, nr. X12345678", "X12345678"),
        ("Mit nye pas har nr. X12345678", "X12345678"),  # an adjective between possessive and label
        ("Passnumret är XY1234567", "XY1234567"),  # sv
        ("passets nummer är XY1234567", "XY1234567"),
        ("passet mitt har nummer XY1234567", "XY1234567"),  # nb, nn
        ("Passinumber XY1234567", "XY1234567"),  # et
        ("minu pass XY1234567 aegub", "XY1234567"),
        ("mano pasas XY1234567 baigiasi", "XY1234567"),  # lt
        ("paso numerį XY1234567", "XY1234567"),
        ("Mano naujo paso numeris – XY1234567", "XY1234567"),
        ("mana pase XY1234567", "XY1234567"),  # lv
        ("pases numuru XY1234567", "XY1234567"),
        ("Is é mo uimhir pas XY1234567", "XY1234567"),  # ga
        ("Pas Éireannach uimh. XY1234567", "XY1234567"),
        ("Mäi Pass huet d'Nummer XY1234567", "XY1234567"),  # lb
        ("D'Nummer vu mengem Pass ass XY1234567", "XY1234567"),
        ("Pass-Nummer: XY1234567", "XY1234567"),
        ("Passet (XY1234567) udløber snart", "XY1234567"),
    ],
)
def test_passport_labels_inflected_abbreviated_and_bare(text: str, number: str) -> None:
    assert ("PASSPORT", number) in merged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je ne trouve pas la commande AB123456",  # a bare short word needs a passport number's shape
        "Je ne trouve pas AB1234567 dans mon espace",  # the French negation
        "Je n'ai pas AB1234567",
        "je ne passe pas 123456789",
        "I need a pass 12345678",
        "Bestelling pas 2024-05-01 geleverd",
    ],
)
def test_a_bare_short_word_before_another_number_names_no_passport(text: str) -> None:
    assert not [s for s in detect_builtin(text) if s.entity_type == "PASSPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Mijn pas: 2291 7728\u200b9347 4815 is geblokkeerd",  # nl "pas": a bank card
        "Pas nr. 5500 0000 0000 0004, graag blokkeren",
    ],
)
def test_a_number_longer_than_a_passport_after_a_short_label_is_what_it_is(text: str) -> None:
    found = merged(text)
    assert [t for t, _ in found] == ["CARD"]
    assert not [s for s in detect_builtin(text) if s.entity_type == "PASSPORT"]
