"""Cells of tables pasted into a message, each with its column's header; fields named in camel case."""

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.columns import camel_case_fields, cells, header_lines
from runtime.privacy.spans import merge_spans


def read(text: str) -> list[tuple[str, str]]:
    return [(cell.header, text[cell.start : cell.end]) for cell in cells(text)]


def test_each_cell_of_a_pasted_table_has_its_columns_header() -> None:
    text = 'Dados:\nNome;Passaporte;Morada\nAna Silva;CB123456;Vodičkova 30\n"Rui";"CB654321";"Ilica 15"\nObrigado'
    assert read(text) == [
        ("Nome", "Ana Silva"),
        ("Passaporte", "CB123456"),
        ("Morada", "Vodičkova 30"),
        ("Nome", "Rui"),  # quotes left out
        ("Passaporte", "CB654321"),
        ("Morada", "Ilica 15"),
    ]


@pytest.mark.parametrize("separator", [",", "|", ";", "\t"])
def test_every_separator_people_paste(separator: str) -> None:
    text = f"name{separator}dob\nAnna{separator}1985-03-12"
    assert read(text) == [("name", "Anna"), ("dob", "1985-03-12")]


@pytest.mark.parametrize(
    "text",
    [
        "Nome;Passaporte CB123456",  # one line
        "Olá, bom dia\nQuero saber o saldo.",  # a line with a comma and a line without
        "Total 12;3\nAna;5",  # a header line holds no digit
        "Olá, bom dia\nÉ possível, por favor, 3 transferências?",  # another number of cells
    ],
)
def test_prose_is_no_table(text: str) -> None:
    assert read(text) == []


def test_fields_named_in_camel_case_are_read_with_their_name_as_words() -> None:
    text = '{"passportNumber": "X1234567", "dataNascimento": "12/03/1985", "orderId": 12}'
    found = [(cell.header, text[cell.start : cell.end]) for cell in camel_case_fields(text)]
    assert found == [("passport Number", "X1234567"), ("data Nascimento", "12/03/1985"), ("order Id", "12")]
    assert camel_case_fields("passport: X1234567") == []  # one word: a label as any other


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        ('{"passportNumber": "X12345678"}', "PASSPORT", "X12345678"),
        ('{"numeroPassaporte": "CB1234567", "nome": "Rui"}', "PASSPORT", "CB1234567"),
        ('{"dataNascimento": "12/03/1985"}', "BIRTH_DATE", "12/03/1985"),
        ('{"dateOfBirth": "1985-03-12"}', "BIRTH_DATE", "1985-03-12"),
    ],
)
def test_a_camel_case_field_names_its_value(text: str, entity_type: str, value: str) -> None:
    found = [(s.entity_type, text[s.start : s.end]) for s in merge_spans(detect_builtin(text), text)]
    assert (entity_type, value) in found


@pytest.mark.parametrize("text", ['{"orderNumber": "X12345678"}', '{"dataPedido": "12/03/2024"}'])
def test_a_camel_case_field_named_for_something_else_leaves_its_value(text: str) -> None:
    assert merge_spans(detect_builtin(text), text) == []


def test_a_tables_header_line_is_where_its_column_names_are() -> None:
    text = "Dados:\nNome;Telefone;Nascimento\nRui Neves;912 345 678;12/03/1985"
    assert [text[start:end] for start, end in header_lines(text)] == ["Nome;Telefone;Nascimento"]
    assert header_lines("Olá, Ana\nObrigada, Rui") == []  # a letter, not a table


def test_a_surname_among_a_tables_column_names_is_no_name() -> None:
    text = "Nome;Telefone;Nascimento\nRui Neves;912 345 678;12/03/1985"
    found = [(s.entity_type, text[s.start : s.end]) for s in merge_spans(detect_builtin(text), text)]
    assert ("NAME", "Nascimento") not in found
    assert ("NAME", "Rui Neves") in found
