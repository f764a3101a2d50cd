"""Dates of birth after their label (``Geburtsdatum: 12.03.1985``, ``nascida a 3 de maio de 1990``, ``DOB 03/12/85``).

A date is a date of birth only after a date-of-birth label or a "born" word of a market language (abbreviations
too: ``DOB``, ``geb.``, ``n. em``, ``ur.``), with no digit, sentence end or more than four words between them
(``nato a Roma il 12/03/1985``); every other date stays as written. Dates are written with digits (day, month
and year in any order people use, ``.``, ``/``, ``-`` or spaces between) or with the month as a word
(``14 de março de 1985``, ``12. März 1985``, ``March 12, 1985``). The dates are looked for first (at C speed:
they start with a digit); the labels only before a date.
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.types import BIRTH_DATE, SOURCE_BUILTIN, PiiSpan

#: Date-of-birth labels and "born" words, lower case, as regexes.
LABELS: Final[tuple[str, ...]] = (
    r"date of birth", r"birth ?date", r"birthday", r"born(?: on)?", r"dob", r"d\.o\.b\.?",  # en
    r"geburtsdatum", r"geburtstag", r"geb\.", r"geboren(?: am)?",  # de
    r"anivers[áa]rio", r"cumplea[ñn]os", r"anniversaire", r"compleanno", r"urodziny", r"verjaardag",  # birthdays
    r"f[öo]delsedag", r"f[øo]dselsdag",
    r"data de nascimento", r"data nasc\.?", r"dt\. nasc\.?", r"nascimento", r"nascid[oa]", r"n\. em", r"nasc\.",  # pt
    r"fecha de nacimiento", r"fecha de nac\.?", r"f\. ?nac\.?", r"nacimiento", r"nacid[oa](?: el)?",  # es
    r"date de naissance", r"naissance", r"n[ée]\(?e?\)? le", r"n[ée]e? le",  # fr
    r"data di nascita", r"nascita", r"nat[oa](?: il)?",  # it
    r"data urodzenia", r"ur\.", r"urodzon[ya]", r"urodzi[łl](?:a|em|am)? si[ęe]",  # pl
    r"datum narozen[ií]", r"d[aá]tum narodenia", r"nar\.", r"narozen[aáý]?", r"naroden[aáý]",  # cs, sk
    r"geboortedatum", r"geboren op",  # nl
    r"f[öo]delsedatum", r"f[öo]dd", r"f[øo]dselsdato", r"f[øo]dt",  # sv, da, no
    r"syntym[äa]aika", r"syntym[äa]p[äa]iv[äa]", r"syntynyt",  # fi
    r"s[üu]nniaeg", r"s[üu]nnikuup[äa]ev", r"s[üu]ndinud",  # et
    r"dzim[šs]anas datums", r"dzimis", r"dzimusi",  # lv
    r"gimimo data", r"gim[ęe]s", r"gimusi",  # lt
    r"sz[üu]let[ée]si (?:d[áa]tum|id[őo])", r"sz[üu]letett", r"sz[üu]l\.",  # hu
    r"data na[șşs]terii", r"n[ăa]scut[ăa]?",  # ro
    r"datum ro[đd]enja", r"ro[đd]en[a]?",  # hr
    r"datum rojstva", r"rojen[a]?",  # sl
    r"дата на раждане", r"роден[а]?",  # bg
    r"ημερομηνία γέννησης", r"ημ\. γέννησης", r"γεννήθηκα", r"γεννημένος", r"γεννημένη",  # el
    r"data tat-twelid", r"imwieled", r"imwielda",  # mt
    r"f[æa]ðingardag(?:ur|setning)", r"f[æa]dd(?:ur)?",  # is
    r"d[áa]ta breithe",  # ga
)  # fmt: skip
_LABEL: Final = re.compile(r"(?<![^\W_])(?:" + "|".join(LABELS) + r")(?![^\W_])", re.IGNORECASE)
#: How far before a date its label may start (the longest label and the words between).
LOOK_BACK: Final = 64
_MAX_GAP_WORDS: Final = 4
_GAP_WORD: Final = re.compile(r"[^\W\d_]+")
_GAP_BREAK: Final = re.compile(r"[0-9!?;]|\.\s|\n.*\n", re.DOTALL)
# Dates with digits only (day, month, year in any order; ISO) or with the month as a word after the day.
_DATE: Final = re.compile(
    r"(?<![0-9])(?:"
    r"(?P<a>[0-9]{1,4})(?:[./\-] ?| )(?P<b>[0-9]{1,2})(?:[./\-] ?| )(?P<c>[0-9]{4}|[0-9]{2})"
    r"|(?P<day>[0-9]{1,2})(?:st|nd|rd|th|º|ª|er|\.)? ?(?:de |of |d')?(?P<month>[^\W\d_]{3,12})\.?,? "
    r"(?:de )?(?P<year>(?:19|20)[0-9]{2})"
    r")(?![0-9])",
    re.IGNORECASE,
)
# The day and year of a date with the month word first (``March 12, 1985``); the month is looked for before.
_DAY_YEAR: Final = re.compile(r"(?<![0-9])[0-9]{1,2}(?:st|nd|rd|th)?,? (?:19|20)[0-9]{2}(?![0-9])")
_MONTH_BEFORE: Final = re.compile(r"[^\W\d_]{3,12}\.? \Z")


def _valid_numeric(a: str, b: str, c: str) -> bool:
    """Whether three numbers make a date: year-month-day, or day and month (either order) then the year."""
    if len(a) == 4:
        return 1900 <= int(a) <= 2099 and 1 <= int(b) <= 12 and 1 <= int(c) <= 31 and len(c) <= 2
    if len(a) > 2 or (len(c) == 4 and not 1900 <= int(c) <= 2099):
        return False
    first, second = int(a), int(b)
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


def _dates(text: str) -> list[tuple[int, int]]:
    """Where the dates of ``text`` are, in order."""
    found: list[tuple[int, int]] = []
    for match in _DATE.finditer(text):
        if match.group("a") is not None:
            if _valid_numeric(match.group("a"), match.group("b"), match.group("c")):
                found.append(match.span())
        elif 1 <= int(match.group("day")) <= 31:
            found.append(match.span())
    for match in _DAY_YEAR.finditer(text):
        month = _MONTH_BEFORE.search(text, max(0, match.start() - 14), match.start())
        if month is not None and not any(s <= match.start() < e for s, e in found):
            found.append((month.start(), match.end()))
    return sorted(found)


def _labelled(text: str, start: int) -> bool:
    """Whether a date-of-birth label stands before ``start`` with only a few words between."""
    labels = list(_LABEL.finditer(text, max(0, start - LOOK_BACK), start))
    if not labels:
        return False
    gap = text[labels[-1].end() : start]
    return _GAP_BREAK.search(gap) is None and len(_GAP_WORD.findall(gap)) <= _MAX_GAP_WORDS


def detect(text: str) -> list[PiiSpan]:
    """Spans of the dates of ``text`` that a date-of-birth label introduces."""
    return [PiiSpan(start, end, BIRTH_DATE, SOURCE_BUILTIN) for start, end in _dates(text) if _labelled(text, start)]
