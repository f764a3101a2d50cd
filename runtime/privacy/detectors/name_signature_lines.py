"""Names on the lines of a signature that a mark or a line around them announces (pure):

- the line under a signature's delimiter (``--``, ``—``, ``__``): ``--`` / ``Penny Reese`` / ``81a, Triq ...``;
- the line under a closing, thanks or wish that ends with a comma, a colon or a ``!`` (``Tisztelettel:``,
  ``Lep pozdrav iz Maribora,``, ``O zi bună,``), or under a closing alone, where other lines follow it;
- a closing and the name on one line that is not the message's last (``Hilsen Winni Jessen`` / ``Tlf. ...``);
- the line above or under a mail app's ``Sent from my iPhone`` line (``Montserrat Caro`` / ``Enviado desde mi
  móvil``, ``Išsiųsta iš „Android“ įrenginio`` / ``Tajus Kalvėnas``).

The name is the line's head, before a job, a company or a contact after a bar, a dash or a comma (``Anne Tveit |
Regnskapsfører``, ``Octav Popa – Cabinet contabilitate``, ``Nik Tomšič, nik@...``): one to three capitalized words
that ``name_sign_words.capitalized_name`` takes (a listed name or a word too rare to be a common one; no
closing's word, no town).
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.name_run import DEPARTMENTS
from runtime.privacy.detectors.name_sign_words import (
    capitalized_name,
    one_case,
    one_case_name,
    opens_with_cue,
    sent_from,
)
from runtime.privacy.detectors.name_text import WORD
from runtime.privacy.normalize import fold

#: A signature's delimiter line: dashes or underscores alone.
_DELIMITER: Final = re.compile(r"[ \t]*(?:--|-- |—|–|__+|-{3,})[ \t]*\r?")
#: Where a signature line's name ends: a bar, a dash between spaces, a comma, a tab, a bracket.
_HEAD: Final = re.compile(r"[ \t]*(?:[-–—][ \t]+)?(?P<name>[^|,\t(\n]+?)[ \t]*(?:$|[|,\t(]|[ \t][-–—/][ \t])")
#: The most words of a closing line above a name (``Lep pozdrav iz Maribora,``).
_MAX_CLOSING_WORDS: Final = 6
_CLOSING_ENDS: Final = (",", ":", "!", ";")


def _closing_line(line: str) -> bool:
    """Whether ``line`` is a closing, thanks or wish on its own line (a comma, a colon or a ``!`` after it, or
    its words alone)."""
    stripped = line.strip(" \t\r")
    keys = WORD.findall(fold(stripped))
    if not keys or len(keys) > _MAX_CLOSING_WORDS:
        return False
    size = opens_with_cue(keys)
    if not size:
        return False
    return stripped.endswith(_CLOSING_ENDS) or size == len(keys)


def _head(start: int, line: str, skip: int = 0, lower: bool = False) -> tuple[int, int] | None:
    """The span of the name that heads ``line`` (from ``skip``), when it is one."""
    match = _HEAD.match(line, skip)
    if match is None:
        return None
    name = match.group("name").rstrip(" .")
    words = name.split(" ")
    while len(words) > 1 and fold(words[-1]) in DEPARTMENTS:  # ``Waltraud Kesselring Buchhaltung``
        words.pop()
    name = " ".join(words)
    if not name or not (one_case_name(words, closed=False) if lower else capitalized_name(words)):
        return None
    offset = start + match.start("name")
    return offset, offset + len(name)


def _announced(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether a mark or a line around line ``index`` of the non-empty ``lines`` announces a signature there."""
    previous = lines[index - 1][1] if index > 0 else ""
    following = lines[index + 1][1] if index + 1 < len(lines) else ""
    if index > 0 and (_DELIMITER.fullmatch(previous) or sent_from(previous)):
        return True
    if following and sent_from(following):
        return True
    return index > 0 and _closing_line(previous)


def signature_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the names on the lines of a signature that a mark or a line around them announces."""
    if "\n" not in text:
        return []
    lines: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((start, line))
        start += len(line) + 1
    found: list[tuple[int, int]] = []
    lower = one_case(text)  # no capital marks a name: the lists' names only
    for index, (start, line) in enumerate(lines):
        if sent_from(line) or _DELIMITER.fullmatch(line):
            continue
        span = _head(start, line, lower=lower) if _announced(lines, index) else None
        if span is None and index + 1 < len(lines):
            span = _after_closing(start, line, lower)
        if span is not None:
            found.append(span)
            found.extend(_repeated(text, span, lines[index + 1 : index + 1 + _COMPANY_LINES]))
    return found


#: How many lines under a signed name may name a company after its surname (``Director, Glover & Sons Ltd``).
_COMPANY_LINES: Final = 3
_MIN_SURNAME: Final = 3


def _repeated(text: str, span: tuple[int, int], lines: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """The signed name's surname where the lines under it repeat it (``Owen Mills`` / ``Director, Mills & Sons
    Roofing Ltd``, ``Petra Bien`` / ``Bien Haustechnik GmbH``): a company named after the family."""
    names = WORD.findall(text[span[0] : span[1]])
    if len(names) < 2 or len(names[-1]) < _MIN_SURNAME:
        return []
    surname = names[-1]
    return [
        (start + match.start(), start + match.end())
        for start, line in lines
        for match in WORD.finditer(line)
        if match.group() == surname
    ]


def _after_closing(start: int, line: str, lower: bool) -> tuple[int, int] | None:
    """The name after a closing on a line that is not the message's last (``Hilsen Winni Jessen``)."""
    matches = list(WORD.finditer(line))
    size = opens_with_cue([fold(match.group()) for match in matches[: _MAX_CLOSING_WORDS + 1]])
    if not size or size >= len(matches):
        return None
    skip = matches[size - 1].end()
    gap = line[skip : matches[size].start()]
    if gap.strip() not in ("", ",", ".", ":", "!"):
        return None
    return _head(start, line, matches[size].start(), lower)
