"""What the words around a name in capitals tell (pure): a stretch written in capitals, a field's name before the
name (``NAME GUDE VORNAME ANTONIA``), a mark that sets a pair apart (``KUKA ON VILLE LAHTI??``)."""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_fields import NAME_FIELDS
from runtime.privacy.detectors.name_inflection import family_name, inflected_given, strong_surname
from runtime.privacy.detectors.name_phrases import after_phrase
from runtime.privacy.detectors.name_places import PLACE_WORDS
from runtime.privacy.detectors.name_run import NEVER_IN_NAME, TITLE_WORDS
from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
)

#: Words looked at on each side of a run to tell whether it sits in a stretch written in capitals.
_WINDOW: Final = 3
#: Words in capitals (none in lower case) around a run that make its stretch one written in capitals.
_STRETCH: Final = 2
#: Marks that set a pair apart from the words after it (``VILLE LAHTI??``, ``INTA ZELTIŅA, DZIM.``).
_CLOSERS: Final = frozenset(",.;:!?)–—/")
#: The most words a field's value in capitals holds (``NAME VAN DER BERG``).
_MAX_VALUE_WORDS: Final = 4
_SHORTEST: Final = 2
#: The fewest letters of a field's name in the plural (``FORENAMES``; ``NEVES`` is no plural of ``neve``).
_PLURAL_LETTERS: Final = 6


def shouted(words: Words, index: int, end: int) -> bool:
    """Whether the run of words ``index:end`` sits in a stretch written in capitals on its line (``IZZIŅA IZDOTA
    INTA ZELTIŅA, DZIM.`` inside a mixed-case message): capitals tell nothing there, as in a message all in
    capitals. Two words in capitals or more within ``_WINDOW`` words of it on its line, none in lower case;
    numbers count neither way."""
    upper = lower = 0
    for step, start in ((-1, index - 1), (1, end)):
        probe, seen = start, 0
        while 0 <= probe < len(words.words) and seen < _WINDOW:
            near = probe + 1 if step < 0 else probe - 1
            low, high = min(probe, near), max(probe, near)
            if "\n" in words.text[words.spans[low][1] : words.spans[high][0]]:
                break
            word = words.words[probe]
            if word.isupper() and len(word) >= _SHORTEST:
                upper += 1
            elif any(char.islower() for char in word):
                lower += 1
            probe, seen = probe + step, seen + 1
    return upper >= _STRETCH and lower == 0


def set_apart(words: Words, index: int) -> bool:
    """Whether word ``index`` ends its line or the message, or a mark follows it (``VILLE LAHTI??``)."""
    end = words.spans[index][1]
    following = index + 1
    if following >= len(words.words):
        return True
    gap = words.text[end : words.spans[following][0]]
    return "\n" in gap or gap.strip()[:1] in _CLOSERS


def field_word(words: Words, index: int) -> bool:
    """Whether word ``index`` is a field's name in capitals (``NAME``, ``VORNAME``, ``FORENAMES``, ``KUNJOM``)."""
    key = words.folded[index]
    plural = len(key) > _PLURAL_LETTERS and key[-1:] == "s" and key[:-1] in NAME_FIELDS  # ``FORENAMES``
    return words.words[index].isupper() and (key in NAME_FIELDS or plural)


def _value_word(words: Words, index: int, first: bool) -> bool:
    """Whether word ``index`` in capitals may be a word of a field's value: a known name, or for its first word
    a word of three letters or more that is no frequent or common word, place or title."""
    word, key = words.words[index], words.folded[index]
    if not word.isupper() or not word.replace("-", "").isalpha() or field_word(words, index):
        return False
    if key in NOT_NAMES or key in PLACE_WORDS or key in NEVER_IN_NAME or key in TITLE_WORDS:
        return False
    if key in COMMON_WORDS and key not in GIVEN_NAMES and key not in FAMILY_NAMES:
        return False
    if key in GIVEN_NAMES or strong_surname(word):
        return True
    if first:
        return len(key) > _SHORTEST and (key not in FREQUENT_WORDS or key in FAMILY_NAMES or family_name(key))
    return key in FAMILY_NAMES and key not in COMMON_WORDS  # (``JULIE DATA TAT-TWELID``: a word)


def _form(words: Words, field: int) -> bool:
    """Whether the field's name ``field`` is one of a form's: another field's name on its line."""
    line_start = words.text.rfind("\n", 0, words.spans[field][0]) + 1
    line_end = words.text.find("\n", words.spans[field][1])
    line_end = len(words.text) if line_end < 0 else line_end
    return any(
        other != field and field_word(words, other)
        for other, (start, end) in enumerate(words.spans)
        if start >= line_start and end <= line_end
    )


