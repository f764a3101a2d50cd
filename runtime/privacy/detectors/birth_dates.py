"""Dates of birth after their label (``Geburtsdatum: 12.03.1985``, ``nascida a 3 de maio de 1990``, ``DOB 03/12/85``).

A date is a date of birth only after a date-of-birth label or a "born" word of a market language (abbreviations
too: ``DOB``, ``geb.``, ``n. em``, ``ur.``), with no digit, sentence end or more than four words between them
(``nato a Roma il 12/03/1985``), or a verb of being born in any person or tense before or after it (``nació el``,
``urodziłeś się``, ``rodil se je``, ``3 Μαΐου 1985 γεννήθηκα``); every other date stays as written, and so does a
month and year without the day (``born in May 1985``: shared by a whole cohort, it names no one) and an age.
Dates are written with digits (day, month and year in any order people use, ``.``, ``/``, ``-`` or spaces between)
or with the month as a word (``14 de março de 1985``, ``12. März 1985``, ``March 12, 1985``, ``3η Μαΐου 1985``; a
two-digit year after an apostrophe or a dotted day: ``3rd May '85``, ``3. května 85``). The dates are looked
for first (at C speed: they start with a digit); the labels only before a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from runtime.privacy.detectors.columns import camel_case_fields, cells
from runtime.privacy.detectors.label_index import and_unaccented
from runtime.privacy.detectors.label_romanized import ascii_spellings
from runtime.privacy.types import BIRTH_DATE, SOURCE_BUILTIN, PiiSpan

#: Date-of-birth labels and "born" words, lower case, as regexes.
LABELS: Final[tuple[str, ...]] = (
    r"date of birth", r"birth ?date", r"birthday", r"born(?: on)?", r"dob", r"d\.o\.b\.?",  # en
    r"geburtsdatums?", r"geburtstag", r"geb\.", r"geboren(?: am)?", r"geb\.?-?datum",  # de
    r"gebuertsdatum", r"gebuertsdag", r"gebuer(?:en)?",  # lb
    r"data de naixement", r"nascut", r"nascuda", r"n[ée]ixer", r"nasqu[ée]", r"data de nacemento", r"nac[íi]n",
    r"naceu", r"jaiotze data",  # ca, gl, eu
    # one-letter abbreviations only right before the date: "f. 12.03.1985", "b. 1985-03-12", "s. 12.3.1985"
    r"(?-i:[fbs])\.(?= ?\Z)",  # (the labels are looked for up to the date's start)
    r"anivers[áa]rio", r"cumplea[ñn]os", r"anniversaire", r"compleanno", r"urodziny", r"verjaardag",  # birthdays
    r"f[öo]delsedag", r"f[øo]dselsdag",
    r"data de nascimento", r"data nasc\.?", r"dt\. nasc\.?", r"nascimento", r"nascid[oa]", r"n\. em", r"nasc\.",
    r"nasci", r"nasceu", r"nasceste", r"nascemos", r"nasceram",  # pt
    r"fecha de nacimiento", r"fecha (?:de )?nac\.?", r"f\. ?nac\.?", r"nacimiento", r"nacid[oa](?: el)?",
    r"nac[íi](?: el)?", r"naci(?:[óo]|ste|mos|eron)(?: el)?",  # es
    r"date de naissance", r"naissance", r"n[ée]\(?e?\)? le", r"n[ée]e?s? le",  # fr
    r"data di nascita", r"nascita", r"nat[oa](?: il)?", r"nat[ei]", r"nacqu(?:i|e|ero)",  # it
    r"dat(?:a|ą|ę|y|cie) urodzenia", r"ur\.", r"urodzon[ya]", r"urodzi[łl](?:a|em|am|e[śs]|a[śs])? si[ęe]",
    r"urodzili[śs]my si[ęe]", r"urodzony",  # pl
    r"dat(?:um|a|u|em) narozen[ií]", r"d[aá]tum(?:u|om)? narodenia", r"nar\.", r"narozen[aáý]?", r"naroden[aáý]",
    r"d\. ?nar\.", r"dat\. ?nar\.", r"narodil[aiy]? (?:jsem se|som sa|jsi se|si sa|jsme se|sme sa|se|sa)",  # cs, sk
    r"geboortedatum", r"geboren op",  # nl
    r"f[öo]delsedatum", r"f[öøo]dd(?:es)?", r"f[øo]dselsdato", r"f[øöo]dt",  # sv, da, no
    r"syntym[äa](?:aika|ajan)(?:ni|si)?", r"syntym[äa]p[äa]iv[äa](?:ni|si|n)?", r"syntynyt", r"synt\.",
    r"syntyi", r"synnyin", r"syntyin", r"synnyit", r"synnyimme", r"syntyiv[äa]t",  # fi
    r"s[üu]nniaeg", r"s[üu]nniaja", r"s[üu]nnikuup[äa]eva?", r"s[üu]ndinud", r"s[üu]nd\.",
    r"s[üu]ndisin", r"s[üu]ndisime",  # et
    r"dzim[šs]anas datum(?:s|u|ā)", r"dzimis", r"dzimusi", r"dzim\.", r"dz\.(?= ?\Z)",
    r"(?:pie)?dzim(?:u|a|i|[āa]m)",  # lv
    r"gimimo dat(?:a|ą|os)", r"gim[ęe]s", r"gimusi", r"gim(?:iau|[ėe]|ei|[ėe]me)", r"gim\.",  # lt
    r"sz[üu]let[ée]si (?:d[áa]tum(?:om|a|át)?|id[őo](?:m|je|pont)?)",
    r"sz[üu]letett", r"sz[üu]lett(?:em|[ée]l|[üu]nk|ek)", r"sz[üu]l\.(?: ?id[őo]:?)?",  # hu
    r"data (?:de )?na[șşs]terii", r"data de na[șşs]tere", r"data na[șşs]t\.", r"n[ăa]scut[ăa]?(?: la| pe)?",  # ro
    r"datum(?:a|u)? ro[đd]enja", r"ro[đd]en[a]?", r"ro[đd]\.", r"rodi(?:o|la)(?: sam| si| je| se){0,2}",  # hr
    r"datum(?:a|u)? rojstva", r"rojen[a]?", r"rodil[ai]? (?:sem|si|se|smo|so) (?:se|je)", r"roj\.",  # sl
    r"дата(?:та)? (?:ми )?на раждане", r"роден[а]?(?: на)?", r"рождена дата",
    r"(?:се )?роди(?:х|хме|ха|л[а]?)(?: се)?", r"се роди", r"роди се",  # bg
    r"ημερομηνίας? γέννησης", r"ημ\. γέννησης", r"(?:ημ\. )?(?-i:γενν?)\.(?= ?\Z)",
    r"γεννήθηκ(?:α|ε|ες|αν)", r"γεννηθήκαμε", r"γεννημένος", r"γεννημένη",
    r"ημ(?:/νία|ερ?\.)? γέν(?:νησης|\.)", r"ημερ\. γέννησης",  # el
    r"data tat-twelid", r"imwieled", r"imwielda", r"twelidt", r"twelid", r"twelidna", r"twiel(?:ed|det)",  # mt
    r"f[æa]ðingardag(?:ur|s|setning)?", r"f[æa]ðingard\.", r"f[æa]dd(?:ur|ist|ust|umst)?",  # is
    r"d[áa]ta breithe", r"rugadh",  # ga
    # the date and the place of birth in one label, the date first
    r"date and place of birth", r"geburtsort und -?datum", r"data i miejsce urodzenia", r"datum a m[íi]sto narozen[íi]",
    r"d[áa]tum a miesto narodenia", r"datum i mjesto ro[đd]enja", r"datum in kraj rojstva",
    r"data [șşs]i locul na[șşs]terii", r"sz[üu]let[ée]si hely [ée]s id[őo]", r"sz[üu]l\. hely,? id[őo]",
    r"дата и място на раждане", r"място и дата на раждане", r"d[áa]ta agus [áa]it bhreithe",
    r"s[üu]nnip[äa]ev(?:a|al)?", r"dzim[šs]anas dien(?:a|ā|u)", r"gimimo dien(?:a|ą|os)",  # the day of birth
)  # fmt: skip


def _labels_regex(labels: Iterable[str]) -> str:
    """One regex of whole-word ``labels``; in pasted data a label's words may be joined by underscores or not at
    all (``date_of_birth``, ``dateOfBirth``)."""
    return r"(?<![^\W_])(?:" + "|".join(label.replace(" ", "[ _]?") for label in labels) + r")(?![^\W_])"


# Greek labels in capitals lose their accents.
_LABEL: Final = re.compile(_labels_regex(and_unaccented(LABELS)), re.IGNORECASE)
# The labels as typed in ASCII letters (pasted field names: ``foedselsdato``; Greek and Bulgarian in Latin letters:
# ``imerominia_gennisis``, ``data na razhdane``), matched in lower-cased text (faster to compile than ignoring case).
_ASCII_LABEL: Final = re.compile(_labels_regex(ascii_spellings(LABELS)))


def _label_matches(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the labels between ``start`` and ``end`` are, as written or as typed in ASCII letters."""
    found = [match.span() for match in _LABEL.finditer(text, start, end)]
    window = text[start:end].lower()
    if not found and len(window) == end - start:  # (lower case that keeps the offsets)
        found = [(start + match.start(), start + match.end()) for match in _ASCII_LABEL.finditer(window)]
    return found


