"""A capitalized name that ends a chat message after a thanks, a closing or a wish on the same line (pure):
``Schönes Wochenende! Reimar``, ``Hvala ti puno!! Dora 😊``, ``Det virker nu. Mvh Per``, ``Un abrazo, Isa
(Carpintería Lillo)``, ``gruß Staude (Zimmer 214, Station 3)``, ``vidimo se na rivi. Fran Čizmić``.

People sign a chat message on its last line, after the thanks or the wish and a break (``!``, ``.``, ``,``, an
emoji, a smiley) or right after a closing (``Mvh``, ``Groetjes``, ``Un saludo,``); an emoji, a smiley or a remark
in brackets may follow the name. The name is one to three capitalized words (``name_sign_words.capitalized_name``:
a listed name that is no word more often something else, or a word too rare to be a common one), and the line
before it holds a thanks, a closing or a wish: a message ending in a capitalized word after a question or a
sentence is no signature otherwise (``Welche ist besser? Bitcoin``). Right after a closing, a given name that is
also a word counts too (``Mvh Per``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from runtime.privacy.detectors.name_inflection import family_name
from runtime.privacy.detectors.name_sign_words import (
    MAX_NAME_WORDS,
    NO_NAME,
    blocked,
    capitalized_name,
    ends_with_cue,
    holds_cue,
    one_case,
    one_case_name,
    signed_words,
)
from runtime.privacy.detectors.name_signoff import AFTER_THANKS, CLOSING_KEYS, hungarian_from
from runtime.privacy.detectors.name_text import WORD
from runtime.privacy.detectors.name_words import FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES
from runtime.privacy.detectors.town_names import ONE_WORD_TOWNS
from runtime.privacy.normalize import fold

#: What may end the message after the name: marks, smileys and emoji (no letter, no digit), a few of them.
_MAX_TRAIL: Final = 8
#: Marks that end a sentence or a clause before a signed name.
_BREAKS: Final = frozenset("!?.,;…)")
#: A remark in brackets after the name (``(Carpintería Lillo)``, ``(Zimmer 214, Station 3)``).
_REMARK: Final = re.compile(r"[ \t]*\([^()\n]{1,60}\)[ \t]*$")
#: How many characters at the end of the message may hold the remark or the place after the name.
_TAIL: Final = 120
#: The most words before the name read for a thanks, a closing or a wish.
_CUE_WORDS: Final = 16


def _trail_start(body: str) -> int:
    """Where the marks, smileys and emoji that end ``body`` begin."""
    end = len(body)
    while end > 0 and len(body) - end < _MAX_TRAIL and not body[end - 1].isalnum():
        end -= 1
    return end


def _symbol(text: str) -> bool:
    """Whether ``text`` (a gap between words) holds an emoji or another symbol (``😄``, ``:)``)."""
    return any(unicodedata.category(char).startswith("S") for char in text) or ":)" in text or ":-)" in text


def sign_end(text: str) -> list[tuple[int, int]]:
    """The spans of a capitalized name that ends ``text`` after a thanks, a closing or a wish (see the module),
    with the surnames of the remark in brackets after it (``Isa (Carpintería Belda)``)."""
    body = text.rstrip()
    tail = max(body.rfind("\n") + 1, len(body) - _TAIL)  # the last line's last characters only
    remark = _REMARK.search(body, tail) if body.endswith(")") else None
    if remark is not None:
        body = body[: remark.start()].rstrip()
    elif body[-1:].isalpha():
        place = _FROM_PLACE.search(body, tail)  # ``Helsing Sondre på Ytre Sunde``: where the writer lives
        body = body[: place.start()] if place is not None else body
    end = _trail_start(body)
    if end == 0 or not body[end - 1].isalpha():
        return []
    line_start = body.rfind("\n", 0, end) + 1
    matches = list(WORD.finditer(body, line_start, end))
    if len(matches) < 2 or matches[-1].end() != end:
        return []
    last = matches[-1].group()
    if (last[:1].islower() or last.isupper()) and not one_case(body):
        return []  # no capital marks the name: only in a message typed in one case
    for count in range(1, min(MAX_NAME_WORDS, len(matches) - 1) + 1):
        split = len(matches) - count
        if any(body[matches[at - 1].end() : matches[at].start()] != " " for at in range(split + 1, len(matches))):
            break
        span = _signed(body, matches, split)
        if span is not None:
            return [span, *(remark_surnames(text, *remark.span()) if remark is not None else ())]
    return []


#: Where a writer says where they sign from after their name (``Sondre på Ytre Sunde``, ``Anna aus Köln``): a
#: preposition, then capitalized words to the end.
_FROM_PLACE: Final = re.compile(
    r"(?<=[^\W\d_]) (?:på|i|fra|frå|från|frá|from|aus|von|de|da|iz|z|ze|из|от|από|ó|minn|vu|vun|din|iš|no)"
    r"(?: [^\W\d_][^\W\d_'’-]*){1,3}[ \t.!]*$"
)
#: Irish and Dutch particles written capitalized before a surname (``Ó Háinlí``, ``Mac Eochagáin``, ``Van Wijland``).
_SURNAME_PARTICLES: Final = frozenset({"ó", "o", "ní", "ni", "mac", "nic", "mc", "van", "de", "der", "den", "von"})


def remark_surnames(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The surnames in a remark in brackets after a signed name (``(Carpintería Belda)``, ``(Bäckerei Winkler,
    Ettelbréck)``, ``(iníon Ó Háinlí ón bpub)``): capitalized listed family names or words with a surname's
    ending, no frequent word nor town, or the capitalized word after an Irish or Dutch particle."""
    found: list[tuple[int, int]] = []
    matches = list(WORD.finditer(text, start, end))
    at = 0
    while at < len(matches):
        word, key = matches[at].group(), fold(matches[at].group())
        if key in _SURNAME_PARTICLES and word[:1].isupper() and at + 1 < len(matches):
            last = at + 1
            while last + 1 < len(matches) and fold(matches[last].group()) in _SURNAME_PARTICLES:
                last += 1  # ``Van der Leek``
            if matches[last].group()[:1].isupper() and not blocked(fold(matches[last].group())):
                found.append((matches[at].start(), matches[last].end()))
            at = last + 1
            continue
        if word[:1].isupper() and not word.isupper() and _remark_surname(key):
            found.append(matches[at].span())
        at += 1
    return found


