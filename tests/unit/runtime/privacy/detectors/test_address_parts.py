"""The parts of the address detector: word lists as regex trees, the dot that ends an address, postal lines."""

import re

import pytest

from runtime.privacy.detectors import addresses
from runtime.privacy.detectors.address_numbers import end_with_dot
from runtime.privacy.detectors.address_postal import with_postal
from runtime.privacy.detectors.address_words import tree_regex, words


@pytest.mark.parametrize("text", ["str", "str.", "straße", "strasse", "st", "st.", "gata", "gatan"])
def test_a_word_tree_matches_each_word_whole(text: str) -> None:
    pattern = re.compile(tree_regex(["str", "str.", "straße", "strasse", "st", "st.", "gata", "gatan"]))
    match = pattern.match(text)
    assert match is not None
    assert match.group() == text  # the longest word, not a shorter one it begins with


@pytest.mark.parametrize("text", ["strand", "stx", "gatanx", "gat"])
def test_a_word_tree_needs_a_word_boundary_after_a_letter(text: str) -> None:
    pattern = re.compile(tree_regex(["str", "st", "gata", "gatan"]) + r"\Z")
    assert pattern.match(text) is None


def test_street_words_match_in_any_letter_case_and_greek_without_accents() -> None:
    pattern = re.compile(words(("rua", "οδός")))
    assert [bool(pattern.fullmatch(t)) for t in ("RUA", "Rua", "ΟΔΟΣ", "οδός", "ruas")] == [
        True,
        True,
        True,
        True,
        False,
    ]


@pytest.mark.parametrize(
    ("text", "street", "expected"),
    [
        ("Bredgade 20, 3. tv.", "Bredgade 20, 3. tv", "Bredgade 20, 3. tv."),  # an abbreviation's dot
        ("Rua do Carmo 12, 1º Dto.", "Rua do Carmo 12, 1º Dto", "Rua do Carmo 12, 1º Dto."),
        ("Váci utca 12.", "Váci utca 12", "Váci utca 12."),  # a Hungarian house number's
        ("Rua Augusta 27. Obrigada", "Rua Augusta 27", "Rua Augusta 27"),  # the sentence's
        ("Keizersgracht 15 hs.", "Keizersgracht 15 hs", "Keizersgracht 15 hs"),
        ("Via Roma 10.5", "Via Roma 10", "Via Roma 10"),
    ],
)
def test_the_dot_after_an_address_is_kept_only_when_it_is_the_address_s(text: str, street: str, expected: str) -> None:
    assert text[: end_with_dot(text, 0, len(street))] == expected


@pytest.mark.parametrize(
    ("text", "street", "expected"),
    [
        ("14 Elm Grove\nReading\nRG1 5AB", "14 Elm Grove", "14 Elm Grove\nReading\nRG1 5AB"),
        ("5 Bóthar na Trá, H91 X2Y3 Gaillimh", "5 Bóthar na Trá", "5 Bóthar na Trá, H91 X2Y3 Gaillimh"),
        ("Αιόλου 40, ΤΚ 10551 Αθήνα", "Αιόλου 40", "Αιόλου 40, ΤΚ 10551 Αθήνα"),
        ("Pražská 5, 252 41 Hradec nad Moravicí", "Pražská 5", "Pražská 5, 252 41 Hradec nad Moravicí"),
        ("Via Roma 10, 1500 euro", "Via Roma 10", "Via Roma 10"),  # an amount is no postcode
    ],
)
def test_the_postal_line_after_a_street_joins_it(text: str, street: str, expected: str) -> None:
    span = with_postal(text, 0, len(street))
    assert text[span.start : span.end] == expected


def test_a_hungarian_postcode_and_town_on_the_line_before_join_the_street() -> None:
    text = "H-6720 Szeged\nDóm tér 3."
    start = text.index("Dóm")
    span = with_postal(text, start, len(text))
    assert text[span.start : span.end] == text


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("ODEČET ELEKTROMĚRU JE PRO ZÁVRCHY 8, 209 59 PROSEČ", "ZÁVRCHY 8, 209 59 PROSEČ"),  # in capitals
        ("odečet je pro závrchy 8, 209 59 proseč", "závrchy 8, 209 59 proseč"),  # not an adjective before it
        ("adresa je zlaté piesky 4, 821 04 bratislava", "zlaté piesky 4, 821 04 bratislava"),  # an adjective
        ("40 SOPHIE TUNNEL, LAURASTAD, WV1 9SL IF YOU CAN", "40 SOPHIE TUNNEL, LAURASTAD, WV1 9SL"),  # British
        ("12 BÓTHAR NA HABHANN, V94 T9PX LUIMNEACH", "12 BÓTHAR NA HABHANN, V94 T9PX LUIMNEACH"),  # Irish
        ("PASAJE EVA PADILLA 41, 41767 CANTABRIA Y YA NO VIVO AHI", "PASAJE EVA PADILLA 41, 41767 CANTABRIA"),
        ("schickt sie an veli-ackermann-ring 5034, 48407 weimar", "veli-ackermann-ring 5034, 48407 weimar"),
        ("rādījums ir par matīsa iela 8, lv-5601 krāslava", "matīsa iela 8, lv-5601 krāslava"),  # "about"
        ("send det nye kort til\nskanderborggade 58\n2080 ringsted", "skanderborggade 58\n2080 ringsted"),
        ("de bréif ass op 134, route de thionville, l-4701 pétange", "134, route de thionville, l-4701 pétange"),
        ("via sbarbaro, 8, 90121 san gabriele dell'addolorata", "via sbarbaro, 8, 90121 san gabriele dell'addolorata"),
    ],
)
def test_a_street_without_the_sentence_around_it(text: str, street: str) -> None:
    assert [text[span.start : span.end] for span in addresses.detect(text)] == [street]
