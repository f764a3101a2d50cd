"""Names in pasted data: fields and columns named for a name in every market language, rows without a header."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.name_fields import columns, fields, name_key, rows
from runtime.privacy.spans import merge_spans


def names(text: str) -> list[str]:
    """The NAME values of ``text`` after merging."""
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == "NAME"]


def spans(found: list[tuple[int, int]], text: str) -> list[str]:
    return [text[start:end] for start, end in found]


@pytest.mark.parametrize(
    "key",
    [
        "nome",
        '"Jméno"',
        "Όνομα",
        "ΟΝΟΜΑΤΕΠΩΝΥΜΟ",
        "Név",
        "Vardas, pavardė",
        "Vārds, uzvārds",
        "Imię i nazwisko",
        "Cognome e nome",
        "Nome do titular",
        "Name des Kontoinhabers",
        "first_name",
        "lastName",
        "Ainm",
        "Sloinne",
        "Isem u kunjom",
        "Førenamn",
        "Etternamn",
        "Fornafn",
        "Virnumm",
        "Име и фамилия",
        "Nume și prenume",
        "Ime i prezime",
        "Ees- ja perekonnanimi",
        "Celé jméno",
        "Teljes név",
        "nomeCompleto",
        "accountHolder",
        "Számlatulajdonos",
        "Właściciel rachunku",
        "Titolare del conto",
        "Титуляр на сметката",
        "Sąskaitos savininkas",
        "Kontoinhaberin",
        "Inhaber des Kontos",
        "Empfänger",
        "Beneficiário",
        "Odbiorca",
        "Kedvezményezett",
        "Παραλήπτης",
        "Mottagare",
        "Saņēmējs",
    ],
)
def test_field_names_for_a_persons_name_in_every_language(key: str) -> None:
    assert name_key(key)


@pytest.mark.parametrize(
    "key",
    ["Nome do banco", "Benutzername", "Product name", "Ortsname", "konto", "Nome da rua", "username", "userName", ""],
)
def test_field_names_for_other_things_are_not(key: str) -> None:
    assert not name_key(key)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Jméno: Kvido Vlasák\nTelefon: 603 123 456", "Kvido Vlasák"),
        ('{"όνομα": "Ξανθή Ζαχαροπούλου", "τηλ": "6912345678"}', "Ξανθή Ζαχαροπούλου"),
        ("Vardas, pavardė: Rūta Žemaitienė", "Rūta Žemaitienė"),
        ("Imię i nazwisko: kowalczyk bożena", "kowalczyk bożena"),
        ("Ainm:\nMáire Ní Bhriain\nSeoladh: Gaillimh", "Máire Ní Bhriain"),
        ("Virnumm: Gudrun", "Gudrun"),  # a lone given name in its field
        ("Kunjom = Borg", "Borg"),
        ("Nachname, Vorname: Brandt, Wiebke", "Brandt, Wiebke"),  # surname, comma, given name
        ("Nome: Rui Neves, Lisboa\n", "Rui Neves"),  # a town after the comma is not the given name
        ("<cliente><nome>Rui Neves</nome><nif>123</nif></cliente>", "Rui Neves"),  # pasted XML
        ("Navn\tIngrid Solberg\nTelefon\t912 34 567", "Ingrid Solberg"),  # a form pasted with tabs
        ("Name: Wiebke Brandt (Kontoinhaberin)", "Wiebke Brandt"),  # a remark after the value
        ("Nome: Rui Neves - titular", "Rui Neves"),
        ("Naam: Van 't Hof Lieve", "Van 't Hof Lieve"),  # the Dutch particle 't
    ],
)
def test_the_value_of_a_field_named_for_a_name(text: str, value: str) -> None:
    assert spans(fields(text), text) == [value]


def test_a_table_with_a_spaced_header_names_its_column() -> None:
    text = "Imię i nazwisko;Telefon\nZofia Wrona;501 234 567\nJerzy Sowa;502 345 678"
    assert spans(columns(text), text) == ["Zofia Wrona", "Jerzy Sowa"]
    text = "Navn\tTelefon\nIngrid Solberg\t912 34 567"
    assert spans(columns(text), text) == ["Ingrid Solberg"]


def test_a_row_pasted_without_its_header() -> None:
    assert names("MARTA LOPES;913 222 111;Lisboa") == ["MARTA LOPES"]
    assert names("Cliente | Joana Ferreira | 12/03/1985") == ["Joana Ferreira"]
    assert names("rui neves;913 222 111") == ["rui neves"]  # lower case: every word a known name
    assert names("RODRIGO SÁ;912 345 678") == ["RODRIGO SÁ"]  # a short word is no ordinary word


@pytest.mark.parametrize(
    "text",
    [
        "Nome do banco: Millennium BCP",
        "Product name: Gold Card",
        "Santa Maria;4520-000;Portugal",  # a place in a row
        "Conta Ordenado;150 €;2024",  # no known name
        "conta ordenado;150 €;2024",
        "lisboa centro;12;ok",
        "Banco Santander;1.500 €;2024",  # a frequent word that is no name: a bank, a product
        "Visa Gold;150;2024",
        "Total;1 250,00 €\nData;12/03/2024",
        "Encomenda n.º 2024-000457: Conta Jovem",
    ],
)
def test_fields_and_rows_without_a_name_stay(text: str) -> None:
    assert names(text) == []


def test_rows_need_a_number_in_the_line() -> None:
    assert rows("Ana Silva;Rui Neves", lambda word: True) == []


def test_a_two_column_header_with_tabs_is_no_field() -> None:
    assert fields("Nome\tApelido\nRui\tNeves") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ime: Lana\nTelefon: 041 123 456", "Lana"),  # also a town's name: the field says it is a person's
        ("Naam: Femke Dijk", "Femke Dijk"),  # "dijk" is also a street word
        ("Ainm: Ó Briain Aoife", "Ó Briain Aoife"),
    ],
)
def test_the_value_of_a_name_field_is_a_name_even_when_it_is_also_a_place(text: str, value: str) -> None:
    assert value in names(text)


def test_a_fields_key_is_read_from_a_bounded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each separator looks back at most a key's length, never at the whole text before it (linear in the text)."""
    from runtime.privacy.detectors import name_fields

    keys: list[str] = []

    def recording(key: str) -> bool:
        keys.append(key)
        return name_key(key)

    monkeypatch.setattr(name_fields, "name_key", recording)
    text = "Le rendez-vous est le 15/03/2024 à 10:30, prix 49,90 € et encore du texte sans fin. " * 200
    text += "\nNom complet: Ana Ferreira"
    found = fields(text)
    assert max(len(key) for key in keys) <= name_fields._MAX_KEY_CHARS
    assert [text[start:end] for start, end in found] == ["Ana Ferreira"]


