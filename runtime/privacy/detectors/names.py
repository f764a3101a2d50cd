"""Person names in any market language, for the languages Comprehend cannot read (pure, linear).

A name is found these ways:

- a known given name (``name_words.GIVEN_NAMES``, inflected forms too: ``Anną``, ``Petrem``, see
  ``name_inflection``) followed by capitalized surnames and particles (``Jan van der Berg``, ``Γιώργος
  Παπαδόπουλος``), or a known family name followed by a given name (``Bianchi Giulia``, ``Kovács Péter``);
- a title followed by capitalized words (``pan Kowalski``, ``Herr Müller``, ``κ. Παπαδόπουλος``);
- the words after an introduction (``nazywam się Ewa Nowak``, ``jag heter Lars``) or a relation (``o meu
  marido Rui``, ``meine Frau Anna``), and a known name after a contact phrase (``falei com a Ana``, ``I spoke
  with``), see ``intro_phrases``; in lower case or in capitals when the first word is a known name;
- in capitals or in lower case without such a phrase, a known given name followed by known family names that
  are no common words (``MARTA LOPES``, ``JOSÉ ALVES PINTO``, ``ana silva``);
- in pasted data and letters: fields and CSV columns named for a name, signatures (see ``name_fields``).

A known given name alone counts when it stands mid-sentence, is not a word that is more often something else
(``name_words.NOT_NAMES``, ``COMMON_WORDS``) and does not follow a place preposition (``in Nancy``).
Sentence-initial lone words are left alone: every language capitalizes them. Places stay places: no name is
taken inside a street, saint's, monarch's or place name, with the street word before it (abbreviated,
inflected, quoted: ``Rua Almirante Reis``, ``ul. Adama Mickiewicza``, ``бул. „Христо Ботев“``) or after it
(``Liszt Ferenc tér``, ``Gedimino prospekte``, ``Karl Johans gate``, ``Birger Jarlsgatan``), with a regnal
number (``Jana Pawła II``), after a monarch's title (``King Edward``), in an institution (``Hospital Santa
Maria``, ``Uniwersytet im. Adama Mickiewicza``), or a town of ``name_words.TOWNS`` (``Reggio Emilia``); see
``name_places``. A name beside a house number is the address detector's.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable
from typing import Final

from runtime.privacy.detectors import name_fields
from runtime.privacy.detectors.columns import header_lines
from runtime.privacy.detectors.intro_phrases import CLOSINGS, TITLES
from runtime.privacy.detectors.name_inflection import (
    base_forms,
    family_name,
    inflected_given,
    may_be_given,
    strong_surname,
    surname_ending,
)
from runtime.privacy.detectors.name_phrases import (
    AFTER_NAME,
    CONTACTS_INDEX,
    GREETINGS_INDEX,
    LOWER_END,
    LOWER_INDEX,
    PHRASE_ENDS,
    RELATIONS_INDEX,
    STRONG_INDEX,
    WEAK_INDEX,
    after_known_phrase,
    after_phrase,
    after_relation_comma,
    after_sure_phrase,
    before_after_name_word,
    ends_phrase,
)
from runtime.privacy.detectors.name_places import (
    PLACE_WORDS,
    in_place,
    in_town,
    place_after,
    place_name,
    place_tail,
    street_word,
)
from runtime.privacy.detectors.name_tail import without_frequent_tail
from runtime.privacy.detectors.name_text import (
    IRISH_PARTICLES,
    NAME_PARTICLES,
    WORD,
    Words,
    capitalized,
    irish_particle,
)
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    PLACE_PREPOSITIONS,
    RARE_GIVEN_NAMES,
    word_set,
)
from runtime.privacy.detectors.street_types import AFTER, BEFORE
from runtime.privacy.name_tokens import HONORIFICS
from runtime.privacy.normalize import fold
from runtime.privacy.types import NAME, SOURCE_BUILTIN, PiiSpan

_MAX_WORDS: Final = 6
#: The words of closing phrases (``Léif Gréiss``, ``Mit freundlichen Grüßen``): never part of the name after
#: them (not the given names among them: ``léif``).
_CLOSING_WORDS: Final = frozenset(
    word
    for closing in CLOSINGS
    for word in WORD.findall(fold(closing))
    if len(word) >= 4 and word.isascii() and word not in GIVEN_NAMES and word not in FAMILY_NAMES
)
#: Capitalized words that never continue a name (pronouns, articles and greetings that German and English
#: capitalize, greetings, the street-type words of addresses).
NEVER_IN_NAME: Final = (
    word_set("""
