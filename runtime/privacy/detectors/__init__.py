"""The built-in deterministic detectors (what Comprehend misses in EU languages).

Loading them builds some 60,000 long-lived objects (word lists, patterns) and next to no garbage: the cyclic
garbage collector is paused while they load (its passes over them were an eighth of the start-up's CPU), then
what the process holds by then is frozen (``gc.freeze``), so that no later collection, during a request, walks
it either. A caller that had paused the collector itself finds it paused, and nothing frozen. Their patterns are
compiled from prebuilt programs while they load (`runtime.privacy.prebuilt_patterns`).
"""

from __future__ import annotations

import gc

_COLLECTING = gc.isenabled()
gc.disable()

from runtime.privacy import prebuilt_patterns  # noqa: E402  (the imports below load with the collector paused)

with prebuilt_patterns.serving():
    from collections.abc import Sequence

    from runtime.privacy.detectors import (
        addresses,
        birth_dates,
        card,
        email,
        iban,
        labelled_ids,
        learned_names,
        name_model_file,
        names,
        national_ids,
        phone,
    )
    from runtime.privacy.detectors.name_model import NameModel
    from runtime.privacy.detectors.name_text import Words
    from runtime.privacy.detectors.scan import scan_text
    from runtime.privacy.text_view import TextView, text_view
    from runtime.privacy.types import CARD, IBAN, PASSPORT, PHONE, PiiSpan

    #: The learned second opinion on names (`name_model`), read once.
    NAME_MODEL = name_model_file.read()

if _COLLECTING:
    gc.freeze()
    gc.enable()

__all__ = ["LABEL_NAMED_TYPES", "detect_builtin"]

#: Types only a label tells (a passport number, a date of birth): over another detector's value, the label's
#: type names it (``Passaporte: 123456789`` is a passport number, whatever checksum it happens to pass).
LABEL_NAMED_TYPES = frozenset({PASSPORT})


def _overlaps(span: PiiSpan, others: Sequence[PiiSpan]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in others)


def detect_builtin(
    text: str,
    regions: tuple[str, ...] = (),
    view: TextView | None = None,
    name_model: NameModel | None = NAME_MODEL,
) -> list[PiiSpan]:
    """Every e-mail, phone number, SEPA IBAN, card number, national id, labelled passport number and date of
    birth, person name and street address in ``text``.

    The detectors read the message's view (``runtime.privacy.text_view``: no invisible characters, one form of
    each separator, ASCII digits); spans index ``text`` itself and cover a value's invisible characters.
    ``regions``: the market's countries (``phone.market_regions``), whose national phone forms
    libphonenumber validates. ``view``: ``text_view(text)`` when the caller has it already. ``name_model``: the
    learned second opinion on names (``learned_names``; None: the rules alone). Spans may overlap (a
    9-digit number can be both a phone number and a NIF); ``merge_spans`` settles that.
    """
    if view is None or view.source != text:
        view = text_view(text)
    clean = view.text
    scan = scan_text(clean)
    phones = phone.detect(scan, regions)
    emails = email.detect(clean)
    found = [
        *emails,
        *iban.detect(scan),
        *card.detect(scan),
        *phones,
        *national_ids.detect(scan, regions, frozenset(p.start for p in phones)),
    ]
    labelled = labelled_ids.detect(clean, scan)
    named = [*birth_dates.detect(clean), *(s for s in labelled if s.entity_type in LABEL_NAMED_TYPES)]
    found = [s for s in found if not _overlaps(s, named)]
    # Another labelled value counts only where no validating detector found an identifier (its type is
    # finer); over a phone number it names the value (``NIF: 234 567 890`` is a NIF with a typo, not a phone).
    validated = [s for s in found if s.entity_type != PHONE]
    found.extend(s for s in labelled if s.entity_type not in LABEL_NAMED_TYPES and not _overlaps(s, validated))
    found.extend(named)
    words = Words(clean)  # (read by both name detectors)
    found.extend(
        s for s in names.detect(clean, words) if not _overlaps(s, emails)
    )  # an address's local part is no name
    numbers = [s for s in found if s.entity_type in _NUMBER_TYPES]
    found.extend(s for s in addresses.detect(clean) if not _number_taken(clean, s, numbers))
    if name_model is not None:
        found.extend(learned_names.detect(clean, name_model, found, words))
    return view.source_spans(found)


#: Numbers whose digits are never a house number's: a phone's, a card's, an IBAN's.
_NUMBER_TYPES = frozenset({PHONE, CARD, IBAN})


def _number_taken(text: str, span: PiiSpan, numbers: Sequence[PiiSpan]) -> bool:
    """Whether an address's first digit lies in a phone, card or IBAN number (``HÍVJANAK A 06-7/292 4212 SZÁMON``,
    ``CALL HIM ON 7988 0195 AFTER 5``, ``KARTE 4829 5474 0811 8447 NETIEK``: a line in capitals whose words read as a
    street's name around the number)."""
    first = next((i for i in range(span.start, span.end) if text[i].isdigit()), None)
    return first is not None and any(number.start <= first < number.end for number in numbers)
