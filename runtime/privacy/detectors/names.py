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

This module walks the message and decides which way a name begins; the parts live in their own modules:
``name_run`` (where a run of name words ends), ``name_announced`` (names announced by their context),
``name_pairs`` (a given name and a family name by form, surname first), ``name_capitals`` (names in capitals
inside lower-case text) and ``name_pasted`` (pasted data, signatures, table headers).
"""

from __future__ import annotations

import unicodedata
from typing import Final

from runtime.privacy.detectors.name_announced import announced_name, named_after_phrase, phrase_word
from runtime.privacy.detectors.name_bounds import run_beside_name
from runtime.privacy.detectors.name_brands import brand_end
from runtime.privacy.detectors.name_calendar import feast
from runtime.privacy.detectors.name_called import called_name
from runtime.privacy.detectors.name_capitals import capitals_pair, lone_capitals, lower_vocative, titled_capitals
from runtime.privacy.detectors.name_capitals_context import capitals_bounds, field_word
from runtime.privacy.detectors.name_family import FAMILY_NOUNS, family_named
from runtime.privacy.detectors.name_fields import NAME_FIELDS
from runtime.privacy.detectors.name_genitive import (
    NAME_ARTICLES,
    article_owner,
    genitive_given,
    genitive_run,
    owner_genitive,
    possessive_owner,
    uncapitalized_genitive,
    with_possessive,
)
from runtime.privacy.detectors.name_inflection import (
    base_forms,
    case_of_given,
    family_name,
    inflected_given,
    main_name_case,
    opening_case,
)
from runtime.privacy.detectors.name_lone_surname import lone_surname
from runtime.privacy.detectors.name_married import married_name
from runtime.privacy.detectors.name_morph import form_pair, greek_letter_pair, lone_form_surname
from runtime.privacy.detectors.name_morph_cue import celebrated, cued_lower_pair, cued_pair, speaking_word
from runtime.privacy.detectors.name_opening import MAX_OPENING, OPENING_FIRST_WORDS, opening_name
from runtime.privacy.detectors.name_pairs import (
    agreeing_pair,
    baltic_pair,
    family_follows,
    greek_pair,
    irish_follows,
    pair_start,
    script_pair,
    surname_first,
    surname_pair,
    unknown_given_pair,
    word_given_pair,
)
from runtime.privacy.detectors.name_pasted import with_pasted
from runtime.privacy.detectors.name_phrases import (
    GREETINGS_INDEX,
    LOWER_END,
    LOWER_INDEX,
    PHRASE_ENDS,
    RELATIONS_INDEX,
    STRONG_INDEX,
    WEAK_INDEX,
    after_phrase,
    after_relation_comma,
    before_after_name_word,
    ends_formula,
    relation_follows,
    said_follows,
)
from runtime.privacy.detectors.name_places import (
    PLACE_WORDS,
    in_place,
    in_town,
    place_after,
    place_name,
    place_tail,
    public_place_after,
)
from runtime.privacy.detectors.name_postposition import postposed_name
from runtime.privacy.detectors.name_recipient import recipient
from runtime.privacy.detectors.name_run import (
    NEVER_IN_NAME,
    PHRASE_ENDS_AND_TITLES,
    TITLE_WORDS,
    after_contact,
    after_phrase_or_title,
    given_key,
    given_name,
    initial,
    known_lower_word,
    known_upper_word,
    lower_case_name_word,
    name_end,
    one_rare_word,
    rare_surname_context,
    same_case_particle,
    upper_name_word,
)
from runtime.privacy.detectors.name_signoff import ONE_WORD_CLOSINGS
from runtime.privacy.detectors.name_tail import without_frequent_tail
from runtime.privacy.detectors.name_text import (
    GERMAN_DETERMINERS,
    IRISH_PARTICLES,
    NAME_PARTICLES,
    Words,
    after_german_determiner,
    capitalized,
    elided_preposition,
)
from runtime.privacy.detectors.name_thanks import thanked_name
from runtime.privacy.detectors.name_title_cases import title_follows, title_needs_its_pair
from runtime.privacy.detectors.name_vocative import addressed_name
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    PLACE_PREPOSITIONS,
    RARE_GIVEN_NAMES,
    TOWNS,
    word_set,
)
from runtime.privacy.detectors.ordinary_words import (
    elided_common_word,
    ordinary_after_title,
    ordinary_first_word,
)
from runtime.privacy.detectors.place_spans import without_places
from runtime.privacy.types import NAME, SOURCE_BUILTIN, PiiSpan


def _after_initial_phrase(words: Words, index: int) -> bool:
    """Whether a phrase's word follows one capital letter and its dot before word ``index`` (``JM 12 34 56 C.
    Vagyok Szabó Anna``): the letter ends a sentence or is an initial, no street's abbreviation (``C. Mayor``)."""
    for probe in range(index - 1, max(index - 4, 0), -1):
        if words.folded[probe] in PHRASE_ENDS and initial(words, probe - 1):
            return True
        if not words.joined(probe, probe + 1):
            return False
    return False


