"""Names in pasted data under a field or column that names a person by role (tenant, insured, guarantor...)."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.name_fields import client_key, columns, name_key
from runtime.privacy.spans import merge_spans


def names(text: str) -> list[str]:
    """The NAME values of ``text`` after merging."""
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == "NAME"]


@pytest.mark.parametrize(
    "key",
    ["Mieter", "Locataire ", "Najemca", "Bérlő", "Μισθωτής", "enoikiastis", "naematel", "Vuokralainen", "Üürnik",
     "Leigjandi", "Tionónta", "Inkwilin", "Hyresgäst", "Versicherungsnehmer", "Poręczyciel", "Ansprechpartner"],
)  # fmt: skip
def test_a_role_names_a_person_not_a_name(key: str) -> None:
    assert client_key(key) and not name_key(key)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mieter:\tRADEGUNDE WOLLSCHLÄGER\nAnschrift:\tSchillerstraße 4", "RADEGUNDE WOLLSCHLÄGER"),
        ("Locataire :\tMARIE-CLAUDE POUILLARD\nEntrée :\t1er avril", "MARIE-CLAUDE POUILLARD"),
        ('{"ubezpieczony": "Bożydar Kwaśniewicz", "id": 12}', "Bożydar Kwaśniewicz"),
        ('{"enoikiastis": "Θεμιστοκλής Ζαφειρόπουλος", "poso": 450}', "Θεμιστοκλής Ζαφειρόπουλος"),
        ("Takaaja: PENTTI HÄMÄLÄINEN\nPuhelin: 040 123 4567", "PENTTI HÄMÄLÄINEN"),
        ("Tenant: Gwendolyn Ashcombe\tRef: TN-20931\tMoved in: May", "Gwendolyn Ashcombe"),
        ("Tionónta:\tJESSE MAC MAOLÁIN\nÓ:\t1 Aibreán", "JESSE MAC MAOLÁIN"),
    ],
)
def test_a_role_field_written_as_a_name(text: str, value: str) -> None:
    assert value in names(text)


@pytest.mark.parametrize(
    "text",
    ["Mieter: privat", "Mitglied: Keine Angabe", "Locataire : voir annexe", "Kontaktperson: Kundeservice Afdeling",
     "Ansprechpartner: siehe unten", "Vuokralainen: ei tiedossa"],
)  # fmt: skip
def test_a_role_field_with_another_value_stays(text: str) -> None:
    assert names(text) == []


def test_a_role_column_holds_names_written_as_names() -> None:
    text = "Datum;Versicherungsnehmer;Betrag\n02.11.;Ottokar Brüggemann;45,00\n09.11.;keine Angabe;12,00"
    assert [text[start:end] for start, end in columns(text)] == ["Ottokar Brüggemann"]


def test_a_name_column_reads_a_surname_written_first() -> None:
    text = "Name;Telefon\nBrüggemann, Ottokar;0151 2345678\nÓ Meáraí, Jean;+353 85 012 9731"
    assert [text[start:end] for start, end in columns(text)] == ["Brüggemann, Ottokar", "Ó Meáraí, Jean"]


def test_a_one_word_surname_that_is_a_legal_form_is_a_name() -> None:
    assert "Sá" in names("Nome;Apelido;Telefone\nGaspar;Sá;912 553 240")


@pytest.mark.parametrize("key", ["dikaiouxos", "dikaiouchos", "poluchatel", "onomateponymo", "forenamn", "mottakar"])
def test_a_field_named_in_ascii_letters_names_a_name(key: str) -> None:
    assert name_key(key)


def test_a_lower_case_irish_name_in_a_role_field() -> None:
    assert names("tionónta:\tjesse mac maoláin\nó:\t1 aibreán") == ["jesse mac maoláin"]
    assert names("kunde: mac user") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna;Nowak;512 345 678;anna@wp.pl", ["Anna", "Nowak"]),
        ("WOLLSCHLÄGER\tRadegunde\t0151 2345678\trw@web.de", ["WOLLSCHLÄGER", "Radegunde"]),
        ("Kraków;Polska;512 345 678;biuro@firma.pl", []),
        ("Berlin;Mitte;030 1234567;info@x.de", []),
        ("Support;Team;020 7946 0018;help@x.com", []),
    ],
)
def test_given_and_family_names_in_two_cells_of_a_record(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von: Radegunde Wollschläger <rw@web.de>\nBetreff: Karte", ["Radegunde Wollschläger"]),
        ('"Scarpantoni, Aldebrando" <scarp@libero.it>', ["Scarpantoni, Aldebrando"]),
        ("Von: Kundenservice <service@bank.de>", []),
        ("From: Customer Service <help@bank.co.uk>", []),
    ],
)
def test_a_name_shown_before_an_address_in_angle_brackets(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"name": {"first": "Gwendolyn", "last": "Ashcombe"}}', ["Gwendolyn", "Ashcombe"]),
        ('{"account": {"first": "Premium", "last": "Gold"}}', []),
        ("nazwisko=Kwaśniewicz&imie=Bożydar&tel=512345678", ["Kwaśniewicz", "Bożydar"]),
        ("<klant><voornaam>Janneke</voornaam><achternaam>Oudejans</achternaam></klant>", ["Janneke", "Oudejans"]),
        ("Kund: Lindqvist, Sten-Åke\nÄrende: kort", ["Lindqvist, Sten-Åke"]),
    ],
)
def test_names_in_nested_json_query_strings_xml_and_sorted_customer_fields(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("levontak 863,77 Ft összeget, a kedvezményezett: Spar, de nem vettem ott semmit", []),
        ("a kedvezményezett: Egri vár, de nem jártam ott", []),
        ("Empfänger: Müller\nIBAN: DE61680273132768166853", ["Müller"]),
        ("kedvezményezett: Farkas Gabriella", ["Farkas Gabriella"]),
        ("datum;ontvanger;bedrag\n02-11;sofia van bergen;45,00", ["sofia van bergen"]),
    ],
)
def test_a_payee_field_holds_a_shop_or_a_place_as_often_as_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_payee_that_is_a_place_stays() -> None:
    assert names("a kedvezményezett: Szegedi Dóm, de nem vettem ott semmit") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nom    Prénom    Téléphone\nPOUILLARD    Marie-Claude    06 12 34 56 78", ["POUILLARD", "Marie-Claude"]),
        ("Name  is  not  here\nbut  this  is  text", []),
        ("Name    Amount\nTotal    45.00\nBalance    12.00", []),
    ],
)
def test_a_table_aligned_with_spaces(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kontakt:\nRadegunde Wollschläger\n0151 2345678\nrw@web.de", ["Radegunde Wollschläger"]),
        ("Kind regards\nCustomer Service\n0800 123 456", []),
        ("Meine neue Nummer\n0151 2345678", []),
        ("Hospital Santa Maria\n217 805 000", []),
    ],
)
def test_a_name_over_a_line_that_is_a_phone_or_an_address(text: str, expected: list[str]) -> None:
    assert names(text) == expected
