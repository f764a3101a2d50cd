"""Feasts and saints' days named after people (pure): ``día de Reyes``, ``Lá Fhéile Pádraig``, ``Oíche Nollag``,
``Jāņos``, ``na Mikuláša``, and Greek weekdays named so (``την Παρασκευή``). A customer asks whether a branch
opens or a payment leaves on them; no person is meant. Written by hand from each language's calendar (no corpus
value).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.feast_days import IRISH_MONTHS, feast_day
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.normalize import fold

#: Words before a feast's name, folded, the last word first (``día de``, ``Lá Fhéile``, ``Oíche``, ``festa di``).
_HEADS: Final = tuple(
    tuple(reversed(fold(head).split()))
    for head in (
        "día de", "dia de", "día de los", "dia dos", "dia do", "dia da", "fhéile", "féile", "oíche", "festa di",
        "festa de", "jour de la", "fête de la", "fête de", "ziua de",
    )
)  # fmt: skip
_HEAD_LASTS: Final = frozenset(head[0] for head in _HEADS)
#: Feasts written as one word, as written in lower case (Midsummer: ``Jāņi``, ``Joninės``; Christmas: the Irish
#: ``Nollaig``, ``na Nollag``, a given name far less often), and St Nicholas's
#: day after ``na``, which a person's name rarely follows (``na Mikuláša``, ``na Mikołaja``).
_FEASTS: Final = frozenset(
    ["jāņi", "jāņos", "jāņiem", "jāņu", "jāņus", "joninės", "joninėse", "joninių", "jonines", "nollaig", "nollag"]
)
_AFTER_NA: Final = frozenset(["mikuláša", "mikuláše", "mikołaja"])
#: Irish months after ``mí`` (the month of), some of them given names elsewhere (``i mí Márta``: in March).
_AFTER_MI: Final = IRISH_MONTHS
#: Estonian words of a time after a saint's name in the genitive: the saint's day (``Jaani õhtul``: on St John's
#: Eve, ``Jaani ajal``: at Midsummer, ``Mardi päeval``: on Martinmas), folded.
_ESTONIAN_TIMES: Final = frozenset(
    fold(word)
    for word in ["ajal", "ajaks", "õhtul", "õhtuks", "õhtu", "päeval", "päevaks", "päev", "laupäeval", "nädalal"]
)
#: Greek weekdays that are given names too, after the article of a date (``την Παρασκευή``: on Friday); after
#: ``με`` (with) the same words are a person (``με την Παρασκευή``).
_WEEKDAYS: Final = frozenset(fold(word) for word in ["Παρασκευή", "Κυριακή"])
_DATE_ARTICLES: Final = frozenset(fold(word) for word in ["την", "τη"])


def _weekday(words: Words, start: int, end: int) -> bool:
    """Whether the run ``start:end`` is a Greek weekday after its article (``την Παρασκευή``), not after ``με``."""
    if end - start != 1 or words.folded[start] not in _WEEKDAYS or start == 0:
        return False
    if words.folded[start - 1] not in _DATE_ARTICLES or not words.joined(start - 1, start):
        return False
    return start < 2 or words.folded[start - 2] != "με"


def feast(words: Words, start: int, end: int) -> bool:
    """Whether the name run ``start:end`` is a feast's name (see the module docstring)."""
    written = words.words[start].lower()
    if end - start == 1 and written in _FEASTS:
        return True
    if _weekday(words, start, end) or feast_day(words, start, end):
        return True
    following = start + 1
    if end == following < len(words.words) and words.folded[following] in _ESTONIAN_TIMES:
        return words.joined(start, following)
    if start > 0 and written in _AFTER_NA and words.folded[start - 1] == "na" and words.joined(start - 1, start):
        return True
    if start > 0 and written in _AFTER_MI and words.words[start - 1].lower() == "mí" and words.joined(start - 1, start):
        return True
    if start == 0 or words.folded[start - 1] not in _HEAD_LASTS:
        return False  # the common case, decided at once
    for head in _HEADS:
        first = start - len(head)
        if first >= 0 and all(words.folded[start - 1 - at] == word for at, word in enumerate(head)):
            return words.joined_run(first, start)
    return False
