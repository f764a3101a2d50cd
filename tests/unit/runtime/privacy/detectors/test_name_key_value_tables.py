"""Forms pasted as two-column tables without a header line: the first line is a field and its value, not headers."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.name_fields import key_value_line
from runtime.privacy.detectors.phone import market_regions
from runtime.privacy.spans import merge_spans


def found(text: str, language: str) -> list[tuple[str, str]]:
    spans = merge_spans(detect_builtin(text, market_regions([language])), text)
    return [(s.entity_type, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize(
    ("language", "text", "name", "field"),
    [
        ("pt", "| Nome | Rita Carvalho |\n|---|---|\n| NIF | 123456789 |", "Rita Carvalho", "NIF"),
        (
            "hr",
            "| Ime i prezime | Ivana Kovačević |\n|---|---|\n| Telefon | 091 234 5678 |",
            "Ivana Kovačević",
            "Telefon",
        ),
        ("sl", "| Ime in priimek | Maja Novak |\n|---|---|\n| Naslov | Celovška cesta 12 |", "Maja Novak", "Naslov"),
        ("nn", "| Namn | Ingrid Haugen |\n|---|---|\n| Telefon | 912 34 567 |", "Ingrid Haugen", "Telefon"),
        ("de", "Name;Jonas Becker\nTelefon;0151 23456789", "Jonas Becker", "Telefon"),
        (
            "pl",
            "| Imię i nazwisko | Anna Wiśniewska |\n| --- | --- |\n| PESEL | 44051401458 |",
            "Anna Wiśniewska",
            "PESEL",
        ),
    ],
)
def test_the_first_line_of_a_form_pasted_as_a_table_is_a_field_and_its_value(
    language: str, text: str, name: str, field: str
) -> None:
    spans = found(text, language)
    assert ("NAME", name) in spans
    assert ("NAME", field) not in spans  # the field names below are no names of the first line's "column"


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("pt", "| Nome | Telefone |\n|---|---|\n| Rita Carvalho | 912 345 678 |", ["Rita Carvalho"]),
        ("nl", "| Naam | Rol |\n| --- | --- |\n| Sanne de Vries | penningmeester |", ["Sanne de Vries"]),
        ("cs", "Jméno;Telefon\nJana Dvořáková;602 123 456", ["Jana Dvořáková"]),
    ],
)
def test_a_header_line_of_two_column_names_still_labels_its_columns(language: str, text: str, names: list[str]) -> None:
    assert [value for kind, value in found(text, language) if kind == "NAME"] == names


def test_a_key_value_line_needs_a_name_field_then_a_value_written_as_a_name() -> None:
    assert key_value_line(["", " Nome ", " Rita Carvalho ", ""])
    assert not key_value_line([" Nome ", " Telefone "])  # two headers
    assert not key_value_line([" Telefon ", " Rita Carvalho "])  # the field is no name's
    assert not key_value_line([" Nome ", " Rita Carvalho ", " NIF "])  # three cells: headers and a value


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        (
            "hr",
            "| Dan | Ivana Horvat | Marko Kovač |\n|---|---|---|\n| Pon | 8-16 | 12-20 |",
            ["Ivana Horvat", "Marko Kovač"],
        ),
        ("nn", "Kva;Ingrid Haugen;Olav Myklebust\nStraum;450 kr;450 kr", ["Ingrid Haugen", "Olav Myklebust"]),
    ],
)
def test_people_heading_the_columns_of_a_rota_or_a_split_bill_are_names(
    language: str, text: str, names: list[str]
) -> None:
    assert [value for kind, value in found(text, language) if kind == "NAME"] == names


@pytest.mark.parametrize(
    "text",
    [
        "| Nome | Morada | Data de nascimento |\n|---|---|---|\n| Rita Carvalho | Rua Augusta | 1985 |",
        "Nome;Telefone;Nascimento\nRita Carvalho;912 345 678;1985",
    ],
)
def test_field_words_heading_columns_stay_no_names(text: str) -> None:
    assert [value for kind, value in found(text, "pt") if kind == "NAME"] == ["Rita Carvalho"]