def _phrase_in_place(words: Words, index: int) -> bool:
    """Whether the phrase's word ``index`` is inside a place's name (``ул. „Баба Тонка“``), not a sentence's
    start after one capital letter and its dot (``C. Vagyok``)."""
    return in_place(words, index) and not (index > 0 and initial(words, index - 1))


def _in_place_word(words: Words, index: int) -> bool:
    """Whether word ``index`` continues a place's name (``in_place``), not a phrase's after ``C.``."""
    return in_place(words, index) and not _after_initial_phrase(words, index)


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


def _uncapitalized_name(words: Words, index: int) -> int:
    """End of a name written in lower case or in capitals that begins at word ``index`` (``index`` if none)."""
    end = _listed_uncapitalized_name(words, index)
    if end == index and words.words[index].isupper():
        end = capitals_pair(words, index)
    elif end == index:
        return lower_vocative(words, index)
    return capitals_bounds(words, index, end) if end > index and words.words[index].isupper() else end


def _listed_uncapitalized_name(words: Words, index: int) -> int:
    """End of a name written in lower case or in capitals that begins at word ``index`` (``index`` if none)."""
    word, key = words.words[index], words.folded[index]
    upper = word.isupper() and len(word) >= 2
    if (
        index <= MAX_OPENING
        and words.folded[0] in OPENING_FIRST_WORDS
        and (opening := opening_name(words, index)) > index
    ):
        return opening  # ``hola soy marta vidal``: the writer's name at the message's opening
    if (announced := announced_name(words, index)) > index:
        return announced
    if (thanked := thanked_name(words, index)) > index:
        return thanked  # ``dzieki ada!``, ``hej asta,``: a thanks or a greeting, the name, a mark
    if (postposed := postposed_name(words, index)) > index:
        return postposed  # ``ljubov kalmus nimel``, ``allan petersens navn``: in that person's name
    if key in ONE_WORD_CLOSINGS:
        return index  # ``tak anders``, ``dik aneta``: thanks, then the name (``name_signoff``)
    if (surname_pair(words, index) or greek_letter_pair(words, index)) and not in_place(words, index):
        return index + 2
    if cued_lower_pair(words, index):
        return index + 2  # ``аз съм авел муев``: after "I am", a rare word and a surname's ending
    if key not in FREQUENT_WORDS and key not in COMMON_WORDS:  # (most words are frequent: decided at once)
        if agreeing_pair(words, index, str.isupper if upper else str.islower) and not in_place(words, index):
            return index + 2  # ``hanou pokornou``, ``JAKUBEM WELCEM``: a given name's case, a surname ending alike
        if key[-1:] == "s" and uncapitalized_genitive(words, index):
            return index + 1  # ``idas konto``: a given name's genitive before the word it owns
    if (
        not upper
        and key not in GIVEN_NAMES
        and key not in FAMILY_NAMES
        and not given_key(key)
        and not (
            index > 0
            and words.folded[index - 1] in PHRASE_ENDS_AND_TITLES
            and after_phrase_or_title(words, index)
            and inflected_given(key)
        )
        and not pair_start(words, index, upper)
        and not irish_follows(words, index)
    ):
        return _titled_surname(words, index)  # most words: a name starts with a listed (or inflected) name
    if not (upper or word.islower()) or len(key) < 3 or key in NEVER_IN_NAME or key in PLACE_WORDS:
        return index
    if not unicodedata.is_normalized("NFKC", word):
        return index  # ligatures and other compatibility forms (``éﬁ``) are no name one types
    if in_place(words, index):
        return index
    same_case = upper_name_word if upper else lower_case_name_word
    # a phrase's word inside a place's name introduces nobody (``ул. „Баба Тонка“``: a street, not a grandmother)
    phrase = index > 0 and words.folded[index - 1] in PHRASE_ENDS and not _phrase_in_place(words, index - 1)
    if phrase and (
        (upper and words.follows(index, STRONG_INDEX))
        or (words.follows(index, LOWER_INDEX) and key in GIVEN_NAMES and key not in NOT_NAMES)
    ):
        return name_end(words, index, same_case_particle, same_case)
    if upper and (titled := titled_capitals(words, index)) > index:
        return titled  # ``MR DUNNE``, ``PANIĄ SEMENOWICZ``: a surname in capitals after a title in capitals
    if upper and lone_capitals(words, index):
        return index + 1  # ``ΜΕ ΤΟΝ ΠΑΠΑΔΟΠΟΥΛΟ``: a surname alone in a case only surnames take
    known = known_upper_word if upper else known_lower_word
    if (
        after_phrase_or_title(words, index)
        and key not in LOWER_END
        and key not in COMMON_WORDS
        and (key in GIVEN_NAMES or key in FAMILY_NAMES or inflected_given(key))
        and named_after_phrase(words, index, key)
    ):
        return name_end(words, index, same_case_particle, known)
    if (
        not given_key(key)
        and not (key in GIVEN_NAMES and key not in COMMON_WORDS and family_follows(words, index, upper))
        and not word_given_pair(words, index, upper)
        and not pair_start(words, index, upper)
        and not (key in GIVEN_NAMES and irish_follows(words, index))
    ):
        return index + 2 if upper and script_pair(words, index, upper=True) else surname_first(words, index, upper)
    rare_surname = upper or rare_surname_context(words, index) or _hurried_given(words, index)
    end = one_rare_word(words, index, name_end(words, index, same_case_particle, known), rare_surname)
    return end if end - index > 1 and not place_tail(words, index, end) else index


