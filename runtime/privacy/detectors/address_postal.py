"""The postal line of an address: postcode and town after a street (or before it, as Hungarians write them)."""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.address_numbers import COUNTED, FLOOR, end_with_dot
from runtime.privacy.detectors.address_town_end import town_end
from runtime.privacy.detectors.address_words import ANY_WORD, GAP, NOW, UPPER
from runtime.privacy.types import ADDRESS, SOURCE_BUILTIN, PiiSpan

# A postcode's label (``ΤΚ 105 57``, ``PSČ 110 00``, ``C.P. 28013``, ``CAP 20121``, ``PLZ 10115``).
POSTCODE_LABEL: Final = r"(?:(?:ΤΚ|Τ\.Κ\.|τκ|τ\.κ\.|PSČ|psč|C\.P\.|CP|CAP|PLZ)[ \u00a0]?)"
#: A postcode in a message (a bare street is looked for only then): after a number, or a British or Irish one.
POSTCODE_HINT: Final = re.compile(
    rf"[0-9][A-Za-z]?,?[ \u00a0\n]+(?:[A-Z]{{1,2}}-|{POSTCODE_LABEL})?[0-9]{{2,}}"
    r"|(?<![\w-])(?:[A-Z]{1,2}[0-9][A-Z0-9]?[ \u00a0][0-9][A-Z]{2}|[AC-FHKNPRTV-Y][0-9][0-9W] [A-Z0-9]{4})(?!\w)"
)

