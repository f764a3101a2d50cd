"""Street addresses as people write them in prose, class by class (after a verb of living, moving or sending in
any person and tense, in the case a preposition asks for, in lower case, in brackets, villages), and the
ordinary words and numbers next to them that stay as they are."""

import pytest

from runtime.privacy.detectors import addresses
from runtime.privacy.types import ADDRESS


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in addresses.detect(text) if s.entity_type == ADDRESS]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # lower case after a preposition of place, the sentence going on after the number
        ("abitavo in via cavour 6 prima di sposarmi", "via cavour 6"),
        ("vivía en la calle pez 8 antes de mudarme", "calle pez 8"),
        ("wir sind in die lerchenfeldstraße 8 gezogen", "lerchenfeldstraße 8"),
        ("my mum lives on 48 kingsmead drive near the park", "48 kingsmead drive"),
        ("the parcel went to 33 church lane yesterday", "33 church lane"),
        ("on a déménagé au 7 allée des peupliers, c'est plus calme", "7 allée des peupliers"),
        ("ils ont emménagé 8 rue pasteur la semaine dernière", "8 rue pasteur"),
        ("bhogamar go 4 sráid an mhuilinn an mhí seo caite", "4 sráid an mhuilinn"),
        ("mēs pārcēlāmies uz bērzu ielu 8-3", "bērzu ielu 8-3"),
        ("kas sa ei elanud jõe tänaval 22?", "jõe tänaval 22"),
        ("etkö sinä asunut kirkkotiellä 22?", "kirkkotiellä 22"),
        ("bodde ikke du i kirkeveien 22?", "kirkeveien 22"),
        # the case a Central European preposition asks for, without a street word
        ("Přestěhovali se do Dlouhé 12.", "Dlouhé 12"),
        ("V júni sa sťahujem na Obchodnú 11.", "Obchodnú 11"),
        ("Moi rodzice mieszkają przy Rybackiej 3 w Helu.", "Rybackiej 3"),
        ("U lipnju se selim u Vukovarsku 11.", "Vukovarsku 11"),
        ("Pošlete to na Vodičkova 30, prosím.", "Vodičkova 30"),
        ("Bydlím v Praze 4, Na Pankráci 15.", "Na Pankráci 15"),
        ("je déménage au 12 av. de la république", "12 av. de la république"),
        # alone in brackets, with its preposition and article, a title or adjective before it
        ("Večeře u mě (Palackého 9) v osm.", "Palackého 9"),
        ("Δείπνο σπίτι μου (Ρόδων 9) στις οκτώ.", "Ρόδων 9"),
        ("Mein Bruder wohnt Am Markt 3 in Celle.", "Am Markt 3"),
        ("Meng Elteren wunnen um Bierg 11, Hesper.", "um Bierg 11"),
        ("Mijn ouders wonen op Graaf Florisstraat 88 te Rotterdam.", "Graaf Florisstraat 88"),
        ("Vi bodde før på Nordre gårdsvei 12 på Hamar.", "Nordre gårdsvei 12"),
        ("Asuimme ennen Vanhalla Myllytiellä 12 Porissa.", "Vanhalla Myllytiellä 12"),
        ("Ég bý á Lyngholti 14 í Hafnarfirði.", "Lyngholti 14"),
        ("Seol an beart chuig 27 Ascaill na gCrann, Gaillimh.", "27 Ascaill na gCrann"),
        ("Μετακόμισαν στη Σταδίου 12 πέρσι.", "Σταδίου 12"),
        # the house number named before its street, or after it
        ("Moro no nº 12 da Rua Direita.", "nº 12 da Rua Direita"),
        ("Vivo en el número 12 de la calle Mayor.", "número 12 de la calle Mayor"),
        ("Woon op nummer 12 in de Kerkstraat.", "nummer 12 in de Kerkstraat"),
        ("Wohne in der Hauptstraße, Hausnummer 12.", "Hauptstraße, Hausnummer 12"),
        # the third person and the past, where streets go without a street word
        ("Ta elab Rüütli 12.", "Rüütli 12"),
        ("Jis gyveno Savanorių 12-5.", "Savanorių 12-5"),
        ("Живее на Шипка 12.", "Шипка 12"),
        # after a preposition of direction, without a street word
        ("Sūtiet uz Brīvības 12.", "Brīvības 12"),
        ("Изпратете на Шипка 12.", "Шипка 12"),
        ("Trimiteți pe Mihai Eminescu 12.", "Mihai Eminescu 12"),
        ("Wyślijcie na Mickiewicza 12.", "Mickiewicza 12"),
        # a lower-case name after a living phrase ending in an abbreviated street word, the sentence going on
        ("gyvenu žalgirio g. 17b ir dirbu", "žalgirio g. 17b"),
        ("ich wohne kastanien allee 3 seit 2019", "kastanien allee 3"),
        # no space before the number
        ("Meine Adresse: Lindenstr.12, Berlin", "Lindenstr.12"),
        ("abito in Via Roma,10 a Milano", "Via Roma,10"),
        ("bul.Vitosha 12", "bul.Vitosha 12"),
        # villages, flats after the number, an address word and comma
        ("Am locuit înainte în satul Valea Mare nr. 12, județul Argeș.", "satul Valea Mare nr. 12"),
        ("Heimilisfangið mitt er Hraunbær 41, íbúð 302.", "Hraunbær 41, íbúð 302"),
        ("Η διεύθυνσή μου είναι Λεωφ. Κηφισίας 41, 3ος όροφος.", "Λεωφ. Κηφισίας 41, 3ος όροφος"),
        ("please send the card to my new address, 14 birch grove", "14 birch grove"),
        ("Appt 14, 9 rue Lamartine, 33000 Bordeaux", "Appt 14, 9 rue Lamartine"),
    ],
)
def test_streets_in_prose(text: str, address: str) -> None:
    assert any(address in span for span in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ci sono in via di sviluppo 3 progetti.",
        "I sent it to 3 people close to me.",
        "We went to 5 different places today.",
        "Bylo to na Slovensku 3.",
        "V Praze 5 je hezky.",
        "Do Brna 5.",
        "C'est le numéro 3 du cours de maths.",
        "the number 3 on the list",
        "Der Weg,5 km lang",
        "Braucu uz Rīgas 5.",
        "Отивам на София 12.",
        "Вижте на Фигура 3.",
        "Vorbim pe Facebook 2.",
        "Ta elab 3 aastat Tallinnas.",
        "Hän asuu Helsinki 10:ssä.",
        "Siehe Kap.3 und Abb.5",
        "Otvorte knihu na strane 5.",
        "Windows (Windows 10) works.",
        "Wir sehen uns am Montag 3.",
        "Das Treffen ist im Raum 3.",
        "Kommst du am Samstag 14 Uhr?",
        "Találkozzunk a Deák téren 8-kor.",
        "Ci vediamo in Piazza Navona alle 9.",
        "Susitinkame Katedros aikštėje 8 valandą.",
        "na drugiej 3 osoby",
        "vivo en la 3 planta",
        "Il vit à Paris 15.",
    ],
)
def test_ordinary_numbers_stay(text: str) -> None:
    assert found(text) == []
