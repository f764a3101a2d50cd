"""Given names typed in lower case where a person stands (pure): a message written without capitals gives its
names none either (``can u text kate``, ``le mando a julieta un audio``, ``hvem er allan mogensen?``), so the
word's place must say what a capital would have said.

A word is taken when it is a listed given name that is no word more often something else (``name_lower_words.given``:
not ``will``, ``may``, ``grace``), no place's or feast's name, and one of these comes right before it:

- a word a person follows in every market language: "to", "with", "for", "from", a dative's or a payee's
  preposition, "called", "is named" (``to``, ``til``, ``an``, ``para``, ``la``, ``pe``, ``dla``, ``за``, ``lil``,
  ``chuig``, ``heißt``, ``se llamaba``, ``vardas``);
- a verb of writing, telling, asking, calling or paying whose object is a person (``text``, ``ring``, ``schreib
  ich``, ``dile a``, ``sms``);
- "who is" (``hvem er``, ``wer ist eigentlich``, ``kas ir``, ``кой е``, ``ποιος είναι``), "it is" (``det er``,
  ``þetta er``);
- the article Greek puts before a person's name (``ο νικόλαος λέει``, ``αύριο γιορτάζει η φωτεινή``).

A surname after the given name is taken with it (``name_lower_words.surname_end``); after "who is" a pair whose
second word is a listed surname is taken whatever its first (``hvem er laust krogh?``). The message must be typed
in lower case (a capital at a sentence's start, ``I`` and words in capitals allowed): where the writer gives
capitals, a name without one is a word.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_brands import brand_end
from runtime.privacy.detectors.name_calendar import feast
from runtime.privacy.detectors.name_inflection import family_name
from runtime.privacy.detectors.name_lower_words import (
    RARE_SURNAME_LETTERS,
    ends_name,
    lone_given,
    lower_typed,
    name_follows,
    ordinary_place,
    surname_end,
)
from runtime.privacy.detectors.name_phrases import intro_index
from runtime.privacy.detectors.name_signoff import rare_name
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_verbs import verb_form
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    word_set,
)
from runtime.privacy.normalize import fold

#: The prepositions and articles a person's name follows, as typed in lower case, by language: other words
#: follow them too, so a name after them must be no frequent word of any market language (``til helga``: for the
#: weekend; ``de la luz``).
_TO_PERSON: Final = intro_index(
    (
        "to", "with", "for", "from",  # en
        "til", "till", "med", "fra", "från", "hos", "det er", "det är", "frá", "hjá", "með", "þetta er",
        "an", "mit", "von", "für", "bei", "fir", "mat", "vun", "aan", "met", "voor", "van", "naar",  # de, lb, nl
        "avec", "pour", "chez", "con", "para", "per", "com", "pra", "la", "lui", "cu", "pentru",
        "do", "dla", "od", "czy", "pro", "pre", "za", "kod", "sa",  # pl, cs, sk, hr
        "за", "на", "от", "с", "със", "при",  # bg
        "lil", "għal", "minn", "chuig",  # mt, ga
    )
)  # fmt: skip
#: Given names that are ordinary words of a language the frequency lists lack (Nynorsk ``kaia``: the quay).
_ORDINARY: Final = frozenset({"kaia"})
#: The verbs whose object is a person and the words for "called": a listed given name after them is taken even
#: when it is a frequent word too (``text kate``, ``hun hedder rita``).
_PERSON_VERBS: Final = intro_index(
    (
        "tell", "ask", "text", "txt", "call", "ring", "message", "msg", "email", "pay", "paid", "owe", "owes",
        "remind", "invite", "named", "called", "text to", "write to",  # en
        "hedder", "heter", "heiter", "ring til", "sms", "skriv til", "spør", "spørg", "fråga", "heitir",
        "heißt", "heisst", "schreib ich", "schreibe ich", "frag", "sag", "heet",  # de, nl
        "appelle", "s'appelle", "llama", "llamaba", "se llamaba", "le mando a", "dile a", "escríbele a", "chiama",
        "chiamava", "si chiamava", "chama", "chamava", "numește", "cheamă",  # fr es it pt ro
        "nazywa się", "jmenuje se", "volá sa", "zove se", "kliče se", "казва се", "vardas", "vārds",
    )
)  # fmt: skip
#: The verbs a person opens a sentence with in a message about them: says, said, wrote, asks, wants, owes, called,
#: sent, paid, is coming, by language (as typed: folded).
_SUBJECT_VERBS: Final = frozenset(
    fold(word)
    for word in word_set("""
