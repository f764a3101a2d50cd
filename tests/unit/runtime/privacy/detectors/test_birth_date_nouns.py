"""Names of the date of birth in their cases, before or after the date; field names abbreviated; compact dates."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.spans import merge_spans


def birth_dates(text: str) -> list[str]:
    """The BIRTH_DATE values of ``text`` after merging."""
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == "BIRTH_DATE"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Merkitse syntymäajakseni 3.4.1979, kiitos", "3.4.1979"),  # translative, possessive
        ("Syntymäaikana näkyy 3.4.1979", "3.4.1979"),  # essive
        ("Kirjutage sünnikuupäevaks 03.04.1979", "03.04.1979"),
        ("Sünniajana on 03.04.1979", "03.04.1979"),
        ("Születési dátumként 1979. 04. 03. van megadva", "1979. 04. 03."),
        ("Mein Geburtstages Datum ist der 03.04.1979", "03.04.1979"),
        ("Ändra födelsedatumet till 1979-04-03", "1979-04-03"),
        ("Ret fødselsdatoen til 03-04-1979", "03-04-1979"),
        ("Popravite datumom rojstva 3. 4. 1979", "3. 4. 1979"),
        ("Gimimo datoje įrašyta 1979-04-03", "1979-04-03"),
    ],
)
def test_a_name_of_the_date_of_birth_in_its_cases(text: str, date: str) -> None:
    assert birth_dates(text) == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In the app 1979-04-03 shows as my date of birth", "1979-04-03"),
        ("Bitte 03.04.1979 als Geburtsdatum eintragen", "03.04.1979"),
        ("El sistema tiene 03/04/1979 como fecha de nacimiento", "03/04/1979"),
        ("Az adatlapon 1979-04-03 áll születési dátumként", "1979-04-03"),
        ("Lomakkeessa 3.4.1979 on syntymäaikana", "3.4.1979"),
        ("W systemie 03.04.1979 jako data urodzenia", "03.04.1979"),
    ],
)
def test_a_name_of_the_date_of_birth_after_the_date(text: str, date: str) -> None:
    assert birth_dates(text) == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Please fix the date of birth in my account, it shows 1979-04-03 instead", "1979-04-03"),
        ("O campo data de nascimento da minha ficha, diz 03/04/1979", "03/04/1979"),
        ("Das Geburtsdatum in meinem Konto, dort steht 03.04.1979", "03.04.1979"),
    ],
)
def test_a_short_clause_between_a_name_of_the_date_of_birth_and_its_date(text: str, date: str) -> None:
    assert birth_dates(text) == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ('{"datum_nar": "1979-04-03"}', "1979-04-03"),  # abbreviated field names of pasted data
        ('{"data_ur": "1979-04-03"}', "1979-04-03"),
        ('{"data_razhdane": "1979-04-03"}', "1979-04-03"),
        ('{"date_naiss": "1979-04-03"}', "1979-04-03"),
        ('{"szul_datum": "1979-04-03"}', "1979-04-03"),
        ('{"datum_rod": "1979-04-03"}', "1979-04-03"),
        ('{"synt_aika": "1979-04-03"}', "1979-04-03"),
        ('{"fod_dato": "1979-04-03"}', "1979-04-03"),
        ("ΓΕΝΝ. 03/04/1979, ΔΙΑΒΑΤΗΡΙΟ AK1234567", "03/04/1979"),  # a Greek abbreviation in capitals
    ],
)
def test_abbreviated_labels_of_pasted_data(text: str, date: str) -> None:
    assert birth_dates(text) == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("född 790403", "790403"),
        ("DOB: 19790403", "19790403"),
        ("geboren 03041979 in Bonn", "03041979"),
        ("Fødselsdato 030479", "030479"),
    ],
)
def test_a_compact_date_right_after_its_label(text: str, date: str) -> None:
    assert birth_dates(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Bestellung 790403 ist unterwegs",  # a compact number without a label
        "född 791403",  # no month 14
        "Personnummer 790403-1234",  # a compact date inside a personal number
        "Geburtsdatum geändert; die Überweisung vom 03.04.2025 fehlt",  # a clause break between
        "Rechnung vom 03.04.2025, Geburtsdatum folgt",  # a name of the date of birth after a comma
        "My date of birth is right. The payment due 2025-04-03 failed",
    ],
)
def test_other_dates_and_numbers_stay(text: str) -> None:
    assert birth_dates(text) == []


@pytest.mark.parametrize(
    "header",
    ["fechaNacimiento", "dataNascita", "dateNaissance", "geboorte_datum", "dtNasc", "fNac", "datumNar"],
)
def test_a_date_of_birth_column_named_in_camel_case_or_abbreviated(header: str) -> None:
    text = f"nome;{header};pago\nAna Lopes;12/03/1985;14/03/2025"
    assert birth_dates(text) == ["12/03/1985"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("athraigh mo dháta breithe go 03/04/1979", "03/04/1979"),  # a lenited Irish label
        ("breytið fæðingardeginum í 03.04.1979", "03.04.1979"),  # an Icelandic label with its article
        ("η ημερομηνία γέννησής μου είναι 03/04/1979", "03/04/1979"),  # the accent an enclitic adds
        ("рождената ми дата е 03.04.1979", "03.04.1979"),
        ("born May the 3rd, 1979", "May the 3rd, 1979"),
    ],
)
def test_labels_in_their_other_forms(text: str, date: str) -> None:
    assert birth_dates(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "I need to change my date of birth and also the payment on 2025-03-12 failed",  # a recent date a clause on
        "Das Geburtsdatum ändere ich, und die Überweisung vom 12.03.2025 fehlt",
        "On 2025-03-12 I changed my date of birth in the app",  # a recent date before the label
        "Am 12.03.2025 Geburtsdatum geändert",
    ],
)
def test_a_recent_date_a_clause_after_the_label_stays(text: str) -> None:
    assert birth_dates(text) == []