# The postal line right after a street: postcode and town (``1100-048 Lisboa``, ``D-10115 Berlin``,
# ``114 55 Stockholm``, ``1012 AB Amsterdam``, ``London SW1A 2AA``). A plain number is a postcode only
# with its town after it (``Via Roma 10, 1500 euro`` keeps its amount).
# Lisboa, Saint-Étienne, Αθήνα, Velo D'Astico, SANT'ULDERICO, Cantu' (an accent written as an apostrophe), and
# Maltese words after their article (San Pawl il-Baħar, Ħaż-Żabbar), Irish ones with their mutated initial (Dún na
# nGall), Dutch ones after their old article ('s-Hertogenbosch, 't Loo).
TOWN_WORD: Final = (
    rf"(?:(?:[a-zċġżħ]{{1,3}}-|h|n|t|bh|dt|gc|mb|ng|bp|g|b|d|m|['’][tsTS](?:-|{GAP}))?[{UPPER}]"
    rf"(?:[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[{UPPER}]?[^\W\d_]+)*(?:(?<=[aeiouAEIOU])['’](?!\w))?|['’][{UPPER}][^\W\d_]+))"
)
# Frankfurt am Main, Caldas da Rainha, Valea lui Mihai, Hradec nad Moravicí, Šempeter pri Gorici, Nowy Dwór
# nad Wisłą, Caisleán an Bharraigh.
TOWN_PARTICLE: Final = (
    r"(?i:am|an der|im|in der|bei|ob der|sur|sous|de|del|la|le|lès|les|upon|on|nad|pod|pri|při|pred|u|na|ob|v|ve|"
    r"pe|sub|aan de|aan|op|bij|da|do|dos|das|di|della|dei|degli|lui|van|von|sul|en|y|e|an)"
)
# A town's last word may be in lower case (``Kostelec nad Černými lesy``), not a word of now (``Ceatharlach
# anois``).
_TOWN_TAIL: Final = rf"(?:[ \u00a0](?!{NOW}(?!\w))[^\W\d_A-ZÀ-Þ]{{3,}}(?=[ \u00a0]*(?:[,;.!?\n]|$)))"
# A town may end in its district: a number (``Praha 1``, ``Wien 3``) or a Danish letter (``København V``,
# ``Nykøbing M``).
DISTRICT: Final = r"(?:[ \u00a0](?:[0-9]{1,2}|[A-ZÆØÅ]|[NS][VØ]|Sj)(?=[ \u00a0]*(?:[,;.!?\n]|$)))"
# (after a postcode of its own shape: ``1100-048 lisboa``, ``90121 san gabriele dell'addolorata``)
LOWER_TOWN: Final = r"(?:[^\W\d_]{1,3}['’])?[^\W\d_]{2,}(?:-[^\W\d_]+)*(?:['’][^\W\d_]+)?"  # ``o'brienville``
# A town may name its part after a dash (``Ljubljana - Polje``), begin with an abbreviation (``Αγ. Νικόλαος``,
# ``St. Gallen``, ``S. Giovanni``) and end in what tells it from another of its name, in brackets (``Rijswijk
# (GLD)``, ``Lešť (vojenský obvod)``).
_ABBREVIATION: Final = rf"(?:[{UPPER}][^\W\d_]{{0,2}}\.{GAP})"  # (not a sentence's last word: ``Lund. Tack``)
_QUALIFIER: Final = r"(?:[ \u00a0]\([^()\n]{1,30}\))"
TOWN: Final = (
    rf"{_ABBREVIATION}?{TOWN_WORD}(?:{GAP}(?:{TOWN_PARTICLE}{GAP}|[-–]{GAP})?{TOWN_WORD}){{0,4}}"
    rf"{_TOWN_TAIL}?{DISTRICT}?{_QUALIFIER}?"
)
COUNTRY_PREFIX: Final = r"(?:[A-Z]{1,2}-)"
POSTCODE_PLAIN: Final = rf"{COUNTRY_PREFIX}?(?:[0-9]{{3}}[ \u00a0][0-9]{{2}}|[0-9]{{3,6}})"
# Not a town: a currency after an amount (``Via Roma 10, 1500 Euro``).
NOT_TOWN: Final = (
    r"(?!(?i:euros?|eur|chf|gbp|usd|kč|kc|zł|zl|ft|lei|kr|kn|лв|kronor|kroner|krónur|kronur|evra|eura|eiro)(?!\w))"
)
POSTCODE_MARKED: Final = (
    rf"(?:{COUNTRY_PREFIX}[0-9]{{3,6}}|[0-9]{{4}}-[0-9]{{3}}|[0-9]{{2}}-[0-9]{{3}}|[0-9]{{4}}[ \u00a0]?[A-Z]{{2}})"
)
# (A Maltese postcode is three letters of its town and four digits, not a phone's or a reference's label: ``TEL
# 5455``.)
POSTCODE_GB_IE_MT: Final = (
    r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?[ \u00a0][0-9][A-Z]{2}|[AC-FHKNPRTV-Y][0-9][0-9W][ \u00a0][AC-FHKNPRTV-Y0-9]{4}"
    r"|(?!(?:TEL|FAX|MOB|TLF|TFN|GSM|REF|PIN|NIP|NIF|CVV|ORD|INV|ACC|KTO|PAG|TAB|ART|NUM|TOP|APT)[ \u00a0])"
    r"[A-Z]{3}[ \u00a0][0-9]{4})"
)
# (A town may follow an Irish postcode, ``F23 D7H4 Caisleán an Bharraigh``, not a British one, which ends an address:
# ``WV1 9SL IF YOU CAN``.)
# Between the street and its postal line, or between a British town and its postcode: a comma, a dash or a
# line break.
_BREAK: Final = r"(?:(?:\.?,)?[ \u00a0]|[ \u00a0][-–][ \u00a0]|[.,]?[ \t]*\r?\n[ \t]*)"
# A postcode of five digits may be followed by its town in lower case (``via roma 10, 00184 roma``); not one of
# four, which a year or an amount may be.
_POSTCODE_FIVE: Final = r"(?:[0-9]{3}[ \u00a0][0-9]{2}|[0-9]{5})"
_PREFIX_LOWER: Final = r"(?:[a-z]{1,2}-)"
# A British or Irish postcode in lower case (``n8 6hf``, ``v92 d8e1``), after a town or before one.
_POSTCODE_GB_IE_LOWER: Final = (
    r"(?:[a-z]{1,2}[0-9][a-z0-9]?[ \u00a0][0-9][a-z]{2}|[ac-fhknprtv-y][0-9][0-9w][ \u00a0][ac-fhknprtv-y0-9]{4})"
    r"(?![\w\-])"
)
# A Maltese postcode in lower case after its town (``san pawl il-baħar spb 1010``), not a phone's label.
_POSTCODE_MT_LOWER: Final = (
    r"(?!(?:tel|fax|mob|tlf|gsm|ref|pin|nip|ord|inv|acc|num|top|apt)[ \u00a0])[a-z]{3}[ \u00a0][0-9]{4}"
)
# A postcode of four digits (and a Dutch one's letters: ``2513ab den haag``), of five or six, of three on a line
# of its own or after a comma before a town of one word (``\n101 reykjavík``, ``, 200 kopavogur.``), with its dash
# (``1100-048``, ``02-143``) or its country's prefix (``lt-21101 trakai``, ``l-7501 mersch``), or a British or
# Irish one (``v92 d8e1 trá lí``), followed by a town of up to three words in lower case that ends the clause
# (``бул. витоша 12, 1000 софия``, ``vej 5, 8000 aarhus c.``, ``5, 565 06 bělá nad radbuzou``) or comes before a
# conjunction (``8011ab zwolle en daar``): not an amount, a count or a year (``1500 euro``, ``1200 people``, ``2023
# ho comprato casa``, ``300 kronor``), nor a phone's groups (``call 0316 123456 tomorrow``: not right after a
# number and a space, and no word of now for a town).
_THREE_BEFORE_TOWN: Final = (
    r"(?<=\n)[0-9]{3}|(?<=, )[0-9]{3}(?=[ \u00a0][^\W\d_]+[ \u00a0]*(?:[,;.!?\n]|$))"
    # (and one of four that reads as a year on a line of its own, or after a comma before a town of one word that
    # ends the clause: ``\n2080 ringsted``, ``, 2000 maribor.``)
    r"|(?<=\n)[0-9]{4}(?=[ \u00a0][^\W\d_]+(?:[ \u00a0][^\W\d_]+)?[ \u00a0]*(?:[,;.!?\n]|$))"
    r"|(?<=, )[0-9]{4}(?=[ \u00a0][^\W\d_]+[ \u00a0]*(?:[,;.!?\n]|$))"
)
_CLOSING: Final = (
    r"(?i:and|but|en|og|och|ja|a|e|et|und|y|i|és|ir|un|men|maar|mais|ma|aber|pero|mas|ale|ali|dar|ach|agus|takk|"
    r"tack|tak|thanks|merci|danke|kiitos|gaangen|ageschriwwen|geschéckt|gespeichert|geschickt|gestuurd|gegaan|an)"
    r"(?![\w\-'’])"
)
# ... a conjunction, a word of thanks or a verb's participle that closes the clause (not a town's word).
_CONJUNCTION: Final = rf"[ \u00a0]{_CLOSING}"
_LOWER_TOWNS: Final = (
    rf"(?<![0-9][ \u00a0])(?:(?!(?:19|20)[0-9]{{2}})[0-9]{{4}}(?:[ \u00a0]?[a-z]{{2}}(?=[ \u00a0]))?"
    rf"|[0-9]{{4}}-[0-9]{{3}}|[0-9]{{2}}-[0-9]{{3}}"
    rf"|{_POSTCODE_FIVE}|[0-9]{{6}}|{_THREE_BEFORE_TOWN}|{_PREFIX_LOWER}[0-9]{{3,6}}|{_POSTCODE_GB_IE_LOWER})"
    rf"{GAP}{NOT_TOWN}(?!{NOW}(?!\w)){LOWER_TOWN}"
    rf"(?:{GAP}(?:{TOWN_PARTICLE}{GAP})?(?!{_CLOSING}|{NOW}(?![\w\-])){LOWER_TOWN}){{0,2}}(?:{GAP}[^\W\d_]\.?)?"
    rf"(?=[ \u00a0]*(?:[,;!?)\n]|\.?[ \u00a0]*$|\.[ \u00a0\n])|{_CONJUNCTION}|{GAP}{NOW}(?![\w\-]))"
)
# The postal line, read in steps (a regex for each shape, the town read with the one ``TOWN`` regex after a
# postcode, ``TOWN`` and a break before a British, Irish or Maltese one: a single regex of every shape held five
# copies of ``TOWN`` and was the dearest of the detector to build). In this order: a postcode and a capitalized
# town (``1100 Lisboa``), one with its town in lower case (``1100-048 lisboa``), a marked postcode and maybe its
# town (``D-10115 Berlin``, ``1012 AB``), up to two towns and a British, Irish or Maltese postcode and maybe a town
# after an Irish one (``Kingfurt, WF11 9ZN``, ``F23 D7H4 Caisleán an Bharraigh``), the same in lower case, a town
# and a postcode with its country's prefix (``Luxembourg L-1234``).
# (The break's forms longest first, a label or none: each is tried, as the one regex would.)
_LEAD: Final = re.compile(r"(?:[ \u00a0][-–][ \u00a0]|[.,]?[ \t]*\r?\n[ \t]*|(?:\.?,)?[ \u00a0])")
_LABEL: Final = re.compile(POSTCODE_LABEL)
_CODE_PLAIN: Final = re.compile(rf"{POSTCODE_PLAIN}{GAP}{NOT_TOWN}")
_CODE_LOWER: Final = re.compile(rf"(?:{_LOWER_TOWNS}|{_POSTCODE_FIVE}{GAP}{NOT_TOWN}{LOWER_TOWN})(?![\w\-])")
_CODE_MARKED: Final = re.compile(POSTCODE_MARKED)
_TOWN_NEXT: Final = re.compile(rf"{GAP}{NOT_TOWN}")
_TOWN_AT: Final = re.compile(rf"{TOWN}(?![\w\-])")
_LOWER_TOWN_AT: Final = re.compile(rf"{LOWER_TOWN}(?![\w\-])")
# (A town's words may read as a postcode's letters, ``Sliema SLM 1540``: a postcode must follow it, or another
# town and then one.)
_TOWN_BREAK: Final = re.compile(
    rf"(?P<town>{TOWN}){_BREAK}(?=(?:[^\n,0-9]{{1,40}}?{_BREAK})?{POSTCODE_GB_IE_MT}|{COUNTRY_PREFIX}[0-9])"
)
_CODE_GB: Final = re.compile(POSTCODE_GB_IE_MT)
_TOWN_AFTER_GB: Final = re.compile(rf"(?<![ \u00a0][0-9][A-Z]{{2}}){GAP}")
_CODE_LOWER_GB: Final = re.compile(
    rf"(?:(?:{LOWER_TOWN}(?:{GAP}{LOWER_TOWN})?{_BREAK}){{1,2}}{_POSTCODE_GB_IE_LOWER}"
    rf"|{LOWER_TOWN}(?:{GAP}{LOWER_TOWN}){{0,2}}{GAP}{_POSTCODE_MT_LOWER})(?![\w\-])"
)
_PREFIX_CODE: Final = re.compile(rf",?{GAP}{COUNTRY_PREFIX}[0-9]{{4,5}}(?![\w\-])")
_ENDS: Final = re.compile(r"(?![\w\-])")


