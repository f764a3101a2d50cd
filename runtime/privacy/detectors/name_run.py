"""Where a person's name written as a run of words ends, and which words may begin or continue one (pure):
the words that never continue a name, titles, particles and initials, the surname after a given name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Final

from runtime.privacy.detectors.intro_phrases import CLOSINGS, RANKS, TITLES
from runtime.privacy.detectors.name_inflection import (
    PERSON_ENDINGS,
    family_name,
    inflected_given,
)
from runtime.privacy.detectors.name_phrases import (
    AFTER_NAME,
    CONTACTS_INDEX,
    LOWER_END,
    PHRASE_ENDS,
    after_phrase,
)
from runtime.privacy.detectors.name_text import (
    NAME_PARTICLES,
    WORD,
    Words,
    capitalized,
    irish_particle,
)
from runtime.privacy.detectors.name_title_cases import TITLE_CASES
from runtime.privacy.detectors.name_verbs import verb_form
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    word_set,
)
from runtime.privacy.detectors.ordinary_words import abbreviation_before
from runtime.privacy.detectors.street_types import AFTER, BEFORE
from runtime.privacy.name_tokens import HONORIFICS
from runtime.privacy.normalize import fold

_MAX_WORDS: Final = 6


#: The words of closing phrases (``Léif Gréiss``, ``Mit freundlichen Grüßen``): never part of the name after
#: them (not the given names among them: ``léif``).
CLOSING_WORDS: Final = frozenset(
    word
    for closing in CLOSINGS
    for word in WORD.findall(fold(closing))
    if len(word) >= 4 and word.isascii() and word not in GIVEN_NAMES and word not in FAMILY_NAMES
)


#: A company's departments, written after a name on a signature's line (``Jens Jepsen Regnskabsafdelingen``,
#: ``Maciej Szlufik Księgowość``), folded: accounting, finance, payroll, human resources, sales, customer service.
DEPARTMENTS: Final = frozenset(
    fold(word)
    for word in word_set("""
accounting accounts bookkeeping payroll buchhaltung finanzbuchhaltung lohnbuchhaltung personalabteilung
kundenservice comptabilité comptabilitéit contabilità amministrazione contabilidad contabilidade boekhouding
administratie salarisadministratie księgowość kadry účetnictví účtovníctvo računovodstvo knjigovodstvo
könyvelés contabilitate счетоводство λογιστήριο kontabilità cuntasaíocht regnskab regnskabsafdelingen
bogholderi bogholderiet regnskap regnskapsavdelingen rekneskap rekneskapsavdelinga ekonomiavdelningen
redovisning bokföring löneavdelningen bókhald kirjanpito taloushallinto palkanlaskenta raamatupidamine
grāmatvedība buhalterija
""")
)
#: Capitalized words that never continue a name (pronouns, articles and greetings that German and English
#: capitalize, greetings, the street-type words of addresses, a company's departments).
NEVER_IN_NAME: Final = (
    word_set("""
