"""An order, invoice or case number that opens with a date is named by its reference word, and is no national
identifier even when its digits pass a check; an identifier's own label still names an identifier."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin

_REFERENCES = (
    "Bestellnummer {Y}{m}{d}-{n}",
    "invoice no. {Y}{m}{d}{n}",
    "order #{Y}{m}{d}-{n} of {d}.{m}.{Y}",
    "ref. {d}{m}{y}-{n}",
    "Aktenzeichen: {d}{m}{y} {n}",
    "tilaus {d}{m}{y}{n}",
    "numer zamówienia {Y}{m}{d}{n}",
    "dossier nº {Y}{m}{d}{n}",
)


@pytest.mark.parametrize("frame", _REFERENCES)
def test_a_reference_that_opens_with_a_date_is_no_identifier(frame: str) -> None:
    texts = [
        frame.format(Y="2026", y="26", m=f"{month:02d}", d=f"{day:02d}", n=serial)
        for day in range(1, 29, 3)
        for month in range(1, 13)
        for serial in ("0042", "1234", "123", "00017", "98765")
    ]
    assert [text for text in texts if detect_builtin(text)] == []


@pytest.mark.parametrize(
    "text",
    ["PESEL klienta: 44051401359", "numer umowy 12345, PESEL 44051401359", "Mój PESEL 44051401359, faktura 123"],
)
def test_an_identifier_s_own_label_still_names_it(text: str) -> None:
    assert "PESEL_PL" in [s.entity_type for s in detect_builtin(text)]