def postal_end(text: str, start: int) -> int | None:
    """Where the postal line right after ``start`` (a break, then a postcode and town) ends, if one is there."""
    lead = _LEAD.match(text, start)
    if lead is None:
        return None
    label = _LABEL.match(text, lead.end())
    for at in (lead.end(),) if label is None else (label.end(), lead.end()):
        end = _postal_at(text, at)
        if end is not None:
            return end
    return None


def _postal_at(text: str, at: int) -> int | None:
    """Where a postal line written at ``at`` (after its break and label) ends (a postcode of digits first, or of
    letters, or a town: each shape tried only where it can begin)."""
    first = text[at : at + 1]
    if not first.isalnum():
        return None
    if first.isdigit() or first.isupper():  # (a capital: a country's prefix, ``D-10115``)
        code = _CODE_PLAIN.match(text, at)
        town = _TOWN_AT.match(text, code.end()) if code is not None else None
        if town is not None:
            return town.end()
    if first.isdigit() or first.islower():  # (a lower-case prefix or a British or Irish postcode: ``lt-21101``)
        code = _CODE_LOWER.match(text, at)
        if code is not None:
            return code.end()
    if first.isdigit() or first.isupper():
        code = _CODE_MARKED.match(text, at)
        if code is not None:
            end = _town_after(text, code.end(), lower=True)
            if end is not None or _ENDS.match(text, code.end()) is not None:
                return end or code.end()
    return None if first.isdigit() else _towns_and_code(text, at)


