"""Whole messages in pt, es, fr, de, it, nl and en: what the built-in detectors find (names included), and what
they leave."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.spans import merge_spans


def found(text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in merge_spans(detect_builtin(text))]


MESSAGES = {
    "pt": (
        "Olá! Chamo-me Ana da Silva, o meu NIF é 123456789 e o IBAN PT50 0002 0123 1234 5678 9015 4. "
        "Liguem-me para o 912 345 678 ou escrevam para ana.silva@example.pt. A fatura de 2024 foi de 1.234,56 €.",
        [
            ("NAME", "Ana da Silva"),
            ("NIF_PT", "123456789"),
            ("IBAN", "PT50 0002 0123 1234 5678 9015 4"),
            ("PHONE", "912 345 678"),
            ("EMAIL", "ana.silva@example.pt"),
        ],
    ),
    "es": (
        "Hola, soy Javier de la Fuente. Mi DNI es 12345678-Z y mi NIE antiguo X1234567L. Cuenta "
        "ES91 2100 0418 4502 0005 1332; móvil +34 612 34 56 78. Pagué 49,90 € el 15/03/2024.",
        [
            ("NAME", "Javier de la Fuente"),
            ("DNI_ES", "12345678-Z"),
            ("NIE_ES", "X1234567L"),
            ("IBAN", "ES91 2100 0418 4502 0005 1332"),
            ("PHONE", "+34 612 34 56 78"),
        ],
    ),
    "fr": (
        "Bonjour, je suis Élodie Lefèvre, numéro de sécurité sociale 2 55 08 14 168 025 38, compte "
        "fr14 2004 1010 0505 0001 3m02 606. Appelez le 01 23 45 67 89 avant le 01/02/2025 à 10h30.",
        [
            ("NAME", "Élodie Lefèvre"),
            ("NIR_FR", "2 55 08 14 168 025 38"),
            ("IBAN", "fr14 2004 1010 0505 0001 3m02 606"),
            ("PHONE", "01 23 45 67 89"),
        ],
    ),
    "de": (
        "Guten Tag, mein Name ist Jürgen Müller, Steuer-ID 86095742719, Konto DE89370400440532013000. "
        "Erreichbar unter 0049 30 1234567 oder juergen.mueller@example.de. Rechnung vom 15.03.2024 über 1.499,00 EUR.",
        [
            ("NAME", "Jürgen Müller"),
            ("STEUER_ID_DE", "86095742719"),
            ("IBAN", "DE89370400440532013000"),
            ("PHONE", "0049 30 1234567"),
            ("EMAIL", "juergen.mueller@example.de"),
        ],
    ),
    "it": (
        "Buongiorno, sono Mario Rossi, codice fiscale RSSMRA85T10A562S, IBAN IT60 X054 2811 1010 0000 0123 456, "
        "cellulare 347 123 4567. La carta 4111 1111 1111 1111 scade il 12/2027.",
        [
            ("NAME", "Mario Rossi"),
            ("CODICE_FISCALE_IT", "RSSMRA85T10A562S"),
            ("IBAN", "IT60 X054 2811 1010 0000 0123 456"),
            ("PHONE", "347 123 4567"),
            ("CARD", "4111 1111 1111 1111"),
        ],
    ),
    "nl": (
        "Hallo, ik ben Sanne van der Berg, BSN 1112.22.333, rekening NL91 ABNA 0417 1643 00, "
        "bel me op 06-12345678. De huur is € 1.250 per maand sinds 2023.",
        [
            ("NAME", "Sanne van der Berg"),
            ("BSN_NL", "1112.22.333"),
            ("IBAN", "NL91 ABNA 0417 1643 00"),
            ("PHONE", "06-12345678"),
        ],
    ),
    "en": (
        "Hi, I'm John Smith. Card 5555-5555-5555-4444, phone +44 20 7946 0958, email john@example.co.uk, "
        "account GB29 NWBK 6016 1331 9268 19. I paid $1,299.99 on 2024-03-15.",
        [
            ("NAME", "John Smith"),
            ("CARD", "5555-5555-5555-4444"),
            ("PHONE", "+44 20 7946 0958"),
            ("EMAIL", "john@example.co.uk"),
            ("IBAN", "GB29 NWBK 6016 1331 9268 19"),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(MESSAGES))
def test_message_in_each_language(language: str) -> None:
    text, expected = MESSAGES[language]
    assert sorted(found(text), key=lambda item: text.index(item[1])) == expected


ORDINARY = [
    "Em 2024 a inflação foi de 2,4 % e o PIB cresceu 1,9 %. Reunião às 14:30 no dia 3 de março.",
    "El piso cuesta 245.000 € y la hipoteca 1.050 € al mes durante 30 años (360 cuotas).",
    "Le TGV part à 7 h 42 du quai 3 ; billet 89,00 €, réduction de 25 %, le 14/07/2025.",
    "Der Zug ICE 1234 fährt um 08:15 von Gleis 7; Preis 129,90 EUR, BahnCard 50, am 1.10.2025.",
    "Il volo AZ 610 parte alle 10:45; il biglietto costa 350,00 euro; 1° gennaio 2026.",
    "De trein van 09.12 naar Utrecht kost € 12,40; in 2023 reisden 1,2 miljoen mensen.",
    "Order #48213 shipped on 2024-11-05; 3 items, total $249.97, tracking in 2-3 days. Python 3.11.7, v1.2.3.",
    "Coordinates 38.7223, -9.1393; temperature -3.5 °C; 1 000 000 visitors; 1e9 requests; 0.05 mg.",
    "Tabela: 10 20 30 40 50 60; anos 1990-2000 e 2010-2020; páginas 123-456.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_no_personal_data_in_ordinary_text(text: str) -> None:
    assert found(text) == []


@given(st.text(max_size=300))
def test_spans_are_within_the_text_and_non_empty(text: str) -> None:
    for span in detect_builtin(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]


def _no_digit_or_at_sign(char: str) -> bool:
    return not any(c.isdigit() or c == "@" for c in unicodedata.normalize("NFKC", char))


@given(st.text(alphabet=st.characters().filter(_no_digit_or_at_sign), max_size=300))
def test_text_without_digits_or_at_sign_has_nothing(text: str) -> None:
    # Names are words: only they can be found without a digit or an at sign.
    assert [span for span in detect_builtin(text) if span.entity_type != "NAME"] == []


def test_detection_does_not_depend_on_surrounding_text() -> None:
    text, expected = MESSAGES["pt"]
    filler = "Lorem ipsum dolor sit amet. " * 200
    assert found(filler + text + filler) == found(text) == expected