i ich sie ihr ihre ihrer ihren ihnen du dich dir mein meine meinen der die das den dem ein eine einen herr frau
you my we the a an dear hi hello ola bom boa hola buenos bonjour merci hallo guten lieber liebe
ciao buongiorno caro cara hoi beste goedemiddag dzien dobry hej hei moi dobry buna γεια
szanowny szanowna szanowni stimate stimata spostovani spostovana postovani postovana vazeny vazena
euro eur
""")
    | frozenset(fold(word).strip(".") for word in (*BEFORE, *AFTER) if word.replace(".", "").isalpha())
    | AFTER_NAME
    | CLOSING_WORDS
    | DEPARTMENTS
)


#: Titles, honorifics and the ranks written after them (``Herr Doktor``) that are no family name (not ``Richter``).
TITLE_WORDS: Final = (
    frozenset(fold(title).rstrip(".") for title in (*TITLES, *TITLE_CASES))
    | HONORIFICS
    | frozenset(key for key in map(fold, RANKS) if key not in FAMILY_NAMES and key not in GIVEN_NAMES)
)


PHRASE_ENDS_AND_TITLES: Final = PHRASE_ENDS | TITLE_WORDS


#: Particles a surname writes capitalized after the given name (Belgian and Italian usage: ``Amelia Den
#: Buytelaar``, ``Pieter Van Damme``, ``Giulia De Luca``, ``Anna Da Silva``), folded.
_CAPITALIZED_PARTICLES: Final = word_set("van von de den der ter ten vanden vander da di du del della dello dos das")


def _capitalized_particle(words: Words, index: int) -> bool:
    if words.words[index] == "an":
        return irish_particle(words, index)  # ``Ciarán Mac an tSaoir``
    if words.words[index] == "het":
        return index > 0 and words.folded[index - 1] == "van"  # ``Mick Van het Veld``: a Dutch surname's article
    key = words.folded[index]
    if key in _CAPITALIZED_PARTICLES and capitalized(words.words[index]):
        return True  # inside a name's run (the caller asks after its first word): ``Amelia Den Buytelaar``
    return key in NAME_PARTICLES and not capitalized(words.words[index])


def _capitalized_name_word(words: Words, index: int) -> bool:
    return capitalized(words.words[index]) and words.folded[index] not in NEVER_IN_NAME


def lower_case_name_word(words: Words, index: int) -> bool:
    """Whether word ``index`` may continue a name written in lower case (no conjunction, pronoun or particle)."""
    word, key = words.words[index], words.folded[index]
    return (
        word.islower()
        and len(word) >= 2
        and key not in LOWER_END
        and key not in NEVER_IN_NAME
        and key not in NAME_PARTICLES
    )


def initial(words: Words, index: int) -> bool:
    """Whether word ``index`` is an initial with its dot before another word (``M.`` in ``Ana M. Silva``)."""
    word = words.words[index]
    if len(word) != 1 or not word.isupper() or index + 1 >= len(words.words):
        return False
    return words.text[words.spans[index][1] : words.spans[index + 1][0]] in (". ", ".\u00a0")


def name_end(
    words: Words,
    start: int,
    particle: Callable[[Words, int], bool] = _capitalized_particle,
    name_word: Callable[[Words, int], bool] = _capitalized_name_word,
) -> int:
    """Index after the last word of the name beginning at word ``start``: the surnames (``name_word``) joined to
    it, particles (``particle``) included only with a surname after them, a middle initial too (``Ana M.
    Silva``). Capitalized words by default; a name written in lower case passes the lower-case predicates (up to
    a word of ``LOWER_CASE_NAME_END``)."""
    end = start + 1
    count = len(words.words)
    while end < count and end - start < _MAX_WORDS and words.joined(end - 1, end):
        probe = end
        if initial(words, probe) and name_word(words, probe + 1):
            end = probe + 2
            continue
        while probe < count and particle(words, probe):
            if probe + 1 >= count or not words.joined(probe, probe + 1):
                break
            probe += 1
        if probe >= count or not name_word(words, probe):
            break
        end = probe + 1
    return end


def same_case_particle(words: Words, index: int) -> bool:
    """Whether word ``index`` is a name particle in any letter case (``van``, ``DE``, an Irish ``mac``)."""
    return words.folded[index] in NAME_PARTICLES or irish_particle(words, index)


def upper_name_word(words: Words, index: int) -> bool:
    """Whether word ``index`` may continue a name written in capitals."""
    word = words.words[index]
    return word.isupper() and len(word) >= 2 and words.folded[index] not in NEVER_IN_NAME


def surname_like(key: str, word: str) -> bool:
    """A word that may continue a name after a given name: a known name, or a word too rare to be a common one
    (``kranjc``), written in plain letters (not ``ﬁﬁ``: ligatures and other compatibility forms are no surname
    one types); not ``vai``, ``ontem``, ``conta``, nor a frequent word in lower case or in capitals by an inflected
    form alone (``dolores de cabeza``: of the head; ``ELIN EKBERG SKA``: shall), unless it is a given name that is
    no word (``lakatos erzsébet``)."""
    if key in FAMILY_NAMES:
        return True
    if family_name(key) or inflected_given(key):
        if key not in FREQUENT_WORDS or not (word.islower() or word.isupper()) or word.endswith(PERSON_ENDINGS):
            return True
        return key in GIVEN_NAMES and key not in COMMON_WORDS
    if "-" in key:  # a double surname (``FERREIRA-SANTOS``, ``точева-клопова``), not ``e-mail`` or ``check-in``
        return all(surname_like(part, part) for part in key.split("-"))
    return (
        len(key) >= 3 and key not in FREQUENT_WORDS and key not in LOWER_END and unicodedata.is_normalized("NFKC", word)
    )


def known_upper_word(words: Words, index: int) -> bool:
    """Whether word ``index``, in capitals, may be a surname (a known name or a word too rare to be a common one)."""
    return upper_name_word(words, index) and surname_like(words.folded[index], words.words[index])


def known_lower_word(words: Words, index: int) -> bool:
    """Whether word ``index``, in lower case, may be a surname (a known name or a word too rare to be a common one)."""
    return lower_case_name_word(words, index) and surname_like(words.folded[index], words.words[index])


def given_key(key: str) -> bool:
    """A known given name that is no common word (``ana``, ``jean-pierre``; not ``will``)."""
    if key in NOT_NAMES or key in COMMON_WORDS:
        return False
    return key in GIVEN_NAMES or ("-" in key and all(part in GIVEN_NAMES for part in key.split("-")))


def given_name(key: str) -> bool:
    """A known given name (a hyphenated one by its first part), not a word that is more often something else."""
    return key not in NOT_NAMES and (inflected_given(key) or key.split("-", 1)[0] in GIVEN_NAMES)


def after_contact(words: Words, index: int) -> bool:
    """Whether word ``index`` follows a contact phrase and is a known given or family name."""
    key = words.folded[index]
    return words.follows(index, CONTACTS_INDEX) and (given_name(key) or family_name(key))


def after_phrase_or_title(words: Words, index: int) -> bool:
    """Whether word ``index`` follows the last word of a phrase or a title (``mluvil jsem s``, ``pani``)."""
    if index == 0:
        return False
    previous = words.folded[index - 1]
    return (previous in PHRASE_ENDS or previous in TITLE_WORDS) and words.joined(index - 1, index)


#: Words after which a lower-case given name may take a rare word as its surname (``da joana kranjc``):
#: articles, prepositions and conjunctions (most other words before a rare pair are its sentence's: Estonian
#: ``andis tühja``, Latvian ``rīku izsaukumu`` are a verb and a noun).
_BEFORE_RARE_SURNAME: Final = LOWER_END | word_set("""
da do de di du dos das del dei della von van zu z s ze u od dla ar su με τον την του της και и с от на за
door naar aan bij to by from an bei chez hos fra från til till av af
""")


def rare_surname_context(words: Words, index: int) -> bool:
    """Whether a lower-case given name at word ``index`` may take a rare word as its surname: at the start of the
    message or a line, after a comma, after an introduction, relation or contact phrase, or after an article,
    preposition or conjunction (not after a verb or noun: Estonian ``andis tühja``)."""
    if index == 0 or (words.after_break(index) and not abbreviation_before(words, index)) or after_phrase(words, index):
        return True
    gap = words.text[words.spans[index - 1][1] : words.spans[index][0]]
    return gap.strip() == "," or _after_function_word(words, index)


def _after_function_word(words: Words, index: int) -> bool:
    """Whether word ``index`` follows an article, preposition or conjunction (``da``, ``with``, ``és``)."""
    return index > 0 and words.joined(index - 1, index) and words.folded[index - 1] in _BEFORE_RARE_SURNAME


#: The longest word taken as a surname for being rare (a longer rare word is a compound or an inflected noun:
#: ``personoplysninger``, ``kasutuspiirini``).
_RARE_SURNAME_LETTERS: Final = 12


def one_rare_word(words: Words, index: int, end: int, rare_surname: bool = True) -> int:
    """``end`` cut after the first word that is no known name: a rare word counts as the surname right after the
    given name only (``joana kranjc``) and where ``rare_surname`` allows it, not further on (``marco ferrari
    ligou``); a name that is a common word continues no name after its surname (``jean dupont est``); the name
    ends on no particle (``rud le``)."""
    for probe in range(index + 1, end):
        key = words.folded[probe]
        if initial(words, probe):
            continue  # ``ANA M. SILVA``
        particle = key in NAME_PARTICLES or irish_particle(words, probe)
        if probe > index + 1 and key in COMMON_WORDS and not particle:
            return without_particles(words, index, probe)
        if not particle and key not in GIVEN_NAMES and not _known_family(key):
            if _rare_surname_place(words, index, probe):
                longest = max(len(part) for part in key.split("-"))
                irish = any(irish_particle(words, b) for b in range(index + 1, probe))  # ``ní fhlannagáin``
                if irish and words.words[probe].isupper():
                    return end  # an Irish surname of two words in capitals (``MAC GIOLLA PHÁDRAIG``)
                if (rare_surname or irish) and longest <= _RARE_SURNAME_LETTERS and not verb_form(words.words[probe]):
                    return _particle_tail(words, probe + 1, end)
                return index
            return without_particles(words, index, probe)
    return end


def _particle_tail(words: Words, at: int, end: int) -> int:
    """``at`` moved over a particle and the word after it inside the run ``:end`` (``GOYAERTS VAN WADERLE``, ``kranjc
    de sousa``): a double surname joined by a particle."""
    while at + 1 < end and same_case_particle(words, at) and not same_case_particle(words, at + 1):
        at += 2
    return at


def _rare_surname_place(words: Words, index: int, probe: int) -> bool:
    """Whether a rare word at ``probe`` may be the surname of the name that begins at ``index``: only particles and
    initials come between (``ana m. kranjc``; not a given name, which is a surname as often: ``arina barbu
    împlinește``), or a particle right before it after the first surname (``FELIX GOYAERTS VAN WADERLE``: a verb
    follows no particle)."""
    if all(same_case_particle(words, b) or initial(words, b) for b in range(index + 1, probe)):
        return True
    return probe - 1 > index + 1 and same_case_particle(words, probe - 1) and words.folded[probe - 1] not in LOWER_END


def _known_family(key: str) -> bool:
    """A known family name, an inflected one, or a double one of two (``ferreira-santos``)."""
    if key in FAMILY_NAMES or family_name(key):
        return True
    return "-" in key and all(part in FAMILY_NAMES or family_name(part) for part in key.split("-"))


def without_particles(words: Words, index: int, end: int) -> int:
    """``end`` moved back over the particles that end the name ``index:end`` (``rud le`` -> ``rud``)."""
    while end - 1 > index and words.folded[end - 1] in NAME_PARTICLES:
        end -= 1
    return end