def _town_after(text: str, end: int, lower: bool) -> int | None:
    """Where a town after a postcode ending at ``end`` ends (capitalized, or in lower case if ``lower``)."""
    gap = _TOWN_NEXT.match(text, end)
    if gap is None:
        return None
    town = _TOWN_AT.match(text, gap.end()) or (_LOWER_TOWN_AT.match(text, gap.end()) if lower else None)
    return None if town is None else town.end()


def _towns_and_code(text: str, at: int) -> int | None:
    """Where up to two towns and a British, Irish or Maltese postcode (a town after an Irish one), the same in lower
    case, or a town and a postcode with its country's prefix, written at ``at``, end."""
    starts = [at]
    first_town = None
    for _ in range(2):
        town = _TOWN_BREAK.match(text, starts[-1])
        if town is None:
            break
        first_town = first_town or town
        starts.append(town.end())
    for begin in reversed(starts):
        code = _CODE_GB.match(text, begin)
        if code is None:
            continue
        after = _TOWN_AFTER_GB.match(text, code.end())
        town = _TOWN_AT.match(text, after.end()) if after is not None else None
        if town is not None:
            return town.end()
        if _ENDS.match(text, code.end()) is not None:
            return code.end()
    code = _CODE_LOWER_GB.match(text, at)
    if code is not None:
        return code.end()
    prefixed = _PREFIX_CODE.match(text, first_town.end("town")) if first_town is not None else None
    return None if prefixed is None else prefixed.end()


