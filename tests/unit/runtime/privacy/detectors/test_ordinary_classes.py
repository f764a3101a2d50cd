"""Classes of ordinary messages that name people inside other things: a title inside a street's or a hospital's name, a
name quoted after an institution, a monument, a Hungarian street word in its forms, a thing named with a hyphen, a
Nordic place noun with its article, an eclipsed Irish town, a landmark's town, a chain in its case, a town before the
word for a town, a king's epithet before a street word, a street after Romanian ``de pe`` or after a Greek feminine
article, an Irish lane, a journey's town, where a bus goes, an Irish place's name, two common words ending a message
in capitals, feasts. Each keeps its words in every letter case, while a person beside the same words is still found.
The examples are this suite's own."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.names import detect

LEFT_ALONE = [
    # a title inside a street's or a hospital's name
    "Офисът на ул. „Проф. Иван Георгов“ работи ли?",
    "Банкоматът на бул. „Акад. Никола Обрешков“ пак не работи",
    "Клонът на ул. „Д-р Иван Селимински“ затворен ли е?",
    "A Dr. Batthyány László utcában van automata?",
    "V ulici MUDr. Karla Procházky je bankomat?",
    "In via Dott. Carlo Pisacane c'è uno sportello?",
    # a name quoted after an institution, in its Bulgarian definite form or abbreviated
    "Има ли банкомат до болницата „Иван Рилски“?",
    "Чакам пред СОУ „Петър Берон“, къде е клонът?",
    "Има ли офис на бул. „Кирил и Методий Попови“?",
    # a monument and the person it shows
    "Чакам до паметника на Христо Ботев",
    "Sejdeme se u pomníku Karla Havlíčka?",
    "Táim in aice le Dealbh Uí Néill",
    # Hungarian street words in their forms, a three-word name before the street
    "A Ferenc körúti automata nem működik",
    "A Petőfi hídnál van ATM?",
    "Az Apáczai Csere János utcai fiók nyitva van?",
    # a thing named with a hyphen, a Nordic place noun with its article
    "A Kossuth-díjasok emlékfalánál várok",
    "Er der en automat ved Carl Nielsen Skolen?",
    # an Irish town eclipsed after i, an Italian preposition and article before a kind of place
    "An bhfuil brainse agaibh i gCathair Saidhbhín?",
    "Alla Chiesa di San Marco c'è un bancomat?",
    # two people a street is named for, a title written out in lower case, a three-word name before the street
    "Lo sportello di via Peppino Impastato e Felicia Bartolotta è aperto?",
    "il bancomat di viale cardinale carlo ferrari non funziona",
    "Er det minibank i Aasmund Olavsson Vinjes gate?",
    "Er det minibank ved Haraldsplass sjukehus?",
    # a landmark after a place preposition and a title, next to a place one parks at, a shop after a name
    "Има ли банкомат близо до Хаджи Димитър в Сливен?",
    "Паркирах до Христо Смирненски, къде е клонът?",
    "Az Anna könyvesboltban fizettem kártyával",
    # a title after a Maltese article, a house after its article, a Czech stadium in its case, a Danish house
    "Il-fergħa fi Triq il-Kan. Karmenu Vella miftuħa?",
    "Hemm ATM ħdejn id-Dar ta' Ninu Cremona?",
    "Je bankomat u stadionu Josefa Masopusta?",
    "Er der en automat ved Anna Ancher Hus?",
    "Jeg står ved Ole Rømers Hus, hvor er afdelingen?",
    "Er der en minibank ved Peter Wessel?",
    # a Hungarian town named like a person in the superessive, a Bulgarian village named after someone
    "Van automata Gyulán?",
    "Имате ли клон в Христо Даново?",
    "Пътувам до Петко Славейково утре",
    # a Hungarian institution after the name it bears, alone, in a compound, after adjectives, in its cases
    "A Korányi Sándor Gyermekkórházban van automata?",
    "a vajda jános technikumnál van atm?",
    "A Berzsenyi Dániel Művelődési Házban fizettem",
    "A Puskás Ferenc Budapest Sportcsarnoknál várok",
    # a Bulgarian school's or hospital's abbreviation, a kind of place in lower case, before the name it bears
    "Има ли банкомат до 119 СУ Академик Михаил Арнаудов?",
    "чакам пред читалище васил левски, къде е клонът",
    "Работя в МБАЛ Сърце и Мозък, имам ли отстъпка?",
    # a lenited Irish street word
    "An bhfuil ATM ar Chearnóg Mhuirfean?",
    # a Bulgarian adjective or noun that ends as a surname does, after an adjective the lists lack
    "Месечната вноска по кредита ми е 320 лв.",
    "Изтеглих потребителски кредит миналата година.",
    # a landmark's town after its link, a chain in a Czech inanimate case, a town before the word for a town
    "C'è un bancomat vicino all'Arena di Verona?",
    "Ho prelevato alla Stazione di Verona e la carta è stata trattenuta",
    "Bankomat u Albertu nefunguje",
    "Van Gyula városban tanácsadás?",
    "Onko Kaarina kaupungissa pankkiautomaattia?",
    "Kolime kevadel Lihula linna, kas pean teatama?",
    # a king's epithet before the street word, a street after Romanian ``de pe``, a man's genitive after ``στην``
    "Det er ein minibank i Haakon den godes gate",
    "Er der en hæveautomat på Valdemar den Stores Gade?",
    "Bancomatul de pe Mihai Eminescu nu funcționează",
    "Το ΑΤΜ στην Παύλου Μελά δεν δουλεύει",
    "Το κατάστημα στη Νικολάου Πλαστήρα είναι ανοιχτό;",
    # an Irish lane, which its accent tells from a given name
    "An bhfuil ATM ar Lána Naomh Anna?",
    "Tá an brainse ar Lána an Mhuilinn",
    # a town named like a person where a journey starts or ends, an Irish place's name
    "Se nimxu minn Lija għal Mosta, irrid nibdel l-indirizz?",
    "We are moving from Stanley to Douglas, do I need to tell you?",
    "Il treno da Verona a Milano è in ritardo",
    "An bhfuil ATM i Cionn tSáile?",
    "Táimid ag bogadh ó Ard an Rátha go Gaillimh",
    # where a bus or a train goes, or where one goes from a station: a place named for someone
    "Автобусът до Васил Левски закъсня",
    "Как да стигна от гарата до Александър Невски?",
    "Autobus do Adama Mickiewicza się spóźnił",
    "Come arrivo dalla stazione a Vittorio Emanuele?",
    # a message in capitals ending with two names that are common words too (nothing, bought)
    "PLAČALA SEM S KARTICO, PA NISEM NIČ KUPILA",
    # feasts
    "Har I åbent Kristi Himmelfartsdag?",
    "Работите ли на Трифон Зарезан?",
    "Na Cyrila a Metoděje máte otevřeno?",
    "L'8 dicembre, Immacolata, siete aperti?",
]

#: People beside the same words: still found.
PEOPLE = [
    ("Обадих се на Иван Георгов вчера", "Иван Георгов"),
    ("Dr. Batthyány László ma nem rendel", "Batthyány László"),
    ("Zavolal mi Karel Havlíček včera", "Karel Havlíček"),
    ("Ho parlato con Carlo Pisacane ieri", "Carlo Pisacane"),
    ("Говорих с Христо Ботев за кредита", "Христо Ботев"),
    ("Ferenc Kovács küldte a pénzt", "Ferenc Kovács"),
    ("Jeg har talt med Carl Nielsen i går", "Carl Nielsen"),
    ("Ha chiamato Alla Pugacheva ieri", "Alla Pugacheva"),
    ("Преведох пари на Кирил Методиев", "Кирил Методиев"),
    ("Il signor Franco Giannotti è mio zio", "Franco Giannotti"),
    ("Jan Hus byl upálen v Kostnici", "Jan Hus"),
    ("Korányi Sándor a kórházban dolgozik", "Korányi Sándor"),
    ("Tegnap Kovács Anna a múzeumban volt", "Kovács Anna"),
    ("Говорих с Петко Каравелов вчера", "Петко Каравелов"),
    ("Кредитът е на Мария Петрова", "Мария Петрова"),
    ("Jeg ved, at Peter Wessel har ringet", "Peter Wessel"),
    ("Dar Maria a spus că vine mâine", "Maria"),
    ("in via Roma e Paolo Rossi mi ha detto di aspettare", "Paolo Rossi"),
    ("Изпратих писмо до Христо Смирненски", "Христо Смирненски"),
    ("Mio padre Carlo Ferrari ha chiamato", "Carlo Ferrari"),
    ("Говорих с Георги Раковски вчера", "Георги Раковски"),
    ("обадих се на мария яворска", "мария яворска"),
    ("Poslal jsem peníze Albertu Novákovi", "Albertu Novákovi"),
    ("Jeg ringte Olav den dagen", "Olav"),
    ("Έστειλα χρήματα στην Μαρία Παπαδοπούλου", "Μαρία Παπαδοπούλου"),
    ("Ieri am vorbit cu Mihai Eminescu despre credit", "Mihai Eminescu"),
    ("Labhair mé le Lana Ní Bhriain inné", "Lana Ní Bhriain"),
    ("HVALA, ANA NOVAK", "ANA NOVAK"),
    ("I sent money from Anna to Maria", "Anna"),
    ("Изпратих писмо до Васил Петров", "Васил Петров"),
    ("Ho dato il biglietto del treno a Paolo Rossi", "Paolo Rossi"),
    ("het contract staat op naam van Merle Van Verdun en er is", "Merle Van Verdun"),
]


def _names(text: str) -> list[str]:
    return [text[span.start : span.end] for span in detect(text)]


@pytest.mark.parametrize("text", LEFT_ALONE)
@pytest.mark.parametrize("case", [str, str.lower, str.upper], ids=["written", "lower", "upper"])
def test_names_inside_other_things_hold_no_person(text: str, case: object) -> None:
    assert callable(case)
    assert _names(case(text)) == []


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_people_beside_those_words_are_found(text: str, name: str) -> None:
    assert name in _names(text)
