"""Names written in forms people use that the name lists alone miss: in lower case after a verb (inflected too,
or a given name that is also a word), in capitals with a hyphenated double surname or an Irish particle,
Bulgarian and Greek names in their own script, a soft hyphen inside a name. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import detect_builtin, names
from runtime.privacy.detectors.name_cyrillic import cyrillic_forms
from runtime.privacy.detectors.name_words import GIVEN_NAMES
from runtime.privacy.market_languages import EUROPEAN_REGIONS
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("przelałem pieniądze do katarzyny wiśniewskiej", ["katarzyny wiśniewskiej"]),  # inflected, lower case
        ("poslal jsem peníze tereze svobodové", ["tereze svobodové"]),
        ("έστειλα χρήματα στον δημήτρη παπαδάκη", ["δημήτρη παπαδάκη"]),
        ("j'ai viré 50 euros à léa moreau", ["léa moreau"]),  # a given name that is also a word
        ("sent money to seán o'sullivan", ["seán o'sullivan"]),
        ("odeslal jsem to janovi novákovi", ["janovi novákovi"]),  # a short given name, inflected
        ("Mluvil jsem s Evou Novákovou.", ["Evou Novákovou"]),
        ("Rozmawiałem z Janem wczoraj.", ["Janem"]),
    ],
)
def test_lower_case_names_after_a_verb(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "tu conversación se queda en esta pestaña del navegador",  # a given name that is a word, then a surname
        "vai alla casella del messaggio",
        "dina tidigare meddelanden kunde inte läsas in",  # a frequent word that inflects like a name
        "Laut Stiftung Warentest ist das Angebot gut.",  # a word that a one-letter ending makes a short name
        "What is the APR of the Personal Loan Flex?",
    ],
)
def test_lower_case_words_that_look_like_a_pair_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tá LOUIS Ó BIORAINN anseo.", ["LOUIS Ó BIORAINN"]),  # Irish particles, in capitals
        ("SIOBHÁN NÍ BHRIAIN a bhí ann.", ["SIOBHÁN NÍ BHRIAIN"]),
        ("The account belongs to Donncha Ó Súilleabháin.", ["Donncha Ó Súilleabháin"]),  # an unknown given name
        ("yesterday aoife ní bhriain called", ["aoife ní bhriain"]),  # and in lower case
        ("inné ghlaoigh aoife ní fhlannagáin", ["aoife ní fhlannagáin"]),  # a surname the lists lack
        ("Tá Saoirse Breathnach anseo.", ["Saoirse Breathnach"]),  # Irish given names in Irish spelling
        ("Labhair mé le hOisín Seoighe.", ["hOisín Seoighe"]),  # an initial mutation before the name
        ("Tá sé ag Seán Ó bhFeargail.", ["Seán Ó bhFeargail"]),
        ("SEÁN MAC GIOLLA PHÁDRAIG", ["SEÁN MAC GIOLLA PHÁDRAIG"]),  # Mac and Nic in capitals
        ("Íocaíocht ó SADHBH NIC AODHA", ["SADHBH NIC AODHA"]),
        ("nie wiem nic o tym, anna nic nie wie", []),  # the Polish ``nic`` is no particle
        ("Apple Mac Pro is great", []),
        ("Писах на ЕЛЕНА ТОЧЕВА-КЛОПОВА вчера.", ["ЕЛЕНА ТОЧЕВА-КЛОПОВА"]),  # a double surname in capitals
        ("Pedi ao ANA FERREIRA-SANTOS.", ["ANA FERREIRA-SANTOS"]),
        ("Ana Ferreira-Santos pediu o cartão.", ["Ana Ferreira-Santos"]),
    ],
)
def test_capitals_irish_particles_and_double_surnames(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_a_plain_o_joins_no_two_people() -> None:
    assert found("Llamaré a Ana o Pedro mañana.") == ["Ana", "Pedro"]  # ``o`` is ``or``, not ``Ó``


@pytest.mark.parametrize(
    "text", ["vou enviar o e-mail à ana amanhã", "a rita quer fazer o check-in online", "Ana check-in amanhã"]
)
def test_a_hyphenated_word_is_no_double_surname(text: str) -> None:
    assert all("-" not in name for name in found(text))


def test_a_soft_hyphen_inside_a_name_is_read_through() -> None:
    text = "Писах на ЕЛЕНА ТОЧЕ\u00adВА-КЛОПОВА и на Ana Fer\u00adreira."
    spans = detect_builtin(text, tuple(EUROPEAN_REGIONS))
    assert sorted(text[s.start : s.end] for s in spans if s.entity_type == NAME) == [
        "Ana Fer\u00adreira",
        "ЕЛЕНА ТОЧЕ\u00adВА-КЛОПОВА",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Превод от Цветелина Стоянова.", ["Цветелина Стоянова"]),  # a given name the list has in Latin only
        ("Плащане от ЦВЕТЕЛИНА СТОЯНОВА", ["ЦВЕТЕЛИНА СТОЯНОВА"]),
        ("цветелина стоянова звъня днес", ["цветелина стоянова"]),
        ("вчера звъня десислава драганова", ["десислава драганова"]),  # a surname known by its ending
        ("Драганова Десислава подаде заявление.", ["Драганова Десислава"]),  # surname first, opening a sentence
        ("Вчера Цветан Тодоров подаде заявление.", ["Цветан Тодоров"]),  # a given name the lists lack
        ("ПЛАЩАНЕ ОТ ЦВЕТАН ТОДОРОВ", ["ЦВЕТАН ТОДОРОВ"]),
        ("Στέλνω στον ΑΝΕΣΤΗ ΚΑΡΑΓΙΑΝΝΟΠΟΥΛΟ", ["ΑΝΕΣΤΗ ΚΑΡΑΓΙΑΝΝΟΠΟΥΛΟ"]),
        ("χθες τηλεφώνησε ο σπύρος μαυρέλλης", ["σπύρος μαυρέλλης"]),
    ],
)
def test_bulgarian_and_greek_names(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "искам нова карта",
        "това е моята сметка",
        "картата е готова",
        "θέλω να μάθω για το κράτος του δανείου",
        "Η ΚΑΡΤΑ ΜΟΥ ΔΕΝ ΛΕΙΤΟΥΡΓΕΙ ΕΠΕΙΔΗ ΕΛΗΞΕ",  # capitals: words that end as surnames do
        "ΠΛΗΡΩΜΗ ΠΡΟΓΡΑΜΜΑΤΟΣ ΕΠΙΔΟΤΗΣΗΣ",
        "Στην Περιφερειακή Οδό",
        "Отидох в Софийски университет.",
    ],
)
def test_bulgarian_and_greek_words_with_a_surname_ending_stay(text: str) -> None:
    assert found(text) == []


def test_bulgarian_given_names_are_known_in_cyrillic() -> None:
    assert cyrillic_forms("tsvetelina") == ("цветелина",) and cyrillic_forms("cvetelina") == ("цветелина",)
    assert "димитър" in cyrillic_forms("dimitar") and cyrillic_forms("élan") == ()
    assert {"цветелина", "радослав"} <= GIVEN_NAMES