#: "Born" words written after the date (``am 12.03.1985 geboren``, ``1985. március 12-én születtem``,
#: ``12. 3. 1985 jsem se narodila``), with at most three words between.
LABELS_AFTER: Final[tuple[str, ...]] = (
    r"geboren", r"gebuer", r"sz[üu]lett(?:em|[ée]l|[üu]nk|ek)", r"sz[üu]letett", r"narodil[a]?", r"narodila",
    r"urodzi[łl](?:a|em|am)?",
    r"ro[đd]en[a]?", r"rojen[a]?", r"born", r"f[øö]dt", r"f[öø]dd", r"syntynyt",
    r"zur welt", r"rodi(?:o|la|l)", r"роди(?:х|хме|л[а]?)?", r"γεννήθηκ(?:α|ε)", r"synnyin", r"syntyi",
    r"s[üu]ndisin", r"(?:pie)?dzim(?:u|a)", r"gim(?:iau|[ėe])", r"jaio",
)  # fmt: skip
_LABEL_AFTER: Final = re.compile(
    r"(?:-?[^\W\d_]{1,3}(?![^\W_]))?,?(?:\s+[^\W\d_]+){0,3}?\s+(?:" + "|".join(LABELS_AFTER) + r")(?![^\W_])",
    re.IGNORECASE,
)
#: How far before a date its label may start (the longest label and the words between).
LOOK_BACK: Final = 64
_MAX_GAP_WORDS: Final = 4
_GAP_WORD: Final = re.compile(r"[^\W\d_]+")
_GAP_BREAK: Final = re.compile(r"[0-9!?;]|\.\s|\n.*\n", re.DOTALL)
# Dates with digits only (day, month, year in any order; ISO) or with the month as a word after the day (two
# words for two Irish months: ``Meán Fómhair``).
_DATE: Final = re.compile(
    r"(?<![0-9])(?:"
    r"(?P<a>[0-9]{1,4})(?:[./\-] ?| )(?P<b>[0-9]{1,2})(?:[./\-] ?| )(?P<c>[0-9]{4}|[0-9]{2})"
    r"|(?P<day>[0-9]{1,2})(?:st|nd|rd|th|º|ª|°|er|ης|η|\.)?[ \-]?(?:de |of |d'|ta' )?"
    r"(?P<month>(?:(?:me[aá]n|deireadh) )?[^\W\d_]{3,12}|[IVX]{1,4})(?:\.,?|,)?[ \-]?(?:del? )?"
    r"(?P<year>(?:19|20)[0-9]{2}|'[0-9]{2})"
    # a two-digit year after a dotted day and the month word: "3. května 85", "3. Mai 85"
    r"|(?P<d4>[0-9]{1,2})\. ?(?P<m4>[^\W\d_]{3,12})\.? (?P<y4>[0-9]{2})(?![0-9]|[:.,][0-9])"
    # the year first: "1985. március 12", "1985. márc. 12", "1985 m. kovo 12 d.", "1985-ųjų kovo 12 d.",
    # "1985. gada 12. martā"
    r"|(?P<y3>(?:19|20)[0-9]{2})\.? gad[aā] (?P<d3>[0-9]{1,2})\. (?P<m3>[^\W\d_]{3,12})"
    r"|(?P<y2>(?:19|20)[0-9]{2})(?:\.| m\.|-[^\W\d_]{2,4}) (?P<m2>[^\W\d_]{3,12})\.? (?P<d2>[0-9]{1,2})(?: d\.)?"
    r")(?![0-9])",
    re.IGNORECASE,
)
# The day and year of a date with the month word first (``March 12, 1985``); the month is looked for before.
_DAY_YEAR: Final = re.compile(r"(?<![0-9])[0-9]{1,2}(?:st|nd|rd|th)?,? (?:(?:19|20)[0-9]{2}|'[0-9]{2})(?![0-9])")
_MONTH_BEFORE: Final = re.compile(r"[^\W\d_]{3,12}\.? \Z")


