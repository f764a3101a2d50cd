"""Dates whose day is written in words (pure): ``the third of May 1985``, ``am dritten Mai 1985``, ``le premier
mai 1985``, ``el tres de mayo de 1985``, ``May third, 1985``.

People spell the day out in the languages whose dates read aloud so (English, German, Dutch, the Romance and the
Scandinavian languages); a day word counts only right before or after a month's name and before a four-digit year,
so that ``the first payment in May 2025`` is no date. The years are looked for first (at C speed: they are
digits); then the few words before a year are looked up, folded, in two sets.
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.normalize import fold

_EN_UNITS: Final = "one two three four five six seven eight nine"
_EN_ORDINAL_UNITS: Final = "first second third fourth fifth sixth seventh eighth ninth"
_DE_UNITS: Final = "ein zwei drei vier funf sechs sieben acht neun"
_FR_UNITS: Final = "deux trois quatre cinq six sept huit neuf"
_ES_UNITS: Final = "uno un dos tres cuatro cinco seis siete ocho nueve"
_PT_UNITS: Final = "um dois tres quatro cinco seis sete oito nove"
_SV_ORDINAL_UNITS: Final = "forsta andra tredje fjarde femte sjatte sjunde attonde nionde"
_NO_ORDINAL_UNITS: Final = "første andre tredje fjerde femte sjette sjuende attende niende"
_DA_UNITS: Final = "en to tre fire fem seks syv otte ni"
_NL_UNITS: Final = "een twee drie vier vijf zes zeven acht negen"
_DE_ORDINALS: Final = (
    "erst zweit dritt viert funft sechst siebt siebent acht neunt zehnt elft zwolft dreizehnt vierzehnt "
    "funfzehnt sechzehnt siebzehnt achtzehnt neunzehnt zwanzigst dreissigst einunddreissigst"
)
_MONTHS: Final = (
    "january february march april may june july august september october november december "  # en
    "januar janner februar marz mai juni juli oktober dezember "  # de
    "januari februari maart mei augustus "  # nl
    "janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre "  # fr
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "  # es
    "janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro "  # pt
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "  # it
    "maj augusti marts"  # sv, da, no
)
#: The days of a month in words, folded (lower case, no accents; ``ø`` stays), words apart: cardinal and ordinal,
#: as each language writes them in a date.
DAY_WORDS: Final = frozenset(
    (
        # en
        f"{_EN_UNITS} {_EN_ORDINAL_UNITS} ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
        "nineteen twenty thirty tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
        "eighteenth nineteenth twentieth thirtieth "
        # nl
        "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende "
        "veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste dertigste eenendertigste "
        # fr
        f"premier 1er {_FR_UNITS} dix onze douze treize quatorze quinze seize vingt trente "
        # es
        f"primero {_ES_UNITS} diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte "
        "veintiuno veintiun veintidos veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho "
        "veintinueve treinta "
        # pt
        f"primeiro {_PT_UNITS} dez onze doze treze catorze quatorze quinze dezasseis dezesseis dezassete dezessete "
        "dezoito dezanove dezenove vinte trinta "
        # it
        "primo uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
        "sedici diciassette diciotto diciannove venti ventuno ventidue ventitre ventiquattro venticinque ventisei "
        "ventisette ventotto ventinove trenta trentuno "
        # sv
        f"{_SV_ORDINAL_UNITS} tionde elfte tolfte trettonde fjortonde femtonde sextonde sjuttonde artonde "
        "nittonde tjugonde trettionde trettioforsta "
        # da, no
        f"{_NO_ORDINAL_UNITS} anden syvende ottende tiende ellevte tolvte trettende fjortende femtende sekstende "
        "syttende attende nittende tyvende tjuende tredivte enogtredivte trettiende trettiførste"
    ).split()
    + [f"twenty {unit}" for unit in f"{_EN_UNITS} {_EN_ORDINAL_UNITS}".split()]
    + ["thirty one", "thirty first"]
    + [f"{unit}entwintigste" for unit in _NL_UNITS.split()]
    + ["dix sept", "dix huit", "dix neuf", "vingt et un", "trente et un"]
    + [f"vingt {unit}" for unit in _FR_UNITS.split()]
    + ["treinta y uno", "trinta e um"]
    + [f"vinte e {unit}" for unit in _PT_UNITS.split()]
    + [f"tjugo{unit}" for unit in _SV_ORDINAL_UNITS.split()]
    + [f"tjue{unit}" for unit in _NO_ORDINAL_UNITS.split()]
    + [f"{unit}ogtyvende" for unit in _DA_UNITS.split()]
)
#: German ordinals, folded, without the ending they take (``dritten``, ``dritte``, ``dritter``, ``drittem``: one or
#: two letters).
_GERMAN_STEMS: Final = frozenset(_DE_ORDINALS.split() + [f"{unit}undzwanzigst" for unit in _DE_UNITS.split()])
#: The months' names of those languages, folded.
MONTH_WORDS: Final = frozenset(_MONTHS.split())
#: Words between the day and the month or before the year (``the third day of May``, ``tres de mayo de 1985``).
_BETWEEN: Final = frozenset(("of", "de", "di", "d", "del", "day"))
# (No look-behind first: a pattern that opens with its digits is searched for at C speed.)
_YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")
# The words right before a year, the last one ending where the year's spaces and comma begin.
_WORD: Final = re.compile(r"[^\W\d_]+|1er")
_JOINS: Final = frozenset(" -,.'’\u00a0")
#: How far before a year its day and month in words may start.
_LOOK_BACK: Final = 48
_MAX_DAY_WORDS: Final = 3


def worded_dates(text: str) -> list[tuple[int, int]]:
    """Where the dates whose day is written in words are in ``text`` (day, month and year), in order."""
    found: list[tuple[int, int]] = []
    for year in _YEAR.finditer(text):
        start = year.start()
        if start < 2 or text[start - 1] not in " ," or not _may_end_a_day_and_month(text, start):  # (no digit)
            continue
        words = _words_before(text, start)
        day_start = _day_and_month(words)
        if day_start is not None:
            found.append((day_start, year.end()))
    return found


_LAST_WORDS_CHARS: Final = 24
_JOIN_RUN: Final = re.compile(r"[ \-,.'’\u00a0]*")
_MAX_WORDS: Final = 7


def _may_end_a_day_and_month(text: str, end: int) -> bool:
    """A quick look at the last words before a year: a month, or a day, or a word between a month and the year."""
    words = fold(text[max(0, end - _LAST_WORDS_CHARS) : end]).replace(",", " ").split()
    while words and words[-1] in _BETWEEN:  # "de mayo de 1985"
        words.pop()
    if not words or words[-1] not in MONTH_WORDS:
        return bool(words) and _is_day(words[-1])  # "May third, 1985"
    words.pop()
    while words and words[-1] in _BETWEEN:
        words.pop()
    return not (words and any(char.isdigit() for char in words[-1]))  # "14 de março de 2025": digits, not words


def _words_before(text: str, end: int) -> list[tuple[int, str]]:
    """The folded words (with their starts) that run up to ``end`` with only spaces, dashes, commas, dots or
    apostrophes between them, the last first (a few: a day and a month)."""
    words = list(_WORD.finditer(text, max(0, end - _LOOK_BACK), end))
    run: list[tuple[int, str]] = []
    for word in reversed(words[-_MAX_WORDS:]):
        if _JOIN_RUN.fullmatch(text, word.end(), end) is None:
            break
        run.append((word.start(), fold(word.group())))
        end = word.start()
    return run


def _day_and_month(words: list[tuple[int, str]]) -> int | None:
    """Where a day in words and a month's name start, read backwards from the words before a year; None when
    they are no such pair."""
    index = 0
    while index < len(words) and words[index][1] in _BETWEEN:
        index += 1  # "de", "of" before the year
    if index < len(words) and words[index][1] in MONTH_WORDS:  # the day first: "(the) third (day) of May"
        after = index + 1
        while after < len(words) and words[after][1] in _BETWEEN:
            after += 1
        return _day_ending_at(words, after)
    day = _day_ending_at(words, index)  # the month first: "May (the) third"
    if day is None:
        return None
    taken = next(i for i in range(index, len(words)) if words[i][0] == day)
    before = taken + 1
    while before < len(words) and words[before][1] == "the":
        before += 1
    return words[before][0] if before < len(words) and words[before][1] in MONTH_WORDS else None


def _day_ending_at(words: list[tuple[int, str]], index: int) -> int | None:
    """Where a day in words of one to three words starts, its last word at ``words[index]``; None when there is none."""
    for count in range(_MAX_DAY_WORDS, 0, -1):
        if index + count > len(words):
            continue
        spelled = " ".join(word for _, word in reversed(words[index : index + count]))
        if _is_day(spelled):
            return words[index + count - 1][0]
    return None


def _is_day(spelled: str) -> bool:
    """Whether folded words spell a day of a month (German ordinals with their endings)."""
    return spelled in DAY_WORDS or spelled[:-1] in _GERMAN_STEMS or spelled[:-2] in _GERMAN_STEMS
