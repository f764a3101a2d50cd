"""The language identifier's second stage: letters and function words of the languages fastText's compressed model
confuses with a neighbour on short messages (Maltese read as Italian, Irish, Estonian and Luxembourgish as others).

Each word of a message that bears a language's mark counts once for that language (`evidence`):
- Maltese: a letter no other zone language writes (ħ ċ ġ, so also għ), a word of three letters or more ending
  in a vowel and an apostrophe (``tista'``: a silent għ; Italian elides only in shorter words, ``po'``), the
  particles ``ta'``, x', f' and b' (``x'inhu``, ``f'Malta``, ``b'xejn``), q before a vowel (``qed``: the zone's
  other languages write qu), gh after a consonant before a, o or u (``jghaddi``: għ typed without its mark),
  għ typed gh at a word's start before a or u (``ghandi``), a verb negated by a final x after a consonant
  (``ma tahdimx``), an article or preposition joined by its hyphen (``tal-``, ``fil-``, ``għall-``, ``ghall-``:
  malti 0.4.0's list, in `data/language_id/function_words.txt`), or one of its grammar words (``tiegħi``,
  ``fejn``, ``kemm``);
- Irish: a word starting with a mutation no other zone language writes at a word's start (bh, mh, dh, fh, gc, bp,
  dt; or a lower-case n, t, h, b before a capital: ``nGaeilge``, ``hÉireann``; ch, ph, th, sh, gh after mo:
  ``mo chárta``), or one of its function or grammar words (``agus``, ``faoi``, ``liom``, ``conas``) in
  no other zone language's stopwords-iso list nor among its 10,000 most frequent words;
- Estonian: õ where Portuguese never writes it (Portuguese: only before a final e, es or em, and never beside ä,
  ö or ü), or one of its stop words or 1,000 most frequent words that is in no other zone language's stop words
  nor among its 10,000 most frequent words (``kui``, ``milline``, ``palun``, ``väga``).
- Luxembourgish (which the model reads as German, Danish, Afrikaans or Catalan): one of its spaCy stop words in
  no other zone language's list nor among its 10,000 most frequent words (``hunn``, ``wéi``, ``iwwer``).
Each listed word is also listed without its diacritics (``níor`` and ``nior``, ``għandi`` and ``ghandi``) when that
form is no other zone language's either. A listed word written as names and acronyms are (capitalized inside a
sentence, ``Ina``; in capitals throughout, ``ISA``) bears no mark.
`reweigh` multiplies the model's probability of each such language (at least `FLOOR`) by `FACTOR` per word (at
most `MAX_WORDS` words) and normalizes: one stray mark in a message the model reads confidently in another
language takes a fifth of the probability at most (the guess becomes unsure: more calls, not fewer), two or more
marks make the language most probable. The guess stays a probability: an unsure one still makes every candidate's calls
(`runtime.privacy.comprehend_plan`). Measured: docs/language-id.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

__all__ = ["FACTOR", "FUNCTION_WORDS_FILE", "MAX_WORDS", "Marks", "evidence", "read_marks", "reweigh"]

FUNCTION_WORDS_FILE = Path(__file__).resolve().parent / "data" / "language_id" / "function_words.txt"
#: How much more probable one marked word makes its language, and how many marked words count at most...
FACTOR = 25.0
MAX_WORDS = 3
#: ...from at least this probability (the model gives a language it confuses almost none on some messages).
FLOOR = 0.01

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*['’-]?")
_MALTESE_LETTERS = frozenset("ħċġ")
_MALTESE_ELISION = re.compile(r"^[^\W\d_]{2,}[aeiouà]'$")
#: Maltese particles written with an apostrophe: ``ta'`` (of), and x' (what), f' (in), b' (with) joined to the
#: next word (``x'inhu``, ``f'Malta``, ``b'xejn``); Irish writes b' only before a vowel or fh (``b'fhéidir``).
_MALTESE_PARTICLES = re.compile(r"^(?:ta'|[xf]'[^\W\d_]|b'(?![aeiouáéíóúf])[^\W\d_])")
#: Maltese writes q alone before a vowel (a glottal stop: ``qed``, ``qabel``, ``tiqa``); the zone's other languages
#: write qu (Swedish names qv, French ones a final q: ``Lindqvist``, ``Ascq``).
_MALTESE_Q = re.compile(r"q[aeio]")
#: Maltese typed without its letters writes għ as gh: after a consonant inside a word and before a, o or u
#: (``jghaddi``, ``nibghat``, ``minghajr``); Romanian and Italian write gh only before e and i (``gheorghe``,
#: ``margherita``), Irish after a vowel (``aghaidh``).
_MALTESE_GH = re.compile(r"[^\W\d_aeiouy]gh[aou]")
#: Maltese typed without its letters writes għ as gh at a word's start too, before a or u (``ghandi``, ``ghadu``,
#: ``ghax``; English writes gho, ``ghost``; Irish lenites g before any vowel, ``ghabh``, and makes no call either).
_MALTESE_GH_START = re.compile(r"^gh[au]")
#: Maltese negates a verb with a final x after its consonant (``ma tahdimx``, ``ma wasalx``, ``ma nistax`` is
#: listed); no other zone language ends a word in a consonant and x but names (``Marx``) and -nx (``lynx``).
_MALTESE_NEGATION = re.compile(r"[bdfghjklmqrstvwzżħ]x$")
#: Maltese writes the Romance -tion as -zzjoni (``informazzjoni``, ``applikazzjoni``).
_MALTESE_TION = "zzjon"
_IRISH_STARTS = ("bh", "mh", "dh", "fh", "gc", "bp", "dt")
_IRISH_ECLIPSIS = re.compile(r"^[ntbh][A-ZÁÉÍÓÚ]")
#: Irish spellings no other zone language writes: a final dh (``seoladh``, ``íocfaidh``), -aigh (``athraigh``),
#: and aoi (``faoi``, ``daoine``).
_IRISH_SPELLING = re.compile(r"..dh$|aigh$|aoi")
#: Irish mo (my) lenites the word after it (``mo chárta``, ``mo phasfhocal``, ``mo thoil``); no other zone language
#: writes mo before a word starting with ch, ph, th, sh or gh (bh, mh, dh, fh start an Irish word anywhere).
_IRISH_LENITED = re.compile(r"[cptsg]h[^\W\d_]", re.IGNORECASE)
_ESTONIAN_COMPANIONS = frozenset("äöü")
_SENTENCE_ENDS = frozenset(".!?:;…")
#: Portuguese writes õ only before a final e, es or em (``põe``, ``opções``, ``compõem``); Estonian anywhere.
_PORTUGUESE_TILDE_O = re.compile(r"õe[sm]?$")


class Marks:
    """The function words (and Maltese hyphenated forms) per language, read from `FUNCTION_WORDS_FILE`."""

    def __init__(self, words: Mapping[str, frozenset[str]]) -> None:
        self.words = words
        self.prefixes = frozenset(word for word in words.get("mt", ()) if word.endswith("-"))

    @classmethod
    def parse(cls, lines: Iterable[str]) -> Marks:
        """Marks from the file's lines (`language<TAB>word`; `#` starts a comment)."""
        found: dict[str, set[str]] = {}
        for line in lines:
            if line.strip() and not line.startswith("#"):
                language, word = line.rstrip("\n").split("\t")
                found.setdefault(language, set()).add(word)
        return cls({language: frozenset(words) for language, words in found.items()})


