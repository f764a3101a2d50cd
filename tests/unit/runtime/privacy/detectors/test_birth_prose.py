"""Dates of birth as people write them in prose: a birthday word in each language before or after the date, a
dated ordinal's closing dot, the Danish ``født d.``; a birthday this year and a wedding's date stay dates."""

from __future__ import annotations

from datetime import date

import pytest

from runtime.privacy.detectors import birth_dates


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in birth_dates.detect(text)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("narozeniny mám 21. března 1979", "21. března 1979"),
        ("Ich habe am 16. März 1940 Geburtstag.", "16. März 1940"),
        ("τα γενέθλιά μου είναι στις 24 Μαρτίου 1964", "24 Μαρτίου 1964"),
        ("rođendan mi je 28. ožujka 1948.", "28. ožujka 1948."),
        ("a születésnapom 1949. március 17.", "1949. március 17."),
        ("mano gimtadienis yra 1943 m. kovo 21 d.", "1943 m. kovo 21 d."),
        ("bursdagen min er 19. mars 1950", "19. mars 1950"),
        ("ziua mea de naștere este pe 21 martie 1957", "21 martie 1957"),
        ("Data mea de naștere este 10.01.1962.", "10.01.1962"),
        ("rojstni dan imam 17. marca 2004", "17. marca 2004"),
        ("jag fyller år 12 mars 1987", "12 mars 1987"),
        ("Fæðingardagurinn minn er 22.07.1965.", "22.07.1965"),
        ("afmælið mitt er 8. mars 1987", "8. mars 1987"),
        ("mo lá breithe 26 Márta 1999", "26 Márta 1999"),
        ("рожденият ми ден е на 4 март 2003", "4 март 2003"),
        ("můj syn se narodil 22. března 1962", "22. března 1962"),
        ("Jeg er født d. 03.03.1985 i Aarhus", "03.03.1985"),
    ],
)
def test_a_date_of_birth_in_prose_is_found(text: str, written: str) -> None:
    assert written in found(text)


@pytest.mark.parametrize(
    "text",
    [
        f"Mein Sohn hat am 3. Mai {date.today().year} Geburtstag.",
        f"rođendan mi je 3. travnja {date.today().year}.",
        "Nous nous sommes mariés le 3 mars 1990.",
        "Õnnetus sündis 3. mail 2026 kell 14",
    ],
)
def test_a_birthday_this_year_and_other_days_stay(text: str) -> None:
    assert found(text) == []
