"""Whole names: a NAME span that covers part of a name grows over the rest of it (pure).

Whichever detector marked ``Ana`` in ``Ana Silva`` (Comprehend included), the model must not see
``[NAME_1] Silva``. A NAME span grows to the right over capitalized words, middle initials and the particles
between them (``Maria`` + ``da Silva``, ``Jan`` + ``van der Berg``, ``Ana`` + ``M. Silva``), and to the left over
capitalized words, initials and particles that end right before it (``Maria da`` + ``Silva``, ``Ana M.`` +
``Silva``) unless such a word starts a sentence and is not a known given name nor a rare family name (``Ontem
Silva`` stays as it is: ``Ontem`` is just capitalized there; ``Kowalski Jan`` grows) or ends a relation or
contact phrase (``Betreuerin von`` + ``Anna``, ``Mäi Mann`` + ``Jang``); particles between a title and the span
are the surname's (``Frau von der`` + ``Leyen`` -> ``Frau [NAME_1]``).
"""

from __future__ import annotations

import bisect
from typing import Final

from runtime.privacy.detectors.name_bounds import beside_name
from runtime.privacy.detectors.name_fields import CUSTOMER_WORDS
from runtime.privacy.detectors.name_genitive import genitive_given, genitive_run
from runtime.privacy.detectors.name_phrases import AFTER_NAME, PHRASE_ENDS, after_phrase
from runtime.privacy.detectors.name_run import NEVER_IN_NAME, TITLE_WORDS, initial, name_end
from runtime.privacy.detectors.name_tail import without_frequent_tail
from runtime.privacy.detectors.name_text import (
    IRISH_PARTICLES,
    NAME_PARTICLES,
    Words,
    after_german_determiner,
    capitalized,
    elided_preposition,
)
from runtime.privacy.detectors.name_words import COMMON_WORDS, FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES, word_set
from runtime.privacy.normalize import fold
from runtime.privacy.types import NAME, PiiSpan


def _family_name_first(key: str) -> bool:
    """A sentence's first word that is a family name and no common word (``Kowalski`` + ``Jan``, not ``Will``)."""
    return key in FAMILY_NAMES and key not in COMMON_WORDS


def _given_only(key: str) -> bool:
    """A known given name that is no family name: a particle before it is a preposition (``von Gilda``)."""
    return key in GIVEN_NAMES and key not in FAMILY_NAMES


def _name_before(words: Words, particle: int) -> bool:
    """Whether a known name, an initial or a title comes right before the particle at ``particle`` (``Maria da``,
    ``A. van``): a German noun does too, capitalized (``Lohn von``), and is none."""
    before = particle - 1
    while before >= 0 and words.folded[before] in NAME_PARTICLES and words.joined(before, before + 1):
        before -= 1  # ``Frau von der``: the particles before this one
    if before < 0 or not words.joined(before, before + 1):
        return False
    key = words.folded[before]
    return key in GIVEN_NAMES or key in FAMILY_NAMES or key in TITLE_WORDS or initial(words, before)


#: The words after a name that say it is the writer's (``hier``, ``her``, ``vagyok``, ``tady``), folded (not the
#: Swedish ``här``: it folds to ``har``, has).
_HERE: Final = AFTER_NAME | frozenset(
    fold(word) for word in word_set("her hér tady tu itt ici aqui aquí tukaj ovdje čia šeit εδώ тук aici hei")
)


def _here(words: Words, stop: int) -> bool:
    """Whether word ``stop`` says the name before it is the writer's (``hier``, ``vagyok``)."""
    return words.folded[stop] in _HERE and words.joined(stop - 1, stop)


def _customer_after(words: Words, stop: int) -> bool:
    """Whether a comma and the word for a customer follow the name (``Caironi Fabio, cliente dal 2009``,
    ``Gröttner Eva, Kundennummer …``): the writer describes themself."""
    if words.text[words.spans[stop - 1][1] : words.spans[stop][0]] != ", ":
        return False
    key = words.folded[stop]
    return any(key.startswith(word) for word in CUSTOMER_WORDS)


