"""Label regexes indexed by the letter they start with (pure): a word is tried only against the labels that can
start with its first letter, instead of against every label of every language."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache

__all__ = ["LabelIndex", "alternatives", "and_unaccented", "first_letters", "for_letter"]

_QUANTIFIERS = frozenset("?*{")
_GREEK = re.compile("[\u0370-\u03ff]")


def and_unaccented(words: Sequence[str]) -> tuple[str, ...]:
    """``words`` (or label regexes) and, for those in Greek, the same without accents, as Greek is written in
    capitals (``ΟΔΟΣ`` for ``οδός``, ``ΗΜΕΡΟΜΗΝΙΑ ΓΕΝΝΗΣΗΣ``); computed once for each tuple of words."""
    return _and_unaccented(tuple(words))


@lru_cache(maxsize=64)
def _and_unaccented(words: tuple[str, ...]) -> tuple[str, ...]:
    """``and_unaccented`` of a tuple (hashable: repeated calls with the same words are answered from a cache)."""
    greek = [_unaccented(word) for word in words if _GREEK.search(word) is not None]
    if not greek:
        return words
    present = frozenset(words)
    return (*words, *(word for word in greek if word not in present))


def _unaccented(word: str) -> str:
    """``word`` without its accents (combining marks)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _structure(regex: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each of ``regex``'s characters from ``start`` that is neither escaped nor inside a character class, with the
    group depth after it: (index, character, depth)."""
    depth, in_class, escaped = 0, False, False
    for index in range(start, len(regex)):
        char = regex[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth


def alternatives(regex: str) -> list[str]:
    """The top-level alternatives of a regex (``a|b(?:c|d)`` -> ``a``, ``b(?:c|d)``)."""
    cuts = [index for index, char, depth in _structure(regex) if char == "|" and depth == 0]
    return [regex[start + 1 : end] for start, end in zip([-1, *cuts], [*cuts, len(regex)], strict=True)]


def _closing(regex: str, start: int) -> int:
    """Where the group opened at ``start`` closes (the index of its ``)``), or -1."""
    return next((index for index, char, depth in _structure(regex, start) if char == ")" and depth == 0), -1)


def _group_first_letters(alternative: str) -> frozenset[str] | None:
    """The first letters of an alternative that starts with a non-capturing group (``(?:credit |debit )?card``):
    those of each of the group's alternatives, and those of what follows when the group is optional."""
    end = _closing(alternative, 0)
    if end < 0:
        return None
    letters: set[str] = set()
    for part in alternatives(alternative[3:end]):
        first = first_letters(part)
        if first is None:
            return None
        letters |= first
    rest = alternative[end + 1 :]
    if rest[:1] in _QUANTIFIERS or rest[:1] == "+":
        after = first_letters(rest[1:]) if rest[:1] in "?*" and rest[1:2] not in ("?", "+") else None
        if after is None:
            return None
        letters |= after
    return frozenset(letters)


def first_letters(alternative: str) -> frozenset[str] | None:
    """The lower-case letters a match of one alternative starts with; None when it cannot tell (an escape, an
    optional first character, a group other than a non-capturing one)."""
    if alternative.startswith("(?:"):
        return _group_first_letters(alternative)
    if not alternative or alternative[0] in "(\\.^":
        return None
    if alternative[0] == "[":
        end = alternative.find("]")
        letters = alternative[1:end]
        if end < 0 or not letters or "-" in letters or "^" in letters or "\\" in letters:
            return None
        first, rest = frozenset(letters.lower()), alternative[end + 1 :]
    else:
        first, rest = frozenset(alternative[0].lower()), alternative[1:]
    if rest[:1] in _QUANTIFIERS or not all(c.isalpha() for c in first):
        return None
    return first


def for_letter(alternative: str, letter: str) -> str:
    """``alternative`` as matched where a word starts with ``letter`` (one of its first letters): of a leading
    non-capturing group, only the alternatives that start with that letter (``(?:credit |debit )?card`` -> ``(?:debit
    )card`` for ``d``), in their order, so that the same words tried at one position match alike."""
    end = _closing(alternative, 0) if alternative.startswith("(?:") else -1
    if end < 0 or alternative[end + 1 : end + 2] in ("*", "+", "{"):  # (a repeated group goes on with any word)
        return alternative
    kept = [part for part in alternatives(alternative[3:end]) if letter in (first_letters(part) or ())]
    rest = alternative[end + 1 :]
    if rest[:1] != "?":
        return f"(?:{'|'.join(kept)}){rest}"
    rest = rest[1:]  # an optional group: what follows may start the word too
    if letter not in (first_letters(rest) or ()):
        return f"(?:{'|'.join(kept)}){rest}"
    return f"(?:{'|'.join(kept)})?{rest}" if kept else rest


def _pattern(groups: Sequence[Sequence[str]], flags: int) -> re.Pattern[str] | None:
    """One regex of named groups ``l{i}`` (``i``: the group's index), skipping empty groups."""
    parts = [f"(?P<l{i}>{'|'.join(labels)})" for i, labels in enumerate(groups) if labels]
    if not parts:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + r")(?![^\W_])", flags)


def _of_letter(split: Sequence[Sequence[tuple[str, frozenset[str] | None]]], letter: str) -> list[list[str]]:
    """The alternatives of each group (with their first letters) that may match where a word starts with ``letter``."""
    return [
        [alt if first is None else for_letter(alt, letter) for alt, first in group if first is None or letter in first]
        for group in split
    ]


class LabelIndex:
    """Groups of label regexes, matched at a word start against only those that may start with its letter.

    A match names its group ``l{i}``; at one position the first group (in order) that matches wins, as in one
    regex of all the groups.
    """

    def __init__(self, groups: Sequence[Sequence[str]], flags: int = re.IGNORECASE) -> None:
        split = [[(alt, first_letters(alt)) for label in labels for alt in alternatives(label)] for labels in groups]
        letters = {letter for group in split for _, first in group if first is not None for letter in first}
        self._by_letter: dict[str, re.Pattern[str] | None] = {
            letter: _pattern(_of_letter(split, letter), flags) for letter in letters
        }
        self._other = _pattern([[alt for alt, first in group if first is None] for group in split], flags)

    def match(self, text: str, position: int) -> re.Match[str] | None:
        """The label that starts at ``position`` (a word start), or None."""
        pattern = self._by_letter.get(text[position].lower(), self._other)
        return pattern.match(text, position) if pattern is not None else None
