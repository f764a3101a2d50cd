"""The built-in deterministic detectors (what Comprehend misses in EU languages)."""

from __future__ import annotations

from runtime.pii.detectors import card, email, iban, national_ids, phone
from runtime.pii.detectors.scan import scan_text
from runtime.pii.types import PiiSpan

__all__ = ["detect_builtin"]


def detect_builtin(text: str) -> list[PiiSpan]:
    """Every e-mail, phone number, SEPA IBAN, card number and national id found in ``text``.

    Spans may overlap (a 9-digit number can be both a phone number and a NIF); ``merge_spans`` settles that.
    """
    scan = scan_text(text)
    return [
        *email.detect(text),
        *iban.detect(scan),
        *card.detect(scan),
        *phone.detect(scan),
        *national_ids.detect(scan),
    ]
