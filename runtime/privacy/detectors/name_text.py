"""The words of a message as the name detectors read them (pure): offsets, folded forms, sentence breaks."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from runtime.privacy.detectors.intro_phrases import CONTACTS, GREETINGS, LOWER_CASE, RELATIONS, STRONG, WEAK
from runtime.privacy.detectors.name_relation_nouns import RELATION_NOUNS
from runtime.privacy.detectors.name_words import FAMILY_NAMES, GIVEN_NAMES, word_set
from runtime.privacy.name_tokens import PARTICLES
from runtime.privacy.normalize import fold

_LETTERS: Final = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*"  # combining accents belong to their word
#: A word: letters, with apostrophes and hyphens inside (``O'Brien``, ``Jean-Pierre``).
WORD: Final = re.compile(rf"{_LETTERS}(?:['’\-]{_LETTERS})*")
_SENTENCE_END: Final = frozenset('.!?:;\n\t"“«„()¿¡')  # (a tab parts a pasted row's cells)
_TITLE_GAP: Final = frozenset({" ", "\u00a0", ". ", ".\u00a0"})
#: Irish particles by their written forms, folded with their accent kept (``Ó``, ``Ní``, ``Uí``: not the
#: Portuguese ``o`` or the Spanish ``ni``).
_IRISH_PARTICLES: Final = {
    form: form.lower() for word in ("Ó", "Ní", "Uí") for form in (word, word.lower(), word.upper())
}
IRISH_PARTICLES: Final = frozenset(_IRISH_PARTICLES.values())
#: Irish particles that are words of other languages in lower case (Polish ``nic``, the ``mac`` of computers):
#: particles only as written in Irish names (``NIC AODHA``, ``MAC GIOLLA``, ``Mhic``).
_IRISH_WRITTEN_PARTICLES: Final = frozenset({"MAC", "NIC", "MHIC", "Nic", "Mhic"})
#: Particles that continue a name (``da``, ``van der``, ``Ó``); not ``e``/``y``/``i``, which join two people.
NAME_PARTICLES: Final = (PARTICLES - {"a", "e", "i", "y", "of"}) | IRISH_PARTICLES


#: The letters Irish writes before a capitalized name after some words (``le hOisín``, ``Ó bhFeargail``, ``i
#: gCorcaigh``): the name is the rest.
_IRISH_MUTATIONS: Final = ("bh", "h", "n", "t", "m", "g", "b", "d")


def _unmutated(word: str) -> str:
    """``word`` without an Irish initial mutation (``hOisín`` -> ``Oisín``, ``bhFeargail`` -> ``Feargail``)."""
    if len(word) < 3 or not word[0].islower() or not (word[1].isupper() or word[2].isupper()):
        return word
    for prefix in _IRISH_MUTATIONS:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) > 1 and rest[0].isupper() and rest[1].islower():
            return rest
    return word


#: The capitals Irish lenites by writing an ``h`` after them (``a Phádraig``, ``do Shiobhán``, ``ar Mháire``).
_LENITED: Final = frozenset("BCDFGMPST")
#: The Irish words a lenited name follows: the vocative particle and the prepositions (not a noun before a name
#: in the genitive: ``Carraig Phádraig`` is a place).
_LENITING: Final = frozenset(
    ["a", "do", "de", "den", "don", "ar", "faoi", "ó", "o", "mo", "roimh", "trí", "thar", "um", "dá"]
)


def _unlenited(word: str, key: str) -> str:
    """``key`` (``word`` folded) without an Irish lenition when that makes a known given name of a word that is no
    known name (``Phádraig`` -> ``padraig``; ``Thomas``, ``Sharon`` stay as written)."""
    if len(word) < 4 or not word[2].islower() or key in GIVEN_NAMES or key in FAMILY_NAMES:
        return key
    bare = key[0] + key[2:]
    return bare if bare in GIVEN_NAMES else key


#: Elided articles written before a name in lower case (Luxembourgish, French, Italian, Catalan ``d'``, ``l'``):
#: ``d'marianne`` is read as ``marianne`` (``d'Almeida`` as ``almeida``, a family name all the same).
_ELIDED: Final = re.compile(r"[dl]['’](?=[^\W\d_]{3})")
#: Italian prepositions joined to the article and elided before a woman's name (``dell'Ornella``, ``all'Ilaria``,
#: ``dall'Elena``, ``coll'Anna``: of, to, from, with): the name is the word after the apostrophe. (``nell'``,
#: ``sull'``: in, on, come before places.)
_ELIDED_PREPOSITION: Final = re.compile(r"(?:dell|all|dall|coll)['’](?=[^\W\d_]{3})")


def _unelided(word: str) -> str:
    """``word`` without an elided article or preposition before it (``d'marianne`` -> ``marianne``,
    ``dell'Ornella`` -> ``Ornella``)."""
    if len(word) < 5 or (word[1] not in "'’" and word[3:5].isalpha()):
        return word  # the common case, decided at once
    match = _ELIDED.match(word) or _ELIDED_PREPOSITION.match(word)
    return word[match.end() :] if match else word


def elided_preposition(word: str) -> int:
    """How many characters of ``word`` are an Italian preposition elided before a name (``dell'``), or 0."""
    if word[3:5].isalpha():
        return 0  # the common case, decided at once
    match = _ELIDED_PREPOSITION.match(word)
    return match.end() if match else 0


#: Irish particles in lower case (``pádraig mac giolla``): particles only between two words of a name.
_IRISH_LOWER_PARTICLES: Final = frozenset({"mac", "nic", "mhic"})
#: The particles after which Irish writes the article ``an`` before the surname (``Mac an tSaoir``).
_BEFORE_IRISH_ARTICLE: Final = frozenset({"mac", "nic", "mhic", "mag", "ó", "ní", "uí"})


def irish_particle(words: Words, index: int) -> bool:
    """Whether word ``index`` is an Irish particle (``Ó``, ``Ní``, ``Uí``, ``NIC``, ``MAC``, ``mac`` between two
    lower-case words, the ``an`` of ``Mac an tSaoir``)."""
    word = words.words[index]
    if words.folded[index] in IRISH_PARTICLES or word in _IRISH_WRITTEN_PARTICLES:
        return True
    if word == "an":
        return index > 0 and words.folded[index - 1] in _BEFORE_IRISH_ARTICLE
    return word in _IRISH_LOWER_PARTICLES and 0 < index < len(words.words) - 1 and words.words[index - 1].islower()


def capitalized(word: str) -> bool:
    """``Silva``, ``O'Brien``, ``d'Almeida``, ``Jean-Pierre``, ``hOisín`` (not ``SILVA``, ``ILe``, ``A``,
    ``silva``)."""
    if word[0].isupper():
        return len(word) > 1 and (word[1].islower() or (word[1] in "'’" and len(word) > 2 and word[2].isupper()))
    if len(word) > 2 and word[1] in "'’":
        return word[2].isupper()
    if ("'" in word[3:5] or "’" in word[3:5]) and (elided := elided_preposition(word)) and len(word) > elided + 1:
        return capitalized(word[elided:])  # ``dell'Ornella``
    unmutated = _unmutated(word)
    return unmutated is not word and capitalized(unmutated)


#: The last words of the relations and the relation nouns (``datter``, ``mujer``, ``penningmeester``), folded, of
#: four letters or more and no known name: the second part of a compound relation.
_RELATION_ENDS: Final = frozenset(
    key
    for key in (fold(phrase.rsplit(" ", 1)[-1]) for phrase in (*RELATIONS, *RELATION_NOUNS))
    if len(key) >= 4 and key not in GIVEN_NAMES and key not in FAMILY_NAMES
)
#: Every word of a phrase before a name, folded: a compound written in one (``belle-mere``, ``il-kollega``) stays.
_PHRASE_WORDS: Final = frozenset(
    word for phrase in (*RELATIONS, *RELATION_NOUNS, *STRONG, *WEAK, *CONTACTS, *GREETINGS, *LOWER_CASE)
    for word in fold(phrase).split()
)  # fmt: skip
#: The first parts of a relation written in one word with its noun (``bonusdatter``, ``exmujer``).
_RELATION_PREFIXES: Final = ("bonus", "ex", "eks")


def _compound_relation(key: str) -> str:
    """A folded word that is a relation compound, as its relation (``vve-penningmeester``, ``il-parrinu``,
    ``bonusdatter``, ``exmujer``: ``penningmeester``, ``parrinu``, ``datter``, ``mujer``); any other word as is."""
    if key in _PHRASE_WORDS:
        return key
    if "-" in key:
        tail = key.rsplit("-", 1)[1]
        return tail if tail in _RELATION_ENDS else key
    for prefix in _RELATION_PREFIXES:
        if key.startswith(prefix) and key[len(prefix) :] in _RELATION_ENDS:
            return key[len(prefix) :]
    return key


#: German articles, possessives and determiners: a capitalized word after them is a noun (German capitalizes
#: nouns), not a lone given name.
GERMAN_DETERMINERS: Final = word_set("""
der die das den dem des ein eine einen einem einer eines mein meine meinen meinem meiner dein deine deinen sein
seine seinen seinem seiner ihre ihren ihrem ihrer unser unsere unseren euer eure kein keine keinen keinem
diese dieser diesen diesem jeder jeden jedem welche welcher meines deines seines ihres unseres eures keines
""")


def after_german_determiner(words: Words, index: int) -> bool:
    """Whether the capitalized word ``index`` follows a German article or possessive on its line and is no known
    given or family name: a noun (``meines Vaters``, ``meine Azubine``), not a name's first word (``der Müller
    Hans``, ``dem Mireille``)."""
    return (
        index > 0
        and words.folded[index - 1] in GERMAN_DETERMINERS
        and words.joined(index - 1, index)
        and words.folded[index] not in GIVEN_NAMES
        and words.folded[index] not in FAMILY_NAMES
    )


#: What may stand between a phrase and the name it announces besides a space: an opening quotation mark.
_QUOTED: Final = frozenset({" «", " « ", ' "', " „", " “", " ‚", " '", " ‹"})


class Words:
    """The words of a message with their offsets and folded forms (a relation compound folded to its relation:
    ``bonusdatter``, ``VvE-penningmeester``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        matches = list(WORD.finditer(text))
        self.spans = [match.span() for match in matches]
        self.words = [match.group() for match in matches]
        self.folded = [_IRISH_PARTICLES.get(word) or fold(_unelided(_unmutated(word))) for word in self.words]
        for index, key in enumerate(self.folded):
            if key.startswith(_RELATION_PREFIXES) or "-" in key:
                self.folded[index] = _compound_relation(key)
        for index, word in enumerate(self.words):
            if word[1:2] == "h" and word[:1] in _LENITED and index and self.words[index - 1] in _LENITING:
                self.folded[index] = _unlenited(word, self.folded[index])
        text = self.text
        #: Whether each word and the next are separated by one space only (``joined``, computed once): not a line
        #: break, nor a tab, which parts the cells of pasted data (``Tenant: Ann Lee<TAB>Ref: 12``).
        self._joined = [
            end + 1 == start and text[end].isspace() and text[end] not in "\n\r\t"
            for (_, end), (start, _) in zip(self.spans, self.spans[1:], strict=False)
        ]
        #: Whether some word is written in lower case or capitalized (a message not all in capitals).
        self.mixed_case = any(not word.isupper() for word in self.words)
        #: Whether the message is written all in lower case (typed in a hurry: its names have no capital either).
        self.all_lower = text.islower()

    def joined(self, left: int, right: int) -> bool:
        """Whether words ``left`` and ``right`` are separated by one space only."""
        if right == left + 1 and 0 <= left < len(self._joined):
            return self._joined[left]
        gap = self.text[self.spans[left][1] : self.spans[right][0]]
        return len(gap) == 1 and gap.isspace() and gap not in "\n\r\t"

    def titled(self, index: int) -> bool:
        """Whether word ``index`` follows the word before it as a name follows a title (``Dr. X``, ``pan X``)."""
        return self.text[self.spans[index - 1][1] : self.spans[index][0]] in _TITLE_GAP

    def after_break(self, index: int) -> bool:
        """Whether word ``index`` starts the message (punctuation before it at most), a sentence or a pasted row's cell
        (after a tab)."""
        if index == 0 and not any(char.isalnum() for char in self.text[: self.spans[0][0]]):
            return True
        position = self.spans[index][0] - 1
        while position >= 0 and self.text[position].isspace() and self.text[position] not in "\n\t":
            position -= 1
        return position < 0 or self.text[position] in _SENTENCE_END

    def joined_run(self, first: int, end: int) -> bool:
        """Whether every word from ``first`` up to word ``end`` is separated from the next by one space only."""
        return all(self.joined(inner, inner + 1) for inner in range(first, end))

    def phrase_start(
        self, last: int, phrases: Mapping[str, Sequence[tuple[str, ...]]], least_before: int = 0
    ) -> int | None:
        """Where a phrase of ``phrases`` that ends with word ``last`` begins, or None. ``phrases`` maps a phrase's
        last word (folded) to the words before it; the first that matches wins, those with fewer than
        ``least_before`` words before the last left out."""
        for head in phrases.get(self.folded[last], ()):
            first = last - len(head)
            if len(head) >= least_before and first >= 0 and tuple(self.folded[first:last]) == head:
                return first
        return None

    def follows(self, index: int, phrases: Mapping[str, Sequence[tuple[str, ...]]]) -> bool:
        """Whether the words just before ``index`` are one of ``phrases``, a space or an opening quotation mark
        between (``στο όνομα «Δρόσος``, ``registered to "Anna``)."""
        last = index - 1
        if last < 0 or self.folded[last] not in phrases:
            return False
        if not self.joined(last, index) and self.text[self.spans[last][1] : self.spans[index][0]] not in _QUOTED:
            return False
        return self.phrase_start(last, phrases) is not None