def _self_named(words: Words, probe: int, stop: int) -> bool:
    """Whether the sentence's first word ``probe``, before a marked given name, is the writer's surname, written
    first as registers write it, the words after the name saying it is one (``Sprong Annabel hier``, ``Nagy Fanni
    vagyok``, ``Kiss Gergő itt``, ``Caironi Fabio, cliente dal 2009``): a family name (a common word too), a
    particle, or a word that is no frequent nor common word and begins no phrase (not ``Hallo Anna hier``)."""
    if stop >= len(words.words) or not (_here(words, stop) or _customer_after(words, stop)):
        return False
    key = words.folded[probe]
    if key in FAMILY_NAMES or key in NAME_PARTICLES:
        return True  # ``Van Stralen Marijn hier``: a surname's particle opens it
    return key not in FREQUENT_WORDS and key not in COMMON_WORDS and key not in PHRASE_ENDS


def _left_start(words: Words, first: int, stop: int) -> int:
    """Index of the first word of the name whose word ``first`` is the leftmost one marked (``stop``: the word after
    the name)."""
    start = first
    probe = first - 1
    while probe >= 0 and not after_phrase(words, probe + 1):
        if initial(words, probe) and probe + 1 == start:
            start = probe  # a middle initial: ``Ana M.`` + ``Silva``
            probe -= 1
            continue
        if not words.joined(probe, probe + 1):
            break
        key = words.folded[probe]
        word = words.words[probe]
        if key in IRISH_PARTICLES and word[0].isupper() and probe + 1 == start:
            start = probe  # ``Ó`` + ``Cuimín Colm``: an Irish surname's particle, capitalized, is the name's
            probe -= 1
            continue
        if key in NAME_PARTICLES and not capitalized(word):
            if _given_only(words.folded[probe + 1]) or not _name_before(words, probe):
                break  # a preposition (``Lohn von`` + ``Gilda Martin``, ``Bild von`` + ``Ludwig van Beethoven``)
            probe -= 1  # a particle counts only with a capitalized word (or a title) before it
            continue
        if key in TITLE_WORDS and probe + 1 < start:
            return probe + 1  # "Frau von der Leyen": the particles after a title belong to the surname
        if not capitalized(word) or key in NEVER_IN_NAME or key in TITLE_WORDS or beside_name(words, probe):
            break  # (``Ex-Mann`` + ``Udo``, ``Mvh`` + ``Ola``: a relation noun or a closing is no part of it)
        if after_german_determiner(words, probe):
            break  # a German noun after its article or possessive (``meine Azubine`` + ``Laila``)
        opening = words.after_break(probe) and key not in GIVEN_NAMES and not _family_name_first(key)
        next_to = probe + 1 == first or (key in NAME_PARTICLES and probe + 1 == start)  # (``Van`` + ``Stralen``)
        if opening and not (next_to and _self_named(words, probe, stop)):
            break
        start = probe
        probe -= 1
    return start


def _right_end(words: Words, last: int) -> int:
    """Where the name whose last marked word is ``last`` ends: over the capitalized words after it, but not past a
    given name's genitive before the word it owns (``Marys Überweisung``: a German noun is capitalized too)."""
    end = name_end(words, last)
    return last + 1 if genitive_given(words, last) and not genitive_run(words, last, end) else end


def grow_names(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, as ``merge_spans`` returns them) with every NAME span grown to its whole name.

    Grown spans may now overlap their neighbours; the caller merges again.
    """
    if not any(span.entity_type == NAME for span in spans):
        return spans
    words = Words(text)
    starts = [start for start, _ in words.spans]
    grown: list[PiiSpan] = []
    for span in spans:
        if span.entity_type != NAME or not words.spans:
            grown.append(span)
            continue
        first = bisect.bisect_right(starts, span.start) - 1
        last = bisect.bisect_left(starts, span.end) - 1
        if first < 0 or last < first or words.spans[first][1] <= span.start:
            first = max(first + 1, 0)
        if last < first:
            grown.append(span)
            continue
        left = _left_start(words, first, _right_end(words, last))
        start = min(span.start, words.spans[left][0] + elided_preposition(words.words[left]))  # (not ``dell'``)
        stop = max(without_frequent_tail(words, left, _right_end(words, last)), last + 1)
        end = max(span.end, words.spans[stop - 1][1])
        if (start, end) == (span.start, span.end):
            grown.append(span)
        else:
            grown.append(PiiSpan(start, end, span.entity_type, span.source, span.score))
    return grown