@cache
def shipped_marks() -> Marks:
    """The marks shipped with the function (read once)."""
    return Marks.parse(FUNCTION_WORDS_FILE.read_text(encoding="utf-8").splitlines())


def evidence(text: str, marks: Marks | None = None) -> dict[str, int]:
    """How many words of `text` bear each language's marks (only languages with at least one)."""
    return read_marks(text, marks)[0]


def read_marks(text: str, marks: Marks | None = None) -> tuple[dict[str, int], list[str]]:
    """(`evidence`, the words of `text` that bear no mark and are not written as names or acronyms are)."""
    marks = marks or shipped_marks()
    folded = text.lower()
    estonian_letters = bool(_ESTONIAN_COMPANIONS.intersection(folded))
    counts: dict[str, int] = {}
    unmarked = []
    previous = ""
    for found in _WORD.finditer(text):
        word = found.group()
        name = word.isupper() or (word[0].isupper() and not starts_sentence(text, found.start()))
        languages = _languages_of(word, marks, estonian_letters, name)
        if previous == "mo" and _IRISH_LENITED.match(word):
            languages.add("ga")
        previous = word.lower()
        for language in languages:
            counts[language] = counts.get(language, 0) + 1
        if not languages and not name:
            unmarked.append(word)
    return counts, unmarked


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` is the first of `text`, of a line or of a sentence (a capital there is no
    sign of a name)."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        if text[at] == "\n":
            return True
        at -= 1
    return at < 0 or text[at] in _SENTENCE_ENDS


def _languages_of(word: str, marks: Marks, estonian_letters: bool, name: bool = False) -> set[str]:
    """The languages whose marks `word` bears (`name`: written as a name or an acronym is, capitalized inside a
    sentence or in capitals throughout, it is not taken for a listed word)."""
    lower = word.lower().replace("’", "'")
    bare = lower.strip("'-")
    listed = "" if name else bare
    found = set()
    if (
        _MALTESE_LETTERS.intersection(lower)
        or _MALTESE_ELISION.match(lower)
        or _MALTESE_PARTICLES.match(lower)
        or (len(listed) >= 3 and _MALTESE_Q.search(listed))
        or _MALTESE_GH.search(listed)
        or _MALTESE_GH_START.match(listed)
        or (len(listed) >= 4 and _MALTESE_NEGATION.search(listed))
        or _MALTESE_TION in lower
        or ("-" in lower[:-1] and lower[: lower.index("-") + 1] in marks.prefixes)
        or listed in marks.words.get("mt", ())
    ):
        found.add("mt")
    if (
        bare.startswith(_IRISH_STARTS)
        or _IRISH_ECLIPSIS.match(word)
        or listed in marks.words.get("ga", ())
        or _IRISH_SPELLING.search(listed)
    ):
        found.add("ga")
    estonian_o = "õ" in lower and (estonian_letters or not _PORTUGUESE_TILDE_O.search(bare))
    if estonian_o or listed in marks.words.get("et", ()):
        found.add("et")
    if listed in marks.words.get("lb", ()):
        found.add("lb")
    return found


def reweigh(
    scores: Iterable[tuple[str, float]], counts: Mapping[str, int], factor: float = FACTOR, floor: float = FLOOR
) -> tuple[tuple[str, float], ...]:
    """The model's `scores` with each marked language's probability (at least `floor`) multiplied by `factor` per
    marked word (at most `MAX_WORDS`), normalized, best first (unchanged without marks)."""
    ranked = list(scores)
    if not counts:
        return tuple(ranked)
    weighed = dict(ranked)
    for language, count in counts.items():
        weighed[language] = max(weighed.get(language, 0.0), floor) * factor ** min(count, MAX_WORDS)
    total = sum(weighed.values())
    if total <= 0:
        return tuple(ranked)
    return tuple(sorted(((language, score / total) for language, score in weighed.items()), key=lambda item: -item[1]))
