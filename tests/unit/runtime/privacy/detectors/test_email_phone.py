"""E-mail and phone number detection."""

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.types import EMAIL, PHONE


def found(text: str, entity_type: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_builtin(text) if s.entity_type == entity_type]


@pytest.mark.parametrize(
    "address",
    [
        "ana.silva@example.pt",
        "Jean-Luc.Picard+work@mail.example.fr",
        "o'brien@example.ie",
        "josé.garcía@correo.example.es",
        "user_1@sub.domain.example.co.uk",
        "MÜLLER@EXAMPLE.DE",
    ],
)
def test_email_addresses(address: str) -> None:
    for text in (f"Escreva para {address}.", f"<{address}>", f"mailto:{address}", f"({address}), obrigado"):
        assert found(text, EMAIL) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "meet @ 10 o'clock",
        "follow @someone on social media",
        "user@localhost",
        "price: 3@5 each",
        "a@b",
        "trailing@",
        "@example.com",
        "name@domain.c",
    ],
)
def test_not_email(text: str) -> None:
    assert found(text, EMAIL) == []


def test_two_addresses_and_sentence_punctuation() -> None:
    text = "Contact: a.b@example.com, c-d@example.org. Done."
    assert found(text, EMAIL) == ["a.b@example.com", "c-d@example.org"]


@pytest.mark.parametrize(
    "phone",
    [
        "+351 912 345 678",  # PT mobile, international
        "+351912345678",
        "0049 30 1234567",  # DE, 00 prefix
        "+49 (0)30 1234567",  # DE with trunk prefix in parentheses
        "+33 1 23 45 67 89",  # FR
        "+34 612 34 56 78",  # ES
        "+39 347 123 4567",  # IT mobile
        "+31 6 12345678",  # NL
        "+32 470 12 34 56",  # BE
        "+43 664 1234567",  # AT
        "+353 87 123 4567",  # IE
        "+30 210 123 4567",  # GR
        "+48 512 345 678",  # PL
        "912 345 678",  # PT mobile, national
        "21 123 4567",  # PT Lisbon landline
        "612 34 56 78",  # ES mobile
        "91 123 45 67",  # ES Madrid landline
        "030 1234567",  # DE Berlin
        "030/1234567",
        "(030) 1234567",
        "0171 1234567",  # DE mobile
        "01 23 45 67 89",  # FR
        "01.23.45.67.89",
        "06-12345678",  # NL mobile
        "020 123 4567",  # NL Amsterdam
        "02 123 45 67",  # BE Brussels
        "0470 12 34 56",  # BE mobile
        "347 123 4567",  # IT mobile
        "06 1234 5678",  # IT Rome landline
        "087 123 4567",  # IE mobile
        "210 123 4567",  # GR Athens
    ],
)
def test_phone_numbers(phone: str) -> None:
    assert found(f"Ligue para {phone} amanhã.", PHONE) == [phone]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Tel.: 12 34 56 78", "12 34 56 78"),  # DK-style 8 digits, only with a keyword
        ("Telefon 1234567", "1234567"),
        ("mobile: 1234 5678", "1234 5678"),
        ("Telemóvel 912345678", "912345678"),
    ],
)
def test_short_numbers_with_a_phone_keyword(text: str, phone: str) -> None:
    assert found(text, PHONE) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 we grew by 12 %.",
        "Am 15.03.2024 um 10:30 Uhr.",
        "On 2024-03-15 10:30 the meeting starts.",
        "Le 01/02/2024 10h.",
        "Preço: 1.234.567,89 €",
        "Price 1 234 567 €",
        "Budget: 250 000 000 EUR",
        "€ 912 345 678",
        "Total 912.345.678 units",
        "O valor é 123 456 789,50",
        "Order 12345678",
        "Version 1.2.3.4",
        "Population 10 000 000",
        "Budget 250000000 for 2025",
        "12 34 56 78",  # 8 digits without a keyword
        "Between 1990 and 2024",
        "Call 112 or 1234",
        "ISBN 978-3-16-148410-0",
    ],
)
def test_no_phone_in_ordinary_numbers(text: str) -> None:
    assert found(text, PHONE) == []


def test_phone_next_to_words_and_punctuation() -> None:
    text = "Mobil:+49 171 1234567,Festnetz (089) 12345678."
    assert found(text, PHONE) == ["+49 171 1234567", "(089) 12345678"]
    assert found("abc0301234567", PHONE) == []
