"""How a value is written in a messy message: case, invisible characters, odd separators, e-mail disguises.

Each transform takes the value as drawn (names as `Ana Silva`, IBANs and cards grouped by four, phones in their
national form) and returns it as the frame's slot asks (`{{iban.zw}}`, `{{email.say=arroba/ponto}}`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Final

#: Invisible format characters inserted inside a value.
INVISIBLE: Final = {"zw": "\u200b", "zwj": "\u200d", "zwnj": "\u200c", "shy": "\u00ad", "wj": "\u2060", "bom": "\ufeff"}
#: Separators that replace the spaces inside a value.
SEPARATORS: Final = {
    "nbsp": "\u00a0",
    "thin": "\u2009",
    "nnbsp": "\u202f",
    "dash": "\u2013",
    "tab": "\t",
    "us": "_",
    "hy": "-",
    "dot": ".",
}


def insert_middle(value: str, char: str) -> str:
    """`char` between two visible characters near the middle of the value (as a copy from a PDF leaves it)."""
    middle = len(value) // 2
    inside = [i for i in range(1, len(value)) if not value[i - 1].isspace() and not value[i].isspace()]
    at = min(inside, key=lambda i: abs(i - middle)) if inside else middle
    return value[:at] + char + value[at:]


def separate(value: str, separator: str) -> str:
    """The value's separators (spaces, else dots, hyphens or slashes) as `separator`; a value without any gets
    one in the middle."""
    for current in (" ", ".", "-", "/"):
        if current in value:
            return value.replace(current, separator)
    middle = len(value) // 2
    return value[:middle] + separator + value[middle:]


def capitals(value: str) -> str:
    """The value in capitals as people type them: Greek capitals without their accent (tonos)."""
    decomposed = unicodedata.normalize("NFD", value.upper())
    kept = [
        ch
        for i, ch in enumerate(decomposed)
        if not (ch == "\u0301" and i and "\u0370" <= decomposed[i - 1] <= "\u03ff")
    ]
    return unicodedata.normalize("NFC", "".join(kept))


#: Letters that do not decompose, as people type them without diacritics.
_PLAIN_LETTERS: Final = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ð": "d", "Ð": "D",
     "þ": "th", "Þ": "TH", "ß": "ss", "ħ": "h", "Ħ": "H", "ı": "i"}
)  # fmt: skip


def without_diacritics(value: str) -> str:
    """Latin letters without their diacritics, as hurried phone typing writes them (`Łukasz Wójcik` -> `Lukasz
    Wojcik`); other scripts' letters (Cyrillic `й`) kept, Greek without its accents."""
    decomposed = unicodedata.normalize("NFD", value.translate(_PLAIN_LETTERS))
    kept = [
        ch
        for i, ch in enumerate(decomposed)
        if not (
            unicodedata.combining(ch)
            and i
            and (decomposed[i - 1] < "\u0250" or "\u0370" <= decomposed[i - 1] <= "\u03ff")
        )
    ]
    return unicodedata.normalize("NFC", "".join(kept))


def disguise_email(value: str, at: str, dot: str) -> str:
    """`ana@mail.pt` with its `@` and dots written as words (`ana (at) mail (dot) pt`)."""
    local, _, domain = value.partition("@")
    return local + at + domain.replace(".", dot)


_EMAIL: Final[dict[str, Callable[[str], str]]] = {
    "paren": lambda v: disguise_email(v, " (at) ", " (dot) "),
    "brk": lambda v: disguise_email(v, "[at]", "[dot]"),
    "at": lambda v: disguise_email(v, " at ", " dot "),
    "pct": lambda v: v.replace("@", "%40"),
}


def transform(value: str, variant: str) -> str:
    """The value written as `variant` says (empty: as drawn)."""
    name, _, argument = variant.partition("=")
    if not name or name == "iso":  # `iso`: a date drawn in ISO form (the drawer writes it so)
        return value
    if name == "u":
        return capitals(value)
    if name == "l":
        return value.lower()
    if name == "a":
        return without_diacritics(value)
    if name == "c":
        return value.replace(" ", "")
    if name in INVISIBLE:
        return insert_middle(value, INVISIBLE[name])
    if name in SEPARATORS:
        return separate(value, SEPARATORS[name])
    if name in _EMAIL:
        return _EMAIL[name](value)
    if name == "gen":  # German and Scandinavian genitive: Annas, Klaus', Hans'
        return value + ("'" if value[-1:].lower() in "sßxz" else "s")
    if name == "bis":
        return re.sub(r"\d+", lambda number: number.group() + " bis", value, count=1)
    if name == "plus":
        return value + argument
    if name == "say":
        at, _, dot = argument.partition("/")
        return disguise_email(value, f" {at} ", f" {dot} " if dot else ".")
    raise ValueError(f"unknown variant {variant!r}")


def variants(chain: str) -> list[str]:
    """The variants of a slot's chain, in order (`c.zw`: compact, then a zero-width space; an argument, as in
    `plus=, 3º Esq.`, runs to the end)."""
    found: list[str] = []
    while chain:
        name, equals, _ = chain.partition("=")
        head, dot, tail = chain.partition(".")
        if equals and len(name) < len(head):
            return [*found, chain]
        found.append(head)
        chain = tail if dot else ""
    return found


def transform_all(value: str, chain: str) -> str:
    """The value through every variant of the chain."""
    for variant in variants(chain):
        value = transform(value, variant)
    return value