says said wrote writes asks asked wants owes owed called calls sent texted paid
siger sagde skrev spørger vil skylder ringede sendte betalte sier sa skriver spør skylder ringte sendte betalte
säger sade skrev frågar vill  ringde skickade betalade segir skrifaði spyr vill skuldar hringdi sendi
sagt sagte schrieb schreibt fragt will schuldet rief schickte zahlte seet schreift freet wëllt zeit schrijft vraagt
wil belde stuurde betaalde dit écrit demande veut doit appelé envoyé payé dice dijo escribió pregunta quiere debe
llamó mandó pagó scrive chiede vuole deve chiamato mandato pagato diz disse escreveu pergunta quer deve ligou
mandou pagou spune zice scrie întreabă vrea datorează sunat trimis plătit mówi powiedział powiedziała napisał
napisała pisze pyta chce prosi wisi dzwonił dzwoniła wysłał wysłała říká řekl řekla napsal napsala píše ptá chce
dluží volal volala poslal poslala hovorí povedal povedala napísal napísala píše pýta dlhuje volal kaže rekao rekla
napisao napisala pita hoće duguje zvao zvala poslao poslala pravi rekel rekla napisal piše vpraša hoče dolguje
klical poslal казва каза пише пита иска дължи звъня изпрати λέει είπε έγραψε γράφει ρωτάει θέλει χρωστάει πήρε
έστειλε mondja mondta írt írta kérdezi akar tartozik hívott küldött sanoo sanoi kirjoitti kysyy haluaa
soitti lähetti ütleb ütles kirjutas küsib tahab võlgneb helistas saatis saka teica rakstīja jautā grib
zvanīja sūtīja sako sakė rašė klausia nori skambino siuntė qal kiteb tistaqsi trid ċempel bagħat
deir dúirt scríobh fiafraíonn teastaíonn
""")
)
#: "Who is": a pair after it is a person's name even when its first word is no listed given name.
_WHO_IS: Final = intro_index(
    (
        "who is", "whos", "hvem er", "kven er", "vem är", "hver er", "wer ist", "wer ist eigentlich", "wie is",
        "wien ass", "qui est", "quién es", "quien es", "chi è", "quem é", "cine e", "cine este", "kdo je", "kto je",
        "tko je", "ko je", "кой е", "коя е", "ποιος είναι", "ποια είναι", "ki az", "ki az a", "kuka on", "kes on",
        "kas ir", "kas yra", "min hu", "min hi", "kto to",
    )
)  # fmt: skip
#: The Greek articles and prepositions with an article before a person's name (folded).
_GREEK_ARTICLES: Final = intro_index(("ο", "η", "τον", "την", "τη", "του", "της", "στον", "στην", "στη"))
_GREEK_FEMININE: Final = frozenset(fold(word) for word in word_set("η την τη της στην στη"))
#: The last letters of Greek women's names (folded: ``μαρία``, ``ελένη``, ``ρηνιώ``, ``ευδοξία``).
_GREEK_FEMININE_ENDS: Final = frozenset("αηωι")
#: Greek given names that are nouns too (life, hope, peace, wisdom, joy, glory, love, spring, virtue, dawn,
#: victory, daisy, golden), folded: after an article they are the noun as often.
_GREEK_NOUNS: Final = frozenset(
    fold(word)
    for word in word_set("ζωή ελπίδα ειρήνη σοφία χαρά δόξα αγάπη άνοιξη αρετή αυγή νίκη μαργαρίτα ανθή χρυσή")
)


def _greek_article(words: Words, index: int) -> bool:
    """Whether a Greek article of the name's gender comes right before the Greek given name at ``index`` (a
    feminine article before a man's name is a street's: ``η μιχαήλ κυρίου``, the street of that name)."""
    if words.words[index].isascii() or not words.follows(index, _GREEK_ARTICLES):
        return False
    feminine = words.folded[index - 1] in _GREEK_FEMININE
    return not feminine or words.folded[index][-1:] in _GREEK_FEMININE_ENDS


def _cued(words: Words, index: int) -> bool:
    """Whether a word a person follows comes right before the given name at ``index`` (see the module)."""
    key = words.folded[index]
    if words.follows(index, _PERSON_VERBS) or words.follows(index, _WHO_IS):
        return True
    if _greek_article(words, index):
        return key not in _GREEK_NOUNS
    if index == 1 and words.folded[0] == "a" and words.text[words.spans[index][1] :].startswith(","):
        return True  # the Irish vocative opening a message (``a sorcha, cá bhfuil``)
    # after a preposition a name ends at a mark or a frequent word (``a gellért fürdő``: a place's name goes on)
    return (
        key not in FREQUENT_WORDS
        and key not in _ORDINARY
        and words.follows(index, _TO_PERSON)
        and ends_name(words, index)
    )


def _subject(words: Words, index: int) -> bool:
    """Whether the given name at ``index`` opens a sentence as its subject: a verb of saying, writing, asking, owing
    or calling after it (``mara skuldar mér``), or a verb's shape when the name is no frequent word (``olga
    zadzwoniła``)."""
    following = index + 1
    if not words.after_break(index) or following >= len(words.words) or not words.joined(index, following):
        return False
    key, after = words.folded[index], words.folded[following]
    if key in _ORDINARY or not words.words[following].islower() or after in GIVEN_NAMES:
        return False
    if after in _SUBJECT_VERBS:
        return True  # (a frequent word too: ``bernard says``, ``ebba säger``)
    return key not in FREQUENT_WORDS and after not in FAMILY_NAMES and verb_form(words.words[following])


def _who_is_pair(words: Words, index: int) -> int:
    """End of a pair after "who is" whose second word is a listed surname (``hvem er laust krogh?``), or
    ``index``."""
    following = index + 1
    if not words.follows(index, _WHO_IS) or following >= len(words.words) or not words.joined(index, following):
        return index
    first, second = words.folded[index], words.folded[following]
    if not words.words[following].islower() or first in NOT_NAMES or len(first) < 3:
        return index
    if second in FREQUENT_WORDS or second in COMMON_WORDS or second in NOT_NAMES:
        return index
    if first in COMMON_WORDS and first not in GIVEN_NAMES:
        return index
    # (``hvem er laust krogh``, ``hvem er allan mogensen``; not ``who is your bank``)
    listed = second in FAMILY_NAMES or (
        _listed_or_rare(first, second) and (first in GIVEN_NAMES or first not in FREQUENT_WORDS)
    )
    if not listed:
        return index
    after = words.text[words.spans[following][1] :].lstrip(" ")
    return following + 1 if not after or after[0] in ",.!?;:)" else index


def _listed_or_rare(first: str, second: str) -> bool:
    """Whether each of two words is a listed name or a word too rare to be a common one (``denny gertz``,
    ``brencis zalitis``)."""
    return all(
        key in GIVEN_NAMES or key in FAMILY_NAMES or (rare_name(key) and len(key) <= RARE_SURNAME_LETTERS)
        for key in (first, second)
    )


def cued_names(words: Words) -> list[tuple[int, int]]:
    """The spans of the given names (with their surnames) typed in lower case where a person stands."""
    if not lower_typed(words):
        return []
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(words.words):
        end = _name_end(words, index) if words.words[index].islower() else index
        if end > index and not _ordinary(words, index, end):
            found.append((words.spans[index][0], words.spans[end - 1][1]))
            index = end
            continue
        index += 1
    return found


def _name_end(words: Words, index: int) -> int:
    """End of the name in lower case that a cue announces at word ``index`` (``index`` if none)."""
    key = words.folded[index]
    if lone_given(key) and (_cued(words, index) or _subject(words, index)):
        end = surname_end(words, index + 1)
        if end == index + 1 and name_follows(words, index):
            return index  # ``pe mihai eminescu``, ``do jana pawła``: a street or a place named for a person
        return end
    if key in GIVEN_NAMES and key not in NOT_NAMES and len(key) >= 3 and _any_cue(words, index):
        end = surname_end(words, index + 1)  # a given name that is a word too, with its surname (``allan mogensen``)
        if end > index + 1 and (words.folded[end - 1] in FAMILY_NAMES or family_name(words.folded[end - 1])):
            return end
    return _who_is_pair(words, index)


def _any_cue(words: Words, index: int) -> bool:
    """Whether any word a person follows comes right before word ``index``."""
    return _greek_article(words, index) or any(
        words.follows(index, cues) for cues in (_TO_PERSON, _PERSON_VERBS, _WHO_IS)
    )


def _ordinary(words: Words, start: int, end: int) -> bool:
    """Whether the words ``start:end`` name a place, a feast or a brand, not a person."""
    return ordinary_place(words, start, end) or feast(words, start, end) or brand_end(words, start, end) > start
