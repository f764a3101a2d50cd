"""The name heading a signature block (a job or company line, then a phone or an e-mail), and blocks headed by
no name. The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_signature_block import signature_blocks
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hej,\nse svaret från förvaltaren nedan.\n\nRagnar Lindén\nFastighetsförvaltare | Lindén & Berg AB\n"
            "Tel. 070-123 45 67",
            "Ragnar Lindén",
        ),
        (
            "Hei kaikki,\nalla isännöitsijän vastaus.\n\nOskari Partanen\nIsännöitsijä | Kiinteistö Oy Harju\n"
            "puh. 040 765 4321",
            "Oskari Partanen",
        ),
        (
            "Pozdrav svima,\nšaljem odgovor upravitelja.\n\nJoško Ritoša\nUpravitelj zgrade | Stan d.o.o.\n"
            "joskor@example.hr",
            "Joško Ritoša",
        ),
    ],
)
def test_the_name_heading_a_signature_block(text: str, expected: str) -> None:
    (start, end), *_ = signature_blocks(text)
    assert text[start:end] == expected
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tack för svaret.\n\nKundtjänst Stockholm\nÖppet vardagar | Banken AB\nTel. 0771-123 456",
        "Hello,\n\nBest Regards\nCustomer Service | Example Ltd\nsupport@example.com",
        "Hei,\n\nOskari Partanen\nsoitti eilen 040 765 4321",  # the line under the name holds digits: no block
    ],
)
def test_blocks_headed_by_no_name(text: str) -> None:
    assert signature_blocks(text) == []


def test_a_closing_abbreviated_before_a_signed_name() -> None:
    assert found("Hæ, er útibúið opið á laugardaginn?\nkv. Fylkir") == ["Fylkir"]
    assert found("Hei, er kontoret ope på laurdag?\nhels Tobias") == ["Tobias"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alwine Treptow\nKassiererin vum Veräin\natreptow@example.lu", "Alwine Treptow"),  # the block alone
        ("Dragoljub Ferenčak\nPredsjednik udruge\n+385 91 555 1234\nmolim prevedi na engleski", "Dragoljub Ferenčak"),
    ],
)
def test_a_block_that_opens_the_message(text: str, expected: str) -> None:
    assert [text[start:end] for start, end in signature_blocks(text)] == [expected]


@pytest.mark.parametrize(
    "text", ["Quick Question\nAbout my account\n0151 2345678", "Neue Adresse\nBitte ändern\nTel. 0151 2345678"]
)
def test_an_opening_block_of_common_words_holds_no_name(text: str) -> None:
    assert signature_blocks(text) == []
