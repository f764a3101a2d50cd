"""Names written in capitals inside a message in lower case (pure): ``Hej, TOVE ANDERSEN her``."""

from __future__ import annotations

import unicodedata
from typing import Final

from runtime.privacy.detectors.name_capitals_context import field_value, field_word, shouted
from runtime.privacy.detectors.name_inflection import (
    family_name,
    strong_surname,
)
from runtime.privacy.detectors.name_lone_surname import oblique_capitals
from runtime.privacy.detectors.name_pairs import adjective_place
from runtime.privacy.detectors.name_phrases import (
    GREETINGS_INDEX,
    LOWER_END,
    STRONG_INDEX,
    WEAK_INDEX,
)
from runtime.privacy.detectors.name_places import (
    PLACE_WORDS,
    in_place,
    in_town,
    place_tail,
)
from runtime.privacy.detectors.name_run import (
    NEVER_IN_NAME,
    TITLE_WORDS,
    known_upper_word,
    name_end,
    same_case_particle,
)
from runtime.privacy.detectors.name_signoff import ONE_WORD_CLOSINGS
from runtime.privacy.detectors.name_text import (
    NAME_PARTICLES,
    Words,
)
from runtime.privacy.detectors.name_title_cases import title_needs_its_pair
from runtime.privacy.detectors.name_vocative import addressed_name
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    PLACE_PREPOSITIONS,
    RARE_GIVEN_NAMES,
    word_set,
)
from runtime.privacy.detectors.ordinary_words import ordinary_after_title

#: Titles this long or shorter (``DON``, ``GA``, ``UR``: words too) count undotted in capitals only before a known
#: surname; but for the honorifics written undotted that are no other word (``MR``, ``MRS``, ``FRU``).
_SHORT_TITLE: Final = 3
_PLAIN_SHORT_TITLES: Final = word_set("mr mrs ms dr fru frk sra srta dra mme dhr mnr")


def _capitals_word(words: Words, index: int) -> bool:
    """Whether word ``index``, in capitals, may be part of a name: a known name or no frequent word."""
    word, key = words.words[index], words.folded[index]
    if not word.isupper() or len(key) < 2 or key in NEVER_IN_NAME or key in PLACE_WORDS or key in NOT_NAMES:
        return False
    if key in LOWER_END or key in TITLE_WORDS or not unicodedata.is_normalized("NFKC", word):
        return False
    if field_word(words, index):
        return False  # ``NAME GUDE VORNAME ANTONIA``: a field's name between two names
    known = key in GIVEN_NAMES or key in FAMILY_NAMES or family_name(key)
    return key not in COMMON_WORDS and (known or key not in FREQUENT_WORDS)


def _thanked(words: Words, index: int) -> int:
    """End of a known given name alone in capitals right after a one-word thanks or greeting in capitals, the
    name closed by punctuation or the end of its line (``TAKK ARNE!``, ``DANKE PAVEL,``, ``KIITOS MARJUKKA!``), or
    ``index``: ``TAKK PER!`` is thanks to Per, ``TAKK FOR HJELPEN`` thanks for nothing."""
    if index == 0 or not words.words[index - 1].isupper() or not words.words[index].isupper():
        return index
    before, key = words.folded[index - 1], words.folded[index]
    if before not in ONE_WORD_CLOSINGS and not words.follows(index, GREETINGS_INDEX):
        return index
    gap = words.text[words.spans[index - 1][1] : words.spans[index][0]]
    if gap not in (" ", ", ") or key not in GIVEN_NAMES or key in NOT_NAMES or key in COMMON_WORDS:
        return index
    if len(key) < 3 or key in NEVER_IN_NAME or key in PLACE_WORDS or key in LOWER_END:
        return index
    end = words.spans[index][1]
    closed = end == len(words.text) or words.text[end] in _CLOSING_MARKS or _ends_line(words, index)
    return index + 1 if closed else index


#: Marks that close a name written alone after thanks (``TAKK ARNE!``, ``DANKE PAVEL,``).
_CLOSING_MARKS: Final = frozenset("!,.;:")


def _sure_pair(words: Words, given: int, surname: int) -> bool:
    """Whether a known given name and the surname after it, in a message all in capitals, are sure enough to be a
    name anywhere in it (``NA MARCEL KOPICZKO DO``): neither a frequent or common word, the surname a known family
    name or one of a surname's strong endings."""
    first, second = words.folded[given], words.folded[surname]
    if first in FREQUENT_WORDS or first in COMMON_WORDS or second in COMMON_WORDS or second in PLACE_WORDS:
        return False
    return (second in FAMILY_NAMES and second not in FREQUENT_WORDS) or strong_surname(words.words[surname])


