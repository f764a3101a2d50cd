"""A date of birth told in prose, after or before a verb of being born in any person or tense, becomes a
placeholder; a month and year alone, an age and every other date stay as written."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.birth_dates import detect


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("I was born on the 3rd of May 1985 in Cork", "3rd of May 1985"),
        ("nació el 3 de mayo de 1985 en Sevilla", "3 de mayo de 1985"),
        ("naciste el 3/5/1985, ¿verdad?", "3/5/1985"),
        ("nasceste em 03/05/1985", "03/05/1985"),
        ("mio padre nacque il 3 maggio 1985", "3 maggio 1985"),
        ("vaig néixer el 3 de maig de 1985", "3 de maig de 1985"),
        ("nacín o 3 de maio de 1985", "3 de maio de 1985"),
        ("urodziłeś się 3 maja 1985", "3 maja 1985"),
        ("narodila jsi se 3. 5. 1985", "3. 5. 1985"),
        ("rodil se je 3. 5. 1985", "3. 5. 1985"),
        ("rodio sam se 3. svibnja 1985.", "3. svibnja 1985."),  # (the ordinal dot of a Croatian year)
        ("роди се на 3 май 1985 г.", "3 май 1985"),
        ("γεννήθηκες στις 3/5/1985", "3/5/1985"),
        ("syntyin 3.5.1985 Tampereella", "3.5.1985"),
        ("hän syntyi 3. toukokuuta 1985", "3. toukokuuta 1985"),
        ("ég fæddist 3. maí 1985", "3. maí 1985"),
        ("piedzimu 1985. gada 3. maijā", "1985. gada 3. maijā"),
        ("jis gimė 1985 m. gegužės 3 d.", "1985 m. gegužės 3 d."),
        ("születtél 1985. május 3-án", "1985. május 3"),
        ("twieled fit-3 ta' Mejju 1985", "3 ta' Mejju 1985"),
        ("nous sommes nés le 3 mai 1985", "3 mai 1985"),
        ("narodili jsme se 3. 5. 1985", "3. 5. 1985"),
        ("rodili smo se 3. 5. 1985", "3. 5. 1985"),
        ("urodziliśmy się 3 maja 1985", "3 maja 1985"),
        ("γεννηθήκαμε στις 3 Μαΐου 1985", "3 Μαΐου 1985"),
    ],
)
def test_a_verb_of_birth_before_the_date(text: str, date: str) -> None:
    assert _found(text) == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Er kam am 3. Mai 1985 zur Welt", "3. Mai 1985"),
        ("3. 5. 1985 sem se rodila", "3. 5. 1985"),
        ("на 3 май 1985 се родих", "3 май 1985"),
        ("3 Μαΐου 1985 γεννήθηκα", "3 Μαΐου 1985"),
        ("на 3 май 1985 се роди", "3 май 1985"),
        ("1985. gada 3. maijā piedzimu", "1985. gada 3. maijā"),
        ("1985 m. gegužės 3 d. gimiau", "1985 m. gegužės 3 d."),
    ],
)
def test_a_verb_of_birth_after_the_date(text: str, date: str) -> None:
    assert _found(text) == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("I was born on the 3rd May '85", "3rd May '85"),
        ("born May 3, '85 in Leeds", "May 3, '85"),
        ("narodila jsem se 3. května 85", "3. května 85"),
        ("geboren am 3. Mai 85 in Graz", "3. Mai 85"),
        ("γεννήθηκε την 3η Μαΐου 1985", "3η Μαΐου 1985"),
    ],
)
def test_two_digit_years_and_ordinal_days_with_a_month_word(text: str, date: str) -> None:
    assert _found(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "I was born in May 1985",
        "ich bin geboren, Treffen am 3. Mai 12:30",  # an hour, not a year  # no day: a month and a year name no one
        "I'm 40 years old and the meeting is on 3 May 2026",
        "Tengo 40 años y la cita es el 3 de mayo de 2026",
        "Olen 40-vuotias, tapaaminen 3.5.2026",
        "Είμαι 40 χρονών, ραντεβού στις 3 Μαΐου 2026",
        "Õnnetus sündis 3. mail 2026 kell 14",  # "sündis" is also "happened"
        "Nata come idea, l'iniziativa partirà il 3 maggio 2026",
        "Vacanza a Rodi dal 3 maggio 2026",  # a Bulgarian verb's stem typed in Latin letters is an island
    ],
)
def test_other_dates_and_ages_stay(text: str) -> None:
    assert _found(text) == []
