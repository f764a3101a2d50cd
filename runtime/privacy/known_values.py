"""Regexes that find a vault value again in later messages (pure; they run on folded text).

A value is found in any case, accents and whitespace layout; IBANs, cards, phone numbers and national ids
also with other spacing and punctuation. A phone number is also found in its other form (``912 345 678``
for ``+351 912 345 678`` and back, see ``phone_numbers``), but a national form never right after an
international prefix (``+34 912 345 678`` is another number). A person's name is also found by its own
tokens (``Silva``, ``Maria Silva`` for ``Maria da Silva``, see ``name_tokens``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from runtime.privacy.name_tokens import PARTICLES, significant_tokens
from runtime.privacy.normalize import fold
from runtime.privacy.phone_numbers import international_forms, national_forms, phone_digits, split_international
from runtime.privacy.types import ADDRESS, NAME, PHONE
from runtime.privacy.value_keys import COMPACT_TYPES

SEPARATORS: Final = r"[\s.\-/()]{0,3}"
#: Alphanumerics a vault value needs to be looked for in later messages.
MIN_KNOWN_VALUE: Final = 2
_NAME_JOIN: Final = r"[\s\-]+"
# Particles between a name's tokens in one run; not the conjunctions ("Maria e Silva" may be two people).
_PARTICLE: Final = "(?:" + "|".join(sorted(PARTICLES - {"a", "e", "i", "y"}, key=len, reverse=True)) + ")"
_INTERNATIONAL_BEFORE: Final = re.compile(rf"(?:\+|(?<![0-9])00){SEPARATORS}[0-9]{{1,3}}{SEPARATORS}\Z")


class Alternative(NamedTuple):
    """One way to find a value: a first character (a regex literal) and the regex of the rest, no groups.

    The first character stands apart so that each compiled regex starts with a literal and the engine
    skips, in C, every position where the value cannot start (see ``value_patterns``).
    """

    first: str
    rest: str
    national: bool = False  # a national phone form: no match right after an international prefix


def alternatives(entity_type: str, value: str) -> list[Alternative]:
    """The ways to find ``value`` (of a sanitized type) in folded text; none for a value too short."""
    folded = fold(value).strip()
    if sum(c.isalnum() for c in folded) < MIN_KNOWN_VALUE:
        return []
    if entity_type == PHONE:
        parsed = phone_digits(value)
        if parsed is not None:
            return _phone_alternatives(*parsed)
    if entity_type in COMPACT_TYPES:
        chars = [c for c in folded if c.isalnum()]
        if entity_type == PHONE and folded.startswith(("+", "00")):
            chars = chars[2:] if folded.startswith("00") else chars
            return _international_prefixed(_spaced(chars))
        return [Alternative(re.escape(chars[0]), _spaced(chars[1:], leading=True))]
    if entity_type == ADDRESS:
        folded = folded.rstrip(".")  # a Hungarian house number's or an abbreviation's dot, found with or without
    words = folded.split()
    rest = r"\s+".join([re.escape(words[0][1:]), *(re.escape(word) for word in words[1:])])
    whole = Alternative(re.escape(folded[0]), rest)
    if entity_type == NAME and len(words) > 1:
        return [whole, *_name_token_alternatives(significant_tokens(value))]
    return [whole]


def _name_token_alternatives(tokens: tuple[str, ...]) -> list[Alternative]:
    """A run of a name's own tokens (``silva``, ``maria silva``, ``silva, maria`` is two runs), with its
    particles allowed between them (``maria da silva``): one alternative per token it can start with."""
    if not tokens:
        return []
    any_token = "|".join(re.escape(token) for token in sorted(tokens, key=len, reverse=True))
    run = rf"(?:{_NAME_JOIN}(?:{_PARTICLE}{_NAME_JOIN})*(?:{any_token}))*"
    return [Alternative(re.escape(token[0]), re.escape(token[1:]) + run) for token in tokens]


#: Values whose compiled patterns a container keeps (a few hundred sessions' vaults).
PATTERN_CACHE_SIZE: Final = 4096


@lru_cache(maxsize=PATTERN_CACHE_SIZE)
def value_patterns(entity_type: str, value: str) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """Compiled regexes (each with its ``national`` flag) that find ``value`` again in folded text.

    Compiling costs about 0.1-1 ms per value, so each value is compiled once per container: a new value
    on the next turn only, not the whole vault on every turn. The cache lives in memory only (like the
    ``re`` module's own) and is never logged.
    """
    found: dict[str, bool] = {}
    for alternative in alternatives(entity_type, value):
        regex = rf"{alternative.first}(?<![^\W_]{alternative.first})(?:{alternative.rest})(?![^\W_])"
        found.setdefault(regex, alternative.national)
    return tuple((re.compile(regex), national) for regex, national in found.items())


def follows_international_prefix(folded: str, start: int) -> bool:
    """Whether ``folded[start:]`` comes right after an international prefix and calling code (``+34 ``)."""
    return _INTERNATIONAL_BEFORE.search(folded, max(0, start - 16), start) is not None


def _spaced(chars: str | list[str], leading: bool = False) -> str:
    """Characters in order, up to three separators between each two (and before the first if ``leading``)."""
    body = SEPARATORS.join(re.escape(c) for c in chars)
    return SEPARATORS + body if leading and body else body


def _international_prefixed(number: str) -> list[Alternative]:
    """``+`` or ``00`` then separators, then ``number`` (a regex): one alternative per first character."""
    return [Alternative(r"\+", SEPARATORS + number), Alternative("0", "0" + SEPARATORS + number)]


def _international(codes: tuple[str, ...], significant: str) -> list[Alternative]:
    """``+``/``00``, one of the calling codes, an optional ``(0)``, the national significant number."""
    code_regex = "|".join(_spaced(code) for code in sorted(codes, key=len, reverse=True))
    number = rf"(?:{code_regex}){SEPARATORS}(?:\(0\){SEPARATORS})?{_spaced(significant)}"
    return _international_prefixed(number)


def _national(form: str) -> Alternative:
    """A national phone form: its digits with separators, never right after an international prefix."""
    return Alternative(form[0], _spaced(form[1:], leading=True), national=True)


def _phone_alternatives(international: bool, digits: str) -> list[Alternative]:
    """A phone number as written, and its other forms (see ``phone_numbers``)."""
    if not international:
        found = [_national(digits)]
        for significant, codes in international_forms(digits):
            found.extend(_international(codes, significant))
        return found
    split = split_international(digits)
    if split is None:
        return _international_prefixed(_spaced(digits))
    code, significant = split
    return [*_international((code,), significant), *(_national(form) for form in national_forms(code, significant))]
