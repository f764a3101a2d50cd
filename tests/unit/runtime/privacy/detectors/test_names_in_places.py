"""A person's name that is part of a place (a street, square, bridge, station, school; a monarch's or a saint's
name) reaches the model unchanged, with the street word before or after it, abbreviated or inflected; a name
beside a house number is still an address. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import detect_builtin, names
from runtime.privacy.market_languages import EUROPEAN_REGIONS
from runtime.privacy.types import ADDRESS, NAME

PLACES = (
    # the street word before the name, abbreviated, inflected after a preposition, with a regnal number
    "Mieszkam przy ul. Adama Mickiewicza, blisko parku.",
    "Bankomat stoi przy al. Jana Pawła II.",
    "Oddział jest na ulicy Adama Mickiewicza w Poznaniu.",
    "Spotkajmy się przy placu Jana Matejki o piątej.",
    "Studiuję na Uniwersytecie im. Adama Mickiewicza.",
    "Bankomat jest przy pl. Józefa Piłsudskiego.",
    "Офисът е на бул. Христо Ботев в София.",
    "Клонът е на бул. „Александър Стамболийски“.",
    "Живея близо до ул. Иван Вазов.",
    "Sucursala e pe Bulevardul Ion C. Brătianu.",
    "Die Filiale in der Konrad-Adenauer-Straße ist zu.",
    "Die Filiale am Willy-Brandt-Platz hat geöffnet.",
    "Kancelář je v ulici Karla IV.",
    "La oficina está en la calle Alfonso XII de Madrid.",
    # the street word after the name, inflected
    "A fiók a Liszt Ferenc téren van.",
    "Találkozzunk a Liszt Ferenc tér sarkán.",
    "A bank a Kossuth Lajos utcában van.",
    "Skyrius yra Gedimino prospekte.",
    "Skyrius yra Gedimino pr. Vilniuje.",
    "Filiāle ir Krišjāņa Valdemāra iela Rīgā.",
    "Filiaal asub Jaan Tõnissoni tänaval.",
    "Siirryn Aleksis Kiven kadulle.",
    "Kontoret ligger i Haakon VII gate.",
    "Kontoret ligger i Christian Michelsens gate i Bergen.",
    "Banken ligger på Karl Johans gate ved slottet.",
    "Vi mødes ved Dronning Louises Bro.",
    "Kontoret ligger på Birger Jarlsgatan.",
    "Kontor ligger på Hans Christian Andersens Boulevard.",
    "The branch on King Edward Street is closed.",
    # monarchs and places named after people
    "I love the statue of King Edward.",
    "Kong Haakon var populær.",
    "Je vais à la Gare Saint-Lazare demain.",
    "Cheguei ao Aeroporto Humberto Delgado às 10h.",
    "Arrivo alla Stazione Santa Maria Novella.",
    "Mój syn chodzi do Szkoły Podstawowej im. Marii Konopnickiej.",
    "Atterro all'Aeroporto Leonardo da Vinci domani.",  # an elided article on the place word
    "L'agence de l'avenue Jean Jaurès est fermée.",
    "Filialen ligger på Christian IX's Gade.",
    "Poslovnica je na Trgu bana Josipa Jelačića.",  # a lower-case word inside the place's name
    "Sletim u Zračnu luku Franjo Tuđman.",
    "Studijuoju Vytauto Didžiojo universitete.",
    "we met near the jan pawel ii statue",
    "bankomat na ul. mickiewicza nie działa",
    "Die Filiale am Theodor-Heuss-Ring ist zu.",
    "Találkozzunk a Móricz Zsigmond körtéren.",
    "A fiók az Erzsébet királyné útján van.",
    "Ще се видим при църквата „Свети Александър Невски“.",
    "Sucursala e pe B-dul Carol I.",
    "Statuia lui Ștefan cel Mare e în centru.",
    "Ne vedem la statuia Regele Mihai I.",
    "Il-fergħa tinsab fi Triq Sir Temi Żammit.",  # a title inside a street's name
    "A agência da Rua Dr. António José de Almeida fechou.",
    "Ich arbeite am Max-Planck-Institut in München.",  # institutions named after people
    "Hon studerar vid Karolinska Institutet.",
    "Mieszkam przy Adama Mickiewicza, niedaleko parku.",  # Polish streets without a street word
    "Bankomat na rogu Marii Konopnickiej i Długiej.",
    "Bankomat na Marii Konopnickiej nie działa.",  # a woman's name in the genitive after ``na``
    "Where is the branch?\nKing Edward Street",  # a last line that is a street is no signature
    "Hol van a fiók?\nLiszt Ferenc tér",
    "Mieszkam przy ul. gen. Józefa Bema.",  # a rank or title inside the street's name
    "Oddział na ul. ks. Jerzego Popiełuszki jest otwarty.",
    "Bankomat przy al. marsz. Józefa Piłsudskiego.",
    "Pobočka je na Ulici gen. M. R. Štefánika.",  # initials inside the street's name
    "A estátua de D. Carlos I, no Porto.",  # a first monarch
    "We saw the statue of Juan Carlos I.",
    "Scendo a Porta Garibaldi.",  # a city gate named after a person
)


def _found(text: str, entity: str) -> list[str]:
    spans = detect_builtin(text, tuple(EUROPEAN_REGIONS))
    return [text[s.start : s.end] for s in spans if s.entity_type == entity]


@pytest.mark.parametrize("text", PLACES)
def test_a_name_inside_a_place_is_no_person(text: str) -> None:
    assert _found(text, NAME) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mieszkam przy ul. Adama Mickiewicza 12, Poznań.",
        "Toimisto on Aleksis Kiven katu 5.",
        "A bank a Kossuth Lajos utca 10. alatt van.",
    ],
)
def test_a_place_with_a_house_number_is_still_an_address(text: str) -> None:
    assert _found(text, NAME) == [] and _found(text, ADDRESS) != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rozmawiałem z Adamem Mickiewiczem na ulicy.", ["Adamem Mickiewiczem"]),  # a street word after, no place
        ("Byłem na placu. Jan Nowak już czekał.", ["Jan Nowak"]),  # a sentence end is no abbreviation's dot
        ("I met Anna Smith close to the branch.", ["Anna Smith"]),  # an English word that is a street word too
        ("Edward called me yesterday about the loan.", []),  # a lone name at the start stays (as before)
        ("Yesterday Edward called me about the loan.", ["Edward"]),
        ("Wczoraj dzwoniła Kowal Anna.", ["Kowal Anna"]),  # surname first, then a given name
        ("Przelew na Annę Nowak.", ["Annę Nowak"]),  # a person after ``na`` is in the accusative
        ("Wczoraj dzwonił Král Petr.", ["Král Petr"]),  # a surname that means king, surname first
        ("Tegnap hívott Király Péter.", ["Király Péter"]),
        ("A consulta foi no Hospital Santa Maria e Ana Silva foi comigo.", ["Ana Silva"]),  # a place, then a person
        ("Przelew dla Anny Nowak.", ["Anny Nowak"]),
        ("Rozmawiałem z prof. Janem Kowalskim.", ["Janem Kowalskim"]),  # a title with no street before it
        ("Fui à Rua S. João. Ana Silva estava lá.", ["Ana Silva"]),  # a sentence after the street's name
        ("Yesterday Maria I think called.", ["Maria"]),  # the English ``I`` is no regnal number
        ("ANA SILVA VI O CARTÃO", ["ANA SILVA"]),  # nor ``VI`` in capitals
        ("Ich habe mit Hans-Peter Schmidt-Weber gesprochen.", ["Hans-Peter Schmidt-Weber"]),  # hyphens, no place
    ],
)
def test_people_near_place_words_are_still_found(text: str, expected: list[str]) -> None:
    assert sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich habe im Gespräch Anna Schmidt erwähnt.", ["Anna Schmidt"]),  # German ``im`` is no ``im.``
        ("Ich habe Anna alle Unterlagen geschickt.", ["Anna"]),  # ``alle`` is no ``allé``
        ("para a Ana ter acesso à conta", ["Ana"]),  # ``ter`` is no ``tér``
    ],
)
def test_words_that_look_like_place_words_keep_the_person(text: str, expected: list[str]) -> None:
    assert sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME) == expected