@pytest.mark.parametrize(
    "key",
    [
        "Kontoeigar",  # the account's holder or owner, in every market language and its qualifiers
        "Kontoindehaver",
        "Kontoägare",
        "Detentur tal-kont",
        "Ainm an chuntais",
        "Rekeninghouder",
        "Eigenaar",
        "Konta turētājs",
        "Držitel karty",
        "Kártyabirtokos",
        "Deținătorul cardului",
        "Nositelj računa",
        "Lastnik računa",
        "Притежател на картата",
        "Κάτοχος κάρτας",
        "Kortinhaltija",
        "Eigandi",
        "Card owner",
    ],
)
def test_holder_and_owner_field_names(key: str) -> None:
    assert name_key(key)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kontoeigar:\tSolveig Lunde\nAdresse:\tStorgata 2", "Solveig Lunde"),
        ("Detentur tal-kont:\tMario Camilleri\nIndirizz:\t12, Triq il-Kbira", "Mario Camilleri"),
        ("Kontoeigar: Ola Li\u00adnd", "Ola Li\u00adnd"),  # a soft hyphen inside the value
        ("Ainm an chuntais: Seán Mac\u00ad Giolla", "Seán Mac\u00ad Giolla"),
    ],
)
def test_a_holder_fields_value_is_a_name(text: str, value: str) -> None:
    assert value in names(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ügyfél: KOVÁCS ZSÓFIA\nTAJ: 123 456 789", "KOVÁCS ZSÓFIA"),  # a customer field holding a name
        ("Cliente: Joana Ferreira", "Joana Ferreira"),
        ("Kunde: Wiebke Brandt", "Wiebke Brandt"),
    ],
)
def test_a_customer_field_written_as_a_name(text: str, value: str) -> None:
    assert names(text) == [value]


