"""Feast days written with a saint's or a person's name (pure): ``Silvester``, ``na Štěpána``, ``Boże Narodzenie``,
``Christmas Eve``, ``Dan državnosti``, ``Santos Populares``, ``Guy Fawkes Night``.

German, Luxembourgish, Czech, Slovak and Polish call New Year's Eve after Pope Sylvester (``an Silvester``, ``na
Silvestra``, ``na Sylwestra``); the West Slavic languages name a saint's day by ``na`` and the saint's name in the
accusative (``na Štěpána``: on St Stephen's Day, ``na Martina``, ``na Václava``, ``na Szczepana``); Polish calls
Christmas ``Boże Narodzenie`` and Corpus Christi ``Boże Ciało``; English has ``Christmas Eve`` and ``New Year's
Eve``; Croatian and Slovene name their public holidays ``Dan`` (a day) before a noun in the genitive (``Dan
državnosti``). A message asks whether a branch opens or a payment leaves then; no person is meant. Written by hand
from each language's calendar (no corpus value); a name run longer than the feast is left to the name detector
(``na Martina Nováka``).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.date_words import MONTH_WORDS
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import FAMILY_NAMES, GIVEN_NAMES
from runtime.privacy.normalize import fold


def _folded(words: str) -> frozenset[str]:
    """The folded whitespace-separated words of ``words``."""
    return frozenset(fold(word) for word in words.split())


#: New Year's Eve after Pope Sylvester, in its cases (de, lb, cs, sk, pl, sl, hr), alone.
_SYLVESTER: Final = _folded("""
silvester silvestra silvestru silvestrem silvestrom silvestr sylwester sylwestra sylwestrze sylwestrem silvestrovo
""")
#: Saints' days after ``na`` (cs, sk, pl): the saint's name in the accusative or genitive.
_AFTER_NA: Final = _folded("""
štěpána štefana szczepana martina marcina václava andrzeja ondreja ondřeje mikuláša mikuláše mikołaja barboru
barborku lucii luciu łucji lucji
""")
#: Feasts of two or three words, folded, and typed without the Polish ``ł`` (``Boze Cialo``); the name detector's
#: run holds their last words at least (``Eve``).
_FEASTS: Final = frozenset(
    tuple(fold(word).replace("ł", "l") for word in feast.split())
    for feast in (
        "Boże Narodzenie", "Bożego Narodzenia", "Bożym Narodzeniu", "Boże Ciało", "Bożego Ciała", "Christmas Eve",
        "Christmas Day", "New Year's Eve", "New Year's Day", "Boxing Day", "Easter Monday", "Good Friday",
        "Kristi Himmelfartsdag", "Kristi Himmelfart", "Kristi himmelfartsdag", "Andre pinsedag", "Anden pinsedag",
        "Andre påskedag", "Anden påskedag", "Трифон Зарезан", "Кирил и Методий", "Cyrila a Metoděje",
        "Cyrila a Metoda", "Jana Husa", "Immacolata Concezione", "Santo Stefano", "San Silvestro",
        "Santos Populares", "Noche de Reyes", "Reyes Magos", "Guy Fawkes Night", "Guy Fawkes Day", "Moș Nicolae",
        "Moş Nicolae", "Moș Crăciun", "Sankt Hans", "Sankthans aften",
    )
)  # fmt: skip
#: Feasts of one word that are a given name elsewhere (folded): the Immaculate Conception (``l'8 dicembre,
#: Immacolata``), written alone only for the feast.
_FEAST_WORDS: Final = _folded("immacolata")
#: Nouns in the genitive after ``Dan`` naming a Croatian or Slovene public holiday.
_DAY_OF: Final = _folded("""
državnosti neovisnosti samostojnosti zahvalnosti reformacije rada žena mladosti spomina upora pobjede
domovinske antifašističke mrtvih
""")


#: Irish months, as written in lower case, some of them given names elsewhere (``Márta``): after ``mí`` (the month
#: of) or a day's number (``ón 3 Márta``: since 3 March) they are the month.
IRISH_MONTHS: Final = frozenset(
    [
        "eanáir",
        "feabhra",
        "márta",
        "aibreán",
        "bealtaine",
        "meitheamh",
        "iúil",
        "lúnasa",
        "deireadh",
        "samhna",
        "nollag",
    ]
)
#: Words for a day or a feast before a contracted article (``día del Pilar``, ``festa della Repubblica``, ``dia do
#: Trabalhador``) and those articles (folded): the day of a saint or a feast, not of a person.
_DAY_WORDS: Final = _folded("día dia fiesta festa giorno jour fête")
_CONTRACTED_ARTICLES: Final = _folded("del della dello do da du")


def _day_of(words: Words, start: int) -> bool:
    """Whether word ``start`` follows a day's word and a contracted article (``día del Pilar``), or is an Irish month
    after a day's number (``3 Márta``)."""
    before = words.text[max(0, words.spans[start][0] - 4) : words.spans[start][0]]
    if before[-2:-1].isdigit() and before[-1:] == " ":
        return words.words[start].lower() in IRISH_MONTHS
    if start < 2 or not words.joined(start - 1, start):
        return False
    return (
        words.folded[start - 1] in _CONTRACTED_ARTICLES
        and words.joined(start - 2, start - 1)
        and words.folded[start - 2] in _DAY_WORDS
    )


