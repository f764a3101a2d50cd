"""Cells of tables pasted into a message, each with its column's header."""

import pytest

from runtime.privacy.detectors.columns import cells


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