def _cued_name(words: Words, index: int) -> int:
    """End of a name at word ``index`` that a cue around it announces whatever the name (``index`` if none)."""
    if (
        index <= MAX_OPENING
        and words.folded[0] in OPENING_FIRST_WORDS
        and (opening := opening_name(words, index)) > index
    ):
        return opening  # ``Hoi, met Kaylee Brouwer``: the writer's name at the message's opening
    if (thanked := thanked_name(words, index)) > index:
        return thanked  # ``Kiitos Marjukka!``: a thanks or a greeting, the name, a mark
    return postposed_name(words, index)  # ``Winni Bergs navn``, ``Deividas Pocius vardu``: in that person's name


def _capitalized_name(words: Words, index: int) -> int:
    """End of a name in capitalized words that begins at word ``index`` (``index`` if none)."""
    key = words.folded[index]
    if key in FAMILY_NOUNS:
        return index  # ``Familie Hoffmann``: the family's name is the word after it
    if (cued := _cued_name(words, index)) > index:
        return cued
    if married_name(words, index) and not _in_place_word(words, index):
        return name_end(words, index)  # ``Szabóné``, ``Horváthné Kiss Mária``: a married woman's name in ``-né``
    given = given_name(key) or key in GIVEN_NAMES or agreeing_pair(words, index)
    end = name_end(words, index)
    if end > index + 1 and () in RELATIONS_INDEX.get(key, ()):
        return index  # a relation of one word (``Marti Anna Vella``: my husband, then the name)
    if _phrase_in_run(words, index, end, given):
        return index  # a relation phrase, closing or label before the name (``Mäi Mann Jang``): it comes after it
    introduced = _introduced(words, index, key, given)
    titled = (
        index > 0
        and words.folded[index - 1] in TITLE_WORDS
        and words.titled(index)
        and not ordinary_after_title(words, index)
        and not title_needs_its_pair(words, index)
    ) or (not words.after_break(index) and title_follows(words, end))
    placed = key in PLACE_WORDS or _in_place_word(words, index) or place_tail(words, index, end)
    if not (introduced or titled) and placed:
        return index
    if family_named(words, index):
        return end  # ``familie Vos``, ``Los Lozano``, ``the Johnsons``: a household named by its surname
    if key in COMMON_WORDS and not (introduced or titled) and _word_after(words, index, end):
        return index  # a given name that is more often a word, then a frequent word: ``Boże Ciało``
    if genitive_given(words, index) and not genitive_run(words, index, end) and not baltic_pair(words, index):
        # ``Idas konto``, ``Alexanders Konto``, even opening a sentence; not in a place (``Aleksis Kiven kadulle``)
        return index if end > index + 1 and _in_place(words, index, end) else index + 1
    if introduced or titled or (given and end - index > 1) or (given and _lone_name(words, index)):
        return end
    if end == index + 1 and (lone_surname(words, index) or lone_form_surname(words, index)):
        return end  # ``od Kowalskiego``, ``Petrauskui``, ``ο Σταματόπουλος``: a surname alone, by its form
    if end == index + 1 and (speaking_word(words, index) or celebrated(words, index)):
        return end  # ``Тотьо пита``, ``имения ден на Цоня``: a rare word that speaks or has a birthday is a person
    if end == index + 1 and (owner_genitive(words, index) or article_owner(words, index)):
        return end  # ``Sindres utleier``, ``Jansens polis``: a rarer given name's or a surname's genitive
    if end == index + 1 and (addressed_name(words, index) or possessive_owner(words, index)):
        return end  # ``Tomislave, javi se``: the reader addressed; ``Larsens firma``, ``Joshua's card``: an owner
    if end == index + 1 and words.after_break(index) and opening_case(key):
        return end  # ``Mártonnal és Dórával``: a given name's case opening the sentence, by a long ending
    if any(words.folded[inner] in IRISH_PARTICLES for inner in range(index + 1, end - 1)):
        return end  # an Irish name, whatever its given name (``Donncha Ó Súilleabháin``)
    following = index + 1
    inflected = end - index > 1 and case_of_given(words.folded[following])  # ``Mészáros Péterrel``
    if (
        end - index > 1
        and (words.folded[following] in GIVEN_NAMES or inflected)
        and words.folded[following] not in NOT_NAMES
        and (not words.after_break(index) or key not in FREQUENT_WORDS or inflected)
        and family_name(key)
        and not after_german_determiner(words, index)  # ``meines Vaters Gerard``: a noun, then the name
    ):
        return end  # surname first: ``Bianchi Giulia``, ``Kovács Péter``, ``Mészáros Péternek``
    pair = (
        script_pair(words, index, upper=False)
        or surname_pair(words, index)
        or unknown_given_pair(words, index)
        or greek_pair(words, index)
        or baltic_pair(words, index)
        or form_pair(words, index)
        or cued_pair(words, index)
    )
    if not pair or place_tail(words, index, index + 2):
        return index
    if after_german_determiner(words, index) and words.folded[index - 1] not in NAME_ARTICLES:
        return index  # ``meines Onkels Reinhold``: a German noun after its possessive (``dem Mett Reuter``: a name)
    return index + 2


