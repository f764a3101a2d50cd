"""Post-office boxes in the languages of the zone, and boxes, companies and sections that are none."""

import pytest

from runtime.privacy.detectors import addresses
from runtime.privacy.detectors.address_boxes import BOX
from runtime.privacy.types import ADDRESS


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in addresses.detect(text) if s.entity_type == ADDRESS]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # post-office boxes, the short forms with their postcode
        ("Send the cheque to PO Box 4417, Cork.", "PO Box 4417"),
        ("Wyślij to na skrytkę pocztową 512, 00-950 Warszawa.", "skrytkę pocztową 512"),
        ("Изпрати на пощенска кутия 512, 1000 София.", "пощенска кутия 512"),
        ("Skicka det till Box 512, 751 20 Uppsala.", "Box 512"),
        ("Pošlji na p. p. 512, 1001 Ljubljana.", "p. p. 512"),
    ],
)
def test_post_office_boxes(text: str, address: str) -> None:
    assert any(span.startswith(address) for span in found(text))


@pytest.mark.parametrize(
    "text", ["the order is box 5 of the form", "BP 2024 results were good", "apartado 3 del contrato"]
)
def test_boxes_that_are_no_post_office_box(text: str) -> None:
    assert BOX.search(text) is None
