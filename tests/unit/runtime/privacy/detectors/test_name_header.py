"""Given names heading a pasted table's columns (``name_header``); written new for this suite."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.name_header import header_names


def found(text: str) -> list[str]:
    """The header names of ``text`` as written."""
    return [text[start:end] for start, end in header_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Despesa;Teresa;Gonçalo;Total\nJantar;20;15;35", ["Teresa", "Gonçalo"]),
        ("| Dag | Pieter | Femke |\n|---|---|---|\n| ma | 10 | 5 |", ["Pieter", "Femke"]),
        ("Ausgabe,Lena,Jonas,Miriam\nEinkauf,12,8,0", ["Lena", "Jonas", "Miriam"]),
        ("Dag\tAnders\tKarin\nMåndag\tdisk\ttvätt", ["Anders", "Karin"]),
    ],
)
def test_columns_headed_by_given_names(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Month,April,May,June\nRent,800,800,800",  # months that are given names too
        "Produkt;Preis;Menge\nApfel;2;3",
        "Despesa;Teresa;Total\nJantar;20;35",  # one name alone may be a column's word
        "Teresa;Gonçalo\nsim;não",  # the first cell labels the rows, and no second name is left
    ],
)
def test_other_headers_are_left(text: str) -> None:
    assert found(text) == []