def _introduced(words: Words, index: int, key: str, given: bool) -> bool:
    """Whether the capitalized word ``index`` is introduced as a person's name: after an introduction, a relation,
    a contact or a greeting, by a verb of naming, before a word said of people or a verb of speech."""
    # a phrase's word inside a place's name introduces nobody (``ул. „Баба Тонка“``: a street, not a grandmother)
    phrase = index > 0 and words.folded[index - 1] in PHRASE_ENDS and not _phrase_in_place(words, index - 1)
    strong = phrase and (
        words.follows(index, STRONG_INDEX)
        or words.follows(index, RELATIONS_INDEX)
        or after_relation_comma(words, index)
    )
    introduced = phrase and (
        strong
        or (given and words.follows(index, WEAK_INDEX))
        or after_contact(words, index)
        or (key in GIVEN_NAMES and words.follows(index, GREETINGS_INDEX))
    )
    introduced = introduced or called_name(words, index)  # ``Hann heitir Hraunar``: what someone is called
    introduced = introduced or (
        given
        and key not in COMMON_WORDS
        and (
            (before_after_name_word(words, index) and (key in GIVEN_NAMES or key not in FREQUENT_WORDS))
            or relation_follows(words, index)
            or (key in GIVEN_NAMES and said_follows(words, index))  # ``Dušan říkal``, ``Steven from accounts said``
        )  # not a frequent word that is a case of a name (``Eile helistas``: yesterday, not Eila's)
    )
    return introduced or _common_word_said(words, index, key)


