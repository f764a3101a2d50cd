"""Names after a verb of naming in the third person (pure): ``Hann heitir Hraunar``, ``mein Berater heißt Murat
Scholtz``, ``min mand hedder Svenning Johnsen``, ``il s'appelle Gaspard``, ``zove se Tihomir Barić``.

The writer's own introduction (``ich heiße``, ``jag heter``) is ``intro_phrases.STRONG``; these say what someone
else is called. The same verbs name things (``das heißt``, ``the app is called Revolut``, ``appen hedder
MobilePay``, ``unser Hund heißt Bello``): the capitalized word after the verb is a name when a personal pronoun or a
relation is the verb's subject (``er heißt``, ``hún heitir``, ``min mand hedder``), any word that is no frequent or
common one when a child is (``Stelpan heitir Blædís``, ``das Mädchen heißt Greta``), or when two capitalized words
follow, one of them a known given or family name (``Kassören heter Tuva Johansson``), or a family name alone
(``postkassen hedder Mathiasen``); never after a pronoun of a thing (``das heißt``, ``det heter``, ``to se
jmenuje``).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_phrases import RELATIONS_INDEX, intro_index
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    word_set,
)
from runtime.privacy.normalize import fold

#: Verbs and phrases of naming in the third person, in every market language (present and past).
_CALLED: Final = (
    # en, de, lb, fr, it, es, pt, nl
    "is called", "was called", "is named", "his name is", "her name is", "heißt", "heisst", "hieß", "hiess",
    "sein name ist", "ihr name ist", "heescht", "s'appelle", "s'appelait", "son nom est", "si chiama",
    "si chiamava", "il suo nome è", "se llama", "se llamaba", "su nombre es", "se chama", "chama-se",
    "chamava-se", "o nome dele é", "o nome dela é", "heet", "heette", "zijn naam is", "haar naam is",
    # pl, cs, sk, hr, sl, ro, bg, el
    "nazywa się", "nazywał się", "nazywała się", "ma na imię", "miał na imię", "miała na imię", "jmenuje se",
    "se jmenuje", "jmenoval se", "jmenovala se", "se jmenoval", "se jmenovala", "volá sa", "sa volá", "volal sa",
    "volala sa", "sa volal", "sa volala", "zove se", "se zove", "zvao se", "zvala se", "se zvao", "se zvala",
    "ime mu je", "ime joj je", "ime ji je", "se imenuje", "imenuje se", "se numește", "se numeste", "se cheamă",
    "se cheama", "îl cheamă", "o cheamă", "il cheama", "o cheama", "numele lui este", "numele ei este",
    "се казва", "казва се", "се казваше", "казваше се", "името му е", "името ѝ е", "λέγεται", "τον λένε",
    "την λένε", "τη λένε", "ονομάζεται", "το όνομά του είναι", "το όνομά της είναι",
    # da, nb, nn, sv, is, fi, et, lv, lt, hu, mt, ga
    "hedder", "hed", "hans navn er", "hendes navn er", "heter", "hette", "heiter", "heitte", "hennes navn er",
    "hans namn är", "hennes namn är", "heitir", "hänen nimensä on", "nimeltään", "tema nimi on", "viņu sauc",
    "viņa vārds ir", "viņas vārds ir", "jo vardas", "jos vardas", "vadinasi", "a neve", "jisimha", "jismu",
    "is ainm dó", "is ainm di",
)  # fmt: skip
CALLED_INDEX: Final = intro_index(_CALLED)
#: Personal pronouns that make a person the verb's subject (``er heißt``, ``hann heitir``), folded.
_PERSONS: Final = frozenset(
    fold(word)
    for word in word_set("""
he she er sie hien hatt il elle lui lei él ella ele ela hij zij ze ona он тя той αυτός αυτή han hun hon hann
hún hen hän tema viņš viņa jis ji ő hu hi sé sí
""")
)
#: Nouns of a child or a young person as the verb's subject (``the baby is called``, ``Stelpan heitir``, ``das
#: Mädchen heißt``), definite forms too, folded: a rare word after them is the child's name, not a pet's.
_CHILDREN: Final = frozenset(
    fold(word)
    for word in word_set("""
child kid girl boy baby kind mädchen junge meisje jongen barnet barn pigen pigebarnet drengen jenta jenten gutten
babyen flickan pojken tjejen killen bebisen barnið stelpan stúlkan strákurinn drengurinn lapsi tyttö poika vauva
laps tüdruk poiss beebi enfant fille garçon bébé bambino bambina bimbo bimba ragazzo ragazza niño niña chico chica
bebé criança menino menina bebê dziecko dziewczynka chłopiec dítě holčička chlapec miminko dieťa dievča dijete
djevojčica dječak otrok deklica deček copilul fetița băiatul детето момичето момчето бебето παιδί κοριτσάκι αγόρι
μωρό gyerek kislány kisfiú bērns meitene puisis vaikas mergaitė berniukas tifel tifla páiste
""")
)
#: The Nordic compounds of a child (``fermingarbarnið``, ``konfirmationsbarnet``, ``dåpsbarnet``), folded.
_CHILD_ENDINGS: Final = ("barnið", "barnid", "barnet", "barn")
#: Pronouns of a thing, question words and ``that is`` before the verb: a thing is named (``das heißt``), folded.
_THINGS: Final = frozenset(
    fold(word)
    for word in word_set("""
it this that what which das es dies was wie welches dat wat het ce cela ça ciò cosa come esto eso eso cómo isso
isto como to co jak kako ovo to что това какво αυτό πώς det dette hvad hvordan vad hur hva korleis það þetta hvað
hvernig se tämä mikä mitä kuidas see mis tas kā kas tai kaip ez az mi hogy dan x'inħu
""")
)


def called_name(words: Words, index: int) -> bool:
    """Whether word ``index`` (capitalized) is a name after a verb of naming in the third person (see the module)."""
    last = index - 1
    if last < 0 or words.folded[last] not in CALLED_INDEX or not words.joined(last, index):
        return False  # the common case, decided at once
    first = words.phrase_start(last, CALLED_INDEX)
    if first is None:
        return False
    subject = words.folded[first - 1] if first > 0 and words.joined(first - 1, first) else ""
    if subject in _THINGS:
        return False
    key = words.folded[index]
    if key in FREQUENT_WORDS or key in NOT_NAMES:
        return False
    if subject in _PERSONS or subject in RELATIONS_INDEX:
        return True
    if (subject in _CHILDREN or subject.endswith(_CHILD_ENDINGS)) and key not in COMMON_WORDS:
        return True  # ``Fermingarbarnið heitir Blædís``, ``la bambina si chiama Ginevra``: a child is named
    following = index + 1
    pair = following < len(words.words) and words.joined(index, following) and words.words[following][:1].isupper()
    if not pair:
        # one word after a noun: a pet's, a product's or an app's name as often (``appen heter Vipps``), unless a
        # family name that is no given name (``postkassen hedder Mathiasen``)
        return key in FAMILY_NAMES and key not in GIVEN_NAMES and _known(key)
    return _known(key) or _known(words.folded[following])  # ``Kjóisson Koðrán``: the surname first


def _known(key: str) -> bool:
    """A known given or family name that is no common word."""
    return (key in GIVEN_NAMES or key in FAMILY_NAMES) and key not in COMMON_WORDS and key not in NOT_NAMES
