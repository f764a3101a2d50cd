"""Names signed alone on the line under a thanks or a wish, or after a signature's mark. The messages are this
file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_sign_alone import alone_names, role_line
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tack för hjälpen, ha det gott!\nEbba 💛\n070-123 45 67", ["Ebba"]),  # an emoji, a phone after it
        ("Labai ačiū, gero vakaro!\nGintarė", ["Gintarė"]),  # a wish of the evening
        ("Díky moc!\nJarmila\n(volejte večer na 731 224 090)", ["Jarmila"]),  # a remark in brackets under it
        ("Ευχαριστούμε πολύ για τις ευχές!\nΕυανθία & Χαράλαμπος", ["Ευανθία", "Χαράλαμπος"]),  # two signers
        ("Thanks a million!\nCiaran & Niamh x", ["Ciaran", "Niamh"]),  # a kiss after them
        ("Running late, sorry.\n— Barnaby", ["Barnaby"]),  # a signature's mark opens the last line
        ("Je serai en retard. — Clotaire DUBREUIL", ["Clotaire DUBREUIL"]),  # the surname in capitals
        ("Tack för hjälpen! /Sixten", ["Sixten"]),
        ("Atentamente,\nLa presidenta\nInmaculada Robles", ["Inmaculada Robles"]),  # the role line between
    ],
)
def test_a_name_alone_or_after_a_mark(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in alone_names(text)] == expected
    assert set(expected) <= set(found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gute Nacht!\nBis morgen",  # a wish under a wish
        "Thanks!\nRegards",
        "Einkaufsliste:\n- Milch\n- Rose",  # a list's items, not a signature's mark
        "Preis 20 - 30 Euro",
        "Danke!\nGrüße aus Köln",
        "Bitte prüfen.\nBerlin",  # no thanks or wish above it
    ],
)
def test_no_name_alone(text: str) -> None:
    assert alone_names(text) == []


def test_the_role_line_under_a_closing_is_no_name() -> None:
    assert role_line("El administrador")
    assert role_line("Ihr Vermieter")
    assert not role_line("La Rosa")  # a surname with its article
    assert "El administrador" not in found("Atentamente,\nEl administrador\nVenceslao Ruiz")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ζητώ την ακύρωση της πράξης. Ο αιτών, Ευστάθιος Μαυρίδης", ["Ευστάθιος Μαυρίδης"]),
        ("Danke für alles. Ihr Vermieter, Gottfried Brandl", ["Gottfried Brandl"]),
    ],
)
def test_a_name_after_the_signer_s_role_and_a_comma(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in alone_names(text)] == expected


@pytest.mark.parametrize("text", ["Ich war in der Stadt, Berlin", "Die Bank, Sparkasse", "El banco, Santander"])
def test_no_name_after_a_comma_without_a_role(text: str) -> None:
    assert alone_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liebe Grüße und bis bald,\nEure Paula", ["Paula"]),  # "your" before the name
        ("Ściskam mocno,\nTwoja Basia", ["Basia"]),
        ("Mvh\nOla Brekke (nabo)", ["Ola Brekke"]),  # a closing alone, a remark after the name
    ],
)
def test_your_before_the_name_and_a_remark_after_it(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in alone_names(text)] == expected
    assert set(expected) <= set(found(text))


def test_your_before_no_name_stays() -> None:
    assert "famille" not in found("Bises,\nTa famille")