def _common_word_said(words: Words, index: int, key: str) -> bool:
    """Whether a known given name that is a common word too, capitalized mid-sentence, says or asks something
    (``a Rosa pergunta``, ``dass Grace fragt``): no common word is capitalized there before a verb of speech,
    unless a German noun after its article (``die Rose sagt``)."""
    return (
        key in COMMON_WORDS
        and key in GIVEN_NAMES
        and key not in NOT_NAMES
        and not words.after_break(index)
        and said_follows(words, index)
        and not after_german_determiner(words, index)
    )


def _phrase_in_run(words: Words, index: int, end: int, given: bool) -> bool:
    """Whether the run of capitalized words ``index:end`` holds a relation phrase in capitals (``Mäi Mann Jang``),
    or opens on or holds a closing, label or relation noun (``Helsing Thor``, ``Íocaí Ross``, ``Mäi Cousin Jos``):
    the name is the words after it."""
    if run_beside_name(words, index, end):
        return True
    return any(after_phrase(words, inner) for inner in range(index + 1, end) if not (given and inner == index + 1))


def _titled_surname(words: Words, index: int) -> int:
    """End of a lower-case surname the lists lack right after a title (``paní novotnou``, ``г-жа димитрова``,
    ``г-жа иванова``): a word with a surname's form or ending that is no frequent or common word, or ``index``
    (a rare word alone is not enough: a title is followed by ranks, adjectives and nouns as often)."""
    if index == 0 or words.folded[index - 1] not in TITLE_WORDS or not words.words[index].islower():
        return index  # the common case, decided at once
    key = words.folded[index]
    if key in FREQUENT_WORDS or key in COMMON_WORDS or key in NOT_NAMES or key in PLACE_WORDS or len(key) < 3:
        return index
    if not words.joined(index - 1, index) or title_needs_its_pair(words, index) or in_place(words, index):
        return index
    return index + 1 if family_name(key) else index


def _hurried_given(words: Words, index: int) -> bool:
    """Whether the given name at word ``index`` of a message typed all in lower case may take a rare word as its
    surname anywhere (``paguei à olga roosileht ontem``): there no capital tells a name, while in a message with
    capitals a lower-case pair is words; not a name that is a frequent word or a rare one (``мария луиза``), and
    the pair must end the message or a clause, or a frequent word follow it (not ``ta andis tühja lubaduse``: a
    verb, an adjective and its noun)."""
    key = words.folded[index]
    if not words.all_lower or key in FREQUENT_WORDS or key in RARE_GIVEN_NAMES:
        return False
    after = index + 2
    return after >= len(words.words) or not words.joined(index + 1, after) or words.folded[after] in FREQUENT_WORDS


def _word_after(words: Words, index: int, end: int) -> bool:
    """Whether the run ``index:end`` goes on with a frequent word that is no known family name."""
    if end - index < 2:
        return False
    key = words.folded[index + 1]
    return key in FREQUENT_WORDS and key not in FAMILY_NAMES


#: Czech, Slovak and Polish prepositions of the genitive (into, from, at, without, near): a place's name in the
#: genitive follows them as a rare given name's form would (``lístky do Rudolfina``: the Rudolfinum's).
_GENITIVE_PREPOSITIONS: Final = word_set("do od z ze u bez kolem okolo blízko blizko")