i ich sie ihr ihre ihrer ihren ihnen du dich dir mein meine meinen der die das den dem ein eine einen herr frau
you my we the a an dear hi hello ola bom boa hola buenos bonjour merci hallo guten lieber liebe
ciao buongiorno caro cara hoi beste goedemiddag dzien dobry hej hei moi dobry buna γεια
euro eur
""")
    | frozenset(fold(word).strip(".") for word in (*BEFORE, *AFTER) if word.replace(".", "").isalpha())
    | AFTER_NAME
    | _CLOSING_WORDS
)


TITLE_WORDS: Final = frozenset(fold(title).rstrip(".") for title in TITLES) | HONORIFICS
PHRASE_ENDS_AND_TITLES: Final = PHRASE_ENDS | TITLE_WORDS


def _capitalized_particle(words: Words, index: int) -> bool:
    if words.words[index] == "an":
        return irish_particle(words, index)  # ``Ciarán Mac an tSaoir``
    return words.folded[index] in NAME_PARTICLES and not capitalized(words.words[index])


def _capitalized_name_word(words: Words, index: int) -> bool:
    return capitalized(words.words[index]) and words.folded[index] not in NEVER_IN_NAME


def _lower_case_particle(words: Words, index: int) -> bool:
    return words.folded[index] in NAME_PARTICLES and words.words[index].islower()


def _lower_case_name_word(words: Words, index: int) -> bool:
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


def _initial_surname(words: Words, index: int) -> int:
    """End of a name written as an initial and a known family name (``J. Kowalski``), or ``index``."""
    following = index + 1
    if not initial(words, index) or words.folded[index] in PLACE_WORDS or not capitalized(words.words[following]):
        return index
    key = words.folded[following]
    if key in NOT_NAMES or key in COMMON_WORDS or key in NEVER_IN_NAME or not family_name(key):
        return index
    if words.folded[index] == "s":
        return index  # ``S. Bento``, ``S. Pedro``: São or San, a saint's place
    return name_end(words, following)


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


def _same_case_particle(words: Words, index: int) -> bool:
    return words.folded[index] in NAME_PARTICLES or irish_particle(words, index)


def _upper_name_word(words: Words, index: int) -> bool:
    word = words.words[index]
    return word.isupper() and len(word) >= 2 and words.folded[index] not in NEVER_IN_NAME


def _surname_like(key: str, word: str) -> bool:
    """A word that may continue a name after a given name: a known name, or a word too rare to be a common one
    (``kranjc``), written in plain letters (not ``ﬁﬁ``: ligatures and other compatibility forms are no surname
    one types); not ``vai``, ``ontem``, ``conta``."""
    if key in FAMILY_NAMES or family_name(key) or inflected_given(key):
        return True
    if "-" in key:  # a double surname (``FERREIRA-SANTOS``, ``точева-клопова``), not ``e-mail`` or ``check-in``
        return all(_surname_like(part, part) for part in key.split("-"))
    return (
        len(key) >= 3 and key not in FREQUENT_WORDS and key not in LOWER_END and unicodedata.is_normalized("NFKC", word)
    )


def _known_upper_word(words: Words, index: int) -> bool:
    return _upper_name_word(words, index) and _surname_like(words.folded[index], words.words[index])


def _known_lower_word(words: Words, index: int) -> bool:
    return _lower_case_name_word(words, index) and _surname_like(words.folded[index], words.words[index])


def _given_key(key: str) -> bool:
    """A known given name that is no common word (``ana``, ``jean-pierre``; not ``will``)."""
    if key in NOT_NAMES or key in COMMON_WORDS:
        return False
    return key in GIVEN_NAMES or ("-" in key and all(part in GIVEN_NAMES for part in key.split("-")))


def _given(key: str) -> bool:
    """A known given name (a hyphenated one by its first part), not a word that is more often something else."""
    return key not in NOT_NAMES and (inflected_given(key) or key.split("-", 1)[0] in GIVEN_NAMES)


def _after_contact(words: Words, index: int) -> bool:
    """Whether word ``index`` follows a contact phrase and is a known given or family name."""
    key = words.folded[index]
    return words.follows(index, CONTACTS_INDEX) and (_given(key) or family_name(key))


def _after_phrase_or_title(words: Words, index: int) -> bool:
    """Whether word ``index`` follows the last word of a phrase or a title (``mluvil jsem s``, ``pani``)."""
    if index == 0:
        return False
    previous = words.folded[index - 1]
    return (previous in PHRASE_ENDS or previous in TITLE_WORDS) and words.joined(index - 1, index)


def _announced(words: Words, index: int, key: str) -> bool:
    """Whether the context says a name begins at word ``index`` (folded ``key``), in any letter case: after a
    phrase after which any word is a name (``jmenuji se``, ``kona mi``: a known name or a word too rare to be a
    common one), or after a phrase or before a word that announce a known given name (``tady vojtěch``, ``hi
    anna``, ``gergely vagyok``)."""
    sure = after_sure_phrase(words, index)
    before = not sure and before_after_name_word(words, index)
    if not (sure or before or after_known_phrase(words, index)):
        return False  # most words: no phrase before them, no ``vagyok`` after them
    known = _given_key(key) or (key not in COMMON_WORDS and key not in NOT_NAMES and inflected_given(key))
    if sure:
        return known or (key not in COMMON_WORDS and family_name(key)) or _surname_like(key, words.words[index])
    if before:  # a given name that is also a word counts before ``vagyok`` or a call's verb (``vesna pokliče``),
        # and a word too rare to be a common one when a phrase comes before it too (``láttu hrafn hringja``)
        listed = key in GIVEN_NAMES and key not in NOT_NAMES
        rare = key not in FREQUENT_WORDS and key not in COMMON_WORDS and len(key) >= 3
        return known or listed or (rare and index > 0 and words.folded[index - 1] in PHRASE_ENDS)
    if words.follows(index, CONTACTS_INDEX) and key in FAMILY_NAMES and key not in COMMON_WORDS:
        return True
    return known and (key not in FREQUENT_WORDS or _name_closes(words, index))


def _name_closes(words: Words, index: int) -> bool:
    """Whether a lower-case or capitals name may end or go on at word ``index``: the text ends or a punctuation
    mark, a conjunction or pronoun (``LOWER_CASE_NAME_END``) or a known family name follows (``tady vojtěch,``,
    ``ja sam tomislav i``; not ``sono felice di``: a name that is a frequent word needs it)."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return True
    key = words.folded[following]
    return key in LOWER_END or (key in FAMILY_NAMES and key not in COMMON_WORDS) or family_name(key)


