"""The built-in deterministic detectors (what Comprehend misses in EU languages)."""

from __future__ import annotations

from runtime.privacy.detectors import addresses, card, email, iban, labelled_ids, names, national_ids, phone
from runtime.privacy.detectors.scan import scan_text
from runtime.privacy.normalize import detection_view, source_span
from runtime.privacy.types import PHONE, PiiSpan

__all__ = ["detect_builtin"]


def detect_builtin(text: str, regions: tuple[str, ...] = ()) -> list[PiiSpan]:
    """Every e-mail, phone number, SEPA IBAN, card number, national id, person name and street address in ``text``.

    Digits of other scripts and full-width forms count as their ASCII forms; spans index ``text`` itself.
    ``regions``: the market's countries (``phone.market_regions``), whose national phone forms
    libphonenumber validates. Spans may overlap (a 9-digit number can be both a phone number and a NIF);
    ``merge_spans`` settles that.
    """
    view, offsets = detection_view(text)
    scan = scan_text(view)
    phones = phone.detect(scan, regions)
    spans = [
        *email.detect(view),
        *iban.detect(scan),
        *card.detect(scan),
        *phones,
        *national_ids.detect(scan, regions, frozenset(p.start for p in phones)),
    ]
    # Word detectors read the text itself: they need its letter case.
    worded = [*names.detect(text), *addresses.detect(text)]
    mapped = spans
    if offsets is not None:
        mapped = []
        for span in spans:
            start, end = source_span(text, offsets, span.start, span.end)
            mapped.append(PiiSpan(start, end, span.entity_type, span.source, span.score))
    # A labelled value counts only where no validating detector found an identifier (its type is finer);
    # over a phone number it names the value (``NIF: 234 567 890`` is a NIF with a typo, not a phone).
    labelled = labelled_ids.detect(text, scan if view is text else scan_text(text))
    validated = [m for m in mapped if m.entity_type != PHONE]
    mapped.extend(s for s in labelled if not any(s.start < m.end and m.start < s.end for m in validated))
    return [*mapped, *worded]