def _lone_name(words: Words, index: int) -> bool:
    """Whether a known given name standing alone at word ``index`` is taken as a name."""
    key = words.folded[index]
    if len(key) < 3 or key in NOT_NAMES:
        return False
    if words.after_break(index):
        return _addressed(words, index)
    if key not in GIVEN_NAMES and (len(key) < 5 or key in FREQUENT_WORDS) and not recipient(words, index):
        return False  # an inflected form alone needs a stem of some length (``Piotrem``, not ``Ane``) and to be
        # no frequent word (``Nelson's Column`` is no case of ``Colum``)
    if key in RARE_GIVEN_NAMES and (len(key) < 5 or not words.words[index].isalpha() or "ß" in words.words[index]):
        return False  # a short rare name alone, or one written unlike a name (``Aaßé``), is more likely a word
    if key in RARE_GIVEN_NAMES and index > 0 and words.folded[index - 1] in _GENITIVE_PREPOSITIONS:
        return main_name_case(key)  # a rare name alone after a Slavic preposition of the genitive is a place's
        # (``do Rudolfina``), but for a main name's case (``u Marty``: at Marta's)
    if elided_common_word(words, index):
        return False  # ``d'Par``: the parish, a common word after its article
    if index > 0 and words.folded[index - 1] in GERMAN_DETERMINERS and words.joined(index - 1, index):
        # a German noun (``an seine Stelle``, ``die Rose``): written German puts no article before names, but
        # Luxembourgish does (``dem Mireille``, ``der Marie``): a given name that is no word nor frequent one there
        return words.folded[index - 1] in NAME_ARTICLES and key not in FREQUENT_WORDS and key not in COMMON_WORDS
    if index > 0 and words.folded[index - 1] in PLACE_PREPOSITIONS:
        end = words.spans[index][1]
        # ``til Mads' konto``: a place owns no account; ``til Bodil``: a Nordic ``to`` leads to people too
        return with_possessive(words.text, end) > end or recipient(words, index)
    return True


def _addressed(words: Words, index: int) -> bool:
    """Whether the known given name opening the message or a quotation in it at word ``index`` addresses its reader,
    a comma after it (``Michał, nie wiem czy to do ciebie trafi``, ``Ingrida, ak toto čítaš``, ``« Frédéric, tu``):
    a name that is no common word, town or place (not ``Sofia, Plovdiv``, ``April, May``), a lower-case word after
    the comma."""
    key = words.folded[index]
    if not (index == 0 or _opens_quote(words, index)) or key not in GIVEN_NAMES or key in COMMON_WORDS or key in TOWNS:
        return False
    following = index + 1
    if following >= len(words.words) or words.text[words.spans[index][1] : words.spans[following][0]] != ", ":
        return False
    return key not in PLACE_WORDS and not words.words[following][:1].isupper()


#: Opening quotation marks: a message quoted to be rewritten opens after them (``« Frédéric, tu me dois…``).
_OPENING_QUOTES: Final = "\"“„«‹‚'"


def _opens_quote(words: Words, index: int) -> bool:
    """Whether word ``index`` opens a quotation (``Réécris : « Frédéric, tu…``, ``Rewrite: "Patrick, you…``)."""
    gap = words.text[words.spans[index - 1][1] : words.spans[index][0]].rstrip(" \u00a0\u202f")
    return gap[-1:] in _OPENING_QUOTES


