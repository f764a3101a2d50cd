"""A given name in the vocative, addressing the reader (pure): ``Tomislave, javi se``, ``Иване, пиши ми``,
``Jiřino, ozvi se``, ``Jadziu, zadzwoń``, ``Ionele, sună-mă``, ``Θανάση, στείλε μου``, ``Zolikám, hívj vissza``.

A message or sentence often opens on the name of the person it is written to, set apart by a comma or an
exclamation mark; there every language capitalizes its first word, so a given name alone is read there only with
that mark after it. The vocative changes the name's ending in Croatian, Serbian, Slovene, Czech, Slovak, Polish,
Bulgarian, Romanian, Lithuanian, Latvian, Greek and Ukrainian; Hungarian adds an endearing possessive (``-kám``,
``-kém``). A form counts when undoing one of these endings (or a case ending of ``name_inflection``) gives a known
given name, and the word itself is no frequent or common word (``Claro,`` is no ``Clara``).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_inflection import MIN_BASE, base_forms
from runtime.privacy.detectors.name_places import PLACE_WORDS
from runtime.privacy.detectors.name_run import TITLE_WORDS
from runtime.privacy.detectors.name_text import Words, capitalized
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    RARE_GIVEN_NAMES,
    TOWNS,
)

#: (vocative ending, base ending), folded: hr/sr/sl/cs/ro/bg masculine ``-e`` (``Tomislave``, ``Ionele``,
#: ``Петре``), Polish ``-u`` (``Tomaszu``) and diminutive ``-iu`` (``Jadziu``, ``Kasiu``), feminine ``-o``
#: (``Marijo``, ``Jiřino``, ``Georgiano``, ``Цветано``), Lithuanian ``-ai``/``-ie``/``-au`` (``Jonai``,
#: ``Dariau``), Greek ``-η``/``-ο``/``-α`` (``Θανάση``, ``Σταύρο``, ``Θανάση``), Hungarian ``-kám``/``-kém``
#: (``Zolikám``, ``Évikém``), Bulgarian ``-е``/``-о`` (``Иване``, ``Цветано``) and ``-ьо``.
_VOCATIVE_RULES: Final = (
    ("e", ""), ("u", ""), ("iu", "ia"), ("o", "a"), ("ai", "as"), ("au", "us"), ("ie", "ys"), ("kam", ""),
    ("kem", ""), ("е", ""), ("о", "а"), ("ьо", "ь"), ("ьо", "й"), ("η", "ησ"), ("ο", "οσ"), ("α", "ασ"),
    ("ε", "οσ"), ("ι", "ισ"),
)  # fmt: skip
#: Marks that set a vocative apart after it (``Tomislave,``, ``Ivane!``).
_AFTER_MARKS: Final = frozenset(",!")


def _vocative_forms(key: str, cases: bool = True) -> list[str]:
    """The base forms a folded word may be a vocative of, or a case of too (the case forms first)."""
    forms = base_forms(key)[1:] if cases else []
    for ending, base in _VOCATIVE_RULES:
        if key.endswith(ending) and len(key) - len(ending) + len(base) >= MIN_BASE:
            forms.append(key[: len(key) - len(ending)] + base)
    return forms


def _cased_script(key: str) -> bool:
    """Whether a folded word is written in Greek or Cyrillic letters."""
    return "\u0370" <= key[0] <= "\u04ff"


def vocative_given(key: str, cases: bool = True) -> bool:
    """Whether a folded word is a given name of the main list or its vocative (or a case, with ``cases``), no
    word itself."""
    if key in COMMON_WORDS or key in NOT_NAMES or len(key) < MIN_BASE:
        return False
    if key in GIVEN_NAMES and key not in RARE_GIVEN_NAMES:
        return True
    if (key in FREQUENT_WORDS and not _cased_script(key)) or len(key) < MIN_BASE + 1:
        return False  # (the frequent words of Greek and Cyrillic hold their names' vocatives: ``Γιάννη``)
    return any(
        form in GIVEN_NAMES and form not in COMMON_WORDS and form not in RARE_GIVEN_NAMES and form not in NOT_NAMES
        for form in _vocative_forms(key, cases)
    )


def addressed_name(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index`` (or one in capitals in a message all in capitals) addresses the
    reader by name: it opens the message, a line or a sentence (or follows a comma), a comma or an exclamation
    mark right after it, and it is a given name or a vocative of one (``Tomislave, javi se``, ``Иване, пиши ми``,
    ``МАРИЕЛО, КЛЮЧОВЕТЕ``)."""
    word = words.words[index]
    shouted = word.isupper() and len(word) > 1 and not words.mixed_case  # ``TOMISLAVE, JAVI SE``
    hurried = words.all_lower and index == 0  # ``tomislave, javi se``: typed in a hurry, the message's first word
    if not (capitalized(word) or shouted or hurried) or "-" in word:
        return False
    end = words.spans[index][1]
    if words.text[end : end + 1] not in _AFTER_MARKS:
        return False
    key = words.folded[index]
    irish = index > 0 and words.words[index - 1] in ("A", "a") and _opens(words, index - 1)
    if irish and word[1:2] == "h":
        key = key[0] + key[2:]  # ``A Mháire,``: Irish puts its vocative particle first and lenites the name
    if not irish and not _opens(words, index):
        before = words.text[words.spans[index - 1][1] : words.spans[index][0]].strip()
        if before != ",":
            return False
    if key in TITLE_WORDS or key in PLACE_WORDS or key in TOWNS:
        return False  # ``Madam, your app``, ``Sofia, Plovdiv``: a title, a town
    return vocative_given(key, cases=not hurried)  # in lower case its own endings only (``madam``: no case of Mads)


#: Marks after which a word opens a sentence; not a colon (``Příjemce: Albert,``: a label's value).
_SENTENCE_MARKS: Final = frozenset(".!?\n")
#: The longest word that, with a dot after it, is an abbreviation (``Αγ. Παρασκευή``, ``Sv. Ana``), no sentence's
#: end.
_ABBREVIATION: Final = 3


def _opens(words: Words, index: int) -> bool:
    """Whether word ``index`` opens the message, a line or a sentence (after ``.``, ``!``, ``?``, not after an
    abbreviation's, an ordinal's or a date's dot, nor a label's colon)."""
    before = words.text[: words.spans[index][0]].rstrip(" \t\"'“„«(¡¿")
    if not before or before[-1] == "\n":
        return True
    if before[-1] not in _SENTENCE_MARKS:
        return False
    if before[-1] == "." and before[-2:-1].isdigit():
        return False  # an ordinal's or a date's dot (``14. jūlijā,``)
    return before[-1] != "." or index == 0 or len(words.words[index - 1]) > _ABBREVIATION
