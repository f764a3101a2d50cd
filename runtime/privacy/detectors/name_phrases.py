"""The phrases before a person's name, indexed for the name detector (pure): introductions, relations,
contacts, greetings (``intro_phrases``), and the words that follow a name (``gergely vagyok``, ``pekka here``).

Each phrase is folded (case and accents) and keyed by its last word, so that a word after none of those last
words (the common case) is checked once.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.intro_phrases import (
    CLOSINGS,
    CONTACTS,
    GREETINGS,
    LOWER_CASE,
    LOWER_CASE_NAME_END,
    RELATIONS,
    STRONG,
    WEAK,
)
from runtime.privacy.detectors.name_relation_nouns import relation_nouns
from runtime.privacy.detectors.name_text import WORD, Words
from runtime.privacy.detectors.name_words import FAMILY_NAMES, GIVEN_NAMES, word_set
from runtime.privacy.normalize import fold

Index = dict[str, list[tuple[str, ...]]]


def intro_index(phrases: tuple[str, ...]) -> Index:
    """Folded phrases keyed by their last word."""
    index: Index = {}
    for phrase in phrases:
        words = tuple(WORD.findall(fold(phrase)))
        index.setdefault(words[-1], []).append(words[:-1])
    return index


STRONG_INDEX: Final = intro_index(STRONG)
WEAK_INDEX: Final = intro_index(WEAK)
LOWER_INDEX: Final = intro_index(LOWER_CASE)
RELATIONS_INDEX: Final = intro_index(
    (*RELATIONS, *relation_nouns(lambda key: key in GIVEN_NAMES or key in FAMILY_NAMES))
)
CONTACTS_INDEX: Final = intro_index(CONTACTS)
GREETINGS_INDEX: Final = intro_index(GREETINGS)
#: The last words of every phrase above: a word after none of them follows no phrase (the common case).
PHRASE_ENDS: Final = frozenset().union(
    STRONG_INDEX, WEAK_INDEX, LOWER_INDEX, RELATIONS_INDEX, CONTACTS_INDEX, GREETINGS_INDEX
)
LOWER_END: Final = frozenset(fold(word) for word in LOWER_CASE_NAME_END)
#: Greetings and closings of more than one word keyed by their last word (``god dag``, ``schéinen Dag``).
_FORMULAS_INDEX: Final = intro_index(tuple(phrase for phrase in (*GREETINGS, *CLOSINGS) if " " in phrase))
BEFORE_NAME: Final = (STRONG_INDEX, WEAK_INDEX, RELATIONS_INDEX, CONTACTS_INDEX, GREETINGS_INDEX)
#: Phrases after which any words are a name (``my name is``, ``o meu marido``): not only known ones.
SURE_BEFORE_NAME: Final = (STRONG_INDEX, LOWER_INDEX, RELATIONS_INDEX)
#: Phrases after which a known given name is a name (``ik ben``, ``hi``, ``falei com``).
KNOWN_BEFORE_NAME: Final = (WEAK_INDEX, GREETINGS_INDEX, CONTACTS_INDEX)
_AFTER_NAME_WORDS: Final = """
vagyok here hier täällä siin anseo hawn nevű nevu feleségem férjem lányom fiam anyám apám nővérem húgom bátyám öcsém
barátnőm barátom kollégám kolleganőm unokám párom testvérem anyukám apukám nagymamám nagypapám
calls rang ruft anrufen zurückrufen belt bellen terugbellen ringer ringa ringde ringe ringede ringte hringir
hringja hringdi ringje ringja ringjer soittaa soitti soittaisi helistab helistaks helistas piezvana piezvanīs
piezvanītu zvanīs
paskambins paskambintų perskambintų perskambins susisiektų skambina skambino zadzwoni dzwoni dzwonił dzwoniła
oddzwoni zavolá volá zavolal
zavolala hív hívjon felhív visszahív sune sună nazove nazvao nazvala pokliče poklical poklicala звъни звънне
обади τηλεφωνήσει iċempel jċempel glaoch ghlaoigh glaofaidh urufft rifft rufft ligue ligou llame llamó rappelle
richiami richiama
"""
#: Words written right after a name that say it is one (``gergely vagyok``, ``pekka here``, ``mart siin``); the
#: Hungarian relations written after the name, in their cases too (``Eszter lányom``, ``a Réka nevű kollégám``,
#: ``Tünde lányomnak``); the verbs of a
#: call (``that pekka calls``, ``lai andris man piezvana``, ``ingrid ringer``), one object pronoun between allowed.
_HUNGARIAN_RELATIONS: Final = """
feleségem férjem lányom fiam anyám apám nővérem húgom bátyám öcsém barátnőm barátom kollégám kolleganőm unokám
párom testvérem anyukám apukám nagymamám nagypapám
"""
#: The case endings a Hungarian relation takes after the name it follows (``Tünde lányomnak``: for my daughter
#: Tünde; ``Veronika nővéremmel``, ``Ágnes anyámat``), folded; ``-mal``/``-mel`` double the possessive ``m``.
_HUNGARIAN_RELATION_CASES: Final = (
    "nak", "nek", "mal", "mel", "at", "et", "ot", "tol", "hoz", "hez", "ert", "ra", "re", "rol", "nal", "nel",
)  # fmt: skip
AFTER_NAME: Final = frozenset(fold(word) for word in _AFTER_NAME_WORDS.split()) | frozenset(
    fold(word) + case for word in _HUNGARIAN_RELATIONS.split() for case in _HUNGARIAN_RELATION_CASES
)
#: Object pronouns written between a name and the verb of a call (``tomas man paskambintų``).
_CALL_PRONOUN_WORDS: Final = "man mig meg mér mi me mnie mě ma mulle minulle mij mich mir ми μου"
_CALL_PRONOUNS: Final = frozenset(fold(word) for word in _CALL_PRONOUN_WORDS.split())


def after_phrase(words: Words, index: int) -> bool:
    """Whether word ``index`` follows an introduction, relation or contact phrase (``Betreuerin von``)."""
    return index > 0 and words.folded[index - 1] in PHRASE_ENDS and any(words.follows(index, p) for p in BEFORE_NAME)


def after_sure_phrase(words: Words, index: int) -> bool:
    """Whether word ``index`` follows a phrase after which any words are a name (``jmenuji se``, ``kona mi``),
    a relation with a comma between too (``a lányom, Eszter``)."""
    if index == 0 or words.folded[index - 1] not in PHRASE_ENDS:
        return False
    return any(words.follows(index, p) for p in SURE_BEFORE_NAME) or after_relation_comma(words, index)


def after_introduction(words: Words, index: int) -> bool:
    """Whether word ``index`` follows an introduction after which any word is a name (``jmenuji se``, ``my name
    is``), not only a relation (``minu naine``: a verb often follows it, ``minu naine tahab``)."""
    if index == 0 or words.folded[index - 1] not in PHRASE_ENDS:
        return False
    return words.follows(index, STRONG_INDEX) or words.follows(index, LOWER_INDEX)


#: What may stand between a relation and the name it announces: a comma, an opening bracket, a dash, a colon.
_RELATION_GAPS: Final = frozenset({", ", ",\u00a0", " (", " – ", " — ", ": ", " - "})


def after_relation_comma(words: Words, index: int) -> bool:
    """Whether word ``index`` follows a relation and a comma, bracket, dash or colon (``a lányom, Eszter``, ``my
    sister, Anna``, ``ο πεθερός μου (Γαληνός``, ``mans brālis — Jānis``)."""
    last = index - 1
    if last < 0 or words.folded[last] not in RELATIONS_INDEX:
        return False
    if words.text[words.spans[last][1] : words.spans[index][0]] not in _RELATION_GAPS:
        return False
    return words.phrase_start(last, RELATIONS_INDEX) is not None


def after_known_phrase(words: Words, index: int) -> bool:
    """Whether word ``index`` follows a phrase after which a known given name is a name (``tady``, ``ahoj``)."""
    return (
        index > 0 and words.folded[index - 1] in PHRASE_ENDS and any(words.follows(index, p) for p in KNOWN_BEFORE_NAME)
    )


def ends_phrase(words: Words, index: int) -> bool:
    """Whether word ``index`` ends a phrase of two words or more before the next word (``ben`` in ``ik ben
    joost``): such a word begins no name itself."""
    key = words.folded[index]
    if key not in PHRASE_ENDS or index + 1 >= len(words.words) or not words.joined(index, index + 1):
        return False
    for phrases in (*BEFORE_NAME, LOWER_INDEX):
        first = words.phrase_start(index, phrases, least_before=1)
        if first is not None:
            return words.joined_run(first, index)
    return False


def before_after_name_word(words: Words, index: int) -> bool:
    """Whether word ``index`` comes right before a word that follows names (``gergely vagyok``, ``ingrid ringer``,
    ``tomas man paskambintų``)."""
    count = len(words.words)
    following = index + 1
    if following >= count:
        return False
    key = words.folded[following]
    if key not in AFTER_NAME and key not in _CALL_PRONOUNS:
        return False  # the common case, decided at once
    if not words.joined(index, following):
        return False
    if key in _CALL_PRONOUNS and following + 1 < count and words.joined(following, following + 1):
        following += 1  # ``tomas man paskambintų``
    return words.folded[following] in AFTER_NAME


#: Prepositions of where a person is from, between a name and what they said (``Bram van de snackbar zei``).
_FROM: Final = frozenset(
    fold(word)
    for word in word_set("from van de z ze iz aus vom von du dal dalla dallo da do от από mill tal frá fra från")
)
#: Speech verbs written after a person (``Dušan říkal``, ``Steven from accounts said``), and the verbs of asking,
#: wondering and writing (``Sirje küsib``, ``Ludwig undrar``, ``Тотьо пита``): a capitalized word before them is a
#: name when it is a known given name (in lower case they follow any noun: ``гишето каза``).
_SAID: Final = frozenset(
    fold(word)
    for word in word_set("""
said says told mentioned sagte sagt meinte meint zei zegt dijo dice diceva disse diz mówił mówiła powiedział
powiedziała říkal říkala řekl řekla říká povedal povedala hovoril hovorila vravel vravela rekao rekla kaže rekel
zice spune каза казва είπε λέει mondta szerint sagde siger sier sagði segir sade säger sanoi sanoo ütles ütleb
teica sakė sako qal qalet qalli qaltli dúirt seet gesot
asks asked wonders wondered writes wrote fragt fragte schreibt schrieb vraagt vroeg schrijft schreef demande
demandait écrit pregunta preguntó escribe chiede chiedeva scrive pergunta perguntou escreve pyta pytała pytał
zapytała zapytał pisze napisała napisał ptá ptala ptal píše psala psal pýta pýtala pýtal pita pitala pitao piše
pisala pisao sprašuje vprašala vprašal întreabă întreba scrie kérdezi kérdezte írja írta пита попита питаше пише
писа ρωτάει ρώτησε γράφει έγραψε spørger spurgte skriver skrev spør spurte undrar undrade frågar frågade spyr
spurði skrifar skrifaði kysyy kysyi kirjoittaa kirjoitti küsib küsis kirjutab kirjutas jautā jautāja raksta
rakstīja klausia klausė rašo rašė jistaqsi staqsiet staqsa tikteb kitbet fiafraíonn fhiafraigh scríobhann
scríobh freet gefrot schreift
""")
)
#: The auxiliary of a South Slavic past between the name and the verb (``Primož je rekel``), and the reflexive
#: pronoun of a verb of asking (``František sa pýta``, ``Ana se pita``, ``Marek się pyta``, ``Paul se demande``).
_AUXILIARIES: Final = frozenset({"je", "sa", "se", "sie", "si"})


def said_follows(words: Words, index: int) -> bool:
    """Whether a speech verb follows word ``index`` (``Dušan říkal``, ``Primož je rekel``), or where that person is
    from and a speech verb (``Steven from accounts said``, ``Irinel de la asociație zice``)."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return False
    key = words.folded[following]
    if key in _FROM:
        return _said_from(words, following)
    if key in _AUXILIARIES and following + 1 < len(words.words) and words.joined(following, following + 1):
        key = words.folded[following + 1]
    return key in _SAID


#: The most words between a ``from`` and the speech verb (``de la asociație``, ``van de snackbar``).
_FROM_WORDS: Final = 3


def _said_from(words: Words, preposition: int) -> bool:
    """Whether a speech verb follows the preposition at ``preposition`` within a few lower-case words, all on one
    line (``from accounts said``, ``от счетоводството каза``)."""
    for probe in range(preposition + 1, min(preposition + 2 + _FROM_WORDS, len(words.words))):
        if not words.joined(probe - 1, probe) and words.text[words.spans[probe - 1][1] : words.spans[probe][0]] != "-":
            return False
        if words.folded[probe] in _SAID:
            return probe > preposition + 1
        if not words.words[probe].islower():
            return False
    return False


#: The most words a relation phrase written after a name has (``a kolléganőm``, ``my wife``, ``a minha mulher``).
_RELATION_WORDS: Final = 3


def relation_follows(words: Words, index: int) -> bool:
    """Whether a comma and a relation phrase follow word ``index`` (``Ágnes, a feleségem``, ``Anna, my wife``):
    the word is the name the relation describes."""
    following = index + 1
    if following >= len(words.words) or words.text[words.spans[index][1] : words.spans[following][0]] != ", ":
        return False
    for last in range(following, min(following + _RELATION_WORDS, len(words.words))):
        if words.folded[last] in RELATIONS_INDEX and words.phrase_start(last, RELATIONS_INDEX) == following:
            return words.joined_run(following, last)
    return False


def ends_formula(words: Words, index: int) -> bool:
    """Whether word ``index`` ends a greeting or closing of more than one word (``Dag`` in ``schéinen Dag``,
    ``god dag``): a given name there is the formula's word."""
    first = words.phrase_start(index, _FORMULAS_INDEX)
    return first is not None and words.joined_run(first, index)
