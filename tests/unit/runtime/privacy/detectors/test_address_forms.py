"""Street addresses in the forms people write them in every language of the zone: without a street word after
what people write before their own address, in lower case, quoted, over several lines, with the house-number
forms of each market; and ordinary numbers and places that stay as they are."""

import pytest

from runtime.privacy.detectors import addresses
from runtime.privacy.types import ADDRESS


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in addresses.detect(text) if s.entity_type == ADDRESS]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # no street word, in lower case, after "my address is" / "I live": the town after it stays outside
        ("moje adresa je jindřišská 16, Praha", "jindřišská 16"),
        ("heimilisfangið mitt er sæbraut 3, Reykjavík", "sæbraut 3"),
        ("minu aadress on tartu 3, Pärnu", "tartu 3"),
        ("μένω στην αιόλου 40, Αθήνα", "αιόλου 40"),
        ("moj naslov je pot na fužine 3, Ljubljana", "pot na fužine 3"),
        ("i live at 22 rowan mead in york", "22 rowan mead"),
        ("jeg bor i solhaugen 7 i Tromsø", "solhaugen 7"),
        # a compound street after the phrase and an article, the town's preposition ending it
        ("ik woon op de tulpstraat 14 in Gouda", "tulpstraat 14"),
        ("ich wohne rosenweg 3/1 in Ulm", "rosenweg 3/1"),
        ("j'habite au 5 rue des acacias à Nantes", "5 rue des acacias"),
        ("ech wunnen 9, rue du fort zu Diekirch", "9, rue du fort"),
        ("noqgħod 21, triq id-duluri, Ħamrun", "21, triq id-duluri"),
        ("tá cónaí orm ag 4 bóthar an mhuilinn, Trá Lí", "4 bóthar an mhuilinn"),
        ("stau pe soseaua pantelimon nr. 7 bl. 3 sc. 2 ap. 15, în Iași", "soseaua pantelimon nr. 7 bl. 3 sc. 2 ap. 15"),
        # a street-name ending (adjective, genitive) in lower case before a comma and a town
        ("pošlete kartu na hostivařská 569, Výsluní", "hostivařská 569"),
        ("στείλτε την στη μελιγαλών 14, Αθήνα", "μελιγαλών 14"),
        # a street's name beginning with a preposition, written capitalized
        ("Od června bydlím Na Slupi 12, ozvěte se.", "Na Slupi 12"),
        # quoted names with initials
        ("живея на ул. „д-р и. с. петров“ 14, Варна", "ул. „д-р и. с. петров“ 14"),
        # street words after an adjective name, inflected (hr, sk)
        ("Stanujem u Zelenom putu 5 već godinu dana.", "Zelenom putu 5"),
        ("Adresa: Zagorski put 12, 10000 Zagreb", "Zagorski put 12, 10000 Zagreb"),
        ("Nova adresa:\nKačićevo šetalište 7/2\n21000 Split", "Kačićevo šetalište 7/2\n21000 Split"),
        ("Adresa: Zlaté piesky 4, 821 04 Bratislava", "Zlaté piesky 4, 821 04 Bratislava"),
        # more street words of the zone: Italian, Spanish, Romanian without diacritics, Irish compounds
        ("Borgo Pinti 12, 50121 Firenze", "Borgo Pinti 12, 50121 Firenze"),
        ("Callejón del Gato 3, 2º derecha", "Callejón del Gato 3, 2º derecha"),
        ("Soseaua Kiseleff 10, Bucuresti", "Soseaua Kiseleff 10"),
        ("cuir chuig 3 Ardsráid, Corcaigh", "3 Ardsráid"),
        # postal lines over several lines: a British town on its own line, an Irish Eircode and town, a Greek
        # postcode's label, a Hungarian postcode and town on the line before, towns with their particle
        ("New address:\n14 Elm Grove\nReading\nRG1 5AB", "14 Elm Grove\nReading\nRG1 5AB"),
        ("New address:\n5 Stanwell Rise\nLeeds\nLS1 4AB", "5 Stanwell Rise\nLeeds\nLS1 4AB"),
        ("Seoladh:\n5 Bóthar na gCloch\nH91 X2Y3 Gaillimh", "5 Bóthar na gCloch\nH91 X2Y3 Gaillimh"),
        ("Διεύθυνση: Αιόλου 40, ΤΚ 10551 Αθήνα", "Αιόλου 40, ΤΚ 10551 Αθήνα"),
        ("Lakcím:\nH-6720 Szeged\nDóm tér 3.", "H-6720 Szeged\nDóm tér 3."),
        ("Komenského 5, 400 01 Ústí nad Labem", "Komenského 5, 400 01 Ústí nad Labem"),
        # house-number forms: abbreviations' dots, Hungarian numbers and case endings, Norwegian flats
        ("Send kortet til Bredgade 20, 3. tv.", "Bredgade 20, 3. tv."),
        ("Morada: Rua do Carmo, 12, 1º Dto.", "Rua do Carmo, 12, 1º Dto."),
        ("a címem petőfi sándor utca 9., Pécs", "petőfi sándor utca 9."),
        ("A Rákóczi út 20-ban lakom.", "Rákóczi út 20-ban"),
        ("Send kortet til Østre Holmen 4 H0301", "Østre Holmen 4 H0301"),
        ("Calle Mayor uimhir 5", "Calle Mayor uimhir 5"),
        # a flat before the street; the phrase, not the sentence's first word, before a street without its word
        ("my address is flat 2, 14 high street, oxford", "flat 2, 14 high street"),
        ("Please post it to Flat 3, 22 Baker St, London", "Flat 3, 22 Baker St"),
        ("Bývam na Obchodnej 15, 811 06 Bratislava", "Obchodnej 15, 811 06 Bratislava"),
    ],
)
def test_addresses_in_the_forms_people_write(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "I live in flat 3 with my wife",  # a flat, a floor or a room is not a street
        "Ik woon op 2 hoog",
        "Bor på 3 våningen",
        "Asun 2 kerroksessa",
        "Ich wohne in Berlin seit 3 Jahren.",  # a town and a duration
        "moro na cidade há 3 anos",
        "bydlím v Brně, 2 děti",
        "μένω στην Αθήνα 5 χρόνια",
        "ich wohne in der Nähe vom Bahnhof, 5 Minuten",
        "Tengo 2 hijos y vivo en Madrid.",
        "Agência Avenida da República 2x por semana",  # a count
        "a agência da Avenida Almirante Reis",  # streets without a number are places
        "abito in via Giuseppe Verdi, vicino alla stazione",
        "Pay 3 instalments of 150 euros.",
        "See page 12 of the contract, section 4.",
        "Invoice 12\n1100 Lisboa office",  # a numbered thing before a postcode and town
        "Seite 3, 1010 Wien",
        "Fatura 7, 1100-048 Lisboa",
        "hrvatska 2, Srbija 1",  # a score
    ],
)
def test_numbers_and_places_that_stay(text: str) -> None:
    assert found(text) == []
