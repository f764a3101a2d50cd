"""Street addresses by the class of form they are written in, in the languages of the zone, and what stays text."""

import pytest

from runtime.privacy.detectors import addresses
from runtime.privacy.types import ADDRESS


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in addresses.detect(text) if s.entity_type == ADDRESS]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Post it to 14 Harlow Mill, please.", "14 Harlow Mill"),
        ("We moved to 3 Ashdown Lodge last year.", "3 Ashdown Lodge"),
        ("Deliver to 27 Corran View.", "27 Corran View"),
        ("It is 9 Fenwick Passage\nNorthwich\nCW9 5AB", "9 Fenwick Passage\nNorthwich\nCW9 5AB"),
        ("send to 12 BRAMBLE TRAIL, LOWER HAMDEN, LS6 2QT", "12 BRAMBLE TRAIL, LOWER HAMDEN, LS6 2QT"),
        ("Office: 40 Kestrel Viaduct", "40 Kestrel Viaduct"),
    ],
)
def test_english_street_words_that_are_common_words_after_the_house_number(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "I have 3 Key Points to make today.",
        "We saw 5 Great Views from the top.",
        "Meeting Room 4, 1000 Bruxelles",  # a numbered room before a postcode and town
        "I live in Dublin 4.",  # a town and its postal district
        "bydlím v Praze 5.",
        "in via Giuseppe Verdi, vicino al parco",  # a street without a number stays a place
        "Boulevard stopper efter 15-02-2026",  # a date is no house number
    ],
)
def test_places_counts_and_dates_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Naslov: Cesta na Brdo 14, 1000 Ljubljana", "Cesta na Brdo 14, 1000 Ljubljana"),  # a name with a preposition
        ("Stanujem na Ulici pod lipami 8.", "Ulici pod lipami 8"),
        ("Živim u Ulicu Pod borovima 3.", "Ulicu Pod borovima 3"),
        ("Sídlo: Pod Hradem 12/4", "Pod Hradem 12/4"),  # a double number
        ("Mezi Domy 7\n160 00 Praha 6", "Mezi Domy 7\n160 00 Praha 6"),  # the preposition starts the sentence
        ("Perivoj kralja Tomislava II. 4, 10000 Zagreb", "Perivoj kralja Tomislava II. 4, 10000 Zagreb"),
    ],
)
def test_central_european_streets_named_with_a_preposition_or_a_roman_numeral(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Költöztünk a Petőfi térre 8.", "Petőfi térre 8."),  # hu: a case of the street word, the number's dot
        ("Megyek a Rákóczi útra 14.", "Rákóczi útra 14."),
        ("Palun saada Narva maanteele 7-2.", "Narva maanteele 7-2"),  # et: allative
        ("Lähetä Hämeentielle 44 A 3.", "Hämeentielle 44 A 3"),  # fi: allative of a glued street word
        ("Nosūtiet uz Tērbatas ielu 9.", "Tērbatas ielu 9"),  # lv: accusative
        ("Pošlite to na Hlavnej ceste 12.", "Hlavnej ceste 12"),  # sk: locative of cesta
        ("Hringdu í Bólstaðarhlíð 5 eða Laugarásvegi 3.", "Bólstaðarhlíð 5"),
        ("Ég bý í Hagamelar 21.", "Hagamelar 21"),  # is: plural street names
        ("Jeg bor i Furuengen 4.", "Furuengen 4"),  # nb: meadows and flats streets are named after
        ("Adresse: Solflata 12", "Solflata 12"),
    ],
)
def test_streets_in_their_case_forms_and_nordic_names(text: str, address: str) -> None:
    assert address in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Indirizz: 12, Triq il-Kbira, Ħaż-Żabbar ZBR 1234", "12, Triq il-Kbira, Ħaż-Żabbar ZBR 1234"),  # mt town
        ("Πάροδος Ερμού 5\n54621 Αγ. Παύλος", "Πάροδος Ερμού 5\n54621 Αγ. Παύλος"),  # an abbreviated town
        ("Strada Mare 4, 900001 Constanța (Tomis)", "Strada Mare 4, 900001 Constanța (Tomis)"),  # a qualifier
        ("VIA DEL CORSO 5, 00186 SANT'ANGELO DI ROMA", "VIA DEL CORSO 5, 00186 SANT'ANGELO DI ROMA"),  # capitals
        ("Via Dante 3\n22063 Cantu'", "Via Dante 3\n22063 Cantu'"),  # an accent written as an apostrophe
        ("ж.к. „Люлин“ бл. 312, 1324 София", "ж.к. „Люлин“ бл. 312, 1324 София"),  # a block for a number
    ],
)
def test_towns_postcodes_and_blocks(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("j'habite au 8 rue des lilas, bât. C, 2e étage.", "8 rue des lilas, bât. C, 2e étage"),  # fr units
        ("noqgħod 7, triq il-kbira fejn hemm il-knisja", "7, triq il-kbira"),  # mt: a word that ends the name
        ("ech wunnen 5, rue de la gare mat menger famill", "5, rue de la gare"),  # lb
        ("moro na rua das flores 12 é o meu endereço", "rua das flores 12"),  # pt: a copula after the street
        ("vivo en calle luna 3 en Madrid", "calle luna 3"),
        ("ronda del sol 8 en Sevilla", "ronda del sol 8"),  # es: a lower-case street before its town
    ],
)
def test_lower_case_streets_end_before_the_rest_of_the_sentence(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Toimitus: Vanha Kauppakatu 5 A 3", "Vanha Kauppakatu 5 A 3"),  # an adjective before a one-word street
        ("Vi bor på Gamla Kungsvägen 4.", "Gamla Kungsvägen 4"),
        ("Bezorgen op Nieuwe Binnenweg 12", "Nieuwe Binnenweg 12"),
        ("Jižní IV 12\n141 00 Praha 4", "Jižní IV 12\n141 00 Praha 4"),  # a numbered street, no street word
        ("Lossi 12b\n51003 Tartu", "Lossi 12b\n51003 Tartu"),  # a house number with its letter before the postcode
        ("lakom petőfi sándor utca 9.", "petőfi sándor utca 9."),  # hu: a name of two words in lower case
        ("Seol chuig 5 Bóthar na Trá, H91 X2Y3 Baile na hAbhann", "5 Bóthar na Trá, H91 X2Y3 Baile na hAbhann"),
        ("Via Appia 12, 04020 Santi Cosma E Damiano", "Via Appia 12, 04020 Santi Cosma E Damiano"),
        ("Envíelo a C. Mayor 5, 28013 Madrid", "C. Mayor 5, 28013 Madrid"),  # es: C. for calle
        ("vivo en pasaje de la virgen blanca 4.", "pasaje de la virgen blanca 4"),  # three words in lower case
        ("Adressen er Furutjernet 3.", "Furutjernet 3"),  # nb: a tarn, a ring
        ("Send til Solringen 7", "Solringen 7"),
        ("Deliver to 12 Harbour Locks.", "12 Harbour Locks"),  # en: street words of USPS Publication 28
        ("Post to 5 Linden Station, Derby, DE1 2AB", "5 Linden Station, Derby, DE1 2AB"),
        ("Schéckt et op 24, haaptstrooss.", "24, haaptstrooss"),  # lb: a lower-case street after its number
    ],
)
def test_more_forms_of_the_zone(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Ne vedem pe 3 martie la ora 10.",  # a date in words, not a street ending in -tie
        "calle mayor y tengo 2 hijos.",  # a lower-case street name ends at a conjunction
        "Die Bahnhofstraße ist gesperrt, 2 Stunden Umweg.",
        "We need 2 bedroom flats near the station.",
    ],
)
def test_dates_counts_and_sentences_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Στείλτε το στην Πατησίων 45.", "Πατησίων 45"),  # el: the article of the street, the name in the genitive
        ("Το γραφείο είναι στη μητροπόλεως 12 και ανοίγει νωρίς", "μητροπόλεως 12"),
        ("Polje, cesta IX 14\n1260 Ljubljana - Polje", "Polje, cesta IX 14\n1260 Ljubljana - Polje"),
        ("Sídlo: Hlavná 12/4", "Hlavná 12/4"),  # sk: a double number
        ("ul. J. Kráľa 5/2", "ul. J. Kráľa 5/2"),  # a name after its initial
        ("Saatke see aadressile lossi 12.", "lossi 12"),  # et: "to the address"
        ("Stuur het op adres kerkstraat 4.", "kerkstraat 4"),  # nl
        ("Kerkstraat 4\n5211 AB 's-Hertogenbosch", "Kerkstraat 4\n5211 AB 's-Hertogenbosch"),  # a town after 's
        ("RUA DO CARMO, 78, 1200-093 LISBOA", "RUA DO CARMO, 78, 1200-093 LISBOA"),  # particles in capitals
    ],
)
def test_greek_articles_numbered_roads_double_numbers_and_address_phrases(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Διάβασε στη σελίδα 5.",  # a page, not a street in the genitive
        "Ήμουν στη θέση 4.",
        "Reunião com Maria 12/3",  # a name and a date
    ],
)
def test_greek_pages_and_dates_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Naslov: Cesta XIV. divizije 12", "Cesta XIV. divizije 12"),  # a Roman ordinal and a lower-case genitive
        ("via roma 10, 00184 roma", "via roma 10, 00184 roma"),  # lower case with a five-digit postcode
        ("Ivy Cottage, 3 Church Road, Ambleside LA22 9AA", "Ivy Cottage, 3 Church Road, Ambleside LA22 9AA"),
        ("Rose House\n12 Mill Lane\nYork\nYO1 7HH", "Rose House\n12 Mill Lane\nYork\nYO1 7HH"),  # a house's name
        ("14 Main Street, Naas, Co. Kildare, W91 RX82", "14 Main Street, Naas, Co. Kildare, W91 RX82"),  # county
    ],
)
def test_roman_ordinals_lower_case_postal_lines_house_names_and_irish_counties(text: str, address: str) -> None:
    assert found(text) == [address]


