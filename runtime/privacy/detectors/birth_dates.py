"""Dates of birth after their label (``Geburtsdatum: 12.03.1985``, ``nascida a 3 de maio de 1990``, ``DOB 03/12/85``).

A date is a date of birth only after a date-of-birth label or a "born" word of a market language (abbreviations
too: ``DOB``, ``geb.``, ``n. em``, ``ur.``, ``datum_nar``), with no digit, sentence end or more than four words
between them (``nato a Roma il 12/03/1985``; seven after a name of the date of birth: ``the date of birth on my
profile, it says …``), or a verb of being born or a name of the date of birth after it (``1985-03-12 als
Geburtsdatum``, ``3 Μαΐου 1985 γεννήθηκα``); every other date stays as written, and so does a month and year
without the day (``born in May 1985``: shared by a whole cohort, it names no one) and an age. Dates are written
with digits (day, month and year in any order people use, ``.``, ``/``, ``-`` or spaces between; right after a
label without them too: ``född 850503``), with the month as a word (``14 de março de 1985``, ``12. März 1985``,
``March 12, 1985``, ``3η Μαΐου 1985``; a two-digit year after an apostrophe or a dotted day: ``3rd May '85``,
``3. května 85``) or with the day in words (``the third of May 1985``, see ``date_words``). The dates are looked
for first (at C speed: they start with a digit); the labels only before a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Final

from runtime.privacy.detectors.birth_context import BIRTHDAY_STEMS, adverbial, future, not_a_birth, says, since
from runtime.privacy.detectors.columns import as_words, camel_case_fields, cells
from runtime.privacy.detectors.date_words import worded_dates
from runtime.privacy.detectors.label_index import and_unaccented
from runtime.privacy.detectors.label_romanized import ascii_spellings
from runtime.privacy.detectors.passport_prose import ends_line, mentions_passport
from runtime.privacy.normalize import fold
from runtime.privacy.types import BIRTH_DATE, SOURCE_BUILTIN, PiiSpan

#: Names of the date of birth itself, lower case, as regexes, in the cases a sentence puts them in (``als
#: Geburtsdatum``, ``syntymäajaksi``, ``sünnikuupäevaks``, ``születési dátumként``): they label a date written
#: before them too, and a date a short clause after them (``the date of birth on my profile says …``).
DATE_OF_BIRTH_NOUNS: Final[tuple[str, ...]] = (
    r"date of birth", r"birth ?date", r"geburtsdatums?", r"gebuertsdatum", r"data de naixement", r"data de nacemento",
    r"jaiotze data", r"data de nascimento", r"fecha de nacimiento", r"date de naissance", r"data di nascita",
    r"dat(?:a|ą|ę|y|cie) urodzenia", r"dat(?:um|a|u|em) narozen[ií]", r"d[áa]tum(?:u|om)? narodenia",
    r"geboorte ?datum", r"f[öo]delsedatum(?:et)?", r"f[øo]dselsdato(?:en)?",
    r"syntym[äa](?:aika(?:a|na|an)?|aja(?:n|ksi|ssa|sta|lla|lta|lle))(?:ni|si|ns[äa]|mme|nne)?",
    r"syntym[äa]ajakse(?:ni|si|ns[äa]|mme|nne)",
    r"s[üu]nnikuup[äa]ev(?:a(?:ks|na|l|lt|le|s|st|sse|ga)?)?", r"s[üu]nniaeg(?:a)?",
    r"s[üu]nniaja(?:ks|na|l|lt|le|s|st)?",
    r"dzim[šs]anas datum(?:s|u|ā|a)", r"gimimo dat(?:a|ą|os|oje)",
    r"sz[üu]let[ée]si d[áa]tum(?:a|om|od|ot|át|ként|omat|[áa]nak|mal)?",
    r"sz[üu]let[ée]si id[őo](?:m|d|je|t|ként|pont(?:ja|om|ként)?)?",
    r"data (?:de )?na[șşs]terii", r"data de na[șşs]tere", r"datum(?:a|u|om)? ro[đd]enja", r"datum(?:a|u|om)? rojstva",
    r"дата(?:та)? (?:ми )?(?:на )?раждане", r"рожден(?:а|ата)(?: ми)? дата", r"ημερομηνίας? γέννησ[ηή]ς",
    r"ημερ\. γέννησης",
    r"data tat-twelid", r"f[æa]ðingard(?:ag(?:ur|s|inn|urinn|sins|setning)?|egi(?:num)?)", r"dh?[áa]ta breithe",
)  # fmt: skip

#: Date-of-birth labels and "born" words, lower case, as regexes (the names of the date of birth first).
LABELS: Final[tuple[str, ...]] = (
    *DATE_OF_BIRTH_NOUNS,
    r"birthday", r"born(?: on)?", r"dob", r"d\.o\.b\.?",  # en
    r"geburtstag(?:e?s)?", r"geb\.", r"geboren(?: am)?", r"geb\.?-?datum", r"geb\.? ?dat(?:um|\.)?",  # de, nl
    r"gebuertsdag", r"gebuer(?:en)?",  # lb
    r"nascut", r"nascuda", r"n[ée]ixer", r"nasqu[ée]", r"nac[íi]n", r"naceu",  # ca, gl
    # one-letter abbreviations only right before the date: "f. 12.03.1985", "b. 1985-03-12", "s. 12.3.1985"
    r"(?-i:[fbs])\.(?= ?\Z)",  # (the labels are looked for up to the date's start)
    r"(?<=\()(?-i:[FBS])\.(?= ?\Z)",  # in capitals, in brackets after a name: "(S. 24.06.1958)"
    r"anivers[áa]rio", r"cumplea[ñn]os", r"anniversaire", r"compleanno", r"urodziny", r"verjaardag",  # birthdays
    r"f[öo]delsedag", r"f[øo]dselsdag",
    r"data nasc\.?", r"dt\.? ?nasc\.?", r"nascimento", r"nascid[oa]", r"n\. em", r"nasc\.",
    r"nasci", r"nasceu", r"nasceste", r"nascemos", r"nasceram",  # pt
    r"fecha (?:de )?nac\.?", r"f\. ?nac\.?", r"f ?nac\.", r"f\x20(?-i:N)ac",  # camel case "fNac", not "Fnac"
    r"nacimiento", r"nacid[oa](?: el)?",
    r"nac[íi](?: el)?", r"naci(?:[óo]|ste|mos|eron)(?: el)?",  # es
    r"date (?:de )?naiss?\.?", r"naissance", r"n[ée]\(?e?\)? le", r"n[ée]e?s? le",  # fr
    r"data (?:di )?nasc\.?", r"nascita", r"nat[oa](?: il)?", r"nat[ei]", r"nacqu(?:i|e|ero)",  # it
    r"data ur\.?", r"ur\.", r"ur(?= ?\Z)", r"urodzon[ya]", r"urodzi[łl](?:a|em|am|e[śs]|a[śs])? si[ęe]",
    r"urodzili[śs]my si[ęe]", r"urodzony",  # pl
    r"nar\.", r"narozen[aáý]?", r"naroden[aáý]", r"dat(?:um|\.)? ?nar\.?", r"d\. ?nar\.",
    r"narodil[aiy]? (?:jsem se|som sa|jsi se|si sa|jsme se|sme sa|se|sa)",  # cs, sk
    r"(?:se|sa) narodil[aiy]?",  # "můj syn se narodil …"
    r"geboren op",  # nl
    r"f[öøo]dd(?:es)?", r"f[øöo]dt(?: d\.)?", r"f[öøo]d\.? ?dat(?:o|um|\.)?",  # sv, da, no
    r"syntym[äa]p[äa]iv[äa](?:n|n[äa]|[äa]|ksi|ss[äa]|st[äa]|ll[äa]|lt[äa]|lle)?(?:ni|si|ns[äa]|mme|nne)?",
    r"syntynyt", r"synt\.(?: ?aika)?", r"synt ?aika",
    r"syntyi", r"synnyin", r"syntyin", r"synnyit", r"synnyimme", r"syntyiv[äa]t",  # fi
    r"s[üu]ndinud", r"s[üu]nd\.", r"s[üu]ndisin", r"s[üu]ndisime",  # et
    r"s[üu]ndis(?= ?\Z)",  # ("sündis" is also "happened": right before a date years back only)
    r"s[üu]nd(?= ?\Z)",  # "birth", right before the date ("mari tamm sünd 19.05.1980")
    r"dzimis", r"dzimusi", r"dzim\.(?: ?dat(?:ums|\.))?", r"dz\.(?= ?\Z)",
    r"(?:pie)?dzim(?:u|a|i|[āa]m)",  # lv
    r"gim[ęe]s", r"gimusi", r"gim(?:iau|[ėe]|ei|[ėe]me)", r"gim\.(?: ?data)?", r"gim data",  # lt
    r"sz[üu]let[ée]snap(?:om|ja|j[áa]t|omon|j[áa]n)?", r"sz[üu]l\.? ?d[áa]tum",
    r"sz[üu]let[ée]si (?:ideje|id[őo]pont(?:ja)?)",
    r"sz[üu]letett", r"sz[üu]lett(?:em|[ée]l|[üu]nk|ek)", r"sz[üu]l\.(?: ?id[őo]:?)?", r"sz[üu]l(?= ?\Z)",  # hu
    r"data na[șşs]t\.?", r"n[ăa]scut[ăa]?(?: la| pe)?",  # ro
    r"datum ro[đd]\.?", r"ro[đd]en[a]?", r"ro[đd]\.", r"rodi(?:o|la)(?: sam| si| je| se){0,2}",  # hr
    r"datum roj\.?", r"rojen[a]?", r"rodil[ai]? (?:sem|si|se|smo|so) (?:se|je)", r"roj\.",  # sl
    r"роден[а]?(?: на)?", r"(?:се )?роди(?:х|хме|ха|л[а]?)(?: се)?", r"се роди", r"роди се",  # bg
    r"ημ\. γέννησης", r"(?:ημ\. )?(?-i:γενν?|ΓΕΝΝ?)\.(?= ?\Z)",
    r"γεννήθηκ(?:α|ε|ες|αν)", r"γεννηθήκαμε", r"γεννημένος", r"γεννημένη",
    r"ημ(?:/νία|ερ?\.)? γέν(?:νησης|\.)",  # el
    r"imwieled", r"imwielda", r"twelidt", r"twelid", r"twelidna", r"twiel(?:ed|det)",  # mt
    r"f[æa]ðingard\.", r"f[æa]dd(?:ur|ist|ust|umst)?", r"f\.? ?d\.(?= ?\Z)",  # is ("fd. 27.06.1980")
    r"rugadh", r"d\. ?b\.(?=:? ?\Z)",  # ga ("D.B.: 03/05/1970", dáta breithe)
    r"bday",  # a vCard's field (BDAY:1985-03-12)
    # the date and the place of birth in one label, the date first
    r"date and place of birth", r"geburtsort und -?datum", r"data i miejsce urodzenia", r"datum a m[íi]sto narozen[íi]",
    r"d[áa]tum a miesto narodenia", r"datum i mjesto ro[đd]enja", r"datum in kraj rojstva",
    r"data [șşs]i locul na[șşs]terii", r"sz[üu]let[ée]si hely(?: [ée]s|,) id[őo]", r"sz[üu]l\. hely,? id[őo]",
    r"дата и място на раждане", r"място и дата на раждане", r"d[áa]ta agus [áa]it bhreithe",
    r"s[üu]nnip[äa]ev(?:a(?:ks|na|l|le|st)?)?", r"dzim[šs]anas dien(?:a|ā|u)", r"gimimo dien(?:a|ą|os)",  # the day
    # birthdays: "narozeniny mám", "rođendan mi je", "bursdagen min er", "ziua mea de naștere", "fyller år"
    r"narozeniny", r"narodeniny", r"γενέθλι(?:α|ά)", r"l[áa] breithe", r"ro[đd]endan", r"gimtadien(?:is|į|io)",
    r"bursdag(?:en)?", r"f[øo]dselsdag(?:en)?", r"ziua (?:mea |sa |lui |ei )?de na[șşs]tere", r"rojstni dan",
    r"fyller år", r"afmæli(?:ð|sdag(?:ur|urinn)?)?", r"għeluq(?: is-)? sn(?:in|ini|inu|inha)",
    r"рожден(?:ият|ия)? (?:ми )?ден", r"data (?:mea |sa )?de na[șşs]tere",
)  # fmt: skip


def _labels_regex(nouns: Iterable[str], labels: Iterable[str]) -> str:
    """One regex of whole-word labels, the names of the date of birth in group ``noun``; in pasted data a label's
    words may be joined by underscores or not at all (``date_of_birth``, ``dateOfBirth``)."""

    def alternatives(words: Iterable[str]) -> str:
        return "|".join(word.replace(" ", "[ _]?") for word in words)

    return rf"(?<![^\W_])(?:(?P<noun>{alternatives(nouns)})|{alternatives(labels)})(?![^\W_])"


_OTHER_LABELS: Final = LABELS[len(DATE_OF_BIRTH_NOUNS) :]
# Greek labels in capitals lose their accents.
_LABEL: Final = re.compile(
    _labels_regex(and_unaccented(DATE_OF_BIRTH_NOUNS), and_unaccented(_OTHER_LABELS)), re.IGNORECASE
)
# The labels as typed in ASCII letters (pasted field names: ``foedselsdato``; Greek and Bulgarian in Latin letters:
# ``imerominia_gennisis``, ``data na razhdane``), matched in lower-cased text (faster to compile than ignoring case).
_ASCII_LABEL: Final = re.compile(_labels_regex(ascii_spellings(DATE_OF_BIRTH_NOUNS), ascii_spellings(_OTHER_LABELS)))


def _label_matches(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Where the labels between ``start`` and ``end`` are, as written or as typed in ASCII letters, and whether each
    is a name of the date of birth."""
    found = [(*match.span(), match.group("noun") is not None) for match in _LABEL.finditer(text, start, end)]
    window = text[start:end].lower()
    if not found and len(window) == end - start:  # (lower case that keeps the offsets)
        found = [
            (start + match.start(), start + match.end(), match.group("noun") is not None)
            for match in _ASCII_LABEL.finditer(window)
        ]
    return found