def _announced_name(words: Words, index: int) -> int:
    """End of a name in lower case or in capitals announced by its context (see ``_announced``), or ``index``."""
    word, key = words.words[index], words.folded[index]
    upper = word.isupper() and len(word) >= 2
    if index > 0 and words.folded[index - 1] not in PHRASE_ENDS and not before_after_name_word(words, index):
        return index  # the common case, decided at once
    if not (upper or word.islower()) or len(key) < 2 or key in NEVER_IN_NAME or key in LOWER_END:
        return index
    if key in PLACE_WORDS or not _announced(words, index, key):
        return index
    end = name_end(words, index, _same_case_particle, _announced_upper_word if upper else _announced_lower_word)
    return max(_one_rare_word(words, index, end), index + 1)


def _announced_upper_word(words: Words, index: int) -> bool:
    return _known_upper_word(words, index) and words.folded[index] not in COMMON_WORDS


def _announced_lower_word(words: Words, index: int) -> bool:
    return _known_lower_word(words, index) and words.folded[index] not in COMMON_WORDS


def _phrase_word(words: Words, index: int) -> bool:
    """Whether word ``index`` ends a phrase before a name (``ben`` in ``ik ben joost``, ``sem`` in ``sem
    matej``): it begins no name itself."""
    if words.folded[index] not in PHRASE_ENDS:
        return False
    if ends_phrase(words, index):
        return True
    following = index + 1
    return (
        following < len(words.words)
        and words.joined(index, following)
        and any(() in phrases.get(words.folded[index], ()) for phrases in (WEAK_INDEX, GREETINGS_INDEX))
        and _given_key(words.folded[following])
    )


def _same_case(first: str, second: str) -> bool:
    """Whether two words are written in the same letter case (lower, capitals or capitalized)."""
    if first.islower() or first.isupper():
        return second.islower() if first.islower() else second.isupper() and len(second) >= 2
    return capitalized(first) and capitalized(second)


def surname_pair(words: Words, index: int) -> bool:
    """Whether words ``index`` and the next are a given name and a family name, in any letter case, by the family
    name's form: one with a surname's ending (``strong_surname``: ``zuzana horváthová``, ``VIORICA POPESCU``,
    ``rūta petrauskienė``) after a known given name or a word too rare to be a common one; or a known family name
    after a known given name that is also a word (``marianne schumacher``, ``INGRID HAUGEN``). Neither may be a frequent
    word (``polska``, ``nová``)."""
    following = index + 1
    if following >= len(words.words):
        return False
    word, other, key, surname = words.words[index], words.words[following], words.folded[index], words.folded[following]
    if surname in FREQUENT_WORDS or surname in COMMON_WORDS or surname in NOT_NAMES:
        return False  # the common case, decided at once
    if not words.joined(index, following) or not _same_case(word, other):
        return False
    if len(key) < 2 or key in NEVER_IN_NAME or key in LOWER_END or key in PLACE_WORDS or key in NAME_PARTICLES:
        return False
    given = (key in GIVEN_NAMES and key not in NOT_NAMES) or inflected_given(key)
    rare = key not in FREQUENT_WORDS and key not in COMMON_WORDS
    if strong_surname(other) and not _adjective_place(words, index):
        unknown = len(key) >= 3 and rare and unicodedata.is_normalized("NFKC", word) and key not in TITLE_WORDS
        return given or unknown
    return given and key not in FREQUENT_WORDS and surname in FAMILY_NAMES and not capitalized(word)


