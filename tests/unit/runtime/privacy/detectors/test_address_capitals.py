"""Streets in messages typed in capitals: ordinary shouted messages left alone, shouted addresses still found."""

import pytest

from runtime.privacy.detectors import addresses
from runtime.privacy.detectors.address_capitals import (
    amount_or_date,
    capitals_bounds,
    glued_name,
    in_capitals,
    plain_name,
)
from runtime.privacy.types import ADDRESS


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in addresses.detect(text) if s.entity_type == ADDRESS]


@pytest.mark.parametrize(
    "text",
    [
        "POT DEPUNE 79 DE LEI LA BANCOMAT?",
        "CAN I PAY 50 EUROS AT THE BRANCH IN MAIN STREET?",
        "I WITHDREW 40 AT THE KIOSK ON STATION ROAD YESTERDAY",
        "KAN JEG HEVE 14 KR I KIOSKEN PÅ TORGET GATE",
        "SÍÐAN TÓK ÉG ÚT 40 KR. Í BANKANUM",
        "PŁACĘ 30 ZŁ W KIOSKU PRZY ULICY",
        "HE PAID €25 NEAR THE OLD BRIDGE ROAD",
        "LA PLAZA NUEVA SOLO ACEPTA TARJETAS DE 20",
        "AUTOMATUL DE PE STRADA MARE DĂ DOAR 100 LEI",
        "BANKOMĀTS IZSNIEDZ TIKAI 50 EIRO",
    ],
)
def test_shouted_messages_get_no_street(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("MY ADDRESS IS 61 SMITH FLATS, LEEDS", "61 SMITH FLATS"),
        ("SEND IT TO 22 BAKER STREET PLEASE", "22 BAKER STREET"),
        ("VIA GARIBALDI 12, 10122 TORINO", "VIA GARIBALDI 12"),
        ("WOHNE IN DER LINDENSTRASSE 12", "LINDENSTRASSE 12"),
        ("BOR PÅ NYVÄGEN 83 LGH 1102", "NYVÄGEN 83"),
        ("VIALE ARMANDO, 43 SCALA B, INTERNO 7", "VIALE ARMANDO, 43"),
        ("MIESZKAM PRZY UL. JANA PAWŁA II 42 M. 14", "UL. JANA PAWŁA II 42"),
        ("LAKOM: KOSSUTH LAJOS UTCA 12.", "KOSSUTH LAJOS UTCA 12"),
        ("DRONNING EUFEMIAS GATE 4, 0191 OSLO", "DRONNING EUFEMIAS GATE 4"),
        ("I LIVE AT 5 SANKT OLAVS GATE", "5 SANKT OLAVS GATE"),
    ],
)
def test_shouted_addresses_are_found(text: str, address: str) -> None:
    assert any(span.startswith(address) for span in found(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Pot Depune 79, Ljubljana", "Pot Depune 79"),
        ("The kiosk is at 12 Old Mill Lane near the church", "12 Old Mill Lane"),
        ("Wir wohnen in der Tikastraße 5", "Tikastraße 5"),
    ],
)
def test_mixed_case_is_read_as_before(text: str, address: str) -> None:
    assert any(span.startswith(address) for span in found(text))


def test_in_capitals_reads_the_line_only() -> None:
    text = "Hello there\nVIA ROMA 10\nthanks"
    start = text.index("VIA")
    assert in_capitals(text, start, start + 11)
    assert not in_capitals("Via Roma 10", 0, 11)


@pytest.mark.parametrize(
    ("name", "plain"),
    [("SANKT OLAVS", True), ("KR I AUTOMATEN I KONGENS", False), ("DE LA PAZ", True), ("ONE TWO THREE FOUR", False)],
)
def test_plain_name(name: str, plain: bool) -> None:
    assert plain_name(name, 0, len(name)) is plain


@pytest.mark.parametrize(("word", "named"), [("LINDENSTRASSE", True), ("TIKAI", False), ("NYVÄGEN", True)])
def test_glued_name(word: str, named: bool) -> None:
    assert glued_name(word, ("strasse", "kai", "vägen")) is named


@pytest.mark.parametrize(("text", "start", "amount"), [("€43", 1, True), ("22-08-2026", 3, True), ("N 43", 2, False)])
def test_amount_or_date(text: str, start: int, amount: bool) -> None:
    assert amount_or_date(text, start) is amount


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("MÄRTSIST ELAME KASE TÄNAVAL 15-3", "KASE TÄNAVAL 15-3"),  # a verb of living before it
        ("ΤΟ ΙΑΤΡΕΙΟ ΠΗΓΕ ΣΤΟ ΑΣΤΡΟΥΣ 85", "ΑΣΤΡΟΥΣ 85"),  # a preposition before it
        ("127, RUE MICHEL RODANGE ZU JUNGLINSTER", "127, RUE MICHEL RODANGE"),  # number first: the town after it
        ("Märtsist elame Kase tänaval 15-3", "Märtsist elame Kase tänaval 15-3"),  # not in capitals: as found
    ],
)
def test_capitals_bounds_leave_the_sentence_out(text: str, street: str) -> None:
    start, end = capitals_bounds(text, 0, len(text))
    assert text[start:end] == street
