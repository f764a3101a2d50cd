"""Identifiers introduced by their label (``NIF 123 456 780``, ``numéro de sécurité sociale 2 91 …``).

After its label in a market language, a number or code of the right length is that identifier even when
its check digits fail (a typo is still the person's number): it is pseudonymized as the label's type. The
value is the run of letter-and-digit groups (single spaces, dots, dashes or slashes between them) right
after the label and a few filler words (``n.º``, ``:``, ``is``, ``é``…), as long as it fits the type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from runtime.privacy import types as t
from runtime.privacy.detectors import passport_prose
from runtime.privacy.detectors.columns import camel_case_fields, cells
from runtime.privacy.detectors.label_index import LabelIndex
from runtime.privacy.detectors.scan import TextScan
from runtime.privacy.types import SOURCE_BUILTIN, PiiSpan


@dataclass(frozen=True, slots=True)
class ValueShape:
    """What a labelled value of a type looks like: letters and digits counted, letters allowed."""

    entity_type: str
    min_chars: int
    max_chars: int
    letters: bool = False


def _s(entity_type: str, low: int, high: int, letters: bool = False) -> ValueShape:
    return ValueShape(entity_type, low, high, letters)


#: Labels (lower case, as regexes) and the value shapes they introduce, tried in order (at one position
#: the first label that matches wins: longer labels sharing a word come first).
LABELS: Final[tuple[tuple[tuple[str, ...], tuple[ValueShape, ...]], ...]] = (
    (("iban",), (_s(t.IBAN, 15, 34, True),)),
    (
        (
            r"passport(?: number| no\.?)?", r"reisepass(?:nummer|-?nr\.?|et|es|ses)?", r"rejsepas(?:nummer|set)?",
            r"pass(?:-?nummer(?:et|s)?|numret|numrets|[- ]?nr\.?)", r"pass(?:et|ets)(?: nummer)?",  # de lb sv nb nn
            r"passaporte", r"pasaporte", r"passeport", r"passaporto", r"paszpor(?:t|tu|tem|cie|ty|tów)",
            r"paszp\.", r"διαβ\.", r"vegabr\.", r"paspoortnr\.?", r"cestovn[ií]ho pasu",
            r"cestovn[ií] pas", r"cestovn[ýy] pas", r"pasu", r"paspoort(?:nummer)?",
            r"pas(?:-?nummer(?:et)?|sets?|[- ]?nr\.?)",  # nl da
            r"passi(?:ni|n|si)?(?: numero)?", r"passinumero", r"passi(?:lla|ssa|iin)(?:ni|si)?",  # fi
            r"passi ?numb(?:er|ri|rit|riga)", r"passi(?:s|ga)",  # et
            r"[úu]tlev[eé]l(?:sz[áa]m(?:om|a|ot)?|em|e|[ée]nek|emet)?",
            r"pa[sșş]aport(?:ul|ului)?", r"pas[ąe] ?numer(?:is|į|io|iu)", r"pas[ąe]", r"paso numer(?:is|į|io|iu)",  # lt
            r"pases(?: numur[suaā])?", r"pasē",  # lv
            r"putovnic(?:a|e|u|om|i)", r"potn(?:i|ega|em|im) list(?:a|u|om)?", r"potn(?:a|e|o|i) listin(?:a|e|o|i)",
            # a travel document: "Cestovní doklad č.:", "travel document no."
            r"cestovn(?:[ií]|[ýy]|[ée]ho) doklad(?:u|em)?", r"travel document(?: number| no\.?)?",
            r"reisedokument(?:s|es|nummer)?", r"document de voyage", r"documento de viaje",
            r"διαβατ[ηή]ρ(?:ιο|ίου|ιου)", r"паспорт(?:а|ът)?", r"pasport(?:a|at|ut)?", r"passaport",
            r"vegabr[ée]f(?:sn[úu]mer(?:i[ðd])?|i[ðd]|sins|inu|i)?",
            r"(?:uimhir|uimh\.?) (?:mo |an |a )?p?h?as",  # ga
            # short or common words ("pas", "pass"): only with a number word or a colon after them
            r"(?:pass|pas|pasas|paso|pase|phas)(?=[\s,]*(?:[^\W\d_]+(?:\s+|(?=:))){0,3}?(?::|#|№|\(|(?:nr|no|n[º°o]|č|št|br|nru|numeris|"
            r"numurs|nummer|number|numero|uimh(?:ir)?|har nummer)(?![^\W_])))",
            # or after a possessive: "mit pas", "mano pasas", "mana pase", "mo phas", "mäi Pass", "minu pass"
            r"(?:mi[nt]t?|mine|minu|minun|my|meng|mengem|mäi|mana|mano|mo|mój|můj|môj|moj|mein|meinen|meinem|"
            r"dit|ditt|din|your|tavo|tava|jūsų|jūsu|teie|sinu)(?: [^\W\d_]{2,12})? (?:pass|pas|pasas|pase|phas|passi)",
            # or right before a passport number's shape: one or two letters and seven or eight digits, in capitals or
            # in a message typed in lower case (``pas ab1234567``)
            r"(?:pass|pas|pasas|paso|pase|phas)(?=\s+[A-Za-z]{1,2}[0-9]{7,8}(?![^\W_]))",
            # or a word (the issuing country's) and such a number after them (``Pas Éireannach KH1234567``)
            r"(?:pass|pas|pasas|paso|pase|phas)(?=\s+[^\W\d_]{3,15}\s+[A-Za-z]{1,2}[0-9]{6,8}(?![^\W_]))",
            # or after a preposition of travelling with it: "ar pasi", "su pasu", "mam Pass", "på pass 38624127" (not
            # "boarding pass 123456789")
            r"(?:ar pasi|su pasu|mam pass|(?:på|on|with|med|met|mit|mat) (?:pass|pas))",
            r"pasas(?=\s+[0-9]{7,9}(?![^\W_]|[.,/\-][0-9]))",  # lt, with digits only: "Lietuvos pasas 94841935"
        ),
        (_s(t.PASSPORT, 6, 10, True),),
    ),
    ((r"cart[aã]o de cidad[aã]o",), (_s(t.CC_PT, 11, 13, True),)),  # before the card labels: "cartão"
    # before the card labels: "karta", "card"
    ((r"karta tal-identit[aà]", r"id card(?: number)?", r"identity card(?: number)?"), (_s(t.ID_MT, 5, 9, True),)),
    (
        (
            r"(?:credit |debit |payment )?card", r"cart[aã]o(?: de (?:cr[eé]dito|d[eé]bito))?",
            r"tarjeta(?: de (?:cr[eé]dito|d[eé]bito))?", r"carte(?: bancaire| bleue| de cr[eé]dit)?",
            r"(?:kredit|bank|debit)?karte", r"carta(?: di credito)?", "creditcard", "bankpas", "betaalpas",
            r"karta(?: kredytowa| płatnicza| platnicza)?", r"kredit ?kort", "kortnummer", "luottokortti",
            "pankkikortti", r"platební karta|platobná karta", r"kartica", r"κάρτα|καρτα", r"bankkártya|kártya",
            "cardul", "kort",
        ),
        (_s(t.CARD, 12, 19),),
    ),
    (("nif",), (_s(t.NIF_PT, 9, 9), _s(t.DNI_ES, 9, 9, True), _s(t.NIF_FR, 13, 13))),
    ((r"n[uú]mero de contribuinte", "contribuinte"), (_s(t.NIF_PT, 8, 10),)),
    (("dni", r"documento nacional de identidad"), (_s(t.DNI_ES, 8, 10, True),)),
    (("nie",), (_s(t.NIE_ES, 8, 10, True),)),
    ((r"n[uú]mero de (?:la )?seguridad social", "nss", r"n[uú]mero de afiliaci[oó]n"), (_s(t.NSS_ES, 10, 13),)),
    ((r"(?:num[eé]ro de )?s[eé]curit[eé] sociale", "nir", r"n° ss", r"no ss"), (_s(t.NIR_FR, 13, 16, True),)),
    ((r"num[eé]ro fiscal", r"num[eé]ro spi"), (_s(t.NIF_FR, 12, 14),)),
    (
        (r"steuer-?id(?:entifikationsnummer)?", r"steueridentifikationsnummer", "idnr", r"identifikationsnummer"),
        (_s(t.STEUER_ID_DE, 10, 12),),
    ),
    (("steuernummer", r"st\.-?nr\.?"), (_s(t.STNR_DE, 10, 13),)),
    (
        (r"sozialversicherungsnummer", r"sv-?nummer", r"rentenversicherungsnummer", r"versicherungsnummer"),
        (_s(t.SVNR_DE, 12, 12, True), _s(t.SVNR_AT, 9, 11)),
    ),
    ((r"codice fiscale", "cf"), (_s(t.CODICE_FISCALE_IT, 15, 17, True),)),
    (("bsn", "burgerservicenummer", "sofinummer"), (_s(t.BSN_NL, 8, 10),)),
    (("pesel",), (_s(t.PESEL_PL, 10, 12),)),
    (("nip",), (_s(t.NIP_PL, 9, 11),)),
    ((r"person(?:nummer|nr)", r"personnr\.?"), (_s(t.PERSONNUMMER_SE, 10, 12),)),
    ((r"cpr(?:-nummer| nr\.?)?",), (_s(t.CPR_DK, 9, 11),)),
    ((r"f[øo]dselsnummer", "fnr"), (_s(t.FODSELSNUMMER_NO, 10, 12),)),
    (
        (r"henkil[öo]tunnu(?:s|kseni|ksesi|ksen|kseen)", "hetu", r"sosiaaliturvatunnu(?:s|kseni|ksen)"),
        (_s(t.HETU_FI, 10, 12, True),),
    ),
    ((r"rodn[eé] [čc][ií]slo", "rč"), (_s(t.RC_CZ, 9, 11),)),
    ((r"cnp(?:-ul)?", r"cod(?:ul)? numeric personal"), (_s(t.CNP_RO, 12, 14),)),
    (("oib",), (_s(t.OIB_HR, 10, 12),)),
    (("amka", "αμκα"), (_s(t.AMKA_GR, 10, 12),)),
    (("afm", "αφμ"), (_s(t.AFM_GR, 8, 10),)),
    ((r"ppsn?(?: number)?", r"personal public service number"), (_s(t.PPS_IE, 8, 9, True),)),
    (("egn", "егн"), (_s(t.EGN_BG, 9, 11),)),
    (("лнч", "lnch"), (_s(t.LNCH_BG, 9, 11),)),
    (("emšo", "emso"), (_s(t.EMSO_SI, 12, 14),)),
    (("isikukood",), (_s(t.IK_EE, 10, 12),)),
    ((r"asmens kodas",), (_s(t.ASMENS_KODAS_LT, 10, 12),)),
    ((r"personas kods",), (_s(t.PK_LV, 10, 12),)),
    (("kennitala", r"kt\."), (_s(t.KENNITALA_IS, 9, 11),)),
    (("matricule",), (_s(t.MATRICULE_LU, 12, 14),)),
    (
        (
            # (accents typed or not: "taj szamom")
            r"taj(?:[ -]?(?:sz[áa]m(?:om|a|ot|omat|[áa]t|[úu])?|k[áa]rty[áa](?:m|n|ja|mon|j[áa]n)|k[áa]rtya"
            r"|sz[áa]mmal))?",
            r"t[áa]rsadalombiztos[íi]t[áa]si (?:azonos[íi]t[óo] jel(?:em|e|et|[ée]t)?|sz[áa]m(?:om|a)?)",
            r"tb[ -]?sz[áa]m(?:om|a)?",
        ),
        (_s(t.TAJ_HU, 9, 9),),
    ),
    ((r"adóazonosító(?: jel)?", "adoazonosito"), (_s(t.ADOAZONOSITO_HU, 9, 11),)),
    ((r"ahv(?:-nummer)?", r"avs", r"(?:num[eé]ro )?avs"), (_s(t.AHV_CH, 12, 14),)),
    ((r"nhs(?: number| no\.?)?",), (_s(t.NHS_GB, 9, 11),)),
    ((r"national insurance(?: number)?", r"ni number", "nino"), (_s(t.NINO_GB, 9, 9, True),)),
    (("utr",), (_s(t.UTR_GB, 10, 10),)),
    (
        (r"rijksregisternummer", r"num[eé]ro (?:de registre )?national", "insz", r"registre national"),
        (_s(t.RRN_BE, 10, 12),),
    ),
    (("niss",), (_s(t.NISS_PT, 11, 11), _s(t.RRN_BE, 11, 11))),
    (("tic", "αφτ"), (_s(t.TIC_CY, 8, 10, True),)),
    (("peid",), (_s(t.PEID_LI, 5, 12),)),
)  # fmt: skip

_SHAPES: Final = [shapes for _, shapes in LABELS]
# Each word is tried against the labels that can start with its letter (group ``l{i}``: ``LABELS[i]``).
_LABELS: Final = LabelIndex([labels for labels, _ in LABELS])
# Words and signs between a label and its value: "NIF n.º", "DNI:", "PESEL to", "BSN is", "número de CPR", and those
# of pasted data ("passport_number": "...", passaporte;...).
_FILLER: Final = re.compile(
    r"(?:[\s:#=\-_\"';|(,]*(?:n\.?\s?[º°o]\.?|nr\.?|no\.?|num\.?|number|n[uú]mero|num[eé]ro|nummer|numer|[čc][ií]slo|"
    r"[čc]\.|n\.|br\.?|št\.?|αρ\.?|αριθμός|№|nru\.?|numer(?:is|į|io|iu)|numur[suaā]|numbri(?:t|ga)?|száma|har|"
    r"numeroni|numerosi|nummeret|numret|mitt|mit|mine|minu|"
    r"ми|е|tiegħi|ná|"
    r"sz[áa]m(?:om|a)?|is|es|é|e|est|ist|è|on|er|är|je|jest|to|ir|är|da|do|del|de|du|der|van|minha|meu|mi|mon|ma|mein|meine|"
    r"mio|mia|mijn|moje|mój|min|mitt|le|la|il|lo|el|o|a|az|het|die|das|den|lautet|este|ul|mea|yra|είναι|μου|"
    r"ο|η|το|hu|huwa|ir|ass|ná|har|huet|hat|has|d|uimh\.?|uimhir|номер|nomer)(?![^\W_]))*[\s:#=\-\"';|(,]*",
    re.IGNORECASE,
)
_GROUP: Final = re.compile(r"[^\W_]+")
_WORD_START: Final = re.compile(r"(?<![^\W_])[^\W\d_]")
_JOIN: Final = frozenset(" .-/\u00a0")
_DIGIT_GROUPS: Final = re.compile(r"[0-9]+(?:[ .\-/\u00a0][0-9]+)*")
#: How far before the digits a label may start (the longest label and its fillers).
LOOK_BACK: Final = 48


def _value_end(text: str, start: int, shape: ValueShape) -> tuple[int, int]:
    """``(end, letters and digits)`` of the longest run of groups from ``start`` that ``shape`` allows; the count
    is -1 when a number of digit groups goes on past the shape's length (``Pas: 2291 7728 9347 4815`` is a card
    number, not a passport number and the rest)."""
    end, count, position = start, 0, start
    while True:
        group = _GROUP.match(text, position)
        if group is None:
            break
        token = group.group()
        has_digit = any(c.isdigit() for c in token)
        letters_only_word = not has_digit and (
            not shape.letters
            or len(token) > 4
            or not (token.isupper() or (shape.entity_type == t.PASSPORT and _lower_prefix(text, start, group)))
        )
        if (not token.isascii() and not has_digit) or letters_only_word:
            break
        if has_digit and not shape.letters and not token.isdigit():
            break
        if count + len(token) > shape.max_chars:
            cut = position > start and token.isdigit() and _DIGIT_GROUPS.fullmatch(text, start, end) is not None
            return end, -1 if cut else count
        count += len(token)
        end = group.end()
        if end < len(text) and text[end] in _JOIN and end + 1 < len(text) and text[end + 1].isalnum():
            position = end + 1
        else:
            break
    return end, count


def _lower_prefix(text: str, start: int, group: re.Match[str]) -> bool:
    """Whether a word of one to three letters in lower case opens a value and digits follow it (``paszport nr ab
    1234567``: a passport number typed in lower case)."""
    end = group.end()
    return (
        group.start() == start
        and len(group.group()) <= 3
        and text[end : end + 1] in _JOIN
        and (text[end + 1 : end + 2].isdigit())
    )


def _label_index(match: re.Match[str]) -> int:
    """The index in ``LABELS`` of the label that matched."""
    return int(next(name for name, value in match.groupdict().items() if value is not None)[1:])


def _labelled_value(text: str, match: re.Match[str]) -> PiiSpan | None:
    """The value a label introduces, as a span of the first shape it fits; None when none fits."""
    ending = _CASE_ENDING.match(text, match.end())
    after = ending.end() if ending is not None else match.end()
    start = _FILLER.match(text, after).end()  # type: ignore[union-attr]  # matches the empty string
    index = _label_index(match)
    span = _value_at(text, start, index)
    if span is None and _SHAPES[index][0].entity_type == t.PASSPORT:
        span = _passport_after_words(text, start)
    elif span is None and (whose := _WORDS_THEN_CODE[2].match(text, start)) is not None:
        span = _value_at(text, whose.end(), index)  # ``NIF dele: …``, ``NIF da fatura: …``: whose number it is
    return span


# A passport number a word or two after its label (``Passaporte português n.º CB123456``, ``Reisepass (deutsch):
# C01X00T47``): letters and at least five digits in one code, so that a date or an amount is never taken.
_WORD_THEN: Final = r"(?:\(?[^\W\d_]{1,12}\)?\.?[\s:,]+)"
_NUMBER_WORD: Final = r"(?P<number>(?:n\.?\s?[º°o]|nru|nr|no|br|č|št|номер)\.?\s*)?"
# (one word, then two: the second word may be a number word; or up to three words and a colon: whose passport it is,
# ``Der Reisepass meiner Frau: …``, ``Pas manželky: …``)
_WORDS_THEN_CODE: Final = (
    re.compile(_WORD_THEN + _NUMBER_WORD),
    re.compile(_WORD_THEN + "{2}" + _NUMBER_WORD),
    re.compile(r"(?:[^\W\d_]{1,12}[\s'’]+){0,2}[^\W\d_]{1,12}\s*:\s*(?P<number>)"),
)
# After a number word or a colon, a number of digits only (``Pașaport românesc nr. 231677396``, ``Passaport Malti nru
# 4248092``) or letters and at least one digit (``Der Reisepass meiner Frau: NMPX1XG0S``).
_PASSPORT_DIGITS: Final = re.compile(
    r"(?:[0-9]{7,9}|(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{6,10})(?![^\W_]|[.,/\-][0-9])"
)
_PASSPORT_CODE: Final = re.compile(r"(?=[0-9]*[A-Za-z])(?=(?:[A-Za-z]*[0-9]){5})[A-Za-z0-9]{6,10}(?![^\W_])")


def _passport_after_words(text: str, start: int) -> PiiSpan | None:
    """A passport-like code (letters and digits; digits only after a number word) one or two words after a passport
    label, or None."""
    for pattern in _WORDS_THEN_CODE:
        words = pattern.match(text, start)
        if words is None:
            continue
        code = _PASSPORT_CODE.match(text, words.end())
        if code is None and words.group("number") is not None:
            code = _PASSPORT_DIGITS.match(text, words.end())
        if code is not None and not passport_prose.another_things_code(text, code.start()):
            return PiiSpan(code.start(), code.end(), t.PASSPORT, SOURCE_BUILTIN)
    return None


# A case ending joined to a word by a hyphen or a colon (Hungarian ``IBAN-om``, ``3016-tal``; Finnish ``IBAN:iin``):
# the label's or the value's grammar, no part of the value (one check letter after a value's digits is its own:
# ``12.345.678-Z``).
_CASE_ENDING: Final = re.compile(r"[\-:][^\W\d_]{2,5}(?![^\W_])")
_VALUE_CASE_ENDING: Final = re.compile(r"(?<=[0-9])-[^\W\d_]{3,5}\Z")


# A date after a passport word is its expiry, no number (``útlevelem 2027.05.12-én lejár``).
_DATE_SHAPE: Final = re.compile(r"[0-9]{1,4}[./\-][0-9]{1,2}[./\-][0-9]{1,4}\.?")


def _value_at(text: str, start: int, index: int) -> PiiSpan | None:
    """The value at ``start`` as a span of the first shape of ``LABELS[index]`` it fits; None when none fits."""
    for shape in _SHAPES[index]:
        end, count = _value_end(text, start, shape)
        ending = _VALUE_CASE_ENDING.search(text, start, end)
        if ending is not None:
            end, count = ending.start(), count - (ending.end() - ending.start() - 1)
        digits = sum(c.isdigit() for c in text[start:end])
        # (a passport number may hold mostly letters: ``CUDH2JA4F``, ``KHSLJE94``)
        if shape.entity_type == t.PASSPORT:
            enough = digits >= 1 and _DATE_SHAPE.fullmatch(text, start, end) is None
        else:
            enough = digits * 3 >= count
        if shape.min_chars <= count and enough and (end >= len(text) or not text[end].isalnum()):
            return PiiSpan(start, end, shape.entity_type, SOURCE_BUILTIN)
    return None


def detect(text: str, scan: TextScan) -> list[PiiSpan]:
    """Spans of the values introduced by an identifier's label (``text``: the message as written).

    Labels are tried only where a word starts, near the message's digits (a label's value holds digits).
    """
    spans: list[PiiSpan] = []
    searched = 0
    for window_start, window_end in scan.windows:
        for word in _WORD_START.finditer(text, max(searched, window_start - LOOK_BACK), window_end):
            if word.start() < searched:
                continue  # inside the label found last ("sécurité sociale" of "numéro de sécurité sociale")
            match = _LABELS.match(text, word.start())  # a label may run past the window's end
            if match is None or _negation(text, match):
                continue
            searched = match.end()
            span = _labelled_value(text, match)
            if span is not None:
                spans.append(span)
        searched = max(searched, window_end)
    if not scan.windows:
        return spans
    spans += _column_values(text) + _passports_before_label(text, scan, spans)
    return spans + passport_prose.detect(text, spans)


_PASSPORT_INDEX: Final = next(i for i, (_, shapes) in enumerate(LABELS) if shapes[0].entity_type == t.PASSPORT)
# A passport number written before its label (``AB1234567 is my passport number``, ``X846Z16T ass meng
# Passnummer``): letters and digits, or seven to nine digits, then up to five words before a passport word.
_CODE_BEFORE: Final = re.compile(
    r"(?<![^\W_]|[+./\-])(?:(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{6,10}|[0-9]{7,9})(?![^\W_]|[.,/\-:][0-9])"
)
# (on the code's own line: ``Uimhir PSP: 9858012U`` over ``Pas: TR8343998`` is a column of labelled values, the
# code the line above's)
_WORDS_BEFORE_LABEL: Final = re.compile(r"[ \t\u00a0,]+(?:[^\W\d_]+[ \t\u00a0\-'’]+){0,5}")
_BEFORE_LABEL_WORDS: Final = 6
#: The only words that may stand between such a number and its label: "is", "my", "the", "number", "of" in the
#: market's languages (``… is my passport number``, ``… je číslo mého pasu``, ``… huwa n-numru tal-passaport``), so
#: that ``AB1234567 for the passport photo`` stays an order's code.
_BEFORE_LABEL_GAP: Final = frozenset(
    "is my the our his her its number no nr ist meine mein meines meiner die der das nummer est mon ma le la de du "
    "numéro numero es mi el número é o a meu minha do da è il mio mia di del is mijn het van nummer to numer mojego "
    "mojej mój je číslo mého môjho moje az számom száma este numărul meu al e номерът номер на ми е είναι ο η του "
    "μου αριθμός broj moje moj mojega številka er mit min mitt mine on minu ir manas mano yra huwa n numru tal "
    "tiegħi ass meng mäi är ert".lower().split()
)


def _passports_before_label(text: str, scan: TextScan, found: list[PiiSpan]) -> list[PiiSpan]:
    """The passport numbers a passport label follows within a few words, in the same sentence."""
    spans: list[PiiSpan] = []
    for window_start, window_end in scan.windows:
        for code in _CODE_BEFORE.finditer(text, window_start, window_end):
            if any(s.start < code.end() and code.start() < s.end for s in found):
                continue
            gap = _WORDS_BEFORE_LABEL.match(text, code.end())
            if gap is None:
                continue
            for count, word in enumerate(_WORD_START.finditer(text, code.end(), gap.end() + 1)):
                match = _LABELS.match(text, word.start())
                if count >= _BEFORE_LABEL_WORDS or (match is not None and _label_index(match) == _PASSPORT_INDEX):
                    break
                if _GROUP.match(text, word.start()).group().lower() not in _BEFORE_LABEL_GAP:  # type: ignore[union-attr]
                    match = None
                    break
            else:
                continue
            if match is not None and _label_index(match) == _PASSPORT_INDEX:
                spans.append(PiiSpan(code.start(), code.end(), t.PASSPORT, SOURCE_BUILTIN))
    return spans


# French "ne … pas" / "n'… pas": the negation, not a passport (``je ne trouve pas AB1234567``).
_FRENCH_NEGATION: Final = re.compile(r"(?<![^\W_])n(?:e|['’])(?:\s*[^\W\d_]+){0,3}\s+\Z", re.IGNORECASE)


def _negation(text: str, match: re.Match[str]) -> bool:
    """Whether a bare ``pas`` is the French negation's second word."""
    return match.group().lower() == "pas" and bool(
        _FRENCH_NEGATION.search(text, max(0, match.start() - 40), match.start())
    )


#: A column headed by a short passport word alone (``Ainm;Pas;Éag``, ``Name;Pass;…``).
_SHORT_PASSPORT_HEADERS: Final = frozenset(("pass", "pas", "pasas", "pase", "phas", "passi"))


def _column_values(text: str) -> list[PiiSpan]:
    """The values in the columns of a pasted table whose header holds a label (``Passaporte`` / ``CB123456``), and of
    the fields whose camel-case name holds one (``"passportNumber": "X1234567"``)."""
    spans: list[PiiSpan] = []
    for cell in (*cells(text), *camel_case_fields(text)):
        label = next(
            (m for w in _WORD_START.finditer(cell.header) if (m := _LABELS.match(cell.header, w.start())) is not None),
            None,
        )
        index = _label_index(label) if label is not None else None
        if index is None and cell.header.strip().lower() in _SHORT_PASSPORT_HEADERS:
            index = _PASSPORT_INDEX
        span = _value_at(text, cell.start, index) if index is not None else None
        if span is not None and span.end == cell.end:
            spans.append(span)
    return spans
