"""Names in capitals bounded by the words around them: a form filled in capitals with no mark after a field's name,
a pair quoted in capitals after words of no list, a pair set apart by a mark in a message in capitals; a field's
name, a date's label and the words of a capitals sentence stay out of the name. The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_capitals_context import field_value, set_apart, shouted
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Formular: NACHNAME BRANDSTÄTTER VORNAME ULRIKE GEBURTSDATUM 02.03.1971 – passt das?",
            ["BRANDSTÄTTER", "ULRIKE"],
        ),
        ("check this: SURNAME PEMBERTON FORENAMES ALISTAIR DATE OF BIRTH 01/01/1960", ["ALISTAIR", "PEMBERTON"]),
        ("Formular: NAZWISKO GRZYBOWSKA IMIĘ DANUTA – dobrze?", ["DANUTA", "GRZYBOWSKA"]),
        ("Formulario: APELLIDOS MARTÍNEZ LÓPEZ NOMBRE INMACULADA – ¿bien?", ["INMACULADA", "MARTÍNEZ LÓPEZ"]),
    ],
)
def test_a_form_filled_in_capitals_gives_each_field_its_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Pārraksti: "IZZIŅA IZSNIEGTA JĀNIM BĒRZIŅAM, DZIM. 1950" – ko tas nozīmē?', ["JĀNIM BĒRZIŅAM"]),
        ("VERSENY: 1. HELY SZŰCS ANDREA, 2. HELY PAPP LÁSZLÓ. Írj róla posztot!", ["PAPP LÁSZLÓ", "SZŰCS ANDREA"]),
        (
            'Przepisz: "ZAŚWIADCZENIE WYDANO HALINIE KOWALCZYK, ZAMIESZKAŁEJ W RADOMIU" – co to znaczy?',
            ["HALINIE KOWALCZYK"],
        ),
    ],
)
def test_words_of_a_capitals_sentence_before_a_pair_stay_out_of_it(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bitte ausfüllen: NAME VORNAME GEBURTSDATUM – was kommt wohin?",
        "Was heißt FORMULAR A38 GEBURTSDATUM UND ANSCHRIFT auf Deutsch?",
        "Vad betyder BLANKETT FÖR FLYTTANMÄLAN på engelska?",
    ],
)
def test_field_names_in_capitals_alone_are_no_names(text: str) -> None:
    assert found(text) == []


def test_a_field_value_ends_at_the_next_field_and_at_a_word_of_no_list() -> None:
    words = Words("NAME GUDRUN VORNAME X")
    assert field_value(words, 1) == 2
    assert field_value(words, 0) == 0  # the field's name itself opens nothing
    words = Words("VORNAME HEIDRUN GEBURTSDATUM 1.1.1970")
    assert field_value(words, 1) == 2


def test_a_stretch_in_capitals_is_told_by_the_words_around_a_run() -> None:
    words = Words('sagt: "DIES WURDE AUSGESTELLT FÜR ANNA BERG, WOHNHAFT IN ULM" ok')
    assert shouted(words, 5, 7)
    words = Words("Ich habe ANNA BERG gestern getroffen und")
    assert not shouted(words, 2, 4)


def test_a_mark_or_a_line_end_sets_a_word_apart() -> None:
    words = Words("WER IST LARS KRÜGER?? ER\nHAT")
    assert set_apart(words, 3)
    assert set_apart(words, 4)
    assert not set_apart(words, 2)