def test_a_year_after_a_street_is_no_postcode_of_a_lower_case_town() -> None:
    assert found("Via Roma 10, 2023 ho comprato casa") == ["Via Roma 10"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("NÁMESTIE 1. MÁJA 5, 811 06 BRATISLAVA", "NÁMESTIE 1. MÁJA 5, 811 06 BRATISLAVA"),  # a date in capitals
        ("KARL-F.-SCHINKEL-WEG 4/2, 10115 BERLIN", "KARL-F.-SCHINKEL-WEG 4/2, 10115 BERLIN"),  # hyphened initials
        ("Vrhovci, cesta iv 3", "Vrhovci, cesta iv 3"),  # a numbered road in lower case
        ("Sídlo: Šafárikovo 12/4, Košice", "Šafárikovo 12/4"),
        ("Sídlo: Jesenského 68/3, Nitra", "Jesenského 68/3"),  # a genitive before a double number
        ("Sídlo: Na Staré Poště 15/2, Praha", "Na Staré Poště 15/2"),  # a preposition and two words
        ("SØNDERVEJ 12, 7900 NYKØBING M", "SØNDERVEJ 12, 7900 NYKØBING M"),  # a Danish town's letter
        ("Ny Vestergade 3\n1471 København K", "Ny Vestergade 3\n1471 København K"),  # a Danish adjective
        ("eg bur i Kvernhusgjerdet 5, Voss", "Kvernhusgjerdet 5"),  # nn: a fenced field
        ("elan tartu 12 aga mitte kaua", "tartu 12"),  # et: "but" ends a lower-case street
        ("Στείλτε το στην αγίου δημητρίου 14 αλλά όχι σήμερα", "αγίου δημητρίου 14"),  # el: two genitive words
        ("Ερμού 12, Αθήνα", "Ερμού 12"),
        ("Ulica bratov Babnik 4, 1000 Ljubljana", "Ulica bratov Babnik 4, 1000 Ljubljana"),  # "of the brothers"
    ],
)
def test_capitals_initials_double_numbers_nordic_and_greek_forms(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("μένω κολοκοτρώνη 8 μαζί με τα παιδιά", "κολοκοτρώνη 8"),  # el: "I live" without its preposition
        ("Κορίνθου 14, Πάτρα", "Κορίνθου 14"),  # a genitive name before its town
        ("Δελφούς 3, Αθήνα", "Δελφούς 3"),
    ],
)
def test_greek_streets_after_i_live_and_before_a_town(text: str, address: str) -> None:
    assert found(text) == [address]