#: "Born" words written after the date (``am 12.03.1985 geboren``, ``1985. március 12-én születtem``,
#: ``12. 3. 1985 jsem se narodila``), with at most three words between; the names of the date of birth too
#: (``1985-03-12 als Geburtsdatum``, ``1985-03-12 szerepel születési dátumként``), with no comma between.
LABELS_AFTER: Final[tuple[str, ...]] = (
    r"geboren", r"gebuer", r"sz[üu]lett(?:em|[ée]l|[üu]nk|ek)", r"sz[üu]letett", r"narodil[a]?", r"narodila",
    r"urodzi[łl](?:a|em|am)?",
    r"ro[đd]en[a]?", r"rojen[a]?", r"born", r"f[øö]dt", r"f[öø]dd", r"syntynyt",
    r"zur welt", r"rodi(?:o|la|l)", r"роди(?:х|хме|л[а]?)?", r"γεννήθηκ(?:α|ε)", r"synnyin", r"syntyi",
    r"s[üu]ndisin", r"(?:pie)?dzim(?:u|a)", r"gim(?:iau|[ėe])", r"jaio", r"geburtstag",
)  # fmt: skip
_LABEL_AFTER: Final = re.compile(
    r"(?:-?[^\W\d_]{1,3}(?![^\W_]))?(?:,?(?:\s+[^\W\d_]+){0,3}?\s+(?:" + "|".join(LABELS_AFTER) + r")"
    r"|(?:\s+[^\W\d_]+){0,3}?\s+(?P<noun>" + "|".join(DATE_OF_BIRTH_NOUNS) + r"))(?![^\W_])",
    re.IGNORECASE,
)
#: How far before a date its label may start (the longest label and the words between).
LOOK_BACK: Final = 64
_MAX_GAP_WORDS: Final = 4
#: After a name of the date of birth, a short clause may come first (``the date of birth on my profile, it says``,
#: ``the date of birth on my account is wrong, it should be``).
_MAX_NOUN_GAP_WORDS: Final = 10
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
# The day and year of a date with the month word first (``March 12, 1985``, ``May the 3rd, 1985``); the month is
# looked for before.
_DAY_YEAR: Final = re.compile(
    r"(?<![0-9])[0-9]{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)?,? (?:(?:19|20)[0-9]{2}|'[0-9]{2})(?![0-9])"
)
_MONTH_BEFORE: Final = re.compile(r"[^\W\d_]{3,12}\.? (?:[Tt]he |THE )?\Z")  # "May the 3rd, 1985"


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