def _ends_line(words: Words, index: int) -> bool:
    """Whether word ``index`` ends the message or its line (punctuation after it allowed)."""
    following = index + 1
    if following >= len(words.words):
        return True
    return "\n" in words.text[words.spans[index][1] : words.spans[following][0]]


def _two_words(first: str, second: str) -> bool:
    """Whether both folded words of a pair are names that are common words too (``NIČ KUPILA``: nothing bought)."""
    return first in COMMON_WORDS and second in COMMON_WORDS


def lower_vocative(words: Words, index: int) -> int:
    """End of a given name or its vocative opening a message typed all in lower case (``tomislave, javi se``), or
    ``index``."""
    return index + 1 if words.all_lower and index == 0 and addressed_name(words, index) else index


def capitals_pair(words: Words, index: int) -> int:
    """End of a name in capitals that begins at word ``index``: a pair (``_capitals_pair``), else a known given
    name alone in a message in capitals (``lone_given_capitals``), or ``index``."""
    if (end := field_value(words, index)) > index:
        return end  # ``SURNAME MILLER FORENAMES PHILLIP``: a form filled in capitals
    if (end := _capitals_pair(words, index)) > index:
        return end
    if (end := surname_given_capitals(words, index)) > index:
        return end
    if addressed_name(words, index):
        return index + 1  # ``TOMISLAVE, JAVI SE``: the reader addressed by name in a message in capitals
    return index + 1 if lone_given_capitals(words, index) else index


def _capitals_pair(words: Words, index: int) -> int:
    """End of a name in capitals inside a message written in lower case (``Hej, TOVE ANDERSEN her``, ``GURO
    HAUGEN``, ``INGRID HAUGEN``), or ``index``: two words in capitals or more (particles between them) that are
    known names or no frequent words, or a known given name and a known family name; one of them of three
    letters or more. In a message all in capitals, only a known given name and a family name that end it or
    its line (``OBRIGADO, MARTA LOPES``)."""
    if (thanked := _thanked(words, index)) > index:
        return thanked
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return index
    surname = following
    while (
        surname + 1 < len(words.words)
        and words.folded[surname] in NAME_PARTICLES
        and words.joined(surname, surname + 1)
    ):
        surname += 1  # ``SANNE VAN DER MEULEN``
    first, second = words.folded[index], words.folded[surname]
    listed = first in GIVEN_NAMES and first not in NOT_NAMES and second not in NAME_PARTICLES
    rare = second not in FREQUENT_WORDS and second not in COMMON_WORDS and len(second) >= 3 and words.mixed_case
    listed = (
        listed
        and words.words[surname].isupper()
        and (second in FAMILY_NAMES or strong_surname(words.words[surname]) or rare)
    )
    ends = _ends_line(words, surname) and not _two_words(first, second)
    strict = not words.mixed_case or shouted(words, index, surname + 1)
    if strict and not (listed and (ends or _sure_pair(words, index, surname))):
        return index  # a message or a stretch in capitals: every word is
    if not listed and not _capitals_word(words, index):
        return index
    end = name_end(words, index, same_case_particle, _capitals_word)
    if end <= surname and listed:
        end = surname + 1
    if end - index < 2 or max(len(words.folded[inner]) for inner in range(index, end)) < 3:
        return index
    if adjective_place(words, index):
        return index  # ``OSTRÓW WIELKOPOLSKI``
    return index if in_town(words, index, end) or place_tail(words, index, end) else end


def titled_capitals(words: Words, index: int) -> int:
    """End of a surname in capitals after a title in capitals (``MR DUNNE``, ``FRAU BOHLANDER``, ``PANIĄ
    SEMENOWICZ``, ``SEÑORA BARCO``), as ``Frau Bohlander`` is read in mixed case, or ``index``: a word of three
    letters or more that is a known name or no frequent word, no place's, and no frequent word after the title
    (``PANI MOŻE``, ``MINISTER FINANSÓW``)."""
    if index == 0 or not words.titled(index):
        return index
    title, key, word = words.folded[index - 1], words.folded[index], words.words[index]
    if title not in TITLE_WORDS or len(title) < 2 or not words.words[index - 1].isupper() or not word.isupper():
        return index
    if len(key) < 3 or key in NEVER_IN_NAME or key in PLACE_WORDS or key in NOT_NAMES or key in LOWER_END:
        return index
    known = key in FAMILY_NAMES or key in GIVEN_NAMES
    if not known and (key in COMMON_WORDS or not unicodedata.is_normalized("NFKC", word)):
        return index
    dotted = words.text[words.spans[index - 1][1] : words.spans[index][0]].startswith(".")
    surname = (key in FAMILY_NAMES or family_name(key)) and key not in FREQUENT_WORDS
    plain = title in _PLAIN_SHORT_TITLES and len(key) >= _SHORT_TITLE + 1 and key not in FREQUENT_WORDS
    if len(title) <= _SHORT_TITLE and not dotted and not surname and not plain:
        return index  # a short title without its dot may be a word (``GA`` it, ``UR ALI``): a known surname only
    if title_needs_its_pair(words, index) or ordinary_after_title(words, index):
        return index
    return name_end(words, index, same_case_particle, known_upper_word)


