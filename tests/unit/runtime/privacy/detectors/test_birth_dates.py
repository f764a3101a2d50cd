"""Dates of birth after their label become placeholders; every other date stays as written."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.birth_dates import detect
from runtime.privacy.pseudonymize import Vault, pseudonymize
from runtime.privacy.spans import merge_spans


def merged(text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in merge_spans(detect_builtin(text), text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Data de nascimento: 12/03/1985", "12/03/1985"),
        ("Ana Silva, n. em 12-03-1985, cliente desde 2010", "12-03-1985"),
        ("nascida a 3 de maio de 1990 em Braga", "3 de maio de 1990"),
        ("Geburtsdatum: 12.03.1985", "12.03.1985"),
        ("geb. 12.3.1985 in Köln", "12.3.1985"),
        ("Geburtsdatum (TT.MM.JJJJ): 12. 03. 1985", "12. 03. 1985"),
        ("DOB 03/12/85", "03/12/85"),
        ("born on March 12, 1985 in Cork", "March 12, 1985"),
        ("Date of birth: 1985-03-12", "1985-03-12"),
        ("fecha de nacimiento: 14 de marzo de 1985", "14 de marzo de 1985"),
        ("Née le 3 mars 1990 à Lyon", "3 mars 1990"),
        ("nato a Roma il 12/03/1985", "12/03/1985"),
        ("data urodzenia 12.03.1985", "12.03.1985"),
        ("datum narození: 12. 3. 1985", "12. 3. 1985"),
        ("geboortedatum 12-03-1985", "12-03-1985"),
        ("födelsedatum 1985-03-12", "1985-03-12"),
        ("syntymäaika 12.3.1985", "12.3.1985"),
        ("születési dátum: 1985.03.12", "1985.03.12"),
        ("data nașterii: 12.03.1985", "12.03.1985"),
        ("Ημερομηνία γέννησης: 12/03/1985", "12/03/1985"),
        ("дата на раждане 12.03.1985", "12.03.1985"),
        ("Geburtsdatum:\n12.03.1985", "12.03.1985"),  # a pasted form: the value on the next line
        ("O meu aniversário é a 12/03/1985", "12/03/1985"),  # a birthday with its year
        ("Mein Geburtstag: 12.03.1985", "12.03.1985"),
    ],
)
def test_a_labelled_date_of_birth_is_found(text: str, date: str) -> None:
    assert ("BIRTH_DATE", date) in merged(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("született: 1985. március 12.", "1985. március 12."),  # the year first, its closing dot
        ("gimęs 1985 m. kovo 12 d.", "1985 m. kovo 12 d."),
        ("dzimis 1985. gada 12. martā", "1985. gada 12. martā"),
        ("f. 12.03.1985", "12.03.1985"),  # a one-letter abbreviation right before the date
        ("s. 12.3.1985 Tampere", "12.3.1985"),
        ("Rugadh mé ar an 12 Márta 1985", "12 Márta 1985"),
        ("imwieled fit-12 ta' Marzu 1985", "12 ta' Marzu 1985"),
        ("urodzona 12.III.1985", "12.III.1985"),  # a Roman month
        ("date of birth 12-Mar-1985", "12-Mar-1985"),
        ("Fødd 12. mars 1985", "12. mars 1985"),
        ("Роден на 12 март 1985 г.", "12 март 1985"),
        ("Sündisin 12. märtsil 1985", "12. märtsil 1985"),
        ("d. nar. 12.03.1985", "12.03.1985"),
        ("Meu filho nasceu a 12/03/2010", "12/03/2010"),
        ("Ich bin am 12. März 1985 in Graz geboren.", "12. März 1985"),  # the born word after the date
        ("1985. március 12-én születtem.", "1985. március 12"),
        ("12. 3. 1985 jsem se narodila v Brně", "12. 3. 1985"),
        ("Rodila sem se 12. 3. 1985", "12. 3. 1985"),
        ("Syntymäpäiväni on 12.3.1985", "12.3.1985"),
        ("Rugadh mé ar 12 Meán Fómhair 1985", "12 Meán Fómhair 1985"),  # an Irish month of two words
        ("Gebuertsdatum: 12.03.1985", "12.03.1985"),  # Luxembourgish
        ("ΗΜΕΡΟΜΗΝΙΑ ΓΕΝΝΗΣΗΣ: 12/03/1985", "12/03/1985"),  # Greek capitals drop the accents
        ("Ech sinn den 12. Mäerz 1985 gebuer", "12. Mäerz 1985"),
        ("Data de naixement: 12/03/1985", "12/03/1985"),  # Catalan
        ("Anna Bērziņa, dz. 12.03.1985", "12.03.1985"),
        ('{"date_of_birth": "12/03/1985"}', "12/03/1985"),  # pasted data
        ('{"dateOfBirth": "1985-03-12"}', "1985-03-12"),
    ],
)
def test_labelled_dates_of_birth_of_every_market_language(text: str, date: str) -> None:
    assert ("BIRTH_DATE", date) in merged(text)


@pytest.mark.parametrize(
    "text",
    [
        "A reunião é a 14/03/2025, às 10h.",
        "S. 12.03.2025 ist Feiertag",  # a capital one-letter abbreviation is no "born"
        "geboren 1985 und 3 Kinder",  # a year, a word and a number are no date
        "Termin 2025. március 12.",
        "Kurs 12-Mar-2025",
        "Die Rechnung vom 12.03.2025 ist bezahlt, mein Sohn ist 2010 geboren.",  # a born word too far after
        "Nasci em Lisboa. A 14/03/2025 abri a conta.",  # a sentence ends between the word and the date
        "Born in Porto, I moved on 12/03/2015 to Lisbon and then on 13/04/2016 to Braga",
        "O meu filho nasceu em 2015; pago 12/03/2025 a prestação",
        "Geburtsdatum bitte an 030 1234567 schicken, Termin 12.03.2025",
        "data de nascimento 32/13/1985",  # not a date
        "Die Rechnung vom 12.03.2025 ist bezahlt.",
        "Mein Geburtstag ist am 12.03., die Rechnung vom 14.03.2025",  # a birthday without its year
    ],
)
def test_other_dates_stay(text: str) -> None:
    assert not [s for s in detect_builtin(text) if s.entity_type == "BIRTH_DATE"]


def test_a_birth_date_label_names_the_date_over_a_phone_or_identifier_reading() -> None:
    text = "DOB: 12 03 1985"
    assert merged(text) == [("BIRTH_DATE", "12 03 1985")]


def test_only_the_date_after_the_label_is_the_birth_date() -> None:
    text = "Nascida a 12/03/1985, abri a conta a 14/03/2025."
    assert [text[s.start : s.end] for s in detect(text)] == ["12/03/1985"]


def test_the_model_gets_a_placeholder_and_the_other_date() -> None:
    text = "Data de nascimento: 12/03/1985. Quero pagar a 14/03/2025."
    assert pseudonymize(text, detect_builtin(text), Vault()) == (
        "Data de nascimento: [BIRTH_DATE_1]. Quero pagar a 14/03/2025."
    )


def test_a_pasted_tables_date_of_birth_column_names_its_dates_only() -> None:
    text = "name;dob;opened\nAnna Weber;1985-03-12;2020-01-15"
    assert [text[s.start : s.end] for s in detect(text)] == ["1985-03-12"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Bitte das Geburtsdatums-Feld: Geburtsdatums 03.04.1979", "03.04.1979"),  # labels in their cases
        ("z datą urodzenia 03.04.1979", "03.04.1979"),
        ("daty urodzenia: 03.04.1979", "03.04.1979"),
        ("s datem narození 03.04.1979", "03.04.1979"),
        ("születési dátumom 1979. 04. 03.", "1979. 04. 03."),
        ("data de naștere: 03.04.1979", "03.04.1979"),
        ("syntymäaikani on 3.4.1979", "3.4.1979"),
        ("datuma rođenja 3. 4. 1979.", "3. 4. 1979"),
        ("gimimo datą 1979-04-03", "1979-04-03"),
        ("датата ми на раждане е 03.04.1979", "03.04.1979"),
        ("ημερομηνίας γέννησης 03/04/1979", "03/04/1979"),
        ("γενν. 03/04/1979, διαβατήριο AK1234567", "03/04/1979"),  # abbreviated
        ("ημ. γεν. 03/04/1979", "03/04/1979"),
        ('{"fodselsdato": "1979-04-03"}', "1979-04-03"),  # field names typed in ASCII
        ('{"synnikuupaev": "1979-04-03"}', "1979-04-03"),
        ('{"datumRodjenja": "1979-04-03"}', "1979-04-03"),
        ('{"faedingardag": "1979-04-03"}', "1979-04-03"),
        ('{"rozhdena_data": "1979-04-03"}', "1979-04-03"),  # Bulgarian and Greek in Latin letters
        ('{"hmeromhnia_gennhshs": "1979-04-03"}', "1979-04-03"),
        ("imerominia gennisis 3/4/1979", "3/4/1979"),
    ],
)
def test_inflected_abbreviated_and_romanized_labels(text: str, date: str) -> None:
    assert ("BIRTH_DATE", date) in merged(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"data_pagamento": "2025-04-03", "data_nascita_figlio": null}',
        "Γεν. Γραμματέας, συνάντηση 03/04/2025",  # a capital abbreviation of another word, then a meeting date
        "sunnuntaina 3.4.2025 maksoin",
    ],
)
def test_other_dates_near_look_alike_words_stay(text: str) -> None:
    assert not [s for s in detect_builtin(text) if s.entity_type == "BIRTH_DATE"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Geburtsdatum\t12.03.1985", "12.03.1985"),  # forms pasted with tabs, bars, line breaks, elements
        ("Data nascimento | 12/03/1985", "12/03/1985"),
        ("Nome;Data de nascimento;Telefone\nRui Neves;12/03/1985;912345678", "12/03/1985"),
        ("Né(e) le\n12/03/1985", "12/03/1985"),
        ("<data_nascita>1985-03-12</data_nascita>", "1985-03-12"),
        ("Data nașt.: 12.03.1985", "12.03.1985"),  # abbreviated labels
        ("Ημ/νία γέν.: 12/03/1985", "12/03/1985"),
        ("fecha nac.: 12/03/1985", "12/03/1985"),
        ("Fæðingard.: 12.03.1985", "12.03.1985"),
        ("Gebuertsdag: 12.03.1985", "12.03.1985"),
        ("Dat. rođ.: 12.03.1985.", "12.03.1985"),
        ("Dzim. datums: 12.03.1985", "12.03.1985"),
    ],
)
def test_dates_of_birth_in_pasted_forms(text: str, date: str) -> None:
    assert ("BIRTH_DATE", date) in merged(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("nacida el 12 de marzo del 1985", "12 de marzo del 1985"),  # months as words in their forms
        ("nato il 1° aprile 1979", "1° aprile 1979"),
        ("született 1979. ápr. 3.", "1979. ápr. 3."),  # the closing dot of a Hungarian date is its own
        ("gimęs 1979-ųjų balandžio 3 d.", "1979-ųjų balandžio 3 d."),
        ("born on the 3rd of April, 1979", "3rd of April, 1979"),
        ("Geburtsdatum: 12. Mär. 1985", "12. Mär. 1985"),
    ],
)
def test_months_as_words_in_every_form(text: str, date: str) -> None:
    assert ("BIRTH_DATE", date) in merged(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Date and place of birth: 12/03/1985, Cork", "12/03/1985"),  # the date and the place in one label
        ("Geburtsort und -datum: Köln, 12.03.1985", "12.03.1985"),
        ("Data i miejsce urodzenia: 12.03.1985, Kraków", "12.03.1985"),
        ("Datum a místo narození: 12. 3. 1985, Brno", "12. 3. 1985"),
        ("Datum i mjesto rođenja: 12.03.1985., Split", "12.03.1985"),
        ("Data și locul nașterii: 12.03.1985, Cluj", "12.03.1985"),
        ("Születési hely és idő: Debrecen, 1985.03.12.", "1985.03.12."),
        ("Място и дата на раждане: Пловдив, 12.03.1985", "12.03.1985"),
        ("Dáta agus áit bhreithe: 12/03/1985, Corcaigh", "12/03/1985"),
        ("Dzimšanas diena: 12.03.1985", "12.03.1985"),  # the day of birth
        ("Gimimo diena: 1985-03-12", "1985-03-12"),
    ],
)
def test_date_and_place_of_birth_labels(text: str, date: str) -> None:
    assert ("BIRTH_DATE", date) in merged(text)