#: Endings of adjectives that name towns and regions beside a noun (``Ostrów Wielkopolski``, ``Banská
#: Bystrica``, ``Nové Zámky``) as surnames do; and of Polish towns (``Ostrów``, ``Rzeszów``).
_ADJECTIVE_ENDINGS: Final = ("ský", "ská", "cký", "cká", "ski", "ska", "cki", "cka", "ské", "ckie", "skie")
_TOWN_ENDINGS: Final = ("ów",)


def _adjective_place(words: Words, index: int) -> bool:
    """Whether words ``index`` and the next are part of a town's name rather than a person's: a Polish town
    (``Ostrów Wielkopolski``) or an adjective with another word of the same case after it (``banská
    bystrica``)."""
    if words.words[index].lower().endswith(_TOWN_ENDINGS):
        return True
    following = index + 2
    adjective = words.words[index + 1].lower()
    return (
        adjective.endswith(_ADJECTIVE_ENDINGS)
        and following < len(words.words)
        and words.joined(index + 1, following)
        and _same_case(words.words[index + 1], words.words[following])
        and words.folded[following] not in LOWER_END
        and (adjective[-1] in "ýáé" or words.folded[following] not in FREQUENT_WORDS)  # ``banská bystrica``
    )


def _capitals_word(words: Words, index: int) -> bool:
    """Whether word ``index``, in capitals, may be part of a name: a known name or no frequent word."""
    word, key = words.words[index], words.folded[index]
    if not word.isupper() or len(key) < 2 or key in NEVER_IN_NAME or key in PLACE_WORDS or key in NOT_NAMES:
        return False
    if key in LOWER_END or key in TITLE_WORDS or not unicodedata.is_normalized("NFKC", word):
        return False
    known = key in GIVEN_NAMES or key in FAMILY_NAMES or family_name(key)
    return key not in COMMON_WORDS and (known or key not in FREQUENT_WORDS)


def _ends_line(words: Words, index: int) -> bool:
    """Whether word ``index`` ends the message or its line (punctuation after it allowed)."""
    following = index + 1
    if following >= len(words.words):
        return True
    return "\n" in words.text[words.spans[index][1] : words.spans[following][0]]


