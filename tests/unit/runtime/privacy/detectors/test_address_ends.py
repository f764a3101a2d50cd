"""Where a street address ends: its town after the postcode stops before the rest of the sentence (a word of now, a
relative pronoun or preposition, a spaced dash in capitals, a sentence's dot); a street in its case after its
preposition ends before a spaced dash; Nordic one-word streets named after a place; and the numbers that look like
a house number but are an amount or a phone's groups."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.spans import merge_spans


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("SKICKA KORTET TILL ÄNGSVÄGEN 12, 58330 LINKÖPING FRÅN OCH MED MÅNDAG", "ÄNGSVÄGEN 12, 58330 LINKÖPING"),
        ("POSTEN SKAL TIL FJELLVEIEN 3, 9008 TROMSØ SOM ER NY ADRESSE", "FJELLVEIEN 3, 9008 TROMSØ"),
        ("ΑΠΟΣΤΟΛΗ: ΕΡΜΟΥ 40, ΤΚ 262 21 ΠΑΤΡΑ – ΠΑΡΑΚΑΛΩ ΓΡΗΓΟΡΑ", "ΕΡΜΟΥ 40, ΤΚ 262 21 ΠΑΤΡΑ"),
        ("ADRES: UL. LIPOWA 7, 20-020 LUBLIN – DZIĘKUJĘ", "UL. LIPOWA 7, 20-020 LUBLIN"),
        ("ADRESA: ŠTÚROVA 15, 949 01 NITRA – ĎAKUJEM", "ŠTÚROVA 15, 949 01 NITRA"),
        ("Neue Adresse: Talstraße 9, 79102 Freiburg. Danke euch", "Talstraße 9, 79102 Freiburg"),
        ("Nouvelle adresse : 12, rue des Tanneurs. Merci de mettre à jour", "12, rue des Tanneurs"),
        ("Ny adress: Kvarngatan 4, 75320 Uppsala. Hälsningar", "Kvarngatan 4, 75320 Uppsala"),
        ("tá mé ag 7 bóthar na trá, h91 x2k4 gaillimh anois", "7 bóthar na trá, h91 x2k4 gaillimh"),
        ("Seoladh: 3 Sráid an Mhargaidh, H65 F2C9 Béal an Átha", "3 Sráid an Mhargaidh, H65 F2C9 Béal an Átha"),
        ("Stěhujeme se do Lipové 14 – co vše musím nahlásit?", "Lipové 14"),
        ("Przeprowadzam się na Słoneczną 5 – czy muszę zgłosić?", "Słoneczną 5"),
        ("Paket šaljem iz Primorske 22 – koliko dugo ide?", "Primorske 22"),
        ("Ég er flutt á Kirkjuteig 21, getið þið breytt?", "Kirkjuteig 21"),
        ("Við keyptum á Sæviðargrund 8 í fyrra", "Sæviðargrund 8"),
        ("Flytta til Solrøa 12 i mars", "Solrøa 12"),
    ],
)
def test_an_address_ends_where_the_sentence_goes_on(text: str, address: str) -> None:
    assert address in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ég þarf að taka út 25 kr. í reiðufé",  # an amount after the Hungarian street word's look-alike
        "Vinsamlegast leggðu inn 40 kr á reikninginn",
        "RING 22 33 44 55 ETTER ÅTTE",  # call, and a phone's groups
        "Ring 41 22 93 07 i morgon",
        "Final score 3 – 2, what a game",
    ],
)
def test_amounts_phones_and_scores_are_no_address(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Porada výboru bude v Komenského 9 ve středu? ne, v Nerudově 9 ve dvoře", "Nerudově 9"),
        ("Presťahovali sme sa na Hviezdoslavovu ulicu 12, čo ďalej?", "Hviezdoslavovu ulicu 12"),
    ],
)
def test_a_street_in_its_case(text: str, address: str) -> None:
    assert address in addresses(text)


@pytest.mark.parametrize(
    "text", ["Gyvenu Vilniuje ir Kaune 5 metus", "Mieszkam we Wrocławiu 5 lat", "Birojs ir Rīgā jau 5 gadus"]
)
def test_towns_and_years_after_a_preposition_stay(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("pakken skal til nørre allé 14, tak", "nørre allé 14"),
        ("jeg er flyttet til vester farimagsgade 9, kan i ændre det", "vester farimagsgade 9"),
        ("skicka till gamla tullgatan 3 tack", "gamla tullgatan 3"),
        ("babcia mieszka lipowa 12, 00-950 warszawa", "lipowa 12, 00-950 warszawa"),
    ],
)
def test_a_lower_case_street_keeps_its_adjective_and_leaves_the_verb_out(text: str, address: str) -> None:
    assert address in addresses(text)


@pytest.mark.parametrize("text", ["jeg har en ny vej 5 gange om ugen", "det er store dage 4 gange"])
def test_adjectives_before_counts_stay(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ENVOYEZ À 12 RUE DES LILAS, 69003 LYON OÙ J'HABITE", "12 RUE DES LILAS, 69003 LYON"),
        ("MANDEM PARA RUA DAS FLORES 20, 4050-262 PORTO POR FAVOR", "RUA DAS FLORES 20, 4050-262 PORTO"),
        ("ENVIADLO A CALLE MAYOR 3, 28013 MADRID QUE ES MI CASA", "CALLE MAYOR 3, 28013 MADRID"),
        ("MANDATE A VIA ROMA 10, 00184 ROMA DOVE ABITO ORA", "VIA ROMA 10, 00184 ROMA"),
        ("STUUR NAAR KERKSTRAAT 8, 3512 AB UTRECHT WAAR IK WOON", "KERKSTRAAT 8, 3512 AB UTRECHT"),
        ("TRIMITEȚI PE STRADA FLORILOR 7, 400001 CLUJ UNDE LOCUIESC", "STRADA FLORILOR 7, 400001 CLUJ"),
        ("ИЗПРАТЕТЕ НА УЛ. ШИПКА 12, 1000 СОФИЯ КЪДЕТО ЖИВЕЯ", "УЛ. ШИПКА 12, 1000 СОФИЯ"),
        ("LÄHETÄ OSOITTEESEEN MÄKITIE 4, 00100 HELSINKI NYT", "MÄKITIE 4, 00100 HELSINKI"),
        ("SŪTIET UZ BRĪVĪBAS IELA 5, LV-1010 RĪGA – PALDIES", "BRĪVĪBAS IELA 5, LV-1010 RĪGA"),
        ("SIŲSKITE Į GEDIMINO PR. 9, LT-01103 VILNIUS – AČIŪ", "GEDIMINO PR. 9, LT-01103 VILNIUS"),
        ("SEND TIL VESTERGADE 3, 8000 AARHUS HVOR JEG BOR", "VESTERGADE 3, 8000 AARHUS"),
        ("SENDIÐ Á LAUGAVEG 12, 101 REYKJAVÍK ÞAR SEM ÉG BÝ", "LAUGAVEG 12, 101 REYKJAVÍK"),
        ("POŠLJITE NA SLOVENSKA CESTA 5, 1000 LJUBLJANA – HVALA", "SLOVENSKA CESTA 5, 1000 LJUBLJANA"),
        ("WYŚLIJCIE NA UL. DŁUGA 5, 00-950 WARSZAWA GDZIE MIESZKAM", "UL. DŁUGA 5, 00-950 WARSZAWA"),
        ("IBGĦATUH 12, TRIQ IL-KBIRA, ĦAL QORMI QRM 1234 FEJN NGĦIX", "12, TRIQ IL-KBIRA, ĦAL QORMI QRM 1234"),
        ("SCHÉCKT ET 12, RUE DE LA GARE, L-1234 LUXEMBOURG WOU ECH WUNNEN", "12, RUE DE LA GARE, L-1234 LUXEMBOURG"),
    ],
)
def test_a_town_in_capitals_ends_before_the_rest_of_the_sentence(text: str, address: str) -> None:
    assert address in addresses(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("NOVÁ ADRESA: U NÁDRAŽÍ 12, 434 01 MOST", "U NÁDRAŽÍ 12, 434 01 MOST"),
        ("INDIRIZZO: VIA ROMA 4, 35042 ESTE", "VIA ROMA 4, 35042 ESTE"),
        ("Pošlete to znovu na Smetanova 18, Kolín?", "Smetanova 18"),
        ("Balík vraťte na Jiráskova 7, děkuji", "Jiráskova 7"),
        ("Zásilku pošlete na Tylova 5 – díky", "Tylova 5"),
        ("poslat na Dvořákova 3, Ostrava", "Dvořákova 3"),
        ("mám ho poslat na Sitteho 181, Roztoky?", "Sitteho 181"),
    ],
)
def test_towns_that_are_words_too_and_streets_named_in_the_genitive(text: str, address: str) -> None:
    assert address in addresses(text)