# Hungarian: the postcode (its country prefix too) and town before the street, the town in any case after a prefix.
POSTAL_BEFORE: Final = re.compile(
    rf"(?<![\w.,\-])(?:[0-9]{{4}}{GAP}{NOT_TOWN}{TOWN}|(?i:[a-z]-)[0-9]{{4}}{GAP}{NOT_TOWN}{ANY_WORD})"
    r"(?:,?[ \u00a0]|[ \t]*\r?\n[ \t]*)$"
)


# The flat or floor after a street's number, looked for once here rather than inside every street shape.
#: A flat or floor after a house number, compiled once (it may be empty).
FLOOR_AT: Final = re.compile(FLOOR)


def with_postal(text: str, start: int, end: int) -> PiiSpan:
    """The street ``text[start:end]`` with its flat or floor (``FLOOR``) and the postcode and town right after it
    (on its line or the next), or right before it as Hungarians write them (``1051 Budapest, Nádor utca 12``)."""
    floor = FLOOR_AT.match(text, end)
    end = floor.end() if floor is not None else end
    while end > start and text[end - 1] in ",. ":
        end -= 1
    end = end_with_dot(text, start, end)
    postal = postal_end(text, end)
    if postal is not None and _counted(text, end, postal):
        postal = None  # ``Via Roma 10, 1200 people``: a count, not a postcode and town (looked for here)
    if postal is not None:
        end = sentence_end(text, start, _town_end_in_capitals(text, end, postal))
    else:
        end = sentence_end(text, start, end)
        before = POSTAL_BEFORE.search(text, max(0, start - 48), start)
        start = before.start() if before is not None else start
    return PiiSpan(start, end, ADDRESS, SOURCE_BUILTIN, 0.9)


