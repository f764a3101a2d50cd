"""A name right after a thanks or a greeting that opens a sentence, ended by a punctuation mark (pure):
``dzieki ada! moj nowy numer...``, ``hej asta, er betalingen...``, ``kiitos taina.``, ``Go raibh maith agat, Sorcha!``.

People thank or greet the one who helped them by the given name alone, typed in a hurry in lower case as often as
not; no capital marks it then, but the place does: the thanks or greeting opens the message, a line or a sentence,
the name follows it (a comma between at most) and a ``!``, ``,``, ``.``, ``?`` or ``:`` closes it. The word (or a
given name and a surname) is a name when it is a known given name that is no common word of the thanks' language
(``takk sara``: Italian, she would be; not ``gracias nada``), or a word too rare to be a common one, a town or a
closing's word (``merci zenaida!``; not ``tack igen!``, ``kiitos paljon!``, ``thanks guys!``).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.intro_phrases import CLOSINGS, GREETINGS
from runtime.privacy.detectors.name_phrases import intro_index
from runtime.privacy.detectors.name_signoff import AFTER_THANKS, CLOSING_KEYS, THANKS_LANGUAGES, rare_name
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import (
    COMMON_LANGUAGES,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    word_set,
)
from runtime.privacy.normalize import fold

#: The thanks, closings and greetings keyed by their last folded word (``agat`` -> ``go raibh maith``).
_OPENERS: Final = intro_index((*CLOSINGS, *GREETINGS))
#: The languages of a greeting, by its last word as typed (folded): a given name that is a common word of other
#: languages only is a name after it (``hej asta,``: Romanian, this one would be).
_GREETING_LANGUAGES: Final = {
    fold(word): languages
    for words, languages in (
        ("hi hello hey hiya dear", "en,mt,ga"),
        ("hej hejsan hallå", "sv,da"),
        ("hei", "nb,nn,fi"),
        ("moi moikka terve heippa", "fi"),
        ("tere tsau tšau", "et"),
        ("ahoj čau", "cs,sk"),
        ("cześć czesc witaj", "pl"),
        ("bok zdravo", "hr"),
        ("živjo zivjo", "sl"),
        ("sveiki sveika labas", "lt,lv"),
        ("szia sziasztok", "hu"),
        ("salut bună buna", "ro"),
        ("здрасти здравей здравейте", "bg"),
        ("γεια σου", "el"),
        ("hæ sæl sæll", "is"),
        ("moien", "lb"),
        ("hoi hallo", "nl,de,lb"),
        ("bonġu", "mt"),
        ("dhuit duit haigh", "ga"),
    )
    for word in words.split()
}
#: Words that open a message before a thanks or a greeting (``top dank je``, ``super dzieki``, ``ok tack``).
_INTERJECTIONS: Final = word_set("""
ok okay okej oke okei okey oki super top great perfect perfekt perfetto parfait prima fijn fein tof mooi jes jep
ja jo yes yeah ah aha oh och ach no nu dobre dobrze fajno fajnie hienoa selva otimo genial vale bine
""")
#: What may close the name: a mark right after it (``ada!``, ``asta,``).
_CLOSERS: Final = frozenset("!,.?:;)")
#: Words after a greeting that are no name though rare: the group greeted (``hej allihopa``, ``hi y'all``).
_GREETED: Final = word_set("""
allihopa alle allemaal alla allihop kaikki kaikille koigile visi visiems visiem wszyscy wszystkim vsichni vsetci
svima vsem mindenki mindenkinek tuturor всички όλοι ollir oll alleguer kollha everyone everybody all team folks
""")


def _opened(words: Words, index: int) -> tuple[str, bool] | None:
    """The last word of the thanks or greeting that opens a sentence right before word ``index`` (a comma between
    allowed), and whether a word the lists lack may follow it (a thanks right before it: not ``dobrý den,
    platba``), or None."""
    last = index - 1
    gap = words.text[words.spans[last][1] : words.spans[index][0]]
    if gap not in (" ", ", "):
        return None
    first = words.phrase_start(last, _OPENERS)
    if first is None or not words.joined_run(first, last):
        return None
    before = words.text[: words.spans[first][0]].rstrip(" \t")
    if not (first == 0 or words.after_break(first) or before.endswith(",") or _after_interjection(words, first)):
        return None
    opener = words.folded[last]
    return opener, gap == " " and opener in THANKS_LANGUAGES


def _after_interjection(words: Words, first: int) -> bool:
    """Whether the thanks or greeting at word ``first`` follows an interjection that opens the message (``top dank
    je lisa,``, ``ok dzieki ada!``)."""
    return first == 1 and words.folded[0] in _INTERJECTIONS and words.joined(0, 1)


def _first_word(key: str, opener: str, unlisted: bool) -> bool:
    """Whether ``key`` may be the given name after the thanks or greeting ending with ``opener``; ``unlisted``: a
    word too rare to be a common one may be too."""
    if key in NOT_NAMES or key in AFTER_THANKS or key in CLOSING_KEYS or key in _GREETED or len(key) < 2:
        return False
    common = COMMON_LANGUAGES.get(key)
    if key in GIVEN_NAMES and common is None:
        return len(key) >= 3 or key not in FREQUENT_WORDS
    if common is not None:
        languages = THANKS_LANGUAGES.get(opener) or _GREETING_LANGUAGES.get(opener)
        return (
            key in GIVEN_NAMES
            and languages is not None
            and not set(common.split(",")).intersection(languages.split(","))
        )
    return unlisted and rare_name(key)


def _surname(key: str, rare: bool) -> bool:
    """Whether ``key`` may be the surname after the given name; ``rare``: a word too rare to be a common one too."""
    return key not in NOT_NAMES and key not in COMMON_LANGUAGES and (key in FAMILY_NAMES or (rare and rare_name(key)))


def thanked_name(words: Words, index: int) -> int:
    """End of the name at word ``index`` after a thanks or a greeting (see the module), or ``index``."""
    if index == 0 or words.folded[index - 1] not in _OPENERS:
        return index  # the common case, decided at once
    opened = _opened(words, index)
    if opened is None or not _first_word(words.folded[index], *opened):
        return index
    same_case = str.islower if words.words[index].islower() else str.istitle
    end = index + 1
    if end < len(words.words) and words.joined(index, end) and same_case(words.words[end]):
        if not _surname(words.folded[end], words.folded[index] in GIVEN_NAMES):
            return index
        end += 1
    after = words.text[words.spans[end - 1][1] :].lstrip(" ")
    return end if after == "" or after[0] in _CLOSERS else index