def field_value(words: Words, index: int) -> int:
    """End of a name in capitals right after a field's name in capitals with no mark between them, as on a form
    filled in capitals (``NAME GUDE VORNAME ANTONIA``, ``SURNAME MILLER FORENAMES PHILLIP``, ``KUNJOM WANG ISEM
    JESSICA``), or ``index``: known names, or one rare word first; the next field's name ends it."""
    if index == 0 or not field_word(words, index - 1) or not words.joined(index - 1, index):
        return index
    if not _value_word(words, index, first=True):
        return index
    following = index + 1
    paired = (
        following < len(words.words)
        and words.joined(index, following)
        and words.words[following].isupper()
        and len(words.folded[following]) > _SHORTEST
        and words.folded[following] in GIVEN_NAMES
    )
    if not _known(words, index) and (
        not (paired or _form(words, index - 1)) or (index > 1 and field_word(words, index - 2))
    ):
        # a rare word is a value before a given name (``PRIMATELJ BARAC ROKO``) or on a form (``NAME GUDE
        # VORNAME``), not after a word that is a field's name in another language (``VI HOLDER SOMMERFERIE I``),
        # nor one more field after two (``NAME VORNAME GEBURTSDATUM``)
        return index
    end = index + 1
    while (
        end < len(words.words)
        and end - index < _MAX_VALUE_WORDS
        and words.joined(end - 1, end)
        and _value_word(words, end, first=False)
    ):
        end += 1
    return end


def _known(words: Words, index: int) -> bool:
    """Whether word ``index`` in capitals is a known given or family name (or has a surname's strong ending)."""
    word, key = words.words[index], words.folded[index]
    if not word.isupper() or key in NOT_NAMES or key in COMMON_WORDS or field_word(words, index):
        return False
    if key in GIVEN_NAMES or key in FAMILY_NAMES or strong_surname(word):
        return True
    return key not in FREQUENT_WORDS and (inflected_given(key) or family_name(key))  # ``TERESIE WOŹNIAK``


def _goes_on(words: Words, start: int, end: int) -> bool:
    """Whether the words ``start:end`` after a field's value may go on with it: known names (frequent ones too:
    ``SUSANNE STRAND``), or rare words the run's last word closing it with a mark (``BLANKA GLAZIK?``), not a
    field's name or a word before a date (``KATI GEBURTSDATUM 13.01.1993``)."""
    for inner in range(start, end):
        key = words.folded[inner]
        if field_word(words, inner) or key in COMMON_WORDS or key in NOT_NAMES:
            return False
        if key in GIVEN_NAMES or key in FAMILY_NAMES or strong_surname(words.words[inner]):
            continue
        if key in FREQUENT_WORDS or not set_apart(words, end - 1):
            return False
    return True


def capitals_bounds(words: Words, index: int, end: int) -> int:
    """The end of a run of words in capitals ``index:end`` read as a name, bounded by what stands around it, or
    ``index`` when the name starts later: a field's name opens no name and ends one (``NAME MARTIN VORNAME
    KATI``), a field's value holds known names only (``VORNAME KATI GEBURTSDATUM``), and a word that is no known
    name before two known names or more of the words in capitals there is a word of the sentence (``HELY KISS
    MARIANN``, ``IZZIŅA IZSNIEGTA MĀRTIŅAM KALNIŅAM``): the name begins after the last such word."""
    if field_word(words, index):
        return index
    if after_phrase(words, index):
        return end  # ``NA IME LAURA BOTICA``: a phrase announces the name, whatever its words
    if (value := field_value(words, index)) > index:
        return end if value < end and _goes_on(words, value, end) else value
    for inner in range(index + 1, end):
        if field_word(words, inner):
            return inner
    run = end
    while run < len(words.words) and words.joined(run - 1, run) and words.words[run].isupper():
        run += 1
    nameless = [inner for inner in range(index, end) if _nameless(words, inner) is not None]
    if not nameless or (nameless[-1] == index and after_phrase(words, index)):
        return end  # (``IK BEN SARA VAN DER HOEVEN``: a phrase announces the name, whatever its first word)
    # a word of no list: the known names after it in capitals, a word that is a name too: those of the run only
    last = nameless[-1]
    following, known = last + 1, 0
    limit = run if _nameless(words, last) else end
    while following < limit and _nameless(words, following) is None:
        known += _known(words, following)
        following += 1
    return index if known >= _SHORTEST else end


def _nameless(words: Words, index: int) -> bool | None:
    """Whether word ``index`` is no name of any list nor a name's form, nor a particle (True: ``IZSNIEGTA``), a
    word that is a name too (False: ``HELY``, a place and a surname; ``SARA``), or a name (None)."""
    word, key = words.words[index], words.folded[index]
    if key in NAME_PARTICLES:
        return None
    if key in COMMON_WORDS:
        return False
    if key in GIVEN_NAMES or key in FAMILY_NAMES or strong_surname(word) or inflected_given(key) or family_name(key):
        return None
    return True
