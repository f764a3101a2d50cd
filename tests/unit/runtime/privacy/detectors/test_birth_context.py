"""A date next to a "birth" word stays as written where the words around it say it is no one's date of birth; a
date of birth in the same words is still found."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from runtime.privacy.detectors import birth_context
from runtime.privacy.detectors.birth_dates import detect

#: The year these examples are read in.
THIS_YEAR = 2026


@pytest.fixture(autouse=True)
def _this_year(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(birth_context, "_THIS_YEAR", THIS_YEAR)
    yield


def dates_of_birth(text: str) -> list[str]:
    return [text[span.start : span.end] for span in detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Baby born on 2 February 2029 should be covered, right?",  # a year still to come
        "Geburtstermin: voraussichtlich geboren am 08.01.2028",
        "la bebé nacerá, nacida el 4 de enero de 2030 si todo va bien",
        "Das Kind wird am 5. März 2029 geboren",  # the "born" word after the date
        "Il compleanno di mio padre il 9 settembre 2026, vorrei un regalo",  # a birthday this year
        "Birthday party on 14/11/2026 for my son, can I raise the limit?",
        "verjaardag van mijn vader op 2 mei 2026",
    ],
)
def test_a_date_to_come_or_a_birthday_this_year_is_no_date_of_birth(text: str) -> None:
    assert dates_of_birth(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Anniversaire de mariage : 7 août 1982, une carte cadeau ?",
        "Aniversario de bodas el 9 de octubre de 1975",
        "o aniversário do contrato é a 1 de março de 2001",
        "Anniversaire de l'adhésion le 30/06/2004, résiliation ?",
        "Naissance programmée le 02/02/2026 à la clinique",
        "nascimento previsto para 11/01/2026",
        "Extrait d'acte de naissance délivré le 21/05/2019",
        "certificado de nacimiento expedido el 3 de julio de 2018",
        "certificato di nascita rilasciato il 12/04/2017",
        "Cadeau d'anniversaire acheté le 4 mai 2019, remboursable ?",
        "La société est née le 14 février 1991 à Nantes",
        "a empresa nasceu em 5 de abril de 1999",
    ],
)
def test_another_things_birth_or_anniversary_is_no_date_of_birth(text: str) -> None:
    assert dates_of_birth(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Né à Lille mais domicilié à Paris depuis le 04/09/1987",
        "born in Cork but living here since 3 May 1991",
        "in Wien geboren, aber seit dem 01.02.1990 in Graz",
        "nacido en Vigo pero desde el 12/12/1988 en Madrid",
        "geboren in Gent maar sinds 7 maart 1993 in Brussel",
        "Budapesten születtem, de 1991.06.01. óta Győrben élek",
        "Syntynyt Oulussa mutta Helsingissä 1.9.1990 alkaen",
        "född i Umeå men sedan 1992-08-15 i Lund",
    ],
)
def test_a_new_clause_or_a_period_is_no_date_of_birth(text: str) -> None:
    assert dates_of_birth(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Née le 3 mars 1990 à Lyon", "3 mars 1990"),
        ("Date de naissance de ma mère : 12/03/1950", "12/03/1950"),
        ("born in Cork on 12 March 1985", "12 March 1985"),
        ("Geburtstag: 12.03.1985", "12.03.1985"),
        ("cumpleaños: 12/03/1985", "12/03/1985"),
        ("mon fils est né le 3 février 2026", "3 février 2026"),  # this year, a newborn
        ('{"client": "x", "date_naissance": "1980-01-03", "agence": "Lyon"}', "1980-01-03"),
        ("data de nascimento do titular: 12/03/1985", "12/03/1985"),
        ("date of birth of the policy holder: 1985-03-12", "1985-03-12"),
        ("nata a Roma il 12/03/1985, cliente dal 2010", "12/03/1985"),
    ],
)
def test_a_date_of_birth_in_the_same_words_is_still_found(text: str, date: str) -> None:
    assert dates_of_birth(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "I gave my date of birth when the loan was signed on 4 April 2008",  # a clause further, no "it says"
        "Ich habe mein Geburtsdatum bei der Eröffnung des Kontos am 12. März 2005 angegeben",
        "On 12/03/2005 my date of birth was entered wrong",  # the clause's time, then its subject
        "Am 12.03.2005 wurde mein Geburtsdatum falsch erfasst",
        "Since 03/02/2001 the date of birth shown is wrong",
        "Seit dem 03.02.2001 wird das Geburtsdatum falsch angezeigt",
        "Anniversary? Birthday of my membership: 12 March 2004",
    ],
)
def test_another_days_date_near_a_name_of_the_date_of_birth_stays(text: str) -> None:
    assert dates_of_birth(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Can you fix the date of birth on my account, it shows 1961-02-14 instead", "1961-02-14"),
        ("1985-03-12 is my date of birth", "1985-03-12"),
        ("12.03.1985 ist mein Geburtsdatum", "12.03.1985"),
        ("A profilomban 1979-04-03 szerepel születési dátumként", "1979-04-03"),
    ],
)
def test_a_date_of_birth_said_a_clause_further_or_before_its_name_is_found(text: str, date: str) -> None:
    assert dates_of_birth(text) == [date]
