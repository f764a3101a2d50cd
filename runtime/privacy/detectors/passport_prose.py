"""Passport numbers a message talks about without labelling them (``the agency wants my passport number for the
cruise – KV3327278``, ``nový pas? … starý BY1369887 mi propadl``).

A code in a passport number's common shape (one or two letters, then seven or eight digits: ``KV3327278``,
``N44609453``) is a passport number when a passport word of a market language (in its cases: ``паспорта``,
``vegabréfsnúmeri``, ``útlevél``, ``pasu``) stands before it on the same line, within a sentence or two, and no
order's, parcel's or booking's word stands right before it. The shape alone is an order's or a parcel's code, so
the word is needed; the word alone labels nothing (``labelled_ids`` reads a number right after it). A code that is
a line's value (a scanned passport's lines, a pasted record) needs the word anywhere in the message.
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.types import PASSPORT, SOURCE_BUILTIN, PiiSpan

# One or two letters and seven or eight digits, standing alone (not a part of a longer code, an amount or a date),
# in one case (``kv3327278`` in a message typed in lower case).
_CODE: Final = re.compile(r"(?<![^\W_]|[+./\-#])(?:[A-Z]{1,2}|[a-z]{1,2})[0-9]{7,8}(?![^\W_]|[.,/\-:][0-9A-Za-z])")
# Passport words in their cases, lower case (whole words, any case).
_WORDS: Final = (
    r"passports?", r"passport'?s", r"(?:reise)?pass(?:es|nummer|-?nr)?", r"reisepässe", r"rejsepas(?:set|nummer)?",
    r"pas(?:set|sets|nummer(?:et)?|nr)", r"pass(?:et|ets|nummer(?:et)?|numret|numrets)",  # da nb nn sv
    r"paspoort(?:nummer)?", r"passeports?", r"pasaportes?", r"passaportes?", r"passaport[oi]?",  # nl fr es pt it mt
    r"pa[sșş]ap[oa]rt(?:ul|ului|ele|e)?", r"paszport(?:u|em|y|ów|owy|owego)?",  # ro pl
    r"pas(?:u|em|y|ov|e|om)?", r"cestovn[íiýy]\w{0,3} (?:pas\w{0,3}|doklad\w{0,3})",  # cs sk
    r"potn\w{1,3} list\w{0,3}", r"putovnic[aeiu]\w{0,2}", r"paso[šs]\w{0,2}",  # sl hr
    r"[úu]tlev[ée]l\w{0,8}", r"passi(?:n|ni|si|a|ssa|sta|lla|in)?", r"passinumero\w{0,4}",  # hu fi
    r"pass(?:i|is|ile|ist|inumber\w{0,4})", r"pase(?:s|i)?", r"pasi", r"pasē", r"pas(?:as|o|ą|e)",  # et lv lt
    r"διαβατ[ηή]ρι\w{0,3}", r"паспорт\w{0,4}", r"pasport\w{0,3}", r"vegabr[ée]f\w{0,10}", r"b?ph?as",  # el bg is ga
    r"travel document", r"reisedokument\w{0,2}", r"document de voyage", r"documento de viaje",
)  # fmt: skip
_WORD: Final = re.compile(r"(?<![^\W_])(?:" + "|".join(_WORDS) + r")(?![^\W_])", re.IGNORECASE)
# Another thing's code: an order's, a parcel's, a bill's, a booking's or a case's word a few words before it
# (``the passport photo is ready, order AB1234567 ships``), stems in the market's languages.
_OTHER_THING: Final = re.compile(
    r"(?<![^\W_])(?:order|ref|tracking|invoice|booking|ticket|case|bestell|auftrag|sendung|rechnung|buchung|"
    r"commande|colis|facture|r[ée]servation|dossier|pedido|encomenda|factura|fatura|reserva|ordine|fattura|"
    r"spedizion|prenotazion|pratica|bestelling|factuur|zending|boeking|zam[óo]wieni|przesy[łl]k|faktur|rezerwacj|"
    r"objedn[áa]v|z[áa]silk|rezervac|rendel[ée]s|csomag|sz[áa]ml|foglal[áa]s|comand|colet|rezervar|поръчк|пратк|"
    r"фактур|резерваци|παραγγελ|δέμα|δεμα|τιμολ|κράτησ|tilau|l[äa]hetys|lasku|varau|tellimus|pakk|arve|broneering|"
    r"pas[ūu]t[īi]jum|s[ūu]t[īi]jum|r[ēe]ķin|rezerv[āa]cij|u[žz]sakym|siunt|s[ąa]skait|rezervacij|narud[žz]b|"
    r"po[šs]iljk|ra[čc]un|naro[čc]il|ordni|ordre|forsendelse|pakke|best[äa]llning|f[öo]rs[äa]ndelse|bokning|"
    r"p[öo]ntun|sending|reikning|b[óo]kun|suivi|seguimiento|tracciamento|track|trace|voucher|coupon|gutschein|"
    r"referenc|refer[êe]nc|riferiment|viite|atsauc|nuorod|hivatkoz|referin[tț]|референц|αναφορ|code|kod|k[óo]d|код|"
    r"проследяв)[^\W\d_]*(?:[\s:#.°º№]+[^\W\d_]{1,12}){0,2}[\s:#.°º№]+\Z",
    re.IGNORECASE,
)
# French "ne … pas" / "n'… pas": the negation, not a passport.
_NEGATION: Final = re.compile(r"(?<![^\W_])n(?:e|['’])(?:\s*[^\W\d_]+){0,3}\s+\Z", re.IGNORECASE)
#: How far before the code a passport word may stand (a sentence or two of a message; a word after the code is
#: ``labelled_ids``'s ``AB1234567 is my passport number`` only: ``Ref AB1234567 for the passport photo`` is a code).
REACH_BEFORE: Final = 160


def _passport_word(text: str, start: int, end: int) -> bool:
    """Whether a passport word (no French negation's ``pas``) stands in ``text[start:end]``."""
    for word in _WORD.finditer(text, start, end):
        if word.group().lower() != "pas" or _NEGATION.search(text, max(0, word.start() - 40), word.start()) is None:
            return True
    return False


def another_things_code(text: str, start: int) -> bool:
    """Whether an order's, a parcel's, a bill's or a booking's word stands a few words before ``start`` (on its
    line): the code there is that thing's."""
    line_start = text.rfind("\n", 0, start) + 1
    return _OTHER_THING.search(text, max(line_start, start - 40), start) is not None


def mentions_passport(text: str) -> bool:
    """Whether a passport word of a market language stands anywhere in ``text``."""
    return _passport_word(text, 0, len(text))


def ends_line(text: str, end: int) -> bool:
    """Whether only spaces follow ``end`` on its line: the code is a line's value (a scanned or pasted record)."""
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end < 0 else line_end].strip()


def detect(text: str, taken: list[PiiSpan]) -> list[PiiSpan]:
    """The passport-shaped codes of ``text`` a passport word stands near, on the same line; none inside ``taken``.
    A code that ends its line (a pasted or scanned record's value: ``ROU\\nPREDA\\nMARCEL\\n08.09.1970\\nY69615198``,
    ``N.º Documento\\tYR7567340``) needs the passport word anywhere in the message, before or after it."""
    spans: list[PiiSpan] = []
    for code in _CODE.finditer(text):
        start, end = code.span()
        if any(s.start < end and start < s.end for s in taken):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        before = max(line_start, start - REACH_BEFORE)
        near = _passport_word(text, before, start) or (ends_line(text, end) and mentions_passport(text))
        if near and not another_things_code(text, start):
            spans.append(PiiSpan(start, end, PASSPORT, SOURCE_BUILTIN))
    return spans
