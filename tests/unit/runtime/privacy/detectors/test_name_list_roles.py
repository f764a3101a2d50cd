"""Names under the roles of a school's, a club's or a household's lists (parent, player, coach, reporter,
addressee, child), under a key a role qualifies (``debtorName``) and under plural or colloquial name keys, in
every market language; written new for this suite, no corpus names."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.name_fields import client_key, name_key
from runtime.privacy.spans import merge_spans


def names(text: str) -> list[str]:
    """The NAME values of ``text`` after merging."""
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == "NAME"]


@pytest.mark.parametrize(
    "key",
    ["Genitore", "Γονέας", "Τέκνο", "Ilmoittaja", "Adresāts", "Spiller", "Forælder", "Foresatt", "Förälder",
     "Ouder", "Rodzic", "Rodič", "Roditelj", "Starš", "Родител", "Szülő", "Părinte", "Lapsevanem", "Vecāks",
     "Tuismitheoir", "Ġenitur", "Elternteil", "Jugador", "Allenatore", "Trainerin", "Bejelentő", "Zgłaszający"],
)  # fmt: skip
def test_a_list_role_names_a_person(key: str) -> None:
    assert client_key(key)


@pytest.mark.parametrize(
    "key", ["debtorName", "creditor_name", "Nome genitore", "parent name", "Voornamen", "Geslachtsnaam", "perenimi"]
)
def test_a_role_or_a_plural_names_a_name_key(key: str) -> None:
    assert name_key(key)


@pytest.mark.parametrize("key", ["Nome do banco", "Benutzername", "Firmenname", "Dateiname"])
def test_a_name_key_still_needs_a_person(key: str) -> None:
    assert not name_key(key)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Scuola Primaria, colloqui:\nAlunno: Tommaso Ferrandi\nGenitore: Ludovica Spinelli", "Ludovica Spinelli"),
        ("Βεβαίωση:\nΤέκνο: Ευανθία Κωνσταντοπούλου\nΗμερομηνία: αύριο", "Ευανθία Κωνσταντοπούλου"),
        ("Vikailmoitus\nIlmoittaja: Oskari Heinämäki\nAsunto: B 12", "Oskari Heinämäki"),
        ("Sūtījums\nAdresāts: Ilze Kalniņa\nSvars: 2 kg", "Ilze Kalniņa"),
        ("Barn,Forælder,Telefon\nMalte,Signe Kjærgaard,+45 2233 4455", "Signe Kjærgaard"),
        ('{"debtorName": "Gvido Ozoliņš", "amount": "12.00"}', "Gvido Ozoliņš"),
        ("Uittreksel\nGeslachtsnaam: Verhoeven\nVoornamen: Maartje Anne", "Maartje Anne"),
        ('{"eesnimi": "Kadri", "perenimi": "Lõhmus"}', "Lõhmus"),
        ("Klub;Zawodnik;Trener\nU12;Wiktor Sobczak;Mariusz Kaczmarek", "Mariusz Kaczmarek"),
    ],
)
def test_a_list_role_field_or_column_written_as_a_name(text: str, value: str) -> None:
    assert value in names(text)


@pytest.mark.parametrize(
    "text",
    ["Genitore: presente al colloquio\nData: lunedì", "Spiller,Forælder,Mobil\nmålmand,ja,nej", "Trainer: neu"],
)
def test_a_list_role_field_of_ordinary_words_stays(text: str) -> None:
    assert names(text) == []