@pytest.mark.parametrize(
    "text",
    ["Cliente: Particular", "Kunde: Privatkunde", "Ügyfél: új ügyfél", "Cliente: Empresa Nova", "Cliente desde: 2015"],
)
def test_a_customer_field_with_another_value_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SCARPANTONI ALDEBRANDO;+39 347 123 4567;Milano", "SCARPANTONI ALDEBRANDO"),  # unknown names in capitals
        ("Zanforlin Ermenegildo;zanforlin@libero.it", "Zanforlin Ermenegildo"),  # beside an e-mail
        ("VLAHAKIS STAVRIANI|GR1601101250000000012300695", "VLAHAKIS STAVRIANI"),  # beside an IBAN
        ("BRANCO FERRAZ;(351) 936 123 456", "BRANCO FERRAZ"),  # a frequent word beside a known family name
        ("MORO ERMINIO;3471234567", "MORO ERMINIO"),  # in capitals, as exports write names
        ("Gaëtane Rouvier,06 12 34 56 78,grouvier@orange.fr", "Gaëtane Rouvier"),  # a row split by commas
    ],
)
def test_a_headerless_row_beside_a_personal_value(text: str, value: str) -> None:
    assert value in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Banco Santander;+34 912 345 678",
        "LOJA CENTRO;912345678",
        "Conta Ordenado;PT50000201231234567890154",
        "Bonjour Madame, 06 12 34 56 78, merci",  # prose with commas
        "Olá, sou eu, 912 345 678, obrigada",
    ],
)
def test_a_headerless_row_of_ordinary_words_beside_a_number_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Naam: Joris 's Jacob", "Joris 's Jacob"),  # the Dutch particle 's
        ("Naam: Joris 's J\u00adacob", "Joris 's J\u00adacob"),  # a soft hyphen inside
        ("Name;IBAN\nK.-Heinz Brandt;DE89370400440532013000", "K.-Heinz Brandt"),  # an abbreviated double name
        ("voornaam;achternaam;telefoon\nLieke;Berg, van den;020 1234567", "Berg, van den"),  # sorted particles
        ("ainm;guthán\nSeán Mac a' Bhaird;087 123 4567", "Seán Mac a' Bhaird"),  # the Irish particle a'
        ('{"customer": "Tariq Hill", "email": "th@example.com"}', "Tariq Hill"),  # a frequent word in a field
    ],
)
def test_names_with_particles_and_abbreviated_given_names(text: str, value: str) -> None:
    assert value in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vor- und Nachname:\tMARTA KELLNER\nAnschrift:\tHauptstraße 1", "MARTA KELLNER"),  # a compound's part
        ("Etu- ja sukunimi: Aino Virtanen", "Aino Virtanen"),
        ("Voor- en achternaam: Sanne de Vries", "Sanne de Vries"),
        ("För- och efternamn: Karin Lund", "Karin Lund"),
    ],
)
def test_a_name_field_whose_compound_shares_its_second_part(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('{"kunde": "karin lund", "filiale": "Mitte"}', "karin lund"),  # a customer's name typed in lower case
        ('{"customer": "olivia grant", "branch": "Leeds"}', "olivia grant"),
    ],
)
def test_a_customer_field_in_lower_case(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    ['{"kunde": "neue bestellung"}', '{"cliente": "particular"}', "Bank- und Kontoname: Sparkasse"],
)
def test_customer_and_compound_fields_without_a_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("karin lund;karin.lund@example.com;+46 70 123 45 67;sek;aktiv", "karin lund"),  # a row typed in lower case
        ("joão pereira;912 345 678;eur", "joão pereira"),
    ],
)
def test_a_row_in_lower_case_beside_a_personal_cell(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "conta ordenado;PT50 0002 0123 1234 5678 9015 4;eur",
        "visa gold;info@example.com;eur",
        "pago mensual;912 345 678",
    ],
)
def test_a_row_of_ordinary_words_in_lower_case_keeps_them(text: str) -> None:
    assert names(text) == []


def test_a_customer_field_with_a_frequent_word_beside_a_known_name() -> None:
    assert names('{"klient": "piret kala", "kontor": "Tartu"}') == ["piret kala"]  # "kala" is a fish, Piret a name
    assert names('{"customer": "new account", "branch": "Leeds"}') == []