def _feast_ends(words: Words, feast: tuple[str, ...], start: int, end: int) -> bool:
    """Whether ``feast`` ends at ``end`` and holds the whole run ``start:end`` (``Eve`` of ``Christmas Eve``)."""
    first = end - len(feast)
    if not 0 <= first <= start:
        return False
    run = tuple(key.replace("ł", "l") for key in words.folded[first:end])
    return run == feast and words.joined_run(first, end - 1)


def _feast_begins(words: Words, feast: tuple[str, ...], start: int, end: int) -> bool:
    """Whether ``feast`` begins at ``start`` and holds the whole run ``start:end`` (``Кирил`` of ``Кирил и
    Методий``, whose conjunction ends the name run), ending where a name could not go on."""
    stop = start + len(feast)
    if stop < end or stop > len(words.words):
        return False
    run = tuple(key.replace("ł", "l") for key in words.folded[start:stop])
    surname = (
        stop < len(words.words)
        and words.joined(stop - 1, stop)
        and not words.words[stop].islower()
        and words.folded[stop] in FAMILY_NAMES
    )
    return run == feast and words.joined_run(start, stop - 1) and not surname


def _lower_word_after(words: Words, start: int) -> bool:
    """Whether word ``start`` is in lower case and the next word no known name (``silvester fueren``; not
    ``silvester novák``, a man named Silvester)."""
    following = words.folded[start + 1] if start + 1 < len(words.words) else ""
    return words.words[start].islower() and following not in GIVEN_NAMES and following not in FAMILY_NAMES


#: Greek weekdays that are women's names too (``Παρασκευή``: Friday, ``Κυριακή``: Sunday), and their plurals, which
#: no name takes (``τις Κυριακές``).
_GREEK_WEEKDAYS: Final = _folded("Παρασκευή Κυριακή")
_GREEK_WEEKDAY_PLURALS: Final = _folded("Παρασκευές Κυριακές")
#: Words before a weekday in opening hours and schedules (``Δευτέρα έως Παρασκευή``, ``κάθε Κυριακή``, ``μέχρι
#: Παρασκευή``), and the other weekdays, which a range begins with.
_BEFORE_GREEK_WEEKDAY: Final = _folded("""
κάθε έως εως ως μέχρι μεχρι από ή Δευτέρα Τρίτη Τετάρτη Πέμπτη Σάββατο Σαββάτου Δευτέρας Τρίτης Τετάρτης
Πέμπτης
""")


