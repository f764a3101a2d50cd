"""Labels as people type them without their letters (pure): the ASCII spellings of a label regex.

Pasted data names its fields in ASCII (``"foedselsdato"``, ``"synniaeg"``, ``"datum_rodjenja"``,
``"faedingardagur"``) and Greek and Bulgarian are typed in Latin letters (``imerominia gennisis``,
``data na razhdane``). ``ascii_spelling(label)`` turns a label regex into one of its ASCII spellings: each letter
outside ASCII becomes its accentless base letter or its usual ASCII replacements (``ø``: ``oe``, ``o``; ``ð``:
``d``, ``dh``; ``ж``: ``zh``; ``η``: ``i``, ``h``...), inside a character class too. The spellings are ASCII only:
they compile fast beside the labels themselves.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Final

__all__ = ["ascii_forms", "ascii_spelling", "ascii_spellings"]

#: Latin letters and the ASCII letters people type for them (besides their accentless base letter).
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


@lru_cache(maxsize=512)
def _spellings(char: str) -> tuple[str, ...]:
    """The ASCII spellings of one character: itself when ASCII, else its base letter and its replacements."""
    if char.isascii():
        return (char,)
    base = _base(char)
    found: list[str] = []
    for spelling in (base, *_SPELLINGS.get(char.lower(), ()), *_SPELLINGS.get(base.lower(), ())):
        if spelling and spelling.isascii() and spelling not in found:
            found.append(spelling)
    return tuple(found)


def _group(spellings: Iterable[str]) -> str:
    """One regex of ASCII ``spellings``: a class of the single letters, then the longer spellings."""
    spellings = list(spellings)
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


def ascii_spelling(label: str) -> str | None:
    """``label`` (a regex) as typed in ASCII letters; None when it matches no spelling ``label`` does not match
    itself (``anivers[áa]rio``), or a letter has no ASCII spelling."""
    if label.isascii():
        return None
    out: list[str] = []
    new = False  # whether a spelling is one the label does not match
    index = 0
    while index < len(label):
        char = label[index]
        if char == "\\":
            out.append(label[index : index + 2])
            index += 2
            continue
        if char.isascii() and char != "[":
            out.append(char)
            index += 1
            continue
        if char == "[" and not label.startswith("[^", index):
            end = _class_end(label, index)
            members, index = label[index + 1 : end - 1], end
            if "\\" in members or "-" in members:
                return None
            spellings = [s for member in members for s in _spellings(member)]
            new = new or any(spelling not in members for spelling in spellings)
        else:
            spellings, index, new = list(_spellings(char)), index + 1, True
        if not spellings:
            return None
        out.append(_group(dict.fromkeys(spellings)))
    return "".join(out) if new else None


def ascii_spellings(labels: Iterable[str]) -> tuple[str, ...]:
    """The ASCII spelling of each of ``labels`` that has one, duplicates dropped."""
    spelled = (ascii_spelling(label) for label in labels)
    return tuple(dict.fromkeys(label for label in spelled if label is not None))


#: The second spelling of Greek and Cyrillic letters that Greeklish and Bulgarian typed in Latin letters often use
#: (``χ`` as ``x``: ``dikaiouxos``; ``ъ`` as ``u``; ``я`` as ``ia``).
_ALTERNATE: Final[Mapping[str, str]] = {
    "χ": "x", "υ": "i", "β": "b", "η": "i", "ъ": "u", "х": "kh", "й": "i", "ю": "iu", "я": "ia", "ц": "c", "ж": "j",
}  # fmt: skip
_FIRST_TABLE: Final = str.maketrans({char: spellings[0] for char, spellings in {**_GREEK, **_CYRILLIC}.items()})
_SECOND_TABLE: Final = str.maketrans(
    {char: _ALTERNATE.get(char, spellings[0]) for char, spellings in {**_GREEK, **_CYRILLIC}.items()}
)


def ascii_forms(words: Iterable[str]) -> list[str]:
    """Greek and Bulgarian words (lower case, accents allowed) as typed in Latin letters: each one's first spelling
    and the common other one (``δικαιούχος``: ``dikaiouchos``, ``dikaiouxos``; ``получател``: ``poluchatel``); a
    word a letter of which has no ASCII spelling is left out. (All the words in one pass: a list is read at
    import.)"""
    joined = " ".join(words)
    plain = "".join(c for c in unicodedata.normalize("NFD", joined) if not unicodedata.combining(c)).replace("ου", "ou")
    forms = [*plain.translate(_FIRST_TABLE).split(), *plain.translate(_SECOND_TABLE).split()]
    return list(dict.fromkeys(form for form in forms if form.isascii()))