def _remark_surname(key: str) -> bool:
    if blocked(key) or key in ONE_WORD_TOWNS or key in GIVEN_NAMES:
        return False
    return (key in FAMILY_NAMES or family_name(key)) and (key not in FREQUENT_WORDS or key in FAMILY_NAMES)


def _signed(body: str, matches: list[re.Match[str]], split: int) -> tuple[int, int] | None:
    """The name ``matches[split:]`` when a break or a closing comes before it and a cue in the line before."""
    words = [match.group() for match in matches[split:]]
    gap = body[matches[split - 1].end() : matches[split].start()]
    keys = [fold(match.group()) for match in matches[max(0, split - _CUE_WORDS) : split]]
    closed = gap.strip() in ("", ",", ".", ":", "!", "-") and (
        ends_with_cue(keys) > 0 or _short_closing(body, matches, split)
    )
    broken = "\n" not in gap and (gap.strip()[-1:] in _BREAKS or _symbol(gap)) and gap.endswith(" ")
    if not (closed or broken) or not (closed or holds_cue(keys)):
        return None
    if _from_place(words):
        return None
    if words[-1][:1].islower() or words[-1].isupper():
        if not one_case_name(words, closed):
            return None
    elif not capitalized_name(words) and not (closed and _word_name(words)) and not signed_words(words):
        return None
    return matches[split].start(), matches[-1].end()


_PARTICLES_FROM: Final = frozenset({"da", "de", "di", "do", "von", "van", "z", "ze"})


def _from_place(words: list[str]) -> bool:
    """Whether ``words`` after a closing say where it comes from, not who: a preposition that is also a surname's
    particle before a town (``Tanti saluti da Roma``), a word in a Hungarian case of places (``Üdvözlet
    Debrecenből``)."""
    if len(words) == 1:
        return hungarian_from(words[0])
    return words[0] in _PARTICLES_FROM and fold(words[1]) in ONE_WORD_TOWNS


#: Closings of one letter, written with a full stop after a sentence's end (``... korjatkaa." t. Kalervo``:
#: Finnish terveisin).
_LETTER_CLOSINGS: Final = frozenset({"t"})


def _short_closing(body: str, matches: list[re.Match[str]], split: int) -> bool:
    """Whether the word before the name is a one-letter closing with its full stop after a sentence's end."""
    closing = matches[split - 1]
    if fold(closing.group()) not in _LETTER_CLOSINGS or body[closing.end() : closing.end() + 1] != ".":
        return False
    before = body[: closing.start()].rstrip()
    return before[-1:] in '.!?"“”»…)' or not before


def _word_name(words: list[str]) -> bool:
    """A capitalized given name that is also a word, alone right after a closing (``Mvh Per``)."""
    if len(words) != 1 or not words[0].istitle():
        return False
    key = fold(words[0])
    return (
        key in GIVEN_NAMES
        and len(key) >= 3
        and key not in CLOSING_KEYS
        and key not in AFTER_THANKS
        and (key not in NO_NAME)
    )
