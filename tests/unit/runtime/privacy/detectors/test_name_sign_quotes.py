"""Signatures inside a quotation. The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_sign_quotes import quoted_signatures
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Käännä: "Lasku on väärin, korjatkaa se. t. Aukusti"', ["Aukusti"]),
        ('Översätt: "Vi ses på fredag! /Sixten"', ["Sixten"]),
        ("Fordítsd le: „A számla hibás, kérem javítsák. Üdv, Kelemen Orsolya”", ["Kelemen Orsolya"]),
        ("Ich unterschreibe Briefe immer mit „Traugott, Amalia“ – ist das zu förmlich?", ["Traugott", "Amalia"]),
        ("Στα email βάζω «Καλογεράκη Α. – Λογιστήριο». Είναι εντάξει;", ["Καλογεράκη"]),
        ('¿Firmo los correos con "Baltasar – Dpto. Ventas"?', ["Baltasar"]),
        ('Kā parakstīt: "No visas nodaļas – Zaiga, Gunārs un pārējie"?', ["Zaiga", "Gunārs"]),
        ('Skriv en hilsen: "Glædelig jul fra Dorthea og familien"', ["Dorthea"]),
    ],
)
def test_a_signature_inside_a_quotation(text: str, expected: list[str]) -> None:
    assert sorted(text[start:end] for start, end in quoted_signatures(text)) == sorted(expected)
    assert set(expected) <= set(found(text))


@pytest.mark.parametrize(
    "text",
    [
        'Was bedeutet "Kontostand" genau?',
        'Translate: "Thank you for your patience!"',
        'Wie unterschreibe ich mit "Mit freundlichen Grüßen" richtig?',
        "Ist „Grüß Gott“ zu förmlich?",
        'Das Produkt heißt "Sonnenschein – Edition 2024"',
    ],
)
def test_quotations_without_a_signature(text: str) -> None:
    assert quoted_signatures(text) == []
