"""Ordinary messages that name institutions, shops, cars, cards, towns and feasts after people keep their words,
in every case they are written in, while the people beside them are still found. The examples are this suite's
own."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.names import detect

#: One message for each class, in mixed case; each is checked as written, in lower case and in capitals.
LEFT_ALONE = [
    # schools and hospitals named for someone, the place's word before the name
    "Čekám u Gymnázium Boženy Němcové, je tam bankomat?",
    "Parkujem pri Gymnázium Pavla Horova, kde je pobočka?",
    "Nalazim se kod Gimnazija Frana Galovića, ima li bankomat?",
    "Sem pri Gimnazija Ivana Cankarja, kje je bankomat?",
    "Ci vediamo davanti al Policlinico Umberto Primo alle 10",
    "Je suis au centre hospitalier Robert Schuman, où est le distributeur?",
    # the place's word after the name, in the nominative (Baltic)
    "Tiekamies pie Kārļa Zariņa slimnīca, vai tur ir bankomāts?",
    "Ar yra bankomatas prie Maironio gimnazija?",
    "Találkozzunk a Fazekas Mihály Gimnázium előtt",
    "Kohtume Gustav Adolfi Gümnaasium juures",
    "Odotan Aleksis Kiven koulu edessä",
    # articles no person takes
    "Ik sta bij het Wilhelmina Gasthuis, is daar een pinautomaat?",
    "He aparcado en el Ramón Sánchez Pizjuán, ¿hay un cajero?",
    "how far is the royal victoria hall from the branch",
    # a chain before its branch's street
    "Albert Vinohradská mi strhl 300 Kč dvakrát",
    "Albert Karlova mi strhl 300 Kč dvakrát",
    "Maxima Šv. Kazimiero gatvė nuskaičiavo 12 € du kartus",
    "Rimi Kr. Valdemāra iela noņēma 9 € divreiz",
    "bankomat hybernská nefunguje",
    "Lidl Karla Čapka mi strhl 80 Kč dvakrát",
    "Biedronka Marszałkowska pobrała 30 zł dwa razy",
    "Kortet fungerar inte på Hemköp eller på Willys.",
    # cars and cards
    "Zaplatil jsem zálohu na Škodu Fabii, je to kryté?",
    "Am dat avans pentru o Dacia Sandero, e acoperit?",
    "Er Visa Gull med reiseforsikring?",
    # towns named like people after a branch's or a street's word
    "Kas kontor Rapla vahetab valuutat?",
    "Mení pobočka Nitra valuty?",
    # places after Estonian and Icelandic prepositions and postpositions
    "Kas automaat asub Kase ääres?",
    "Ootan Lilli keskus juures, kus on automaat?",
    "Hvaða útibú er næst Harpa?",
    # a moving house's town, a Nordic definite noun, a German object after the place's name, a policy's name
    "We are moving to Florence in May, which branch is ours?",
    "Vi møtes ved Helenen i morgen",
    "Ich habe im Einkaufszentrum Ingrid eine Karte gekauft",
    "La polizza Vita Serena copre anche i figli?",
    # Greek adjectives of the first declension after the feminine article, a title after a Maltese article
    "Ποιο είναι το επιτόκιο της μηνιαίας προθεσμιακής;",
    "Il-fergħa fi Triq il-Professur Walter Ganado miftuħa?",
    # towns after an address one moves to, a landmark one is near, a street; a street after a lower-case name
    "Sťahujeme sa na Hlavná, Nitra, kam patríme?",
    "Je nejaká pobočka blízko Zimný štadión, Nitra?",
    "Ci trasferiamo in via Giuseppe Verdi a Alba, che filiale?",
    "Toimiiko Eino Leinon katu automaatti taas?",
    "Estaré en Villanueva de la Serena la semana que viene",
    "Koliko stane zlata kartica?",
    "Το υποκατάστημα της Ελευθερίου Βενιζέλου είναι ανοιχτό;",
    # a monarch's number in the Nordic genitive, feasts and months
    "Vi flytter til Christian IVs gate i Bergen",
    "¿Abrís el día del Carmen?",
    "an silvester fueren mir op d'Musel",
    "Níor tháinig an t-aistriú ón 5 Márta fós",
    # a common word going on after an amount's abbreviation, in capitals too
    "Ég hef lagt 5.000 kr. til hliðar í sumar",
]

#: People beside the same words: still found.
PEOPLE = [
    ("Albert Novák mi poslal peníze", "Albert Novák"),
    ("Lidl Anna Nováková mi poslala", "Anna Nováková"),
    ("Kveðja, maxima jónsdóttir", "maxima jónsdóttir"),
    ("Ona Petraitienė mokykloje dirba", "Ona Petraitienė"),
    ("Kārlis Ozols ir slimnīcā un nevar piezvanīt", "Kārlis Ozols"),
    ("tkellimt ma' Maria Borg fil-fergħa", "Maria Borg"),
    ("He hablado con el Juan", "Juan"),
    ("I met John Hall yesterday", "John Hall"),
    ("Ik heb Jan de Vries gebeld", "Jan de Vries"),
    ("Ik heb het Anna gegeven", "Anna"),
    ("BORGAÐI 5.000 KR. TIL HELGU JÓNSDÓTTUR", "HELGU JÓNSDÓTTUR"),
    ("Pagué 3 Marta por la cena", "Marta"),
    ("Chuir mé 30 Márta Ní Bhriain", "Márta Ní Bhriain"),
    ("Ma elan järve ääres Anna Tamm", "Anna Tamm"),
    ("Kohtusin Mari Tammega keskuses", "Mari Tammega"),
    ("Το κινητό της Μαρίας Παπαδοπούλου", "Μαρίας Παπαδοπούλου"),
    ("Tkellimt mal-Kanonku Karmenu Pirotta", "Karmenu Pirotta"),
    ("Jeg var på Karens kontor", "Karens"),
    ("Ďakujem za pomoc, Martin", "Martin"),
    ("volal jsem silvester novák včera", "silvester novák"),
    ("Zlata Novak kartica ne deluje", "Zlata Novak"),
    ("Ich habe im Kino Thomas getroffen", "Thomas"),
]


def _names(text: str) -> list[str]:
    return [text[span.start : span.end] for span in detect(text)]


@pytest.mark.parametrize("text", LEFT_ALONE)
@pytest.mark.parametrize("case", [str, str.lower, str.upper], ids=["written", "lower", "upper"])
def test_places_products_and_feasts_hold_no_person(text: str, case: object) -> None:
    assert callable(case)
    written = case(text)
    assert _names(written) == []


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_people_beside_those_words_are_found(text: str, name: str) -> None:
    assert name in _names(text)
