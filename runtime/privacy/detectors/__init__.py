"""The built-in deterministic detectors (what Comprehend misses in EU languages)."""

from __future__ import annotations

from runtime.privacy.detectors import addresses, card, email, iban, labelled_ids, names, national_ids, phone
from runtime.privacy.detectors.scan import scan_text
from runtime.privacy.text_view import text_view
from runtime.privacy.types import PHONE, PiiSpan

__all__ = ["detect_builtin"]


def detect_builtin(text: str, regions: tuple[str, ...] = ()) -> list[PiiSpan]:
    """Every e-mail, phone number, SEPA IBAN, card number, national id, person name and street address in ``text``.

    The detectors read the message's view (``runtime.privacy.text_view``: no invisible characters, one form of
    each separator, ASCII digits); spans index ``text`` itself and cover a value's invisible characters.
    ``regions``: the market's countries (``phone.market_regions``), whose national phone forms
    libphonenumber validates. Spans may overlap (a 9-digit number can be both a phone number and a NIF);
    ``merge_spans`` settles that.
    """
    view = text_view(text)
    clean = view.text
    scan = scan_text(clean)
    phones = phone.detect(scan, regions)
    found = [
        *email.detect(clean),
        *iban.detect(scan),
        *card.detect(scan),
        *phones,
        *national_ids.detect(scan, regions, frozenset(p.start for p in phones)),
    ]
    # A labelled value counts only where no validating detector found an identifier (its type is finer);
    # over a phone number it names the value (``NIF: 234 567 890`` is a NIF with a typo, not a phone).
    validated = [s for s in found if s.entity_type != PHONE]
    found.extend(
        s for s in labelled_ids.detect(clean, scan) if not any(s.start < v.end and v.start < s.end for v in validated)
    )
    found.extend(names.detect(clean))
    found.extend(addresses.detect(clean))
    return view.source_spans(found)
