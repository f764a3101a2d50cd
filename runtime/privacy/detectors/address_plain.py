"""Streets without a street word that their line or clause marks as addresses (pure).

- A line of its own in a signature, a name and a house number between the sender's name and a phone line or a
  postal line (``Svetlana Jegorov`` / ``Lossi 107`` / ``Tel 5915 1320``, ``Marko Babić`` / ``Zelengaj 7`` /
  ``Mob. 098 ...``);
- in lower case between commas after a person's name, named as Central European streets are, an adjective or a
  genitive (``jako eva kolarova, sadova 31, ...``, ``kao ana horvat, primorska 14, ...``, ``ως μαρια κωστα,
  παπαναστασιου 45, ...``), its number ending the clause.
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.address_bare import NUMBERED_THINGS
from runtime.privacy.detectors.address_capitals import in_capitals
from runtime.privacy.detectors.address_context import END_AT
from runtime.privacy.detectors.address_postal import with_postal
from runtime.privacy.detectors.street_types import AFTER, AFTER_NUMBER_FIRST
from runtime.privacy.types import PiiSpan

# A line that is a name of one to three words and a house number (its letter, a flat after a slash or dash), or
# a house number and a name that ends in a street word (``5 baker stravenue``); capitalized or all in lower case.
_HOUSE: Final = r"[0-9]{1,4}[a-zA-Z]?(?:[/\-][0-9]{1,4}[a-zA-Z]?)?"
_STREET_LINE: Final = re.compile(
    rf"(?m)^[ \t]*(?P<street>[^\W\d_]{{2,}}(?:[ \u00a0][^\W\d_][^\W\d_.]*\.?){{0,2}}[ \u00a0]{_HOUSE}"
    rf"|(?P<first>{_HOUSE})[ \u00a0][^\W\d_]+(?:[ \u00a0][^\W\d_]+){{0,2}}[ \u00a0](?P<kind>[^\W\d_]+))[ \t]*$"
)
# The sender's name on the line before: two or three words, capitalized (or all in lower case), no digit.
_NAME_LINE: Final = re.compile(r"[ \t]*[^\W\d_'’\-]{2,}(?:[ \u00a0\-][^\W\d_'’\-]{2,}){1,2}[ \t]*")
_STREET_WORDS: Final = frozenset(word.lower() for word in (*AFTER, *AFTER_NUMBER_FIRST))
# On the line after: a phone's label in the languages of the zone, or a postcode and town.
_NEXT_LINE: Final = re.compile(
    r"[ \t]*(?:(?i:tel|tél|tlf|tfn|tel\.|mob|gsm|puh|fón|fon|phone|mobile|cell|sími|tālr|telefon|telefoon|telefone|"
    r"telemóvel|móvil|cel|τηλ|тел|m|t)\b\.?:?|\+?[0-9]{2,6}[ \u00a0\-]?[^\W\d_]|[A-Z]{1,2}-[0-9]{3,5}[ \u00a0])"
)
# A lower-case street named as an adjective or a genitive between commas (Czech, Slovak, Croatian, Slovenian,
# Polish, Greek, their accents typed or not), its number ending the clause.
_COMMA_STREET: Final = re.compile(r"(?<=[^\W\d_], )(?P<name>[^\W\d_]{6,})[ \u00a0][0-9]{1,4}[a-h]?(?![\w/.,\-][0-9])")
_ADJECTIVE_ENDINGS: Final = (
    "ova", "ová", "ovo", "eva", "evo", "ska", "ská", "cka", "cká", "ška", "čka", "ého", "eho", "skiego", "ckiego",
    "owa", "ewa", "ske", "cke", "ške", "čke", "ου", "ού", "ων", "ών", "ης", "ής",
)  # fmt: skip
#: Greek streets named after a person in the genitive (``παπαδακη``, ``τζιγκουρα``): long names only, as short
#: words in ``-η`` and ``-α`` are common nouns (``σελιδα 45``, ``ωρα 5``).
_GREEK_GENITIVES: Final = ("η", "ή", "α", "ά")
_GREEK_NAME_LETTERS: Final = 9


def _signature_streets(text: str) -> list[PiiSpan]:
    """Streets on a line of their own between the sender's name and a phone or postal line."""
    spans: list[PiiSpan] = []
    for match in _STREET_LINE.finditer(text) if "\n" in text else ():
        start = text.rfind("\n", 0, match.start())
        previous = text.rfind("\n", 0, max(0, start))
        following = text.find("\n", match.end())
        if start < 0 or following < 0 or match.group("street").split()[0].lower() in NUMBERED_THINGS:
            continue
        kind = match.group("kind")
        if kind is not None and kind.lower() not in _STREET_WORDS:
            continue
        name = _NAME_LINE.fullmatch(text, previous + 1, start)
        if (
            name is not None
            and _cased_alike(name.group(), match.group("street"))
            and _NEXT_LINE.match(text, following + 1)
        ):
            spans.append(with_postal(text, *match.span("street")))
    return spans


def _cased_alike(name: str, street: str) -> bool:
    """Whether a sender's name and the street on the line after it are both capitalized (or in capitals), or both
    in lower case."""
    if name.islower():
        return street.islower() or not any(char.isalpha() for char in street)
    words = name.split()
    return all(word[0].isupper() for word in words) and not street.islower()


def _comma_streets(text: str) -> list[PiiSpan]:
    """Lower-case streets named as an adjective or a genitive between commas, the number ending the clause."""
    spans: list[PiiSpan] = []
    for match in _COMMA_STREET.finditer(text) if ", " in text else ():
        name = match.group("name")
        lower = name.lower()
        named = lower.endswith(_ADJECTIVE_ENDINGS) or (
            len(lower) >= _GREEK_NAME_LETTERS and lower.endswith(_GREEK_GENITIVES) and "α" <= lower[0] <= "ω"
        )
        shouted = name.isupper() and in_capitals(text, match.start(), match.end())
        if (name.islower() or shouted) and named and END_AT.match(text, match.end()) is not None:
            spans.append(with_postal(text, match.start(), match.end()))
    return spans


def plain_streets(text: str) -> list[PiiSpan]:
    """Streets without a street word on a signature's line or between commas in lower case."""
    return [*_signature_streets(text), *_comma_streets(text)]
