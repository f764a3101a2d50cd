"""A contract's, a policy's or a tax number after its word, and a document's number right after ``n°`` or ``Nr.``,
stay as written; a phone number after a phone word is still found. A case ending joined to a label or to a value by a
hyphen (``IBAN-om``, ``3016-tal``) is no part of the labelled value."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin, labelled_ids
from runtime.privacy.detectors.phone import market_regions
from runtime.privacy.detectors.scan import scan_text
from runtime.privacy.types import PHONE


def phones(text: str, language: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_builtin(text, market_regions([language])) if s.entity_type == PHONE]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Contrat n° 5512 348 907 du 2 mars 2020, je souhaite le résilier.", "fr"),
        ("Vertrag Nr. 5512 348 907, bitte kündigen", "de"),
        ("contract no. 5512 348 907 renewed last week", "en"),
        ("il contratto 5512 348 907 è scaduto", "it"),
        ("póliza 5512 348 907 renovada", "es"),
        ("TVA intracommunautaire FR 61 987654321 sur le devis", "fr"),
        ("bon de soins n° 38 5521, remboursé ?", "fr"),
        ("Beleg Nr. 385521 fehlt", "de"),
    ],
)
def test_a_reference_after_its_word_is_no_phone(text: str, language: str) -> None:
    assert phones(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        ("mon n° 06 12 34 56 78, rappelez-moi", "fr", "06 12 34 56 78"),
        ("Tél. n° 38 55 21 (Luxembourg)", "fr", "38 55 21"),
        ("call me on 07700 900123 about the contract", "en", "07700 900123"),
        ("Vertrag gekündigt, Handy 0151 23456789", "de", "0151 23456789"),
    ],
)
def test_a_phone_after_a_phone_word_is_still_found(text: str, language: str, number: str) -> None:
    assert phones(text, language) == [number]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("AZ IBAN-OM: HU42 1177 3016 1111 1018 0000 0000", "HU42 1177 3016 1111 1018 0000 0000"),
        ("IBAN:ni on FI21 1234 5600 0007 85", "FI21 1234 5600 0007 85"),
    ],
)
def test_a_labels_case_ending_is_skipped(text: str, value: str) -> None:
    spans = labelled_ids.detect(text, scan_text(text))
    assert [text[s.start : s.end] for s in spans] == [value]


def test_a_case_ending_after_a_partial_value_leaves_it_too_short() -> None:
    text = "AZ IBAN-OM HU42 1177 3016-TAL KEZDŐDIK"
    assert labelled_ids.detect(text, scan_text(text)) == []
