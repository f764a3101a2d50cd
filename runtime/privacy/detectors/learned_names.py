"""Person names the learned model (`name_model`) finds, held to the rules' vetoes (pure).

The model knows where names stand, not what places, feasts and brands are called. A run of its words is dropped:

- when the rules leave the run alone, or the run grown over the adjacent words of its letter case (``anne frank``
  of ``het anne frank huis``, ``Luigi Einaudi`` of ``via Prof. Luigi Einaudi``): `names.declined` (titles, phrase
  words, places and streets named after people, feasts, brands), ``name_lower_words.ordinary_place``, `place_spans`;
- when it ends a brand's name (``Marks and Spencer``);
- when a word of it in lower case or in capitals is in no name list (``ráno jsem zaplatil``): a message copied into
  one case shows no capital to tell a name;
- when it is one word: in lower case (``go raibh maith agat arís``: again, a word of a language whose frequent words
  the lists lack); in capitals and a frequent word (``12. MARTĀ``); opening a sentence, unlisted or a frequent or
  common word the sentence goes on after (every language capitalizes it: ``Fekete pénteken``); unlisted or in a
  message in capitals and scored under `LONE_THRESHOLD` (``Det heter Autogiro``);
- when it lies in a table's header line (``Nome;Telefone;Nascimento``);
- when another value overlaps it: the rules' own names (their bounds stand) or another detector's value.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from runtime.privacy.detectors.columns import header_lines
from runtime.privacy.detectors.name_brands import inside_brand
from runtime.privacy.detectors.name_lower_words import ordinary_place
from runtime.privacy.detectors.name_model import THRESHOLD, NameModel, shape
from runtime.privacy.detectors.name_text import Words, elided_preposition
from runtime.privacy.detectors.name_words import COMMON_WORDS, FREQUENT_WORDS, listed
from runtime.privacy.detectors.names import declined
from runtime.privacy.detectors.place_spans import without_places
from runtime.privacy.types import NAME, SOURCE_BUILTIN, PiiSpan

#: A learned name's score, below the rules' (0.9).
SCORE: Final = THRESHOLD
#: The least score of a word standing alone that no name list holds or in a message written in capitals.
LONE_THRESHOLD: Final = 0.85


def _lone_doubt(words: Words, index: int) -> bool:
    """Whether word ``index``, alone, is in no name list (``Det heter Autogiro``) or in a message in capitals (``KAS
    SAAN KONTO ALLES JÄTTA?``): then it needs ``LONE_THRESHOLD``."""
    return not listed(words.folded[index]) or not words.mixed_case


def grown(words: Words, start: int, end: int) -> tuple[int, int]:
    """The run ``start:end`` grown over the adjacent words (one space apart) of its letter-case shape that may be
    part of a name or of a place's name: listed words and words that are no frequent word, and after a run in
    capitals or capitalized any (``Pázmány Péter Katolikus Egyetemben``). Not the article of ``Η Στρατηγού
    Μακρυγιάννη``, the relation of ``my neighbour orsolya``, the ``at the bank`` after ``orsolya bartha``."""
    kind = shape(words.words[start])

    def joins(index: int, after: bool) -> bool:
        key = words.folded[index]
        return shape(words.words[index]) == kind and (
            listed(key) or (kind != "low" and (after or key not in FREQUENT_WORDS))
        )

    while start > 0 and words.joined(start - 1, start) and joins(start - 1, after=False):
        start -= 1
    while end < len(words.words) and words.joined(end - 1, end) and joins(end, after=True):
        end += 1
    return start, end


def _uncapitalized_word(words: Words, index: int) -> bool:
    """Whether word ``index`` is in lower case or in capitals and in no name list (one case shows no capital to tell
    a name)."""
    if shape(words.words[index]) not in ("low", "UP"):
        return False
    key = words.folded[index]
    return not listed(key)


def _unscored(words: Words, index: int) -> bool:
    """Whether word ``index`` is in lower case and in no name list: a run holding it is vetoed whatever it scores,
    and, unlike a word in capitals, its own score tells nothing of its neighbours' (most such words of a message are
    ordinary ones, spared the scoring)."""
    return words.words[index].islower() and _uncapitalized_word(words, index)


def _lone_word_vetoed(words: Words, index: int, least: float) -> bool:
    """Whether word ``index``, a run alone, is vetoed (see the module)."""
    word, key = words.words[index], words.folded[index]
    return (
        word.islower()
        or (word.isupper() and key in FREQUENT_WORDS)
        or (words.after_break(index) and (not listed(key) or _word_opening_a_sentence(words, index)))
        or (least < LONE_THRESHOLD and _lone_doubt(words, index))
    )


def _word_opening_a_sentence(words: Words, index: int) -> bool:
    """Whether the listed word ``index``, opening a sentence, is a frequent or common word that a sentence goes on
    after (``Fekete pénteken vettem``: black; ``Вяра ми е``: faith), not a name on a line of its own."""
    key = words.folded[index]
    following = index + 1 < len(words.words) and words.joined(index, index + 1)
    return following and (key in FREQUENT_WORDS or key in COMMON_WORDS)


def _vetoed(words: Words, start: int, end: int, least: float) -> bool:
    """Whether the vetoes reject the run ``start:end`` whose words scored ``least`` or more (see the module)."""
    if end == start + 1 and _lone_word_vetoed(words, start, least):
        return True
    if any(_uncapitalized_word(words, index) for index in range(start, end)):
        return True  # (a word in capitals is scored: its score can sink its neighbours' run, ``ZËNTER MENGER``)
    if inside_brand(words, start):
        return True  # ``Marks and Spencer``: the run ends a brand's name
    first, last = grown(words, start, end)
    runs = {(low, high) for low in (first, start) for high in (end, last)}
    return any(ordinary_place(words, low, high) or declined(words, low, high) for low, high in runs)


def detect(text: str, model: NameModel, others: Sequence[PiiSpan] = (), words: Words | None = None) -> list[PiiSpan]:
    """The model's names in ``text`` that the vetoes leave and no span of ``others`` overlaps; ``words``:
    ``Words(text)`` when the caller has it already."""
    if words is None or words.text != text:
        words = Words(text)
    runs = model.runs(words, lambda index: not _unscored(words, index))
    headers = header_lines(text) if runs else []  # (read only when there is a run to hold to them)
    found = []
    for start, end, least in runs:
        if any(low <= words.spans[start][0] < high for low, high in headers) or _vetoed(words, start, end, least):
            continue
        first = words.spans[start][0] + elided_preposition(words.words[start])  # not the ``dell'`` of ``dell'Ornella``
        span = PiiSpan(first, words.spans[end - 1][1], NAME, SOURCE_BUILTIN, SCORE)
        if not any(span.start < other.end and other.start < span.end for other in others):
            found.append(span)
    return without_places(words, found)