# In capitals the words after a town read as its own: it ends before a conjunction, a word of thanks or a verb's
# participle (``39975 CANTABRIA Y YA NO VIVO AHI``, ``8068ZW ZELHEM EN DAAR``, ``L-4701 PETANGE GAANGEN``), a
# word of now, a relative pronoun or a preposition that leads on to the rest of the sentence (``40160 BORLÄNGE
# FRÅN OCH MED NU``, ``7755 LIE SOM ER FEIL``), or a dash between spaces (``512 95 ΡΟΔΟΣ – ΕΤΣΙ ΓΡΑΦΕΤΑΙ``); not
# a word that is a town too (``608 58 MOST``, ``35042 ESTE``).
# (Not the Irish article, which a town's name holds too: ``CAISLEÁN AN BHARRAIGH``.)
_LEADS_ON: Final = (
    r"(?i:som|från|fra|from|where|which|who|que|qui|où|che|dove|waar|wo|który|która|które|gdzie|kde|kjer|gdje|ahol|"
    r"unde|където|όπου|που|jossa|missä|kus|kur|þar|sem|hvor|där|ist|is|er|är|est|es|è|je|jest|to|please|"
    r"bitte|prosím|prosim|proszę|prosze|molim|kérem|lūdzu|prašau|palun|παρακαλώ|моля|por|per|pour|für|fejn|wou|"
    r"címre|címen|címemre|címünkre)(?![\w\-'’])"
)
_CLOSING_AT: Final = re.compile(
    rf"[ \u00a0](?!(?i:an)[ \u00a0])(?:{_CLOSING}|{NOW}(?![\w\-'’])|{_LEADS_ON})|[ \u00a0][-–—][ \u00a0]"
)
_LAST_DIGIT: Final = re.compile(r"[0-9](?=[^0-9]*\Z)")
# After the house number, a long word and a dot, then a capitalized word: a sentence ends there (``135, rue Dicks.
# Schéckt …``, ``95409 Lund. Tack``), not an abbreviation's dot (``Str.``, ``Sv.``).
_SENTENCE_END: Final = re.compile(rf"(?<=[^\W\d_]{{4}})(?<!str)\.(?=[ \u00a0]+[{UPPER}][^\W\d_])")


def _town_end_in_capitals(text: str, start: int, end: int) -> int:
    """Where the postal line ``text[start:end]`` ends: before a closing word after its postcode when in capitals."""
    if any(char.islower() for char in text[start:end]):
        return end
    digit = _LAST_DIGIT.search(text, start, end)
    closing = _CLOSING_AT.search(text, start if digit is None else digit.end(), end)
    end = end if closing is None else closing.start()
    return end if digit is None else town_end(text, digit.end(), end)


def sentence_end(text: str, start: int, end: int) -> int:
    """Where an address ``text[start:end]`` ends: before a sentence's closing dot after its last number."""
    digit = _LAST_DIGIT.search(text, start, end)
    dot = _SENTENCE_END.search(text, start if digit is None else digit.end(), end)
    return end if dot is None else dot.start()


_DIGITS: Final = re.compile(r"[0-9]+")


def _counted(text: str, start: int, end: int) -> bool:
    """Whether the first number of the postal line ``text[start:end]`` is followed by a count word."""
    digits = _DIGITS.search(text, start, end)
    return digits is not None and COUNTED.match(text, digits.end()) is not None


def has_town(postal: str) -> bool:
    """Whether a postal line holds a postcode and a town (``, 110 00 Praha``), not a postcode alone."""
    return any(char.isdigit() for char in postal) and any(char.isalpha() for char in postal)
