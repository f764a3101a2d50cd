"""Labels as people type them without their letters (pure): the ASCII and Latin spellings of a label regex.

Pasted data names its fields in ASCII (``"foedselsdato"``, ``"synniaeg"``, ``"datum_rodjenja"``,
``"faedingardagur"``) and Greek and Bulgarian are typed in Latin letters (``imerominia gennisis``,
``data na razhdane``). ``romanized(label)`` turns a label regex into one that also matches those spellings: each
letter outside ASCII may be written as itself, without its accents, or as its usual ASCII or Latin replacements
(``ø``: ``oe``, ``o``; ``ð``: ``d``, ``dh``; ``ж``: ``zh``; ``η``: ``i``, ``h``...), inside a character class too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from typing import Final

__all__ = ["romanized", "romanized_all"]

#: Latin letters and the ASCII letters people type for them (their accentless base letter is always allowed).
_LATIN: Final[Mapping[str, tuple[str, ...]]] = {
    "ø": ("oe", "o"), "æ": ("ae", "a"), "å": ("aa",), "ö": ("oe",), "ä": ("ae",), "ü": ("ue", "y"),
    "õ": ("o",), "ð": ("d", "dh"), "þ": ("th",), "đ": ("dj", "d"), "ß": ("ss",), "ł": ("l",), "ħ": ("h",),
    "ş": ("sh",), "ș": ("sh",), "č": ("ch",), "š": ("sh",), "ž": ("zh",), "œ": ("oe",),
}  # fmt: skip
#: Greek letters (without accents) in Latin letters: ELOT 743 and the phonetic and look-alike spellings of
#: Greeklish (``η`` as ``i`` or ``h``, ``υ`` as ``y``, ``i`` or ``u``, ``ω`` as ``o`` or ``w``).
_GREEK: Final[Mapping[str, tuple[str, ...]]] = {
    "α": ("a",), "β": ("v", "b"), "γ": ("g", "gh", "y"), "δ": ("d", "dh"), "ε": ("e",), "ζ": ("z",),
    "η": ("i", "h", "e"), "θ": ("th", "8"), "ι": ("i",), "κ": ("k",), "λ": ("l",), "μ": ("m",), "ν": ("n",),
    "ξ": ("x", "ks"), "ο": ("o",), "π": ("p",), "ρ": ("r",), "σ": ("s",), "ς": ("s",), "τ": ("t",),
    "υ": ("y", "i", "u"), "φ": ("f", "ph"), "χ": ("ch", "h", "x", "kh"), "ψ": ("ps",), "ω": ("o", "w"),
}  # fmt: skip
#: Cyrillic letters (Bulgarian) in Latin letters: the official streamlined system and its common variants.
_CYRILLIC: Final[Mapping[str, tuple[str, ...]]] = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e",), "ж": ("zh", "j", "g", "z"),
    "з": ("z",), "и": ("i",), "й": ("y", "i", "j"), "к": ("k",), "л": ("l",), "м": ("m",), "н": ("n",),
    "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ф": ("f",),
    "х": ("h", "kh"), "ц": ("ts", "c"), "ч": ("ch",), "ш": ("sh",), "щ": ("sht",), "ъ": ("a", "u", "y"),
    "ь": ("y",), "ю": ("yu", "iu", "ju"), "я": ("ya", "ia", "ja"),
}  # fmt: skip
_SPELLINGS: Final[Mapping[str, tuple[str, ...]]] = {**_LATIN, **_GREEK, **_CYRILLIC}


def _base(char: str) -> str:
    """A letter without its accents (``ή`` -> ``η``, ``é`` -> ``e``)."""
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def _spellings(char: str) -> list[str]:
    """Every way a letter may be typed: itself, without accents, and its replacements, in that order."""
    base = _base(char)
    found = [char]
    for spelling in (base, *_SPELLINGS.get(char.lower(), ()), *_SPELLINGS.get(base.lower(), ())):
        if spelling and spelling not in found:
            found.append(spelling)
    return found


def _group(spellings: Iterable[str]) -> str:
    """One regex of ``spellings`` (a class of the single letters, then the longer spellings)."""
    singles = "".join(s for s in spellings if len(s) == 1)
    longer = [s for s in spellings if len(s) > 1]
    parts = ([f"[{singles}]" if len(singles) > 1 else singles] if singles else []) + longer
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _class_end(regex: str, start: int) -> int:
    """Where the character class opening at ``start`` ends (the index after its ``]``)."""
    index = start + 1
    while index < len(regex) and regex[index] != "]":
        index += 2 if regex[index] == "\\" else 1
    return index + 1


def romanized(label: str) -> str:
    """``label`` (a regex) matching its ASCII and Latin spellings too; ``label`` itself when all of it is ASCII."""
    if label.isascii():
        return label
    out: list[str] = []
    index = 0
    while index < len(label):
        char = label[index]
        if char == "\\":
            out.append(label[index : index + 2])
            index += 2
        elif char == "[" and not label.startswith("[^", index):
            end = _class_end(label, index)
            members = label[index + 1 : end - 1]
            if members.isascii() or "\\" in members or "-" in members:
                out.append(label[index:end])
            else:
                out.append(_group(dict.fromkeys(s for member in members for s in _spellings(member))))
            index = end
        elif not char.isascii() and char.isalpha():
            out.append(_group(_spellings(char)))
            index += 1
        else:
            out.append(char)
            index += 1
    return "".join(out)


def romanized_all(labels: Iterable[str]) -> tuple[str, ...]:
    """``romanized`` of each label, duplicates dropped, in order."""
    return tuple(dict.fromkeys(romanized(label) for label in labels))
