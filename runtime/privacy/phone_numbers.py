"""The international and national forms of one phone number (pure): calling codes and trunk prefixes.

``+351 912 345 678`` is dialled ``912 345 678`` in Portugal (no trunk prefix); ``+44 20 7946 0958`` is
``020 7946 0958`` in the UK (trunk prefix 0); ``+39 06 1234 5678`` is ``06 1234 5678`` in Italy (the 0
belongs to the number); ``+36 1 234 5678`` is ``06 1 234 5678`` in Hungary (trunk prefix 06).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.normalize import phone_compact

#: Trunk prefixes dialled before the national significant number inside each country, by calling code
#: (ITU-T E.164; codes are prefix-free, so a number starts with at most one of them). Europe and the
#: countries its residents call most; a number with another code links to nothing.
TRUNK_PREFIXES: Final[dict[str, tuple[str, ...]]] = {
    "1": ("1", ""), "7": ("8",), "20": ("0",), "27": ("0",), "30": ("",), "31": ("0",), "32": ("0",),
    "33": ("0",), "34": ("",), "36": ("06",), "39": ("",), "40": ("0",), "41": ("0",), "43": ("0",),
    "44": ("0",), "45": ("",), "46": ("0",), "47": ("",), "48": ("",), "49": ("0",), "61": ("0",),
    "64": ("0",), "81": ("0",), "86": ("0",), "90": ("0",), "91": ("0",), "212": ("0",), "213": ("0",),
    "216": ("",), "350": ("",), "351": ("",), "352": ("",), "353": ("0",), "354": ("",), "355": ("0",),
    "356": ("",), "357": ("",), "358": ("0",), "359": ("0",), "370": ("8", "0"), "371": ("",), "372": ("",),
    "373": ("0",), "376": ("",), "377": ("",), "378": ("",), "380": ("0",), "381": ("0",), "382": ("0",),
    "385": ("0",), "386": ("0",), "387": ("0",), "389": ("0",), "420": ("",), "421": ("0",), "423": ("",),
}  # fmt: skip

#: Fewest digits a national significant number needs to be linked to another form (shorter: an extension).
MIN_SIGNIFICANT_DIGITS: Final = 6
_TRUNKS: Final = sorted({trunk for trunks in TRUNK_PREFIXES.values() for trunk in trunks})


def phone_digits(value: str) -> tuple[bool, str] | None:
    """``(international, digits)`` of a written phone number, None unless it is digits only.

    International numbers (``+`` or ``00``) give the digits after that prefix, without a ``(0)``.
    """
    key = phone_compact(value)
    international = key.startswith("00")
    digits = key[2:] if international else key
    if not (digits.isascii() and digits.isdigit()):
        return None
    return international, digits


def split_international(digits: str) -> tuple[str, str] | None:
    """``(calling code, national significant number)`` of the digits after ``+``, None for an unknown code."""
    for size in (1, 2, 3):
        code = digits[:size]
        if code in TRUNK_PREFIXES:
            return code, digits[size:]
    return None


def national_forms(code: str, significant: str) -> tuple[str, ...]:
    """How an international number is written inside its country (one form per trunk prefix)."""
    if len(significant) < MIN_SIGNIFICANT_DIGITS:
        return ()
    return tuple(trunk + significant for trunk in TRUNK_PREFIXES[code])


def international_forms(national: str) -> list[tuple[str, tuple[str, ...]]]:
    """The international numbers a national number may be: ``(significant number, calling codes)`` pairs.

    One pair per trunk prefix the number starts with: ``020 7946 0958`` is ``+44 20 7946 0958`` (and the
    same after any other code with trunk 0), or ``+39 020 7946 0958`` (codes without a trunk prefix).
    """
    forms: list[tuple[str, tuple[str, ...]]] = []
    for trunk in _TRUNKS:
        significant = national[len(trunk) :]
        if national.startswith(trunk) and len(significant) >= MIN_SIGNIFICANT_DIGITS:
            codes = tuple(code for code, trunks in TRUNK_PREFIXES.items() if trunk in trunks)
            forms.append((significant, codes))
    return forms