def _ordinal_dot(text: str, match: re.Match[str]) -> int:
    """Where a date with the month as a word ends: after the dot that closes it where the day is written as an
    ordinal number with a dot (Croatian ``1. ožujka 1964.``, Hungarian ``1987. március 23.``)."""
    end = match.end()
    if not text.startswith(".", end) or text[end + 1 : end + 2].isalnum():
        return end
    dotted_day = match.group("day") is not None and text.startswith(".", match.end("day"))
    return end + 1 if dotted_day or match.group("d2") is not None else end


def _dates(text: str) -> list[tuple[int, int]]:
    """Where the dates of ``text`` are, in order."""
    found: list[tuple[int, int]] = []
    for match in _DATE.finditer(text):
        if match.group("a") is not None:
            if _valid_numeric(match.group("a"), match.group("b"), match.group("c")):
                found.append((match.start(), _closing_dot(text, match.end(), len(match.group("a")) == 4)))
        elif 1 <= int(match.group("day") or match.group("d2") or match.group("d3") or match.group("d4")) <= 31:
            found.append((match.start(), _ordinal_dot(text, match)))
    for match in _DAY_YEAR.finditer(text):
        month = _MONTH_BEFORE.search(text, max(0, match.start() - 14), match.start())
        if month is not None and not any(s <= match.start() < e for s, e in found):
            found.append((month.start(), match.end()))
    found.extend(span for span in worded_dates(text) if not any(s < span[1] and span[0] < e for s, e in found))
    return sorted(found)


