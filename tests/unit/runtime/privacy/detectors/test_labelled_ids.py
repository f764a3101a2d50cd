"""A number after its label is that identifier even with a wrong check digit, however the sentence runs on."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.national_id_catalog import CATALOG
from runtime.privacy.spans import merge_spans


def merged(text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in merge_spans(detect_builtin(text), text)]


def checks_out(entity_type: str, written: str) -> bool:
    code = "".join(c for c in written.upper() if c.isalnum() or (entity_type == "HETU_FI" and c in "-+"))
    return any(e.valid(code) for e in CATALOG if e.entity_type == entity_type and e.valid is not None)


# (sentence, type, value with a wrong check digit)
TYPOS = [
    ("Mon numéro de sécurité sociale est le 2 91 03 75 114 052 17, merci.", "NIR_FR", "2 91 03 75 114 052 17"),
    ("Meine Steuer-ID lautet 47 036 892 810.", "STEUER_ID_DE", "47 036 892 810"),
    ("Henkilötunnukseni on 140279-318A.", "HETU_FI", "140279-318A"),
    ("CNP-ul meu este 2790214403180.", "CNP_RO", "2790214403180"),
    ("Ο ΑΜΚΑ μου είναι 14027931841.", "AMKA_GR", "14027931841"),
    ("O meu NIF é 245 678 910.", "NIF_PT", "245 678 910"),
    ("Il mio codice fiscale è BNCGLI79B54H501A.", "CODICE_FISCALE_IT", "BNCGLI79B54H501A"),
    ("Mijn BSN is 2856.43.910.", "BSN_NL", "2856.43.910"),
]


@pytest.mark.parametrize(("text", "entity_type", "value"), TYPOS, ids=[t for _, t, _ in TYPOS])
def test_a_typo_after_its_label_and_a_few_words_is_still_that_identifier(
    text: str, entity_type: str, value: str
) -> None:
    assert not checks_out(entity_type, value)
    assert merged(text) == [(entity_type, value)]


def test_maltese_identity_card_is_not_taken_for_a_polish_card_label() -> None:
    assert merged("karta tal-identità 654321M grazzi") == [("ID_MT", "654321M")]


def test_without_a_label_a_wrong_check_digit_is_left_alone() -> None:
    assert merged("Reference 2790214403180 is closed.") == []


def test_a_label_across_the_end_of_a_window_around_earlier_digits() -> None:
    # "codice fiscale" starts 16 characters after "1100-048": inside that number's window, and runs past it.
    text = "Moro na Rua Augusta, 27, 1100-048 Lisboa. Il mio codice fiscale è BNCGLI79B54H501A, grazie."
    assert ("CODICE_FISCALE_IT", "BNCGLI79B54H501A") in merged(text)
