"""One linear pre-scan of a message that the detectors share.

It finds the digit clusters (every detector but e-mail needs digits), splits them into stand-alone number
chunks (``+351 912 345 678``, ``4111-1111-…``, ``1234.56.782``) for the phone, card and numeric-id
detectors, and the windows around digits where the letter-anchored patterns (IBAN, codice fiscale, DNI,
NIE, NIR) can match, so prose without digits is scanned once at C speed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

MIN_CHUNK_CHARS: Final = 7
#: Characters around a digit where an identifier containing it may start or end.
WINDOW_MARGIN: Final = 16
# Digit clusters long enough to hold a chunk (possessive: a short cluster fails at once).
_CLUSTER: Final = re.compile(rf"[0-9][0-9 \u00a0.\-/()+]{{{MIN_CHUNK_CHARS - 2},}}+")
# Stretches where consecutive digits are at most two margins apart (their windows would overlap).
_DIGIT_STRETCH: Final = re.compile(rf"[0-9](?:[^0-9]{{0,{2 * WINDOW_MARGIN}}}+[0-9])*+")
# Digit groups joined by exactly one separator (or a parenthesised group such as ``(0)``), possessive
# throughout: no backtracking.
# A parenthesised group may hold spaces or a dash (``(06 1) 234 5678``, Lithuania's ``(0-612) 34567``); a calling
# code in brackets may hold its plus (``(+30) 6912 345678``, ``+(370) 612 34567``); a dash may follow an area code
# (``(010)-4123456``), or a dot (``(0113).4960144``, ``(351).911.416.645``: written so that a bot does not read it).
_PARENS: Final = r"\([0-9]++(?:[ \u00a0\-][0-9]++)*+\)"
_SEP: Final = rf"(?:[ \u00a0.\-/]|[ \u00a0]?{_PARENS}[ \u00a0]?)"
_CHUNK: Final = re.compile(rf"(?:\(\+[0-9]++\)[ \u00a0\-.]?|\+?(?:{_PARENS}[ \u00a0\-.]?)?)[0-9]++(?:{_SEP}[0-9]++)*+")
_NOT_DIGIT: Final = str.maketrans("", "", " \u00a0.-/()+")


@dataclass(frozen=True, slots=True)
class NumberChunk:
    """A number-like piece of text standing alone (no letter or digit glued to either end)."""

    start: int
    end: int
    text: str
    digits: str


@dataclass(frozen=True, slots=True)
class TextScan:
    """A message with its number chunks and the windows (start, end) around its digits."""

    text: str
    chunks: tuple[NumberChunk, ...]
    windows: tuple[tuple[int, int], ...]


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _chunks_in(text: str, start: int, end: int, out: list[NumberChunk]) -> None:
    """Append the stand-alone number chunks of the cluster ``text[start:end]``."""
    for _ in range(2):  # "(", "+", "+(" or "(+" before the first digit
        if start > 0 and text[start - 1] in "+(":
            start -= 1
    size = len(text)
    position = start
    while position < end:
        match = _CHUNK.match(text, position, end)
        if match is None:
            position += 1
            continue
        first, last = match.span()
        position = last
        if last - first < MIN_CHUNK_CHARS:
            continue
        if (first > 0 and _is_word_char(text[first - 1])) or (last < size and _is_word_char(text[last])):
            continue
        raw = match.group()
        out.append(NumberChunk(first, last, raw, raw.translate(_NOT_DIGIT)))


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a window to whole words, so no pattern sees a word cut at its edges."""
    size = len(text)
    while start > 0 and _is_word_char(text[start - 1]):
        start -= 1
    while end < size and _is_word_char(text[end]):
        end += 1
    return start, end


def scan_text(text: str) -> TextScan:
    """Scan ``text`` once for number chunks and the windows around its digits."""
    chunks: list[NumberChunk] = []
    for match in _CLUSTER.finditer(text):
        _chunks_in(text, match.start(), match.end(), chunks)
    windows: list[tuple[int, int]] = []
    size = len(text)
    for match in _DIGIT_STRETCH.finditer(text):
        start, end = _widen(text, max(0, match.start() - WINDOW_MARGIN), min(size, match.end() + WINDOW_MARGIN))
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return TextScan(text, tuple(chunks), tuple(windows))
