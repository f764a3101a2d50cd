"""Names in pasted data and letters, merged with those of the prose (pure): fields and columns named for a
name, rows without a header, signatures (see ``name_fields``); a table's header names columns, not people.
"""

from __future__ import annotations

import bisect

from runtime.privacy.detectors import name_fields
from runtime.privacy.detectors.columns import header_lines
from runtime.privacy.detectors.name_brands import brand_end
from runtime.privacy.detectors.name_card import card_names
from runtime.privacy.detectors.name_care_of import care_of
from runtime.privacy.detectors.name_chat import chat_speakers
from runtime.privacy.detectors.name_header import header_names
from runtime.privacy.detectors.name_inflection import (
    family_name,
    inflected_given,
)
from runtime.privacy.detectors.name_lower import lower_names
from runtime.privacy.detectors.name_places import (
    PLACE_WORDS,
    in_place,
    in_town,
    place_after,
    street_word,
)
from runtime.privacy.detectors.name_run import CLOSING_WORDS
from runtime.privacy.detectors.name_sign_alone import alone_names, role_line
from runtime.privacy.detectors.name_sign_end import sign_end
from runtime.privacy.detectors.name_sign_from import from_names, home_names
from runtime.privacy.detectors.name_sign_quotes import quoted_signatures
from runtime.privacy.detectors.name_sign_titles import after_titles
from runtime.privacy.detectors.name_signature_block import signature_blocks
from runtime.privacy.detectors.name_signature_lines import signature_lines
from runtime.privacy.detectors.name_signoff import signoff
from runtime.privacy.detectors.name_text import (
    WORD,
    Words,
)
from runtime.privacy.detectors.name_words import (
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
)
from runtime.privacy.detectors.ordinary_words import organisation
from runtime.privacy.normalize import fold
from runtime.privacy.types import NAME, SOURCE_BUILTIN, PiiSpan


def with_pasted(text: str, words: Words, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without those inside a pasted table's header, with the names of pasted data and letters."""
    if "\n" in text:  # a pasted table's header names its columns, not people (``Nome;Telefone;Nascimento``)
        headers = [
            (start, end) for start, end in header_lines(text) if not name_fields.key_value_header(text[start:end])
        ]
        spans = [
            span
            for span in spans
            if not any(start <= span.start and span.end <= end for start, end in headers)
            or name_fields.heads_a_persons_column(text[span.start : span.end])
        ]
    seen = {(span.start, span.end) for span in spans}
    starts = [start for start, _ in words.spans]
    labelled, unlabelled = _pasted(text)
    unlabelled.extend(_name_spans(lower_names(words)))  # in lower case: ``kaija tässä``, ``til bertram toft``
    spans.extend(  # its field names a person, or a company (``Empfänger: Deutsche Telekom``)
        PiiSpan(after_titles(text, span.start, span.end), span.end, NAME, SOURCE_BUILTIN, span.score)
        for span in labelled
        if (span.start, span.end) not in seen and not _organisation(words, starts, span)
    )
    for span in unlabelled:
        first = bisect.bisect_left(starts, span.start)
        last = bisect.bisect_left(starts, span.end)
        if (span.start, span.end) in seen or in_town(words, first, last):
            continue
        if last > first and _place_line(words, first, last):
            continue  # a last line that is a street (``King Edward Street``)
        if role_line(text[span.start : span.end]):
            continue  # the signer's role under a closing (``El administrador``, ``Ihr Vermieter``)
        while last - first > 1 and words.folded[first] in CLOSING_WORDS:
            first += 1  # ``Gréiss Mireille``: a closing word and the name on one line
        start = after_titles(text, max(span.start, words.spans[first][0]), span.end)  # ``Ing. Nikol Krausová``
        if (start, span.end) not in seen:
            seen.add((start, span.end))
            spans.append(PiiSpan(start, span.end, NAME, SOURCE_BUILTIN, span.score))
    return spans


def _organisation(words: Words, starts: list[int], span: PiiSpan) -> bool:
    """Whether a field's value is a company's name (``ordinary_words.organisation``) or a brand (``Albert Heijn``)."""
    first, last = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)
    return organisation(words, first, last) or (last > first and brand_end(words, first, last) > first)


