"""Classes of ordinary messages that read like a name: a journey between towns with a word for "until" or an
article, a road to a town, a town around which one looks, a town named like a person after the Maltese village
word, an Irish place's first word and an adjective, a Greek street after the nominative feminine article, a
landmark named "X of the Y", a run after a title that ends in a kind of place, a place named with one capital
before a lower-case noun, caves, temples and salt mines, feasts named for people, a preposition or a verb after
"how much" in capitals, a month named like a person in a date, a town after a branch's word, a run past a
hyphenated street, an amount after a street word. Each keeps its words in
every letter case, while a person beside the same words is still found. The examples are this suite's own."""

from __future__ import annotations

import pytest

from bench.privacy_corpus import builtin
from runtime.privacy.detectors import addresses
from runtime.privacy.detectors.names import detect
from runtime.privacy.detectors.phone import market_regions

LEFT_ALONE = [
    # a journey between towns: a word for "until" or "for", an article, Romanian ``de la``
    "Πόσο κάνει το ΚΤΕΛ από τη Λαμία μέχρι την Αθήνα;",
    "Θέλω εισιτήριο από Αθήνα για Βόλο την Κυριακή",
    "What does the coach cost from Bath until Stanley?",
    "Quanto custa o autocarro de Leiria até Vitória?",
    "Cât costă autobuzul de la Arad la Victoria?",
    "Wat kost de bus van Breda tot Venlo?",
    # a road to a town, around a town
    "Има ли задръстване по пътя за Елена?",
    "Is the road to Stanley icy this morning?",
    "Je cesta do Martina zjazdná?",
    "Hay cajeros alrededor de Elda?",
    "Zijn er pinautomaten rond Breda?",
    # the Maltese village word, an Irish place's first word and an adjective
    "Hemm fergħa f'Ħal Lija?",
    "An bhfuil oifig i mBaile Mór nó i gCill Mhór?",
    # a Greek street after the nominative feminine article
    "Η Αλεξάνδρου Σβώλου είναι κλειστή σήμερα;",
    "Η Κωνσταντίνου Παλαιολόγου έχει πολλή κίνηση;",
    # a landmark "of the", a run after a title ending in a kind of place
    "Can I pay by card at the Lady of the Lake cafe?",
    "Is the Prince Charles Cinema open on Sunday?",
    "I was charged twice at the Sir John Soane Museum",
    # a place named with one capital before a lower-case noun, a cave, a temple, a salt mine
    "Ali je Velika planina odprta pozimi?",
    "Vai Rundāles muiža ir atvērta svētdienās?",
    "Koliko stane vstopnica za Blejsko jezero?",
    "Quanto costa entrare nel Tempio di Vesta?",
    "Πόσο κοστίζει το Σπήλαιο Αλεπότρυπας;",
    "Se poate plăti cu cardul la Salina Ocnele Mari?",
    # feasts named for people
    "Estão abertos nos Santos Populares?",
    "Is the bank closed on Guy Fawkes Night?",
    "Magazinul e deschis de Moș Nicolae?",
    # a preposition or a verb after "how much" in capitals
    "KAN JEG SENDE PENGER TIL ANDRE BANKER?",
    "BLIR DET SNØ PÅ FJELLET TIL HELGA?",
    "QUANTO COSTA IL TRENO PER ROMA NEL PONTE?",
    "KOLIKO STANE NAKAZILO V TUJINO?",
    # a town too small for the lists after a branch's word and a preposition, a journey from a Maltese village
    "Er avdelingen i Dale åpen på lørdag?",
    "Immorru minn Ħal Għargħur għal Lija",
    # a month named like a person in a date's place
    "The direct debit moved in June, then again in August",
    "Minn Lulju sa Ġunju l-kera togħla?",
    "Il-ħlas jasal f'Mejju jew Ġunju?",
    "Desde Julio me cobran más comisiones",
    # a run past a hyphenated street, a hyphenated Nordic place in capitals
    "Gibt es in der Karl-Marx-Allee Parkplätze?",
    "KVA KOSTAR DET Å KOMA INN PÅ OLAV DUUN-TUNET?",
]


@pytest.mark.parametrize("text", LEFT_ALONE)
@pytest.mark.parametrize("case", [str, str.lower, str.upper])
def test_ordinary_words_that_read_like_a_name_hold_no_person(text: str, case: object) -> None:
    assert callable(case)
    written = case(text)
    assert [written[s.start : s.end] for s in detect(written)] == []


PEOPLE = [
    ("Η Μαρία Κωνσταντίνου μου έστειλε 40 ευρώ", "Μαρία Κωνσταντίνου"),
    ("Ο Νίκος Παπαδάκης πλήρωσε το ενοίκιο;", "Νίκος Παπαδάκης"),
    ("Στείλε 20 ευρώ στην Αθηνά Σταματοπούλου", "Αθηνά Σταματοπούλου"),
    ("Please send £20 to Elena Hart for the tickets", "Elena Hart"),
    ("I paid Angela Moss of the accounts team", "Angela Moss"),
    ("Te rog trimite 50 de lei către Elena Popescu", "Elena Popescu"),
    ("OVERFØR 500 KR TIL NORA HANSEN", "NORA HANSEN"),
    ("Приведох 40 лв. на Елена Петрова", "Елена Петрова"),
    ("Hilsen Helga Dahl", "Helga Dahl"),
    ("Dal jsem peníze na pobočce i Martinovi", "Martinovi"),
    ("I got a message from June Carter yesterday", "June Carter"),
    ("pagué 50 € a castillo maría", "castillo maría"),
    ("I think Anna most likely paid twice", "Anna"),
    ("TRIMITE 40 DE LEI CĂTRE NORA POPESCU", "NORA POPESCU"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_people_beside_those_words_are_found(text: str, name: str) -> None:
    assert name in [text[s.start : s.end] for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ég ætla að taka út 30 kr. í hraðbanka á morgun", "is"),
        ("Can I take out 40 EUR at the branch on Main Road 3 today?", "en"),
    ],
)
def test_an_amount_after_a_number_is_no_house_number(text: str, language: str) -> None:
    assert not any(text[s.start : s.end].endswith(("30", "40")) for s in addresses.detect(text))
    assert not [s for s in builtin(text, market_regions([language])) if s.entity_type == "ADDRESS" and "kr" in text]


def test_a_flat_after_a_house_number_is_still_the_address() -> None:
    text = "Minu aadress on Pärnu mnt 12 kr. 5, Tallinn"
    assert any("12 kr. 5" in text[s.start : s.end] for s in addresses.detect(text))