def _labelled(text: str, start: int, end: int) -> bool:
    """Whether a date-of-birth label stands before the date at ``start`` with only a few words between (a few more
    after a name of the date of birth, when the date's year lies years back: a recent date a clause after the label
    is a payment's or an appointment's)."""
    labels = _label_matches(text, max(0, start - LOOK_BACK), start)
    if not labels:
        return False
    label_start, label_end, noun = labels[-1]
    gap = text[label_end:start]
    if _GAP_BREAK.search(gap) is not None or not_a_birth(text, (label_start, label_end), (start, end), noun):
        return False
    if fold(text[label_start:label_end]) in _AMBIGUOUS and not _years_back(text[start:end]):
        return False  # "Õnnetus sündis 3. mail 2026": an event's day; "see ur 12.03.2025 invoice"
    words = len(_GAP_WORD.findall(gap))
    if words <= _MAX_GAP_WORDS:
        return True
    return noun and words <= _MAX_NOUN_GAP_WORDS and _years_back(text[start:end]) and says(gap)


#: Labels that are other words too (Estonian ``sündis`` "happened", Polish ``ur`` a chat's "your"), folded: a date
#: after them is a date of birth only years back.
_AMBIGUOUS: Final = frozenset(("sundis", "ur"))


def _named_after(text: str, start: int, end: int) -> bool:
    """Whether a "born" word follows the date at ``start``, or a name of the date of birth does, the date's year
    lies years back (``On 12.03.2025 I changed my date of birth`` names a recent day, not a birth) and the date is
    no clause's time (``Le 12/03/2005 ma date de naissance a été mal saisie``)."""
    after = _LABEL_AFTER.match(text, end)
    if after is None or future(text, (start, end)) or since(text, start):
        return False
    if fold(after.group().split()[-1]).startswith(BIRTHDAY_STEMS) and not _years_back(text[start:end]):
        return False  # "hat am 3. Mai 2026 Geburtstag": the day it is celebrated
    if after.group("noun") is None:
        return True
    return _years_back(text[start:end]) and not adverbial(text, start, after.start("noun"))


