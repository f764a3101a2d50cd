"""Check-digit algorithms of the identifiers the built-in detectors validate (pure functions)."""

from __future__ import annotations

from collections import Counter
from typing import Final


def luhn_valid(digits: str) -> bool:
    """Luhn (mod 10) check of a digit string, as payment card numbers carry it."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


_LETTER_VALUES: Final = {ord(letter): str(value) for value, letter in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10)}


def iban_valid(iban: str) -> bool:
    """ISO 13616 mod-97 check of a compact, upper-case IBAN."""
    rearranged = (iban[4:] + iban[:4]).translate(_LETTER_VALUES)
    if not (rearranged.isascii() and rearranged.isdigit()):
        return False
    return int(rearranged) % 97 == 1


_NIF_PT_PREFIXES: Final = frozenset("1235689")
_NIF_PT_TWO_DIGIT_PREFIXES: Final = frozenset({"45", "70", "71", "72", "74", "75", "77", "78", "79"})


def nif_pt_valid(digits: str) -> bool:
    """Portuguese NIF: 9 digits, a known leading digit, mod-11 check digit."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    if digits[0] not in _NIF_PT_PREFIXES and digits[:2] not in _NIF_PT_TWO_DIGIT_PREFIXES:
        return False
    remainder = sum(int(d) * (9 - i) for i, d in enumerate(digits[:8])) % 11
    check = 0 if remainder < 2 else 11 - remainder
    return check == int(digits[8])


_DNI_LETTERS: Final = "TRWAGMYFPDXBNJZSQVHLCKE"
_NIE_PREFIX: Final = {"X": "0", "Y": "1", "Z": "2"}


def dni_es_valid(digits: str, letter: str) -> bool:
    """Spanish DNI: 8 digits and the control letter of their value mod 23."""
    return len(digits) == 8 and digits.isdigit() and _DNI_LETTERS[int(digits) % 23] == letter.upper()


def nie_es_valid(prefix: str, digits: str, letter: str) -> bool:
    """Spanish NIE: X/Y/Z (as 0/1/2), 7 digits and the DNI control letter."""
    head = _NIE_PREFIX.get(prefix.upper())
    return head is not None and len(digits) == 7 and dni_es_valid(head + digits, letter)


def nir_fr_valid(nir: str) -> bool:
    """French NIR: 13 characters (Corsica ``2A``/``2B`` count as 19/18) and the key 97 - (number mod 97)."""
    if len(nir) != 15:
        return False
    body, key = nir[:13].upper(), nir[13:]
    if body[5:7] == "2A":
        body = body[:5] + "19" + body[7:]
    elif body[5:7] == "2B":
        body = body[:5] + "18" + body[7:]
    if not body.isdigit() or not key.isdigit():
        return False
    return 97 - int(body) % 97 == int(key)


def steuer_id_de_valid(digits: str) -> bool:
    """German Steuer-ID: 11 digits, no leading 0, one digit twice or thrice (not thrice in a row) among the
    first ten, and an ISO 7064 MOD 11,10 check digit."""
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    body = digits[:10]
    repeated = [(d, n) for d, n in Counter(body).items() if n > 1]
    if len(repeated) != 1 or repeated[0][1] > 3:
        return False
    if repeated[0][1] == 3 and repeated[0][0] * 3 in body:
        return False
    product = 10
    for char in body:
        total = (int(char) + product) % 10 or 10
        product = (total * 2) % 11
    return (11 - product) % 10 == int(digits[10])


_CF_ODD_VALUES: Final = (
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
)
_CF_ODD: Final = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", _CF_ODD_VALUES[:10] + _CF_ODD_VALUES, strict=True))
_CF_EVEN: Final = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_OMOCODIA: Final = str.maketrans("LMNPQRSTUV", "0123456789")
_CF_DIGIT_POSITIONS: Final = (6, 7, 9, 10, 12, 13, 14)
_CF_MONTHS: Final = frozenset("ABCDEHLMPRST")


def codice_fiscale_valid(code: str) -> bool:
    """Italian codice fiscale (incl. omocodia): shape, day of birth and the check letter."""
    code = code.upper()
    if len(code) != 16 or not code.isascii() or not code.isalnum():
        return False
    if not (code[:6].isalpha() and code[8] in _CF_MONTHS and code[11].isalpha() and code[15].isalpha()):
        return False
    day = code[9:11].translate(_OMOCODIA)
    if not day.isdigit() or not (1 <= int(day) <= 31 or 41 <= int(day) <= 71):
        return False
    if any(not code[i].translate(_OMOCODIA).isdigit() for i in _CF_DIGIT_POSITIONS):
        return False
    total = sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(code[:15]))
    return chr(65 + total % 26) == code[15]


def bsn_nl_valid(digits: str) -> bool:
    """Dutch BSN: 9 digits passing the 11-proof (weights 9..2 and -1)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:8])) - int(digits[8])
    return total % 11 == 0
