"""Street addresses as people write them: inflected street words, compounds, no street word, flats, lower case."""

import pytest

from runtime.privacy.detectors import addresses
from runtime.privacy.types import ADDRESS


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in addresses.detect(text) if s.entity_type == ADDRESS]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Μένω στην οδό Σταδίου 7.", "οδό Σταδίου 7"),  # inflected street words
        ("Το γραφείο είναι στη Λεωφόρο Κηφισίας 12.", "Λεωφόρο Κηφισίας 12"),
        ("Mieszkam przy ulicy Marszałkowskiej 10.", "ulicy Marszałkowskiej 10"),
        ("Bydlím v ulici Vodičkova 30.", "Vodičkova 30"),
        ("Býva na ulici Špitálskej 8.", "ulici Špitálskej 8"),
        ("Živim u Ulici grada Vukovara 20.", "Ulici grada Vukovara 20"),
        ("Biuras yra Vilniaus gatvėje 5.", "Vilniaus gatvėje 5"),
        ("Irodánk a Váci utcában 12 van.", "Váci utcában 12"),
        ("Kantoor aan de Coolsingel 40.", "Coolsingel 40"),  # compounds
        ("Wir sind am Kaiserring 5.", "Kaiserring 5"),
        ("Toimisto on osoitteessa Esplanadi bulevardi 4.", "Esplanadi bulevardi 4"),
        ("Vodičkova 30, 110 00 Praha", "Vodičkova 30, 110 00 Praha"),  # no street word: a postcode and town
        ("Sídlo je Vinohradská 1511/230.", "Vinohradská 1511/230"),  # a Czech double number
        ("Keizersgracht 15 hs", "Keizersgracht 15 hs"),  # house-number forms
        ("Via Roma 10, Piano 2, Appartamento 33", "Via Roma 10, Piano 2, Appartamento 33"),
        ("Rua Augusta 27, 3º Esq.", "Rua Augusta 27, 3º Esq."),
        ("Calle Mayor nr. 45", "Calle Mayor nr. 45"),
        ("Av Liberdade 100", "Av Liberdade 100"),  # abbreviations
        ("Bdul. Unirii 5", "Bdul. Unirii 5"),
        ("moro na rua do ouro 45 em lisboa", "rua do ouro 45"),  # lower case after moro na, I live at...
        ("I live at 12 baker street", "12 baker street"),
        ("ich wohne in der lindenstraße 12", "lindenstraße 12"),
        ("Rua Augusta 27\n1100-048 Lisboa", "Rua Augusta 27\n1100-048 Lisboa"),  # a postal address on two lines
    ],
)
def test_addresses_as_people_write_them(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "moro na rua do ouro e tenho 45 anos",  # an age, not a house number
        "a agência da Avenida Almirante Reis",  # a street without a number is a place
        "in via Giuseppe Verdi, vicino alla stazione",
        "Vodičkova je dlouhá ulice, 30 minut pěšky.",  # a street word-less name needs its postcode and town
        "Relatório 12/3 da auditoria",  # a double number needs a street adjective
    ],
)
def test_places_and_numbers_that_are_not_addresses(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # hu: postcode with its country prefix and town before the street, a trailing dot after the number
        ("Pošljite na H-4538 Tamásihida, Keresztkövesdi tér 18.", "H-4538 Tamásihida, Keresztkövesdi tér 18."),
        ("h-4538 tamásihida, keresztkövesdi tér 18.", "h-4538 tamásihida, keresztkövesdi tér 18."),  # lower case
        ("Andrássy út 60. fszt. 2.", "Andrássy út 60. fszt. 2."),
        ("Keresztkövesdi tér 18.\nH-4538 Tamásihida", "Keresztkövesdi tér 18.\nH-4538 Tamásihida"),  # two lines
        ("Hauptstraße 5 a, 10115 Berlin", "Hauptstraße 5 a, 10115 Berlin"),  # a lower-case letter apart
        ("живея на ул. „шипка“ 6", "ул. „шипка“ 6"),  # a quoted name in lower case
        # bg: quoted names, Cyrillic house-number letters, blocks, entrances, floors and flats
        ("Адресът ми е ул. „Г. С. Раковски“ 31а, София", "ул. „Г. С. Раковски“ 31а"),
        ("Офисът е на бул. „Витоша“ 15, ет. 2", "бул. „Витоша“ 15, ет. 2"),
        ("адрес: ж.к. Младост 1, бл. 12, вх. Б, ет. 3, ап. 10", "ж.к. Младост 1, бл. 12, вх. Б, ет. 3, ап. 10"),
        # ga, mt: the number before the street word
        ("Tá mé i mo chónaí ag 12 Bóthar na Trá, Gaillimh", "12 Bóthar na Trá"),
        ("Seoladh: 4 Sráid an Mhuilinn, Corcaigh", "4 Sráid an Mhuilinn"),
        ("Noqgħod fi 45, Triq San Ġorġ, Birkirkara", "45, Triq San Ġorġ"),
        # fi, is, lb, da, cs: staircases in lower case, Icelandic and Luxembourgish streets, town districts
        ("asun mannerheimintie 12 a 5", "mannerheimintie 12 a 5"),
        ("Ég bý á Skólavörðustíg 8", "Skólavörðustíg 8"),
        ("Ech wunnen an der Groussgaass 14", "Groussgaass 14"),
        ("Meng Adress ass 5, Uewerstrooss, Esch", "5, Uewerstrooss"),
        ("Vesterbrogade 3, 1620 København V", "Vesterbrogade 3, 1620 København V"),
        ("Jernbanegade 4, 2. tv., 8000 Aarhus C", "Jernbanegade 4, 2. tv., 8000 Aarhus C"),
        ("Bydlím na adrese Na Příkopě 15, 110 00 Praha 1", "Na Příkopě 15, 110 00 Praha 1"),
        # ro, lv: blocks, staircases and flats with letters, Latvian flats
        (
            "Adresa: Str. Mihai Eminescu nr. 14, bl. A2, sc. 1, ap. 23, București",
            "Str. Mihai Eminescu nr. 14, bl. A2, sc. 1, ap. 23",
        ),
        ("Str. Ștefan cel Mare nr. 15, Chișinău", "Str. Ștefan cel Mare nr. 15"),
        ("Adrese: Brīvības iela 55 dz. 12, Rīga", "Brīvības iela 55 dz. 12"),
        ("dzīvoju brīvības ielā 5", "brīvības ielā 5"),
        # lower case after a street word that is nothing else, the number ending the clause
        ("mandatemi la carta in via garibaldi 12, torino", "via garibaldi 12"),
        ("rue de la paix 5, paris", "rue de la paix 5"),
        ("av. da liberdade 100, lisboa", "av. da liberdade 100"),  # abbreviated street words in lower case
        ("al. jerozolimskie 65/79, warszawa", "al. jerozolimskie 65/79"),
        ("bd. unirii nr. 5", "bd. unirii nr. 5"),
        ("vivo en la calle mayor 5, 3º izq", "calle mayor 5, 3º izq"),
        ("schick es an die bahnhofstrasse 12.", "bahnhofstrasse 12"),  # a lower-case one-word street
        ("skicka till storgatan 18, stockholm", "storgatan 18"),
        ("send til nørrebrogade 12, 2. th.", "nørrebrogade 12, 2. th."),
        ("rua augusta 27, 1100-048 lisboa", "rua augusta 27, 1100-048 lisboa"),  # a lower-case town
        # after "send it to the address", a street without a street word
        ("Pošljite na naslov Slovenska 22, Ljubljana", "Slovenska 22"),
        ("asun aleksanterinkatu 15 b 22:ssa", "aleksanterinkatu 15 b 22"),  # a Finnish case ending
        ("Lakcímem Szeged, Kárász utca 6. II/4.", "Kárász utca 6. II/4."),  # a Hungarian floor and door
        # flats and floors of every market (several of them, in any order)
        ("Storgatan 5 B, 2 tr, 111 22 Stockholm", "Storgatan 5 B, 2 tr, 111 22 Stockholm"),
        ("Kirkegata 5, H0201, 0153 Oslo", "Kirkegata 5, H0201, 0153 Oslo"),
        ("Amagerbrogade 10, 1. sal", "Amagerbrogade 10, 1. sal"),
        ("Tartu mnt 25 korter 4", "Tartu mnt 25 korter 4"),
        ("Calle Mayor 5, portal 2, escalera B, 3º izq.", "Calle Mayor 5, portal 2, escalera B, 3º izq."),
        ("Váci út 1-3. fsz. 1.", "Váci út 1-3. fsz. 1."),
        ("Via Roma, 10 - 20121 Milano", "Via Roma, 10 - 20121 Milano"),  # a dash before the postcode
        ("Ulica 1. maja 5, Ljubljana", "Ulica 1. maja 5"),  # streets named for a date
        ("Strada 1 Decembrie 1918 nr. 5", "Strada 1 Decembrie 1918 nr. 5"),
        # more street words of the zone, before or after the name, inflected
        ("Gyvenu Laisvės alėjoje 53", "Laisvės alėjoje 53"),
        ("Aspazijas bulvāris 24, Rīga", "Aspazijas bulvāris 24"),
        ("Vabaduse väljak 7", "Vabaduse väljak 7"),
        ("Városligeti fasor 12", "Városligeti fasor 12"),
        ("Vjal ir-Riħan 5, San Ġwann", "Vjal ir-Riħan 5"),
        ("Obala kneza Branimira 5", "Obala kneza Branimira 5"),
        ("Rambla de Catalunya 45, 08007 Barcelona", "Rambla de Catalunya 45, 08007 Barcelona"),
        ("Nagusia kalea 5, Bilbo", "Nagusia kalea 5"),
        ("Drumul Taberei 34, bl. 5", "Drumul Taberei 34, bl. 5"),
        ("Hirschgraben 12, 60311 Frankfurt", "Hirschgraben 12, 60311 Frankfurt"),
        ("Trondheimsveien 5, 0560 Oslo", "Trondheimsveien 5, 0560 Oslo"),
        ("3 Custom House Quay, Dublin 1", "3 Custom House Quay"),
        # no street word: a street name's adjective or genitive ending, before a comma and a town
        ("Pošaljite karticu na Ilica 15, Zagreb", "Ilica 15"),
        ("Můžete poslat kartu na Vodičkova 30, Praha?", "Vodičkova 30"),
        ("Pošlite to na Obchodná 12, Bratislava", "Obchodná 12"),
        ("Μένω Ερμού 12, Αθήνα", "Ερμού 12"),
        ("ΟΔΟΣ ΕΡΜΟΥ 15, 105 63 ΑΘΗΝΑ", "ΟΔΟΣ ΕΡΜΟΥ 15, 105 63 ΑΘΗΝΑ"),  # Greek capitals drop the accents
        ("ΜΕΝΩ ΣΤΗΝ ΟΔΟ ΣΤΑΔΙΟΥ 7", "ΟΔΟ ΣΤΑΔΙΟΥ 7"),
        # pasted data: a field or column named for an address
        ('{"street": "Vodičkova 30", "city": "Praha"}', "Vodičkova 30"),
        ('{"address": "Ilica 15, Zagreb"}', "Ilica 15"),
        ("adresa;Ilica 15;Zagreb", "Ilica 15"),
        ("name,street,city\nAnna Weber,Vodičkova 30,Praha", "Vodičkova 30"),  # a pasted table's column
    ],
)
def test_addresses_of_every_market_language(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Ar chóir dom dul go dtí an brainse ar Bóthar na Trá? Tá 2 cheist agam.",  # a street without its number
        "Филиалът на бул. Витоша работи до 18 ч.",
        "Kas filiāle Brīvības ielā ir atvērta? Man vajag 200 eiro.",
        "Pénzt utaltam, 5 tér el a számtól.",  # a lower-case street word needs a name and number
        "Das kostet 5, Hauptsache schnell.",  # a number before a comma and a word is no Luxembourg street
        "Il-bank f'Valletta jiftaħ fit-8.",
        "o banco na rua augusta abre às 9.",  # a lower-case street: a time is no house number
        "η τράπεζα στην οδό σταδίου κλείνει στις 3.",
        "calle mayor y tengo 2.",  # a conjunction ends a lower-case street's name
        "Je pobočka na Obchodnej ulici otvorená do 18?",  # an hour after "until"
        "contact me via whatsapp at 3.",
        "I sent it via post 2 times",
        '{"city": "Zagreb", "branch": "Ilica", "count": 15}',  # a field not named for an address
        "nome;Windows 10;ok",
        "Hrvatska 2, Srbija 1",  # a score, not a street before its town
        "Nova 2, Zagreb 3",
        "A agência da Avenida da Liberdade, 9h-15h.",  # opening hours
        "Passe à l'agence place Bellecour, 2 rendez-vous possibles.",  # a count after a street
        "Fui à Rua Augusta, 3 vezes esta semana.",
        "Via Roma, 5 minuti a piedi dalla stazione.",
    ],
)
def test_market_language_places_and_amounts_stay(text: str) -> None:
    assert found(text) == []


def test_an_amount_before_a_street_is_no_postcode_and_town() -> None:
    assert found("Paguei 1500 Euro, Rua Augusta 5.") == ["Rua Augusta 5"]