#: How many years back a date's year must lie to be read as a date of birth a clause after its label.
_YEARS_BACK: Final = 12
_LATEST_BIRTH_YEAR: Final = date.today().year - _YEARS_BACK
_FULL_YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}")


def _years_back(written: str) -> bool:
    """Whether a date written in full holds a four-digit year at least ``_YEARS_BACK`` years before this one."""
    year = _FULL_YEAR.search(written)
    return year is not None and int(year.group()) <= _LATEST_BIRTH_YEAR


def detect(text: str) -> list[PiiSpan]:
    """Spans of the dates of ``text`` that a date-of-birth label introduces."""
    dates = _dates(text)
    in_columns = _in_birth_date_columns(text) if dates else frozenset()
    found = [
        PiiSpan(start, end, BIRTH_DATE, SOURCE_BUILTIN)
        for start, end in dates
        if start in in_columns
        or _labelled(text, start, end)
        or _named_after(text, start, end)
        or ("\t" in text and _in_a_persons_record(text, start, end))
        or (text[start - 1 : start] == "(" and _after_an_age(text, start, end))
        or _scanned_passport_line(text, start, end)
    ]
    return found + _compact_dates(text)


# An age, then the date of birth in brackets (``skończył 18 lat (02.07.2005)``, ``ist 40 Jahre alt (12.03.1985)``):
# the age's number and its word in the market's languages, not after a word of a period (``für 3 Jahre``).
def _scanned_passport_line(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start`` is a line of its own, years back, in a message about a passport: a scanned or
    pasted passport's date of birth (``ROU\\nPREDA\\nMARCEL\\n08.09.1970\\nY69615198``; its dates of issue and
    expiry lie a few years back or ahead)."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        not text[line_start:start].strip()
        and ends_line(text, end)
        and _years_back(text[start:end])
        and mentions_passport(text)
    )


