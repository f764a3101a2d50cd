"""Streets typed in lower case after a preposition of place, without a street word that is nothing else (pure).

People type a one-word street in lower case, often without its letters' accents (``i solbakken 9``, ``på
bjorkvagen 9``, ``op de kastanjehof 9 maar``, ``in der birkenring 12 gespeichert``, ``á hraunbraut 12``), or a
name of a word or two before a Nordic or German street word written apart (``på sankt hans gade 7``). Any ending
of a one-word street will do there (``street_types.GLUED``, ``GLUED_FAMILY_NAMES``), as it is typed without
accents too (``vagen``, ``braten``, ``asen``), but only after a preposition of place (``after_place``) and with
the clause ending after the number (or a verb's participle closing it: ``gespeichert``, ``gestuurd``).
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.address_capitals import in_capitals
from runtime.privacy.detectors.address_context import END_AT
from runtime.privacy.detectors.address_numbers import TAIL
from runtime.privacy.detectors.address_postal import FLOOR_AT, with_postal
from runtime.privacy.detectors.street_types import GLUED, GLUED_FAMILY_NAMES
from runtime.privacy.normalize import fold
from runtime.privacy.types import PiiSpan

#: Prepositions of place or direction, and the articles that may follow them, before a street in lower case.
PLACE_WORDS: Final = frozenset(
    """in on at to into onto en na no em para a au à dans op aan naar nach auf an zur zum am pe la în til till på i
    í á ar ag go chuig fi lil uz į ant sur per nella alla sulla da della eis um nei dal des del do dela στην στη
    στο σε στον""".split()  # noqa: SIM905
)
PLACE_ARTICLES: Final = frozenset("la le les el a o de het die der den dem the un una uma um".split())  # noqa: SIM905
_PLACE_GLUED: Final = ("d'", "d’", "l'", "l’", "nell'", "nell’", "all'", "all’")
#: The prepositions of place before a one-word street in lower case (the Germanic and Nordic ones: not the English
#: ``on``, ``at``, ``to``, before which a word ending as a street is a thing: ``at the gathering 5``).
_GLUED_PLACE_WORDS: Final = frozenset("i í á på til till in im op naar nach auf an am zur zum aan".split())  # noqa: SIM905
# Letters a Nordic or German street's ending is typed without (``vägen`` -> ``vagen``, ``bråten`` -> ``braten``,
# ``løkka`` -> ``lokka``, ``stræde`` -> ``straede``).
_TYPED: Final = str.maketrans({"ø": "o", "æ": "ae", "ð": "d", "þ": "th", "œ": "oe"})


def _typed(ending: str) -> str:
    """``ending`` as typed without accents or Nordic letters."""
    return fold(ending).translate(_TYPED)


#: Every ending of a one-word street, as written and as typed, of three letters or more (lower case).
_ENDINGS: Final = tuple(
    sorted(
        {
            form
            for ending in (*GLUED, *GLUED_FAMILY_NAMES)
            for form in (ending.lower(), _typed(ending))
            if form.isalpha()
        }
    )
)
#: The fewest letters of a name before its street word.
_FEWEST: Final = 3
# Nordic and German street words written apart after a name in lower case (``sankt hans gade``, ``tuxens alle``).
_APART: Final = frozenset(
    """gade gate gata gatan vej vei veg vegen veien allé alle stræde straede plads torv torg straße strasse weg platz
    allee gasse laan straat kade""".split()  # noqa: SIM905
)
# One or two lower-case words of a name before a street word written apart.
_NAME_BEFORE: Final = re.compile(r"(?<![\w.,])(?:[^\W\d_]{3,}[ \u00a0])?[^\W\d_]{3,}[ \u00a0]\Z")
# A verb's participle that closes a German or Dutch clause after the street (``... 12 gespeichert``).
_PARTICIPLE: Final = re.compile(r"[ \u00a0](?:[a-zäöü]{0,5})ge[a-zäöüß]{3,}(?:t|en|d)(?![\w\-])")
_NUMBER_AFTER_SPACE: Final = re.compile(r"(?<=[ \u00a0])[0-9]")


def after_place(text: str, start: int, words: frozenset[str] = PLACE_WORDS) -> bool:
    """Whether a preposition of place or direction of ``words`` (and an article) is written right before
    ``start``."""
    head = text[max(0, start - 20) : start]
    if head.endswith(_PLACE_GLUED):  # ``an d'rue des jardins``, ``nell'viale``
        return True
    if not head.endswith(" "):
        return False
    head = head.rstrip()
    space = head.rfind(" ")
    last = head[space + 1 :].lower()
    if last in words:
        return True
    if last not in PLACE_ARTICLES or space < 0:
        return False
    head = head[:space].rstrip()
    return head[head.rfind(" ") + 1 :].lower() in words


def _one_word(word: str) -> bool:
    """Whether ``word`` (lower case, letters only) ends as a one-word street with a name of ``_FEWEST`` letters or
    more before its ending."""
    return word.endswith(_ENDINGS) and any(  # (the quick look first, at C speed)
        word.endswith(ending) and len(word) - len(ending) >= _FEWEST for ending in _ENDINGS
    )


def _street_end(text: str, end: int) -> int | None:
    """Where a street whose street word ends at ``end`` ends: its number and flat, the clause (or a participle)
    ending after them."""
    tail = TAIL.match(text, end)
    if tail is None:
        return None
    floor = FLOOR_AT.match(text, tail.end())
    for stop in (tail.end() if floor is None else floor.end(), tail.end("number")):
        if END_AT.match(text, stop) is not None or _PARTICIPLE.match(text, stop) is not None:
            return stop
    return None


def typed_streets(text: str) -> list[PiiSpan]:
    """One-word streets and Nordic or German streets in lower case after a preposition of place."""
    spans: list[PiiSpan] = []
    for number in _NUMBER_AFTER_SPACE.finditer(text):  # the street word is the word right before a number
        end = number.start() - 1
        end -= text[end - 1 : end] == ","
        before = text[max(0, end - 28) : end]
        word = before[max(before.rfind(" "), before.rfind("\n")) + 1 :]
        start = end - len(word)
        capitals = word.isupper() and in_capitals(text, start, end)
        if not (word.isalpha() and (word.islower() or capitals)) or (start > 0 and text[start - 1] not in " \u00a0\n"):
            continue
        word = word.lower()
        if word in _APART:
            name = _NAME_BEFORE.search(text, max(0, start - 28), start)
            start = -1 if name is None or not (capitals or name.group().islower()) else name.start()
        elif not _one_word(word):
            continue
        street_end = _street_end(text, end) if start >= 0 and after_place(text, start, _GLUED_PLACE_WORDS) else None
        if street_end is not None:
            spans.append(with_postal(text, start, street_end))
    return spans