def test_a_town_and_a_duration_after_i_live_stay() -> None:
    assert found("μένω στην Αθήνα 5 χρόνια") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Flat 3\n22 Baker Street\nLondon\nNW1 6XE", "Flat 3\n22 Baker Street\nLondon\nNW1 6XE"),  # a flat line first
        ("Appartement 12\n14 rue des Lilas\n75011 Paris", "Appartement 12\n14 rue des Lilas\n75011 Paris"),
        ("Lindenstraße 12\nWohnung 4\n10115 Berlin", "Lindenstraße 12\nWohnung 4\n10115 Berlin"),  # a flat line after
        ("Via Roma 10\nPiano 2\n00184 Roma", "Via Roma 10\nPiano 2\n00184 Roma"),
    ],
)
def test_a_flat_on_its_own_line_of_a_postal_address(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("bydlím u hřiště 25.", "u hřiště 25"),  # cs: a lower-case name that begins with its preposition
        ("stanujem na pod lipami 8c ampak ne več dolgo", "pod lipami 8c"),  # sl
        ("Morada: largo do prof. egas moniz, 42", "largo do prof. egas moniz, 42"),  # pt: a title in the name
    ],
)
def test_prepositions_and_titles_inside_lower_case_names(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize("text", ["bydlím u rodičů 2 roky", "mieszkam tu 3 lata"])
def test_years_after_i_live_stay(text: str) -> None:
    assert found(text) == []