def lone_capitals(words: Words, index: int) -> bool:
    """Whether word ``index``, in capitals inside a sentence, is a surname alone in a case only surnames take
    (``ΜΙΛΗΣΑ ΜΕ ΤΟΝ ΠΑΠΑΔΟΠΟΥΛΟ``, ``ROZMAWIAŁAM Z KOWALSKĄ``), as ``lone_surname`` reads it capitalized: after
    a frequent word (an article, a preposition), not after another word of a longer name."""
    if index == 0 or words.after_break(index) or not words.joined(index - 1, index):
        return False
    before = words.folded[index - 1]
    if before not in FREQUENT_WORDS or before in GIVEN_NAMES or before in FAMILY_NAMES:
        return False
    return oblique_capitals(words, index)


#: Marks that close a name addressed or set apart in a message in capitals (``LA MULTI ANI, ALEXANDRA!``,
#: ``(PETRA)``, ``SIIN JÄLLE KERSTI.``).
_ADDRESS_CLOSERS: Final = frozenset("!,.?)")
#: Marks that close a statement with a name at its end (``SIIN JÄLLE KERSTI.``).
_STATEMENT_CLOSERS: Final = frozenset(".!,\n")
#: Marks that open a name set apart (``, ALEXANDRA!``, ``(PETRA)``).
_ADDRESS_OPENERS: Final = frozenset(",(")
#: The shortest given name read alone in capitals with no mark around it.
_LONE_LETTERS: Final = 5
#: Articles: a word in capitals after them is a noun (``POUR LE FERRY``), not a name.
_ARTICLES: Final = word_set("""
the an le la les un une el los las il lo gli uno una der die das den dem des ein eine einen het een o os as um
uma de
""")
#: Prepositions of place the shared list lacks (at, by): a monument or a museum follows them (``VED HOLGER DANSKE``).
_AT_PLACE: Final = word_set("ved vid")


def lone_given_capitals(words: Words, index: int) -> bool:
    """Whether word ``index`` is a known given name standing alone inside a message all in capitals, as a given
    name alone mid-sentence is read in mixed case (``TÄSSÄ PIRJO VIELÄ KERRAN``, ``LA MULTI ANI, ALEXANDRA!!!``,
    ``... (ŽELJKO)``): no word, place or rare name, not opening a sentence; a name that is a frequent word too
    (``EMIL``, ``PETRA``) or of three letters only when marks set it apart (a comma or bracket before it, a
    mark or the line's end after it)."""
    if words.mixed_case or index == 0:
        return False
    if words.after_break(index) and words.text[words.spans[index][0] - 1 : words.spans[index][0]] != "(":
        return False  # a sentence's first word; but a name in brackets (``(DRAGICA)``)
    word, key = words.words[index], words.folded[index]
    if len(key) < _SHORT_TITLE or key not in GIVEN_NAMES or key in RARE_GIVEN_NAMES or not _capitals_word(words, index):
        return False
    if key in NEVER_IN_NAME:
        return False
    before = words.folded[index - 1]
    if before in PLACE_PREPOSITIONS or before in _AT_PLACE or before in TITLE_WORDS or before in _ARTICLES:
        return False  # ``I ALEXANDRIA``: a place; after a title the titled path reads it
    if in_place(words, index) or in_town(words, index, index + 1):
        return False  # ``УЛ. „БАБА ТОНКА“``: a street named for a person
    following = index + 1
    if following < len(words.words) and words.joined(index, following):
        after_key = words.folded[following]
        if after_key not in FREQUENT_WORDS or after_key in FAMILY_NAMES or after_key in GIVEN_NAMES:
            return False  # a longer name the pair did not take (``HOLGER DANSKE``, ``EDVARD GRIEG-MUSEET``)
    end = words.spans[index][1]
    after = words.text[end : end + 1]
    # closing a statement (``SIIN JÄLLE KERSTI.``): inside a clause a word of an inflected language may be one the
    # frequent lists lack (``KAS SAAN SISSE LOGIDA``), and a verb closes many questions (``ALLES JÄTTA?``)
    if key not in FREQUENT_WORDS and len(key) >= _LONE_LETTERS and word.isalpha() and after in _STATEMENT_CLOSERS:
        return True
    if any(words.follows(index, phrases) for phrases in (STRONG_INDEX, WEAK_INDEX, GREETINGS_INDEX)):
        return True  # ``ÞETTA ER SIGRÚN``: after an introduction, as in mixed case
    before = words.text[words.spans[index - 1][1] : words.spans[index][0]].strip()
    closed = after == "" or after in _ADDRESS_CLOSERS or _ends_line(words, index)
    return closed and before[-1:] in _ADDRESS_OPENERS


