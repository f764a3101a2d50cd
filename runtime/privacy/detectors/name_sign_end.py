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

from runtime.privacy.detectors.name_sign_words import (
    MAX_NAME_WORDS,
    NO_NAME,
    capitalized_name,
    ends_with_cue,
    holds_cue,
)
from runtime.privacy.detectors.name_signoff import AFTER_THANKS, CLOSING_KEYS
from runtime.privacy.detectors.name_text import WORD
from runtime.privacy.detectors.name_words import GIVEN_NAMES
from runtime.privacy.normalize import fold

#: What may end the message after the name: marks, smileys and emoji (no letter, no digit), a few of them.
_MAX_TRAIL: Final = 8
#: Marks that end a sentence or a clause before a signed name.
_BREAKS: Final = frozenset("!?.,;…)")
#: A remark in brackets after the name (``(Carpintería Lillo)``, ``(Zimmer 214, Station 3)``).
_REMARK: Final = re.compile(r"[ \t]*\([^()\n]{1,60}\)[ \t]*$")
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


def sign_end(text: str) -> tuple[int, int] | None:
    """The span of a capitalized name that ends ``text`` after a thanks, a closing or a wish (see the module)."""
    body = text.rstrip()
    remark = _REMARK.search(body)
    if remark is not None:
        body = body[: remark.start()].rstrip()
    end = _trail_start(body)
    if end == 0 or not body[end - 1].isalpha():
        return None
    line_start = body.rfind("\n", 0, end) + 1
    matches = list(WORD.finditer(body, line_start, end))
    if len(matches) < 2 or matches[-1].end() != end or not matches[-1].group()[:1].isupper():
        return None
    for count in range(1, min(MAX_NAME_WORDS, len(matches) - 1) + 1):
        split = len(matches) - count
        if any(body[matches[at - 1].end() : matches[at].start()] != " " for at in range(split + 1, len(matches))):
            break
        span = _signed(body, matches, split)
        if span is not None:
            return span
    return None


def _signed(body: str, matches: list[re.Match[str]], split: int) -> tuple[int, int] | None:
    """The name ``matches[split:]`` when a break or a closing comes before it and a cue in the line before."""
    words = [match.group() for match in matches[split:]]
    gap = body[matches[split - 1].end() : matches[split].start()]
    keys = [fold(match.group()) for match in matches[max(0, split - _CUE_WORDS) : split]]
    closed = gap.strip() in ("", ",", ".", ":", "!", "-") and ends_with_cue(keys) > 0
    broken = "\n" not in gap and (gap.strip()[-1:] in _BREAKS or _symbol(gap)) and gap.endswith(" ")
    if not (closed or broken) or not (closed or holds_cue(keys)):
        return None
    if not capitalized_name(words) and not (closed and _word_name(words)):
        return None
    return matches[split].start(), matches[-1].end()


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