def greek_weekday(words: Words, start: int, end: int) -> bool:
    """Whether the one-word run ``start:end`` is a Greek weekday named like a woman in a schedule: in the plural,
    after a word of a range or ``κάθε`` (every) or another weekday, perhaps past a dash, or before a time or a date
    (``Δευτέρα - Παρασκευή``, ``κάθε Κυριακή``, ``Παρασκευή 9:00``); not ``με την Παρασκευή`` (with Paraskevi)."""
    key = words.folded[start]
    if end - start != 1 or key not in _GREEK_WEEKDAYS | _GREEK_WEEKDAY_PLURALS:
        return False
    if key in _GREEK_WEEKDAY_PLURALS:
        return True
    if any(words.folded[index] in _BEFORE_GREEK_WEEKDAY for index in range(max(0, start - 2), start)):
        return True
    return words.text[words.spans[start][1] :].lstrip()[:1].isdigit()


#: Months that a name list also holds (``June``, ``Maio``, ``Ġunju``), folded: the date words' and the Maltese ones
#: (Maltese capitalizes its months: ``f'Mejju jew Ġunju``).
_MONTHS: Final = MONTH_WORDS | _folded(
    "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru"
)
#: Prepositions of time before a month (folded): in, since, until, during (``since June``, ``desde Julio``, ``minn
#: Ġunju``); not ``from``, ``to`` or ``with``, which a person follows as often (``a message from June``).
_BEFORE_MONTH: Final = _folded("""
in since until till during by sedan seit ab bis im desde hasta durante em até durant depuis jusqu dès dal fino
minn sa sal matul mill
""")
#: Conjunctions between two months (``f'Mejju jew Ġunju``, ``June or July``).
_MONTH_JOINS: Final = _folded("or and jew u o y e et und oder och eller ou")


def month_in_date(words: Words, start: int, end: int) -> bool:
    """Whether the one-word run ``start:end`` is a month named like a person after a preposition of time, another
    month and a conjunction, or a day's number (``since June``, ``f'Mejju jew Ġunju``, ``3 Maio``)."""
    if end - start != 1 or words.folded[start] not in _MONTHS or start == 0:
        return False
    before = words.text[: words.spans[start][0]].rstrip(" .")
    if before[-1:].isdigit():
        return True  # ``3 Maio``, ``3. Mai``
    previous = words.folded[start - 1].replace("’", "'").rsplit("'", 1)[0] if "'" in words.folded[start - 1] else ""
    if words.folded[start - 1] in _BEFORE_MONTH or previous in _BEFORE_MONTH or previous == "f":
        return words.joined(start - 1, start) or "'" in words.words[start - 1]
    return (
        start > 1
        and words.folded[start - 1] in _MONTH_JOINS
        and words.joined(start - 1, start)
        and elided_month(words.folded[start - 2])
    )


def elided_month(key: str) -> bool:
    """Whether a folded word is a month, perhaps after an elided preposition (``f'mejju``)."""
    return key.replace("’", "'").rsplit("'", 1)[-1] in _MONTHS


def feast_day(words: Words, start: int, end: int) -> bool:
    """Whether the name run ``start:end`` is a feast day's name (see the module docstring), or a month named like a
    person in a date's place (``since June``, ``f'Mejju jew Ġunju``)."""
    if greek_weekday(words, start, end) or month_in_date(words, start, end):
        return True
    if any(_feast_ends(words, feast, start, end) or _feast_begins(words, feast, start, end) for feast in _FEASTS):
        return True
    key = words.folded[start]
    if key in _SYLVESTER and (end - start == 1 or words.words[start].isupper() or _lower_word_after(words, start)):
        return True  # ``SILVESTER FUEREN``, ``silvester fueren``: in one case the next word joins any run
    if end - start != 1:
        return False
    if key in _FEAST_WORDS and not (start + 1 < len(words.words) and words.folded[start + 1] in FAMILY_NAMES):
        return True
    if _day_of(words, start):
        return True
    if key in _AFTER_NA:
        return start > 0 and words.folded[start - 1] == "na" and words.joined(start - 1, start)
    following = start + 1
    return (
        key == "dan"
        and following < len(words.words)
        and words.folded[following] in _DAY_OF
        and words.joined(start, following)
    )