#: Marks that close a name written surname first in capitals (``FIŠEROVÁ VĚRA, NAR.``, ``SULIK RÓŻA –``).
_PAIR_CLOSERS: Final = frozenset(",.;:!)(–—-/")
#: Irish particles before a surname in capitals (``Ó MURAOILE STELLA``, ``MAC AN LIAGHA BAIRBRE``).
_IRISH_CAPITALS: Final = frozenset({"o", "ó", "mac", "nic", "ni", "ní", "ui", "uí", "mag"})


def _surname_capitals(words: Words, index: int, start: int) -> bool:
    """Whether word ``index``, in capitals, may be a surname the lists lack: a known family name or one of a
    surname's endings, or a word of three letters or more that is no frequent or common word, place or title, the
    name opening its line or sentence or following a rare word (a label: ``PRIMATELJ BARAC ROKO``), not a
    frequent one (``AG OBAIR ARÍS``: at work again)."""
    word, key = words.words[index], words.folded[index]
    if not word.isupper() or len(key) < _SHORT_TITLE or not word.replace("-", "").replace("'", "").isalpha():
        return False
    if key in NOT_NAMES or key in PLACE_WORDS or key in NEVER_IN_NAME or key in TITLE_WORDS or key in LOWER_END:
        return False
    if key in ONE_WORD_CLOSINGS or key in GREETINGS_INDEX:
        return False  # ``MVH EIVIND``: a closing, then the name
    if strong_surname(word) or (key in FAMILY_NAMES and key not in COMMON_WORDS):
        return True
    if key in FREQUENT_WORDS or key in COMMON_WORDS or key in GIVEN_NAMES:
        return False
    return words.after_break(start) or words.folded[start - 1] not in FREQUENT_WORDS


def surname_given_capitals(words: Words, index: int) -> int:
    """End of a name written surname first in capitals, the surname one the lists may lack (``HELLEVOORT TIMO``,
    ``POTOČNIK AVGUST``, ``SULIK RÓŻA –``, ``Ó MURAOILE STELLA``), or ``index``: a possible surname (Irish
    particles before it), then a known given name that is no word, the pair closing its line or followed by a mark,
    and no known given name before it (``ERLING FREDERIKSEN`` is given name first)."""
    start = surname = index
    if words.folded[index] in _IRISH_CAPITALS and words.words[index].isupper():
        surname = index + 1
        if surname + 1 < len(words.words) and words.folded[surname] == "an" and words.joined(index, surname):
            surname += 1  # ``MAC AN LIAGHA``
    given = surname + 1
    if given >= len(words.words) or not words.joined_run(start, given):
        return index
    if not _surname_capitals(words, surname, start) or not words.words[given].isupper():
        return index
    key = words.folded[given]
    if key not in GIVEN_NAMES or key in COMMON_WORDS or key in NOT_NAMES or key in RARE_GIVEN_NAMES:
        return index
    if key in PLACE_WORDS or len(key) < _SHORT_TITLE:
        return index
    if index > 0 and words.joined(index - 1, index) and words.folded[index - 1] in GIVEN_NAMES:
        return index
    end = words.spans[given][1]
    after = words.text[end : end + 2].strip()[:1]
    closed = _ends_line(words, given) or after in _PAIR_CLOSERS
    if after == "?" or not (closed or strong_surname(words.words[surname])):
        return index  # a surname's ending is sure anywhere (``PŘIHLÁŠKY U SEDLÁČKOVÁ HANA DO 30. 11.``)
    if in_place(words, start) or in_town(words, start, given + 1) or place_tail(words, start, given + 1):
        return index
    return given + 1