def _valid_numeric(a: str, b: str, c: str) -> bool:
    """Whether three numbers make a date: year-month-day, or day and month (either order) then the year."""
    if len(a) == 4:
        return 1900 <= int(a) <= 2099 and 1 <= int(b) <= 12 and 1 <= int(c) <= 31 and len(c) <= 2
    if len(a) > 2 or (len(c) == 4 and not 1900 <= int(c) <= 2099):
        return False
    first, second = int(a), int(b)
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


def _closing_dot(text: str, end: int, year_first: bool) -> int:
    """Where a date ends: after the dot that closes a year-first date (Hungarian ``1985.03.12.``)."""
    return end + 1 if year_first and text.startswith(".", end) and not text[end + 1 : end + 2].isdigit() else end


def _dates(text: str) -> list[tuple[int, int]]:
    """Where the dates of ``text`` are, in order."""
    found: list[tuple[int, int]] = []
    for match in _DATE.finditer(text):
        if match.group("a") is not None:
            if _valid_numeric(match.group("a"), match.group("b"), match.group("c")):
                found.append((match.start(), _closing_dot(text, match.end(), len(match.group("a")) == 4)))
        elif 1 <= int(match.group("day") or match.group("d2") or match.group("d3") or match.group("d4")) <= 31:
            found.append(match.span())
    for match in _DAY_YEAR.finditer(text):
        month = _MONTH_BEFORE.search(text, max(0, match.start() - 14), match.start())
        if month is not None and not any(s <= match.start() < e for s, e in found):
            found.append((month.start(), match.end()))
    return sorted(found)


