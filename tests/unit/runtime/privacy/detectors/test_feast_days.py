"""Feast days named with a saint's or a person's name hold no person (``an Silvester``, ``na Štěpána``, ``Boże
Narodzenie``, ``Christmas Eve``, ``Dan državnosti``); a person's full name after the same words is still found.
The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def _names(text: str) -> list[str]:
    return sorted(text[span.start : span.end] for span in names.detect(text) if span.entity_type == NAME)


@pytest.mark.parametrize(
    "text",
    [
        "An Silvester fahre ich nach Garmisch, soll ich das Limit erhöhen?",
        "OP SILVESTER FUEREN ECH OP VIANDEN.",
        "Na Silvestra máte otevřeno?",
        "Na Sylwestra jadę w Tatry, czy podnieść limit?",
        "Na Štěpána jsme byli v Táboře a karta nefungovala.",
        "Na Štefana sme boli v Žiline.",
        "Na Szczepana byliśmy w Krynicy.",
        "Na Martina jedu do Mikulova, potřebuji vyšší limit.",
        "Na Boże Narodzenie jadę do Zakopanego.",
        "Czy w Boże Ciało oddział jest zamknięty?",
        "Czy w Boze Cialo oddzial jest zamkniety?",
        "What time do you close on Christmas Eve?",
        "On New Year's Eve I'm going to the Lake District.",
        "Sutra je Dan državnosti, hoće li uplata proći?",
        "Jutri je Dan reformacije, bo nakazilo šlo?",
        "Είστε ανοιχτά Δευτέρα έως Παρασκευή;",
        "ΑΝΟΙΧΤΑ ΔΕΥΤΕΡΑ - ΠΑΡΑΣΚΕΥΗ;",
        "Κάθε Κυριακή το ΑΤΜ είναι άδειο.",
        "Τις Κυριακές είστε κλειστά;",
        "Η μεταφορά που έκανα Παρασκευή 12/04 δεν έφτασε.",
    ],
)
def test_feast_days_hold_no_person(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Čekám na Martina Nováka u pobočky.", ["Martina Nováka"]),
        ("Silvester Müller hat mir Geld überwiesen.", ["Silvester Müller"]),
        ("Dan Popescu mi-a trimis banii.", ["Dan Popescu"]),
        ("Μίλησα με την Παρασκευή χθες.", ["Παρασκευή"]),
        ("Η Κυριακή Παπαδοπούλου πήρε τηλέφωνο.", ["Κυριακή Παπαδοπούλου"]),
    ],
)
def test_people_after_the_same_words_are_found(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
