"""Signatures inside a quotation (pure): a message quotes the text it asks about, and the quoted text ends as a
message does, with its writer's name: ``Översätt: "Vi ses på måndag! /Per"``, ``„... ζητώ την ακύρωση. Ο αιτών,
Ισαάκ Τσέγας»``, ``"... Kærlig hilsen far (Maja Skov)"``; or the quotation is the signature itself, asked about:
``Ich unterschreibe Mails immer mit „Fliegner, Bärbel“``, ``βάζω «Σιμιτζή Μ. – Λογιστήριο»``, ``firmar solo con
"Yésica – Dpto. Compras"``, ``Az aláírás: „Gyászoló család – Fodor Levente és gyermekei”``.

The end of each quotation is read as a message's end (``name_sign_end``, ``name_sign_alone``, ``name_sign_from``,
a name in brackets after a thanks or a closing). A whole quotation is a signature when the message speaks of
signing (``SIGN_WORDS``) or a department follows its dash: then its names before or after the dash (a surname, a
comma and the given name; names joined by a comma or "and", the family or the others after them) are read as
signed names (``name_sign_words.signed_words``).
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.name_run import DEPARTMENTS
from runtime.privacy.detectors.name_sign_alone import alone_names
from runtime.privacy.detectors.name_sign_end import sign_end
from runtime.privacy.detectors.name_sign_from import KIN_WORDS, from_names
from runtime.privacy.detectors.name_sign_words import holds_cue, one_case, signed_words
from runtime.privacy.detectors.name_text import WORD
from runtime.privacy.detectors.name_words import word_set
from runtime.privacy.normalize import fold


def _folded(words: str) -> frozenset[str]:
    """The whitespace-separated ``words``, folded."""
    return frozenset(fold(word) for word in word_set(words))


#: A quotation: an opening mark, up to 300 characters on one line, a closing mark.
_QUOTE: Final = re.compile(r"[„“\"«»”](?P<inner>[^„“”\"«»\n]{2,300})[“”\"»«]")
_QUOTE_MARKS: Final = frozenset('„“”"«»')
#: Words for signing and a signature in every language of the zone (folded): a quotation beside them is a
#: signature.
SIGN_WORDS: Final = _folded("""
sign signs signed signing signature signatures signoff unterschreibe unterschreiben unterschrift unterzeichne
signatur signiere firmar firmo firmas firmare firmato firmando firme signer signe signé signée signature
assinar assino assinatura assinado podpis podpisem podpisuję podpisać podpisywać podepisuji podepsat podpisujem
podpísať potpis potpisom potpisujem potpisati podpišem podpisati podpisujem aláírás aláírásom aláírom aláírni
semnătura semnătură semnez semna semnez подпис подписвам подпиша подписа υπογραφή υπογραφη υπογράφω υπογράφει
allkiri allkirjastan allekirjoitus allekirjoitan allekirjoittaa paraksts parakstu parakstīt parakstīties parašas
pasirašau pasirašyti undirskrift undirrita underskrift underskriver undertegner undertecknar ondertekening
onderteken ondertekenen handtekening síniú sínim ënnerschrëft ënnerschreiwen ënnerschreiwe iffirma niffirma
""")
#: Abbreviations of "department" after a signature's dash (``Dpto. Compras``, ``Abt. Einkauf``).
_DEPARTMENT_WORDS: Final = DEPARTMENTS | _folded("dpto dpt dept depto abt afd avd odd odb osz τμήμα tmima")
_SEPARATOR: Final = re.compile(r"[ \t]+[-–—|][ \t]+")
_LIST_SEPARATOR: Final = re.compile(r",[ \t]*|[ \t]+(?:&|and|und|og|och|en|et|e|y|i|a|ja|és|un|ir|și|и|και|agus)[ \t]+")
_INITIAL: Final = re.compile(r"[^\W\d_]\.")
#: A name in brackets that ends the text (``far (Maja Skov)``).
_BRACKETED: Final = re.compile(r"\((?P<name>[^()]{2,60})\)[\W]*$")


def _signs(text: str) -> bool:
    """Whether ``text`` speaks of signing (a word of ``SIGN_WORDS``)."""
    return any(fold(word) in SIGN_WORDS for word in WORD.findall(text))


def _name_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of ``text[start:end]``: names joined by commas or "and", the family or the others last at most
    (``Līza, Edgars un pārējie``, ``Fodor Levente és gyermekei``, ``Fliegner, Bärbel``); none when a part is no
    name."""
    found: list[tuple[int, int]] = []
    position = start
    parts = [*_LIST_SEPARATOR.finditer(text, start, end), None]
    for separator in parts:
        part_end = separator.start() if separator is not None else end
        words = text[position:part_end].split()
        while len(words) > 1 and _INITIAL.fullmatch(words[-1]):
            words.pop()  # ``Σιμιτζή Μ.``: an initial after the surname
        if words and any(fold(word) in KIN_WORDS for word in words) and found and separator is None:
            break  # ``és gyermekei``: the family after the names
        if not words or not signed_words(words, one_case(text)):
            return []
        offset = position + text[position:part_end].index(words[0])
        found.append((offset, offset + len(" ".join(words))))
        if separator is not None:
            position = separator.end()
    return found


def _whole(text: str, start: int, end: int, signing: bool) -> list[tuple[int, int]]:
    """The names of a quotation that is a signature (see the module)."""
    separator = _SEPARATOR.search(text, start, end)
    if separator is None:
        return _name_list(text, start, end) if signing else []
    head, rest = (start, separator.start()), (separator.end(), end)
    department = any(fold(word) in _DEPARTMENT_WORDS for word in WORD.findall(text[rest[0] : rest[1]]))
    if not (signing or department):
        return []
    return _name_list(text, *head) or ([] if department else _name_list(text, *rest))


def _bracketed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A name in brackets that ends a quotation after a thanks or a closing (``Kærlig hilsen far (Maja Skov)``)."""
    match = _BRACKETED.search(text, start, end)
    if match is None or not holds_cue(WORD.findall(fold(text[start : match.start()]))):
        return []
    words = match.group("name").split()
    return [match.span("name")] if signed_words(words, one_case(text)) else []


def _shifted(spans: list[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
    return [(start + offset, end + offset) for start, end in spans]


def quoted_signatures(text: str) -> list[tuple[int, int]]:
    """The spans of the names signed inside the quotations of ``text`` (see the module)."""
    if not any(char in _QUOTE_MARKS for char in text):
        return []
    found: list[tuple[int, int]] = []
    signing = _signs(text)
    for match in _QUOTE.finditer(text):
        start, end = match.span("inner")
        inner = match.group("inner").strip()
        start += match.group("inner").index(inner)
        end = start + len(inner)
        whole = _whole(text, start, end, signing)
        if whole:
            found.extend(whole)
            continue
        found.extend(_shifted(sign_end(inner), start))
        found.extend(_shifted(alone_names(inner), start))
        found.extend(from_names(text, start, end))
        found.extend(_bracketed(text, start, end))
    return found
