"""Dates of birth after labels people shorten or type without their accents and dots (``ur 07.11.1988``, ``szul
1979.05.19.``, ``D.B.: 03/05/1970``, a vCard's ``BDAY``), after the place of birth (``Születési hely, idő: Pécs,
1961.02.14.``), a long clause after the name of the date of birth, and in a Markdown table's date-of-birth column;
and the days those words also name, which stay."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.spans import merge_spans


def births(text: str) -> list[str]:
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == "BIRTH_DATE"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("jeszcze raz: tomasz wrona, ur 14.08.1979", "14.08.1979"),
        ("anyám szul 1952.10.03., kell még valami?", "1952.10.03."),
        ("Ríomhphost: x@y.ie\nD.B.: 21/06/1983", "21/06/1983"),
        ("BEGIN:VCARD\nFN:Olga Brandt\nBDAY:1971-04-30\nEND:VCARD", "1971-04-30"),
        ("Születési hely, idő: Pécs, 1961.02.14.", "1961.02.14."),
        ("Poeg sündis 17.09.2001 Pärnus", "17.09.2001"),
        ("the date of birth on my pension letter is wrong, it should be 22/08/1957 instead", "22/08/1957"),
        ("sa date de naissance est mal écrite dans le dossier, c'est le 05/10/1962", "05/10/1962"),
        ("| Nimi | Syntymäaika |\n|---|---|\n| Aino Laine | 03.03.1990 |", "03.03.1990"),
        ("| Navn | Født |\n|:--|:--|\n| Per Dahl | 11.11.1948 |", "11.11.1948"),
    ],
)
def test_a_date_of_birth_after_a_short_or_loose_label_is_found(text: str, date: str) -> None:
    assert date in births(text)


@pytest.mark.parametrize(
    "text",
    [
        "Õnnetus sündis 3. mail 2026 kell 14",  # "happened", a recent day
        "see ur 12.03.2025 invoice",  # English chat "your", a recent day? no: a bill's date
        "| Arve | Kuupäev |\n|---|---|\n| 1042 | 03.03.2024 |",  # a bill's date column
        "the date of birth field is fixed now, the payment went out on 12/03/2024",  # a recent day
    ],
)
def test_days_that_short_labels_also_name_stay(text: str) -> None:
    assert births(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("from the CRM: Holt Imogen\t14/02/1977\t+44 161 496 0123", "14/02/1977"),
        ("Meyer Jonas\t03.09.1962\tjonas.meyer@beispiel.de\tBerlin", "03.09.1962"),
        ("Kowalska Ewa\t1988-11-30\t601 234 567", "1988-11-30"),
    ],
)
def test_a_date_beside_a_name_in_a_pasted_persons_record_is_a_birth_date(text: str, date: str) -> None:
    assert date in births(text)


@pytest.mark.parametrize(
    "text",
    [
        "Invoice\t12/03/2009\t450.00\tpaid",  # no name's cell
        "Anna Berg\t12/03/2024\t+46 70 123 45 67",  # a recent day: an appointment's
        "Order 7\tJohn Lewis\t12/03/2009\t1 pcs",  # no phone's or e-mail's cell
    ],
)
def test_other_dates_in_pasted_rows_stay(text: str) -> None:
    assert births(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("mój syn skończył 18 lat (14.05.2006), chcę mu założyć konto", "14.05.2006"),
        ("my mum is 71 years old (03/09/1954) and needs a carer", "03/09/1954"),
        ("Hän täytti 40 vuotta (12.3.1985) viime viikolla", "12.3.1985"),
        ("Dcera má 19 let (7. 4. 2006) a chce účet", "7. 4. 2006"),
        ("Mein Vater wird 80 Jahre alt (02.11.1945), was schenken?", "02.11.1945"),
    ],
)
def test_a_date_in_brackets_after_an_age_is_a_birth_date(text: str, date: str) -> None:
    assert date in births(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mietvertrag für 3 Jahre (12.03.2009) abgeschlossen",  # a period's length
        "page 18 (12.03.2009) of the manual",  # no age word
        "the loan runs 5 years (01/02/2010 to 2015)",  # no closing bracket after the date
    ],
)
def test_dates_after_other_numbers_in_brackets_stay(text: str) -> None:
    assert births(text) == []


def test_a_one_letter_born_word_in_capitals_in_brackets_labels_the_date() -> None:
    assert births("ISÄNI MATTI KOSKI (S. 02.02.1939) KUOLI EILEN") == ["02.02.1939"]