def _labelled(text: str, start: int) -> bool:
    """Whether a date-of-birth label stands before ``start`` with only a few words between."""
    labels = _label_matches(text, max(0, start - LOOK_BACK), start)
    if not labels:
        return False
    gap = text[labels[-1][1] : start]
    return _GAP_BREAK.search(gap) is None and len(_GAP_WORD.findall(gap)) <= _MAX_GAP_WORDS


def detect(text: str) -> list[PiiSpan]:
    """Spans of the dates of ``text`` that a date-of-birth label introduces."""
    dates = _dates(text)
    in_columns = _in_birth_date_columns(text) if dates else frozenset()
    return [
        PiiSpan(start, end, BIRTH_DATE, SOURCE_BUILTIN)
        for start, end in dates
        if start in in_columns or _labelled(text, start) or _LABEL_AFTER.match(text, end) is not None
    ]


def _in_birth_date_columns(text: str) -> frozenset[int]:
    """Where the cells of a pasted table's date-of-birth column start (``Geburtsdatum;...`` / ``12.03.1985;...``), and
    the values of the fields whose camel-case name is such a label (``"dataNascimento": "12/03/1985"``)."""
    pasted = (*cells(text), *camel_case_fields(text))
    return frozenset(cell.start for cell in pasted if _label_matches(cell.header, 0, len(cell.header)))