_AGE_BEFORE: Final = re.compile(
    r"(?<![0-9.,])(?P<age>[0-9]{1,3})[ \u00a0](?i:years?|yrs|jahre|jahren|ans|anni|años|anos|jaar|år|år gammal|"
    r"år gammel|"
    r"vuotta|vuotias|aastat|aastane|gadi|gadus|metų|metai|éves|évet|ani|години|годишен|годишна|χρονών|χρόνια|"
    r"lat|let|rokov|roky|godina|godine|leta|snin|bliana|ára)(?:[ \u00a0](?i:old|alt|vecs|veca|gammal|gammel))?"
    r"[ \u00a0]?\(\Z"
)


def _after_an_age(text: str, start: int, end: int) -> bool:
    """Whether a date alone in brackets follows a person's age (its year years back), not a period's length (``für 3
    Jahre (…)``)."""
    if not text.startswith(")", end) or not _years_back(text[start:end]):
        return False
    age = _AGE_BEFORE.search(text, max(0, start - 32), start)
    if age is None:
        return False
    before = _GAP_WORD.findall(text, max(0, age.start() - 16), age.start())
    return not before or fold(before[-1]) not in _PERIOD_WORDS


#: Words before a period's length, folded (``für 3 Jahre``, ``for 3 years``, ``na 3 lata``, ``om 3 år``).
_PERIOD_WORDS: Final = frozenset(
    fold(
        "for für per por para na po za om in i v w pendant durant durante przez seit since after nach après dopo "
        "después depois within binnen innerhalb läuft lasts dauert dure dura trwa trvá tart kestää kestab ilgs"
    ).split()
)


