"""Numbers written whole: a mobile's voicemail number (Italy's eleven digits), the number given after a word for
"a number"; where each ends its clause they are phone numbers."""

from __future__ import annotations

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.phone import is_market_mobile, market_regions


def phones(text: str, language: str) -> list[str]:
    """The PHONE values of ``text`` for a market of ``language``."""
    return [text[s.start : s.end] for s in detect_builtin(text, market_regions([language])) if s.entity_type == "PHONE"]


def test_an_eleven_digit_italian_mobile_number_ending_its_clause() -> None:
    assert phones("Mi sono sbagliato, il numero giusto è 34712345678", "it") == ["34712345678"]


def test_the_same_digits_inside_a_clause_or_in_another_market_stay() -> None:
    assert phones("Il codice 34712345678 della pratica è scaduto", "it") == []
    assert phones("Kod 34712345678", "pl") == []


def test_a_voicemail_service_number_that_opens_unlike_mobiles_is_no_mobile() -> None:
    assert is_market_mobile("34712345678", ("IT",))
    assert not is_market_mobile("81212345", ("NO",))  # Norway's voicemail service, its mobiles open with 4 or 9


def test_the_number_given_at_a_clause_end_after_a_word_for_number() -> None:
    assert phones("Beklager, jeg skrev feil nummer. Det riktige er 22123456", "nb") == ["22123456"]
    assert phones("Omlouvám se, špatné číslo. Správné je 212345678", "cs") == ["212345678"]


def test_a_number_named_for_an_invoice_or_going_on_in_its_clause_stays() -> None:
    assert phones("Nummeret på fakturaen er 22123456", "nb") == []
    assert phones("Nummeret er 22123456 kroner lavere", "nb") == []
