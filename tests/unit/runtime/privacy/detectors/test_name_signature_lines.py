"""Names on the lines of a signature that a mark or a line around them announces. The messages are this file's
own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_signature_lines import signature_lines
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


def signed(text: str) -> list[str]:
    return [text[start:end] for start, end in signature_lines(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitte stornieren.\n--\nWiebke Ahlers | Kassenwartin\nwiebke@example.de", "Wiebke Ahlers"),  # delimiter
        ("Kan I sende det igen?\n\nPreben Lykkegaard\nSendt fra min iPhone", "Preben Lykkegaard"),  # app line
        ("Saadetud minu iPhone'ist\nUrmas Kask", "Urmas Kask"),  # under the app's line
        ("Cu stimă,\nAurelian Dobre – Cabinet Dobre\n0722 123 456", "Aurelian Dobre"),  # closing, name – company
        ("Tisztelettel:\nBencze Levente\n2. emelet", "Bencze Levente"),  # a closing with a colon
        ("Lep pozdrav iz Kopra,\nTadeja Kolenc\nblagajničarka", "Tadeja Kolenc"),  # a closing from a town
        ("Kontoen er lukket.\n\nHilsen Henning Bloch\nTlf. 2012 3456", "Henning Bloch"),  # closing and name
    ],
)
def test_a_name_a_signature_announces(text: str, expected: str) -> None:
    assert expected in signed(text)
    assert expected in found(text)


def test_a_company_named_after_the_signer() -> None:
    text = "Best wishes\nOwen Pritchard\nDirector, Pritchard & Sons Ltd"
    assert signed(text) == ["Owen Pritchard", "Pritchard"]


@pytest.mark.parametrize(
    "text",
    [
        "Danke!\nBerlin, 5. Mai",  # a town and a date under a thanks
        "Thanks!\nCustomer Service Team",  # a team signs
        "--\nBitte beachten Sie die neuen Bedingungen",  # prose under the delimiter
        "Sent from my iPhone",
        "Vielen Dank,\nIhre Sparkasse",  # lower-case word in the line
    ],
)
def test_no_name_on_ordinary_lines(text: str) -> None:
    assert signed(text) == []


def test_a_signature_typed_in_lower_case() -> None:
    text = "beste grüße\nwiebke ahlers\nmobil: 0171 2345678"
    assert signed(text) == ["wiebke ahlers"]


def test_a_lower_case_line_in_a_capitalized_message_is_no_name() -> None:
    assert signed("Beste Grüße\nwiebke ahlers") == []


def test_an_unlisted_given_name_before_a_surname_in_lower_case() -> None:
    text = "sendt fra min iphone\n\nhilsen tjorvald pedersen\ntlf. 2012 3456"
    assert signed(text) == ["tjorvald pedersen"]