def _capitals_pair(words: Words, index: int) -> int:
    """End of a name in capitals inside a message written in lower case (``Hej, TOVE ANDERSEN her``, ``GURO
    HAUGEN``, ``INGRID HAUGEN``), or ``index``: two words in capitals or more (particles between them) that are
    known names or no frequent words, or a known given name and a known family name; one of them of three
    letters or more. In a message all in capitals, only a known given name and a family name that end it or
    its line (``OBRIGADO, MARTA LOPES``)."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return index
    surname = following
    while (
        surname + 1 < len(words.words)
        and words.folded[surname] in NAME_PARTICLES
        and words.joined(surname, surname + 1)
    ):
        surname += 1  # ``SANNE VAN DER MEULEN``
    first, second = words.folded[index], words.folded[surname]
    listed = first in GIVEN_NAMES and first not in NOT_NAMES and second not in NAME_PARTICLES
    rare = second not in FREQUENT_WORDS and second not in COMMON_WORDS and len(second) >= 3 and words.mixed_case
    listed = (
        listed
        and words.words[surname].isupper()
        and (second in FAMILY_NAMES or strong_surname(words.words[surname]) or rare)
    )
    if not words.mixed_case and not (listed and _ends_line(words, surname)):
        return index  # a message in capitals: every word is
    if not listed and not _capitals_word(words, index):
        return index
    end = name_end(words, index, _same_case_particle, _capitals_word)
    if end <= surname and listed:
        end = surname + 1
    if end - index < 2 or max(len(words.folded[inner]) for inner in range(index, end)) < 3:
        return index
    if _adjective_place(words, index):
        return index  # ``OSTRÓW WIELKOPOLSKI``
    return index if in_town(words, index, end) or place_tail(words, index, end) else end


def _uncapitalized_name(words: Words, index: int) -> int:
    """End of a name written in lower case or in capitals that begins at word ``index`` (``index`` if none)."""
    end = _listed_uncapitalized_name(words, index)
    if end == index and words.words[index].isupper():
        return _capitals_pair(words, index)
    return end


def _listed_uncapitalized_name(words: Words, index: int) -> int:
    """End of a name written in lower case or in capitals that begins at word ``index`` (``index`` if none)."""
    word, key = words.words[index], words.folded[index]
    upper = word.isupper() and len(word) >= 2
    announced = _announced_name(words, index)
    if announced > index:
        return announced
    if surname_pair(words, index) and not in_place(words, index):
        return index + 2
    if (
        not upper
        and key not in GIVEN_NAMES
        and key not in FAMILY_NAMES
        and not _given_key(key)
        and not (
            index > 0
            and words.folded[index - 1] in PHRASE_ENDS_AND_TITLES
            and _after_phrase_or_title(words, index)
            and inflected_given(key)
        )
        and not _pair_start(words, index, upper)
        and not _irish_follows(words, index)
    ):
        return index  # most words: a lower-case name starts with a name of the lists (or an inflected one)
    if not (upper or word.islower()) or len(key) < 3 or key in NEVER_IN_NAME or key in PLACE_WORDS:
        return index
    if not unicodedata.is_normalized("NFKC", word):
        return index  # ligatures and other compatibility forms (``éﬁ``) are no name one types
    if in_place(words, index):
        return index
    same_case = _upper_name_word if upper else _lower_case_name_word
    phrase = index > 0 and words.folded[index - 1] in PHRASE_ENDS
    if phrase and (
        (upper and words.follows(index, STRONG_INDEX))
        or (words.follows(index, LOWER_INDEX) and key in GIVEN_NAMES and key not in NOT_NAMES)
    ):
        return name_end(words, index, _same_case_particle, same_case)
    known = _known_upper_word if upper else _known_lower_word
    if (
        _after_phrase_or_title(words, index)
        and key not in LOWER_END
        and key not in COMMON_WORDS
        and (key in GIVEN_NAMES or key in FAMILY_NAMES or inflected_given(key))
        and (
            words.follows(index, RELATIONS_INDEX)
            or _after_contact(words, index)
            or words.folded[index - 1] in TITLE_WORDS
        )
    ):
        return name_end(words, index, _same_case_particle, known)
    if (
        not _given_key(key)
        and not (key in GIVEN_NAMES and key not in COMMON_WORDS and _family_follows(words, index, upper))
        and not _pair_start(words, index, upper)
        and not (key in GIVEN_NAMES and _irish_follows(words, index))
    ):
        return index + 2 if upper and _script_pair(words, index, upper=True) else _surname_first(words, index, upper)
    rare_surname = upper or _rare_surname_context(words, index)
    end = _one_rare_word(words, index, name_end(words, index, _same_case_particle, known), rare_surname)
    return end if end - index > 1 and not place_tail(words, index, end) else index


#: Words after which a lower-case given name may take a rare word as its surname (``da joana kranjc``):
#: articles, prepositions and conjunctions (most other words before a rare pair are its sentence's: Estonian
#: ``andis tühja``, Latvian ``rīku izsaukumu`` are a verb and a noun).
_BEFORE_RARE_SURNAME: Final = LOWER_END | word_set("""
da do de di du dos das del dei della von van zu z s ze u od dla ar su με τον την του της και и с от на за
""")


def _rare_surname_context(words: Words, index: int) -> bool:
    """Whether a lower-case given name at word ``index`` may take a rare word as its surname: at the start of the
    message or a line, after a comma, after an introduction, relation or contact phrase, or after an article,
    preposition or conjunction (not after a verb or noun: Estonian ``andis tühja``)."""
    if index == 0 or words.after_break(index) or after_phrase(words, index):
        return True
    gap = words.text[words.spans[index - 1][1] : words.spans[index][0]]
    return gap.strip() == "," or _after_function_word(words, index)


def _after_function_word(words: Words, index: int) -> bool:
    """Whether word ``index`` follows an article, preposition or conjunction (``da``, ``with``, ``és``)."""
    return index > 0 and words.joined(index - 1, index) and words.folded[index - 1] in _BEFORE_RARE_SURNAME


#: The longest word taken as a surname for being rare (a longer rare word is a compound or an inflected noun:
#: ``personoplysninger``, ``kasutuspiirini``).
_RARE_SURNAME_LETTERS: Final = 12


def _one_rare_word(words: Words, index: int, end: int, rare_surname: bool = True) -> int:
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
            return _without_particles(words, index, probe)
        if not particle and key not in GIVEN_NAMES and not _known_family(key):
            if all(_same_case_particle(words, b) or initial(words, b) for b in range(index + 1, probe)):
                longest = max(len(part) for part in key.split("-"))
                irish = any(irish_particle(words, b) for b in range(index + 1, probe))  # ``ní fhlannagáin``
                if irish and words.words[probe].isupper():
                    return end  # an Irish surname of two words in capitals (``MAC GIOLLA PHÁDRAIG``)
                return probe + 1 if (rare_surname or irish) and longest <= _RARE_SURNAME_LETTERS else index
            return _without_particles(words, index, probe)
    return end


def _known_family(key: str) -> bool:
    """A known family name, an inflected one, or a double one of two (``ferreira-santos``)."""
    if key in FAMILY_NAMES or family_name(key):
        return True
    return "-" in key and all(part in FAMILY_NAMES or family_name(part) for part in key.split("-"))


def _without_particles(words: Words, index: int, end: int) -> int:
    """``end`` moved back over the particles that end the name ``index:end`` (``rud le`` -> ``rud``)."""
    while end - 1 > index and words.folded[end - 1] in NAME_PARTICLES:
        end -= 1
    return end


def _family_follows(words: Words, index: int, upper: bool) -> bool:
    """Whether a known family name in the same letter case follows word ``index`` (``marco ferrari``: a given
    name that is also a month is a name before a surname)."""
    following = index + 1
    return (
        following < len(words.words)
        and words.joined(index, following)
        and (_upper_name_word if upper else _lower_case_name_word)(words, following)
        and words.folded[following] in FAMILY_NAMES
        and words.folded[following] not in COMMON_WORDS
    )


def _script_pair(words: Words, index: int, upper: bool) -> bool:
    """Whether words ``index`` and the next, in Cyrillic or Greek script and capitalized (or in capitals), are a
    given name the lists lack and a family name (``Цветан Тодоров``, ``ΑΝΕΣΤΗ ΚΑΡΑΓΙΑΝΝΟΠΟΥΛΟ``): the second with
    a surname's ending, the first no frequent word unless the second is a known family name (not ``ΠΛΗΡΩΜΗ
    ΠΡΟΓΡΑΜΜΑΤΟΣ``, ``Επειδή Δηλαδή``)."""
    following = index + 1
    if following >= len(words.words) or not "\u0370" <= words.words[index][0] <= "\u04ff":
        return False
    key, other, surname = words.folded[index], words.words[following], words.folded[following]
    return (
        words.joined(index, following)
        and (other.isupper() if upper else capitalized(other))
        and len(key) >= 3
        and key not in COMMON_WORDS
        and key not in NEVER_IN_NAME
        and key not in PLACE_WORDS
        and surname_ending(surname)
        and (key not in FREQUENT_WORDS or surname in FAMILY_NAMES)
    )


def _irish_follows(words: Words, index: int) -> bool:
    """Whether an Irish particle and a word follow word ``index`` (``SEÁN MAC GIOLLA``, ``sadhbh nic aodha``)."""
    count = len(words.words)
    return (
        index + 2 < count
        and irish_particle(words, index + 1)
        and words.joined(index, index + 1)
        and words.joined(index + 1, index + 2)
        and words.words[index + 2].isupper() == words.words[index].isupper()
    )


def _pair_start(words: Words, index: int, upper: bool) -> bool:
    """Whether word ``index`` is a given name before a family name that is no frequent word, in lower case or in
    capitals: an inflected given name (``katarzyny wiśniewskiej``, ``δημήτρη παπαδάκη``), or one that is also a
    word when its accent tells the name from the word (``léa moreau``, ``seán o'sullivan``; not ``esta
    pestaña``, ``alla casella``); a frequent word written in plain letters begins none (``inte läsas``)."""
    word, key = words.words[index], words.folded[index]
    if not may_be_given(key) or (key in FREQUENT_WORDS and (word.isascii() or key not in GIVEN_NAMES)):
        return False  # a frequent word that is no given name (``où`` is no ``Ou``)
    if not _rare_family_follows(words, index, upper):
        return False
    return inflected_given(key) or (key in GIVEN_NAMES and not word.isascii())


def _rare_family_follows(words: Words, index: int, upper: bool) -> bool:
    """Whether a family name that is no frequent word follows word ``index`` in the same letter case, particles
    between them allowed (``wiśniewskiej``, ``o'sullivan``)."""
    following = index + 1
    count = len(words.words)
    while following < count and words.folded[following] in NAME_PARTICLES and words.joined(following - 1, following):
        following += 1
    if following >= count or not words.joined(following - 1, following):
        return False
    key = words.folded[following]
    return (
        (_upper_name_word if upper else _lower_case_name_word)(words, following)
        and key not in FREQUENT_WORDS
        and key not in NOT_NAMES
        and family_name(key)
    )


def _surname_first(words: Words, index: int, upper: bool) -> int:
    """End of a name in lower case or capitals written surname first (``kovács péter``, ``NAGY ESZTER``); in
    lower case only at the start of the message or a line or after an article, preposition or conjunction (not
    ``jieħu post valur``), and no rare word after the given name."""
    following = index + 1
    if (
        words.folded[index] not in FAMILY_NAMES
        or following >= len(words.words)
        or not words.joined(index, following)
        or not (_upper_name_word if upper else _lower_case_name_word)(words, following)
        or not _given_key(words.folded[following])
    ):
        return index
    if not upper and not _rare_surname_context(words, index):
        return index
    end = name_end(words, following, _same_case_particle, _known_upper_word if upper else _known_lower_word)
    return max(_one_rare_word(words, following, end, rare_surname=False), following + 1)


def _capitalized_name(words: Words, index: int) -> int:
    """End of a name in capitalized words that begins at word ``index`` (``index`` if none)."""
    key = words.folded[index]
    given = _given(key) or key in GIVEN_NAMES
    end = name_end(words, index)
    if any(after_phrase(words, inner) for inner in range(index + 1, end) if not (given and inner == index + 1)):
        return index  # a relation phrase in capitals before the name (``Mäi Mann Jang``): the name comes after it
    phrase = index > 0 and words.folded[index - 1] in PHRASE_ENDS
    strong = phrase and (
        words.follows(index, STRONG_INDEX)
        or words.follows(index, RELATIONS_INDEX)
        or after_relation_comma(words, index)
    )
    introduced = phrase and (
        strong
        or (given and words.follows(index, WEAK_INDEX))
        or _after_contact(words, index)
        or (key in GIVEN_NAMES and words.follows(index, GREETINGS_INDEX))
    )
    introduced = introduced or (given and key not in COMMON_WORDS and before_after_name_word(words, index))
    titled = index > 0 and words.folded[index - 1] in TITLE_WORDS and words.titled(index)
    if not (introduced or titled) and (key in PLACE_WORDS or in_place(words, index) or place_tail(words, index, end)):
        return index
    if introduced or titled or (given and end - index > 1) or (given and _lone_name(words, index)):
        return end
    if any(words.folded[inner] in IRISH_PARTICLES for inner in range(index + 1, end - 1)):
        return end  # an Irish name, whatever its given name (``Donncha Ó Súilleabháin``)
    following = index + 1
    if (
        end - index > 1
        and words.folded[following] in GIVEN_NAMES
        and words.folded[following] not in NOT_NAMES
        and (not words.after_break(index) or key not in FREQUENT_WORDS)
        and family_name(key)
    ):
        return end  # surname first: ``Bianchi Giulia``, ``Kovács Péter``
    pair = _script_pair(words, index, upper=False) or surname_pair(words, index)
    return index + 2 if pair and not place_tail(words, index, index + 2) else index


#: German articles, possessives and determiners: a capitalized word after them is a noun (German capitalizes
#: nouns), not a lone given name.
_GERMAN_DETERMINERS: Final = word_set("""
der die das den dem des ein eine einen einem einer eines mein meine meinen meinem meiner dein deine deinen sein
seine seinen seinem seiner ihre ihren ihrem ihrer unser unsere unseren euer eure kein keine keinen keinem
diese dieser diesen diesem jeder jeden jedem welche welcher
""")


def _lone_name(words: Words, index: int) -> bool:
    """Whether a known given name standing alone at word ``index`` is taken as a name."""
    key = words.folded[index]
    if len(key) < 3 or key in NOT_NAMES or words.after_break(index):
        return False
    if key not in GIVEN_NAMES and len(key) < 5:
        return False  # an inflected form alone needs a stem of some length (``Piotrem``, not ``Ane``)
    if key in RARE_GIVEN_NAMES and (len(key) < 5 or not words.words[index].isalpha() or "ß" in words.words[index]):
        return False  # a short rare name alone, or one written unlike a name (``Aaßé``), is more likely a word
    if index > 0 and words.folded[index - 1] in _GERMAN_DETERMINERS and words.joined(index - 1, index):
        return False  # a German noun (``an seine Stelle``, ``die Rose``): written German puts no article before names
    return index == 0 or words.folded[index - 1] not in PLACE_PREPOSITIONS


def detect(text: str) -> list[PiiSpan]:
    """Every person name found in ``text`` (see the module docstring)."""
    words = Words(text)
    spans: list[PiiSpan] = []
    index = 0
    count = len(words.words)
    while index < count:
        word = words.words[index]
        if len(word) == 1 and initial(words, index):
            end = _initial_surname(words, index)
        elif words.folded[index] in TITLE_WORDS or _phrase_word(words, index):
            end = index
        elif capitalized(word) and words.folded[index] not in NEVER_IN_NAME:
            end = _capitalized_name(words, index)
        else:
            end = _uncapitalized_name(words, index)
        if end > index and (in_town(words, index, end) or _in_place(words, index, end)):
            index = end
            continue
        if end > index:
            last = without_frequent_tail(words, index, end)
            spans.append(PiiSpan(words.spans[index][0], words.spans[last - 1][1], NAME, SOURCE_BUILTIN, 0.9))
            index = end
            continue
        index += 1
    if "\n" in text:  # a pasted table's header names its columns, not people (``Nome;Telefone;Nascimento``)
        headers = header_lines(text)
        spans = [span for span in spans if not any(start <= span.start and span.end <= end for start, end in headers)]
    seen = {(span.start, span.end) for span in spans}
    starts = [start for start, _ in words.spans]
    labelled, unlabelled = _pasted(text)
    spans.extend(span for span in labelled if (span.start, span.end) not in seen)  # its field names a person
    for span in unlabelled:
        first = bisect.bisect_left(starts, span.start)
        last = bisect.bisect_left(starts, span.end)
        if (span.start, span.end) in seen or in_town(words, first, last):
            continue
        if last > first and _place_line(words, first, last):
            continue  # a last line that is a street (``King Edward Street``)
        while last - first > 1 and words.folded[first] in _CLOSING_WORDS:
            first += 1  # ``Gréiss Mireille``: a closing word and the name on one line
        start = max(span.start, words.spans[first][0])
        if (start, span.end) not in seen:
            seen.add((start, span.end))
            spans.append(PiiSpan(start, span.end, NAME, SOURCE_BUILTIN, span.score))
    return spans


def _in_place(words: Words, start: int, end: int) -> bool:
    """Whether the name ``start:end`` is part of a place's name (``ul. Adama Mickiewicza``, ``Liszt Ferenc tér``,
    ``King Edward``, ``Haakon VII``), unless a title or a phrase names a person there (``pan Kowalski``)."""
    if after_phrase(words, start):
        return False
    if start > 0 and words.folded[start - 1] in TITLE_WORDS and words.titled(start):
        return in_place(words, start - 1)  # ``Rua Dr. António Cândido``, ``Triq Sir Temi Żammit``
    return (
        in_place(words, start)
        or place_after(words, start, end)
        or _street_genitive(words, start)
        or place_name(words, start, end)
    )


def _street_genitive(words: Words, start: int) -> bool:
    """Whether the name at ``start`` is a Polish street named for a woman, in the genitive after ``na`` (``na
    Marii Konopnickiej``: a person after ``na`` takes the accusative, ``na Marię``)."""
    key = words.folded[start]
    return (
        start > 0
        and words.folded[start - 1] == "na"
        and key[-1:] in ("i", "y")
        and key not in GIVEN_NAMES
        and inflected_given(key)
        and any(form.endswith("a") for form in base_forms(key)[1:] if form in GIVEN_NAMES)
    )


def _place_line(words: Words, first: int, last: int) -> bool:
    """Whether the words ``first:last`` of a signature or field are a place's name, not a person's."""
    if words.folded[first] in PLACE_WORDS or in_place(words, first) or place_after(words, first, last):
        return True
    return any(street_word(words.folded[inner]) for inner in range(first + 1, last))


def _signature_words(line: str) -> bool:
    """Whether a signature's words may be a name: written in lower case, one of them must be a known name
    (``díky, bohumil``; not ``благодаря, информацията беше много полезна``: thanks, the information helped)."""
    words = WORD.findall(line)
    if any(not word.islower() for word in words):
        return True
    return any((key := fold(word)) in GIVEN_NAMES or key in FAMILY_NAMES for word in words)


def _known(key: str) -> bool:
    """A known name of a pasted row: a given name (no common word) or a family name."""
    return key not in NOT_NAMES and (inflected_given(key) or family_name(key))


def _signature_known(key: str) -> bool:
    """A known name on a signature's line: a given name that is also a word counts there (``Maja``, ``Kaja``)."""
    return _known(key) or (key in GIVEN_NAMES and key not in NOT_NAMES)


def _pasted(text: str) -> tuple[list[PiiSpan], list[PiiSpan]]:
    """Names in pasted data and letters (see ``name_fields``): those of fields and columns named for a name, then
    those of rows without a header and signatures (which may be places: the caller checks)."""
    labelled: list[tuple[int, int]] = []
    found: list[tuple[int, int]] = []
    if ":" in text or "=" in text or "\t" in text:
        labelled.extend(name_fields.fields(text))
    if "\n" in text:
        labelled.extend(name_fields.columns(text))
    if ";" in text or "\t" in text or "|" in text:
        found.extend(name_fields.rows(text, _known))
    if "\n" in text or "," in text:
        found.extend(
            span for span in name_fields.signatures(text, _signature_known) if _signature_words(text[slice(*span)])
        )
    return _name_spans(labelled), _name_spans(found)


def _name_spans(found: list[tuple[int, int]]) -> list[PiiSpan]:
    return [PiiSpan(start, end, NAME, SOURCE_BUILTIN, 0.9) for start, end in sorted(set(found))]