def detect(text: str, words: Words | None = None) -> list[PiiSpan]:
    """Every person name found in ``text`` (see the module docstring); ``words``: ``Words(text)`` when the caller
    has it already."""
    if words is None or words.text != text:
        words = Words(text)
    spans: list[PiiSpan] = []
    index = 0
    count = len(words.words)
    while index < count:
        word = words.words[index]
        if len(word) == 1 and initial(words, index) and words.folded[index] not in IRISH_PARTICLES:
            end = _initial_surname(words, index)  # (not the Irish ``Ó``: ``Dochtúir Ó Súilleabháin``)
        elif words.folded[index] in TITLE_WORDS or phrase_word(words, index):
            end = index
        elif (capitalized(word) or (word == "Ó" and index > 0 and words.folded[index - 1] in TITLE_WORDS)) and (
            words.folded[index] not in NEVER_IN_NAME or _greeting_named(words, index)
        ):
            end = _capitalized_name(words, index)
        elif (stop := _lower_place_run(words, index)) > index:
            index = stop  # ``rue victor hugo``: the person a street is named for, in lower case
            continue
        else:
            end = _uncapitalized_name(words, index)
        if end > index and ordinary_first_word(words, index, end):
            index += 1  # ``TIL HELGA``, ``salina turda``: a preposition in capitals, a place's kind begin no name
            continue
        if end == index + 1 and ends_formula(words, index):
            index = end  # a greeting's or closing's word (``schéinen Dag``, ``god dag``)
            continue
        if end > index and feast(words, index, end):
            index = end  # a saint's day or a feast (``día de Reyes``, ``Lá Fhéile Pádraig``)
            continue
        if end > index and (stop := brand_end(words, index, end)) > index:
            index = stop  # a shop or a maker named after a person (``Albert Heijn``, ``Philips``)
            continue
        if end > index and (in_town(words, index, end) or _in_place(words, index, end)):
            index = end
            continue
        if end > index:
            last = without_frequent_tail(words, index, end)
            stop = with_possessive(text, words.spans[last - 1][1])
            first = index + 1 if last - index > 2 and words.folded[index] in NAME_FIELDS else index  # a label's word
            start = words.spans[first][0] + elided_preposition(words.words[first])  # (not the ``dell'`` of a name)
            spans.append(PiiSpan(start, stop, NAME, SOURCE_BUILTIN, 0.9))  # (``KORTHOLDER ODA LIE``)
            index = end
            continue
        index += 1
    return without_places(words, with_pasted(text, words, spans))


def declined(words: Words, start: int, end: int) -> bool:
    """Whether the rules leave the words ``start:end`` alone whoever takes them for a name (another detector's
    guess, e.g. ``name_model``): a title, a phrase's or a closing's word, a word never in a name, a first word that
    begins no name, a feast, a brand, a place's kind or a place named after a person (``Via Prof. Luigi Einaudi``)."""
    return (
        any(
            words.folded[index] in TITLE_WORDS
            or words.folded[index] in NEVER_IN_NAME
            or words.folded[index] in NOT_NAMES
            or words.folded[index] in PLACE_WORDS
            or phrase_word(words, index)
            or _in_place_word(words, index)
            or _lower_place_run(words, index) > index
            for index in range(start, end)
        )
        or ordinary_first_word(words, start, end)
        or (end == start + 1 and ends_formula(words, start))
        or feast(words, start, end)
        or brand_end(words, start, end) > start
        or place_tail(words, start, end)
        or in_town(words, start, end)
        or _in_place(words, start, end)
    )


def _greeting_named(words: Words, index: int) -> bool:
    """Whether word ``index``, a greeting's word that is a given name too (``Ola``, the ``olá`` of Portuguese),
    is the name a relation or an introduction announces (``min bror Ola Bøe``)."""
    return words.folded[index] in GIVEN_NAMES and after_phrase(words, index)


def _lower_place_run(words: Words, index: int) -> int:
    """End of the known names in lower case that a place's word comes before (``rue victor hugo``, ``aeroporto
    humberto delgado``), or ``index``."""
    key = words.folded[index]
    if not words.words[index].islower() or (key not in GIVEN_NAMES and key not in FAMILY_NAMES):
        return index
    if not in_place(words, index):
        return index
    end = index + 1
    while end < len(words.words) and words.joined(end - 1, end) and words.words[end].islower():
        key = words.folded[end]
        if key not in GIVEN_NAMES and key not in FAMILY_NAMES and key not in NAME_PARTICLES:
            break
        end += 1
    return end


def _in_place(words: Words, start: int, end: int) -> bool:
    """Whether the name ``start:end`` is part of a place's name (``ul. Adama Mickiewicza``, ``Liszt Ferenc tér``,
    ``King Edward``, ``Haakon VII``), unless a title or a phrase names a person there (``pan Kowalski``)."""
    if after_phrase(words, start):
        return public_place_after(words, end)
    if start > 0 and field_word(words, start - 1) and words.joined(start - 1, start):
        return False  # ``SURNAME DURHAM``: a form's field in capitals names the person
    if start > 0 and words.folded[start - 1] in TITLE_WORDS and words.titled(start):
        # ``Rua Dr. António Cândido``, ``Triq Sir Temi Żammit``, ``Dr. Koch Róbert utca``
        return in_place(words, start - 1) or place_after(words, start, end)
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