# A person's record pasted from a spreadsheet without its header (``Watson Tracey⇥01/10/2004⇥301 Clark Place…⇥(029)
# 2018 0429``): cells split by tabs, a name's cell (two or three capitalized words ending it, no digit) right before
# the date's cell, a phone's or an e-mail's cell (seven digits or more, or an ``@``) after it in the row.
_NAME_CELL: Final = re.compile(r"(?:\A|[ :])[^\W\d_][^\W\d_'’\-]+(?:[ \-][^\W\d_][^\W\d_'’\-]+){1,2}[ ]*\Z")
_CONTACT_CELL: Final = re.compile(r"@|[0-9](?:[ ()\-./]*[0-9]){6}")


def _in_a_persons_record(text: str, start: int, end: int) -> bool:
    """Whether a date is a whole cell of a tab-separated person's record, its year years back, a name's cell before
    it and a contact's cell after it in its row."""
    if text[start - 1 : start] != "\t" or text[end : end + 1] not in ("\t", " ", "\n", ""):
        return False  # (the view writes a tab between two numbers as a space: ``01/10/2004⇥301`` as ``… 301``)
    if not _years_back(text[start:end]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start : start - 1].split("\t")[-1]
    named = _NAME_CELL.search(before) is not None and all(word[:1].isupper() for word in before.split()[-2:])
    return named and _CONTACT_CELL.search(text, end, len(text) if line_end < 0 else line_end) is not None


# A date written without separators (``850503``, ``19850503``, ``03051985``): a date of birth only right after its
# label (``född 850503``); not a part of a longer number (``850503-1234`` is a personal number).
# (No look-behind first: a pattern that opens with its digits is searched for at C speed.)
_COMPACT: Final = re.compile(r"(?:[0-9]{8}|[0-9]{6})(?![0-9]|[\-+/.,][0-9])")
_COMPACT_JOINED: Final = "0123456789+-/.,"
_COMPACT_GAP: Final = re.compile(r"[\s:=\"'|;]{0,4}\Z")


def _valid_compact(digits: str) -> bool:
    """Whether six or eight digits make a date: the year first or last (``850503``, ``030585``, ``19850503``)."""
    if len(digits) == 8:
        return _valid_numeric(digits[:4], digits[4:6], digits[6:]) or (
            _valid_numeric(digits[:2], digits[2:4], digits[4:]) and 1 <= int(digits[:2]) <= 31
        )
    year_first = 1 <= int(digits[2:4]) <= 12 and 1 <= int(digits[4:]) <= 31
    return year_first or (1 <= int(digits[:2]) <= 31 and 1 <= int(digits[2:4]) <= 12)


def _compact_dates(text: str) -> list[PiiSpan]:
    """The dates written without separators right after a date-of-birth label (nothing but a colon between)."""
    found: list[PiiSpan] = []
    for match in _COMPACT.finditer(text):
        start = match.start()
        if (start and text[start - 1] in _COMPACT_JOINED) or not _valid_compact(match.group()):
            continue
        labels = _label_matches(text, max(0, start - LOOK_BACK), start)
        if labels and _COMPACT_GAP.match(text, labels[-1][1], start) is not None:
            found.append(PiiSpan(start, match.end(), BIRTH_DATE, SOURCE_BUILTIN))
    return found


def _in_birth_date_columns(text: str) -> frozenset[int]:
    """Where the cells of a pasted table's date-of-birth column start (``Geburtsdatum;...`` / ``12.03.1985;...``,
    ``fechaNacimiento;...``), and the values of the fields whose camel-case name is such a label
    (``"dataNascimento": "12/03/1985"``)."""
    pasted = (*cells(text), *camel_case_fields(text))
    return frozenset(cell.start for cell in pasted if _names_a_birth_date(as_words(cell.header)))


def _names_a_birth_date(header: str) -> bool:
    """Whether a column's or field's name (its camel case as words: ``fechaNacimiento``) holds a label."""
    return bool(_label_matches(header, 0, len(header)))