def _place_line(words: Words, first: int, last: int) -> bool:
    """Whether the words ``first:last`` of a signature or field are a place's name, not a person's."""
    if words.folded[first] in PLACE_WORDS or in_place(words, first) or place_after(words, first, last):
        return True
    return any(street_word(words.folded[inner]) for inner in range(first + 1, last))


def _signature_words(line: str) -> bool:
    """Whether a signature's words may be a name: written in lower case, one of them must be a known name
    (``díky, bohumil``; not ``благодаря, информацията беше много полезна``: thanks, the information helped), and
    not one that is a frequent word (``cheers, have a good one``)."""
    words = WORD.findall(line)
    if any(not word.islower() for word in words):
        return True
    return any(
        ((key := fold(word)) in GIVEN_NAMES or key in FAMILY_NAMES) and key not in FREQUENT_WORDS for word in words
    )


def _known(key: str) -> bool:
    """A known name of a pasted row: a given name (no common word) or a family name."""
    return key not in NOT_NAMES and (inflected_given(key) or family_name(key))


def _signature_known(key: str) -> bool:
    """A known name on a signature's line: a given name that is also a word counts there (``Maja``, ``Kaja``)."""
    return _known(key) or (key in GIVEN_NAMES and key not in NOT_NAMES)


def _pasted(text: str) -> tuple[list[PiiSpan], list[PiiSpan]]:
    """Names in pasted data and letters (see ``name_fields``): those of fields and columns named for a name, then
    those of rows without a header and signatures (which may be places: the caller checks)."""
    labelled: list[tuple[int, int]] = []
    found: list[tuple[int, int]] = []
    if ":" in text or "=" in text or "\t" in text or "</" in text:  # (XML: "<nome>Ana Silva</nome>")
        labelled.extend(name_fields.fields(text))
    if "\n" in text:
        labelled.extend(name_fields.columns(text))
        labelled.extend(card_names(text))  # "POPESCU" / "MARCEL" / "08.09.1970": a card read from a photo
        labelled.extend(header_names(text))  # "Despesa;Rita;Joana": a column for each person
    labelled.extend(name_fields.display_names(text))  # "Von: Anna Berg <anna@…>"
    labelled.extend(care_of(text))  # "c/o Karlsson": the person an address is in the care of
    if "\n" in text:
        labelled.extend(name_fields.contact_lines(text))  # "Anna Berg" over "0151 2345678"
    if ";" in text or "\t" in text or "|" in text or "," in text:  # (commas: beside a personal value only)
        found.extend(name_fields.rows(text, _known))
    if "\n" in text or "," in text:
        found.extend(
            span for span in name_fields.signatures(text, _signature_known) if _signature_words(text[slice(*span)])
        )
    found.extend(chat_speakers(text))  # ``Paula: moi voitko lainata 200e?``: a pasted chat's sender
    if "\n" in text:  # a name heading a signature block (a job line, then a phone or an e-mail)
        found.extend(signature_blocks(text))
    found.extend(signature_lines(text))  # under ``--``, a closing or beside ``Sent from my iPhone``
    if (signed := signoff(text)) is not None:  # a name signed in lower case or in capitals (``takk, ingrid``)
        found.append(signed)
    found.extend(sign_end(text))  # a capitalized name after a thanks (``Hvala ti puno!! Dora``)
    found.extend(alone_names(text))  # ``Gero vakaro!`` / ``Lėja``, ``— Mohammed``: a name alone or after a mark
    found.extend(from_names(text))  # ``Beste helsing frå Mathias på garden``: greetings from the writer
    found.extend(home_names(text))  # ``Rugilė iš 12 buto``: a note signed with the writer's flat
    found.extend(quoted_signatures(text))  # ``„Fliegner, Bärbel“``, ``"... t. Kalervo"``: a signature quoted
    return _name_spans(labelled), _name_spans(found)


def _name_spans(found: list[tuple[int, int]]) -> list[PiiSpan]:
    return [PiiSpan(start, end, NAME, SOURCE_BUILTIN, 0.9) for start, end in sorted(set(found))]
