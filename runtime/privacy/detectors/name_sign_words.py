"""The words that mark a signature (pure): the closings, thanks and wishes a message ends with, the "sent from my
phone" lines of mail apps, and whether capitalized words may be the name signed after them.

``intro_phrases.CLOSINGS`` holds the closings of letters and thanks; a chat message ends as often with a wish
(``Schönes Wochenende!``, ``bonne journée !``, ``να 'σαι καλά``, ``vidimo se``), a kiss or hug typed short
(``bjs``) or a thanks to many (``go raibh míle maith agaibh``): those are here, in every language of the zone.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.intro_phrases import CLOSINGS, GREETINGS
from runtime.privacy.detectors.name_inflection import family_name
from runtime.privacy.detectors.name_places import PLACE_WORDS
from runtime.privacy.detectors.name_run import DEPARTMENTS
from runtime.privacy.detectors.name_signoff import AFTER_THANKS, CLOSING_KEYS, rare_name
from runtime.privacy.detectors.name_text import NAME_PARTICLES, WORD
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    word_set,
)
from runtime.privacy.detectors.town_names import ONE_WORD_TOWNS
from runtime.privacy.normalize import fold

#: Wishes, farewells and thanks a chat message ends with before the writer's name, besides the closings.
WISHES: Final = (
    "have a nice day", "have a good day", "have a great weekend", "have a nice weekend", "see you", "see you soon",
    "talk soon", "speak soon", "schönes wochenende", "schönen tag", "schönen abend", "bis bald", "bis dann",
    "bis morgen", "bonne journée", "bonne soirée", "bon week-end", "bon weekend", "à bientôt", "a bientot",
    "à plus", "buen fin de semana", "buen día", "buenos días", "hasta luego", "hasta pronto", "nos vemos",
    "bom fim de semana", "bom dia", "até logo", "até breve", "buona giornata", "buona serata", "buon weekend",
    "a presto", "ci vediamo", "fijne dag", "fijn weekend", "tot ziens", "tot straks", "tot morgen", "schéine weekend",
    "bis geschwënn", "trevlig helg", "ha det bra", "vi ses", "vi snakkes", "god helg", "god dag", "ha en fin dag",
    "hav en god dag", "god weekend", "góða helgi", "sjáumst", "hyvää viikonloppua", "nähdään", "kuulemiin",
    "head päeva", "ilusat päeva", "näeme", "jauku dienu", "uz redzēšanos", "iki", "gražios dienos", "miłego dnia",
    "miłego weekendu", "do zobaczenia", "na razie", "hezký víkend", "uvidíme se", "pekný víkend", "dovidenia",
    "ugodan vikend", "vidimo se", "se vidimo", "lijep pozdrav", "lep dan", "se vidiva", "se vidimo", "szép napot",
    "jó hétvégét", "viszlát", "pe curând", "o zi frumoasă", "weekend plăcut", "до скоро", "приятен ден",
    "хубав уикенд", "τα λέμε", "καλό σαββατοκύριακο", "καλή μέρα", "να σαι καλά", "να 'σαι καλά", "ġurnata sabiħa",
    "narak", "go raibh maith agaibh", "go raibh míle maith agaibh", "míle buíochas", "slán", "slán abhaile",
    "bjs", "bj", "bjo", "bjos", "bss", "bisou", "besitos", "kisses", "xx", "xxx", "puss", "pusa", "ciao", "pa pa",
    "papa", "čao", "ćao", "tschüss", "tschau", "moikka", "heippa", "hej hej", "hejdå", "hei hei", "ha det",
    # good evening and good night, see you tomorrow or later, keep in touch, that's all, hugs and kisses
    "good night", "good evening", "see you tomorrow", "see you later", "that's all", "thats all", "hugs",
    "gute nacht", "guten abend", "schönen abend noch", "bis später", "das war's", "das wars", "drück dich",
    "bonne nuit", "bonsoir", "à demain", "a demain", "à plus tard", "c'est tout", "gros bisous", "bisous",
    "buenas noches", "buenas tardes", "hasta mañana", "eso es todo", "un abrazo", "besos", "abrazos",
    "boa noite", "boa tarde", "até amanhã", "é tudo", "beijos", "beijinhos", "abraços", "um abraço",
    "buonanotte", "buona notte", "a domani", "è tutto", "un abbraccio", "baci", "abbracci",
    "abraço", "beijo", "beijinho", "abrazo", "beso", "bacio", "bacione", "kiss", "knuffels",
    "goedenavond", "welterusten", "tot later", "dat was het", "knuffel", "kusjes", "liefs",
    "god natt", "god kväll", "vi hörs", "hör av dig", "kram", "kramar", "puss och kram", "ha det gott",
    "god aften", "godnat", "vi høres", "knus", "det var alt", "det var allt", "god kveld", "snakkes",
    "vi snakkast", "klem", "klemmer", "góða nótt", "gott kvöld", "heyrumst", "knús", "sjáumst á morgun",
    "hyvää yötä", "hyvää iltaa", "nähdään huomenna", "kuulumisiin", "halauksin", "siinä kaikki",
    "head ööd", "head õhtut", "homseni", "kallistused", "see on kõik", "kuulmiseni",
    "ar labu nakti", "arlabunakti", "labvakar", "līdz rītam", "uz tikšanos", "apskāvieni", "tas ir viss",
    "gero vakaro", "labanakt", "labos nakties", "iki rytojaus", "iki pasimatymo", "tai tiek", "apkabinimai",
    "dobranoc", "dobrego wieczoru", "do jutra", "to wszystko", "buziaki", "ściskam", "uściski",
    "dobrou noc", "hezký večer", "do zítra", "to je vše", "to je všechno", "objímám", "měj se",
    "dobrú noc", "pekný večer", "do zajtra", "to je všetko", "objímam",
    "laku noć", "dobra večer", "do sutra", "to je sve", "čujemo se", "lahko noč", "lep večer", "do jutri",
    "to je vse", "se slišimo", "jó éjt", "jó éjszakát", "szép estét", "puszi", "ölel",
    "noapte bună", "seară bună", "pe mâine", "te pup", "pupici", "лека нощ", "приятна вечер", "до утре",
    "целувки", "прегръдки", "чао", "καληνύχτα", "καλό βράδυ", "καλησπέρα", "τα λέμε αύριο", "φιλιά",
    "φιλάκια", "πολλά φιλιά", "oíche mhaith", "barróga", "il-lejl it-tajjeb", "lejla t-tajba", "bewsiet",
    "gutt nuecht", "schéinen owend", "bis muer", "dat wier et", "bis herno",
    # the wishes of a card (Christmas, the new year)
    "merry christmas", "happy new year", "frohe weihnachten", "frohes neues jahr", "glædelig jul", "godt nytår",
    "god jul", "gott nytt år", "godt nyttår", "godt nyår", "gleðileg jól", "joyeux noël", "bonne année",
    "feliz navidad", "feliz año nuevo", "feliz natal", "feliz ano novo", "buon natale", "buon anno",
    "prettige kerstdagen", "gelukkig nieuwjaar", "hyvää joulua", "onnellista uutta vuotta", "häid jõule",
    "priecīgus ziemassvētkus", "linksmų kalėdų", "wesołych świąt", "veselé vánoce", "veselé vianoce",
    "sretan božić", "vesel božič", "boldog karácsonyt", "boldog új évet", "crăciun fericit", "la mulți ani",
    "весела коледа", "честита нова година", "καλά χριστούγεννα", "καλή χρονιά", "nollaig shona",
    "il-milied it-tajjeb", "schéi chrëschtdeeg", "e gudde rutsch", "guten rutsch",
)  # fmt: skip
#: Formal and warm closings of letters besides ``intro_phrases.CLOSINGS``, in every language of the zone.
FORMAL_CLOSINGS: Final = (
    "yours faithfully", "yours truly", "warm wishes", "kindest regards", "thanks and regards", "hochachtungsvoll",
    "mit besten grüßen", "mit besten grüssen", "mit freundlichem gruß", "mit freundlichem gruss", "amitiés",
    "salutations distinguées", "un caro saluto", "un cordiale saluto", "hoogachtend", "met hartelijke groet",
    "bedste hilsner", "bästa hälsningar", "virðingarfyllst", "is mise le meas", "sellimiet",
    "mat frëndleche gréiss", "z wyrazami szacunku", "serdeczne pozdrowienia", "s úctou", "se srdečným pozdravem",
    "sa poštovanjem", "cu deosebită considerație", "cu considerație", "с поздрав", "с най-добри пожелания",
    "med vennleg helsing", "parhain terveisin", "tervitustega", "geriausi linkėjimai",
    "su geriausiais linkėjimais", "ar vislabākajiem novēlējumiem", "με φιλικούς χαιρετισμούς", "με εκτίμηση",
    "saludos cordiales", "atentos saludos", "um abraço", "abraços", "beijinhos",
)  # fmt: skip
#: The first words of the lines a mail app adds under a message (``Sent from my iPhone``, ``Von meinem iPhone
#: gesendet``), folded: the name signed stands beside them.
SENT_FROM: Final = tuple(
    tuple(WORD.findall(fold(phrase)))
    for phrase in (
        "sent from my", "sent from outlook", "get outlook for", "enviado desde mi", "enviado desde", "enviado do meu",
        "enviado do", "envoyé de mon", "envoyé depuis", "envoye de mon", "inviato da", "inviato dal",
        "von meinem", "gesendet von", "verzonden vanaf", "verzonden met", "verstuurd vanaf", "verstuurd vanaf mijn",
        "skickat från", "skickad från", "sendt fra", "sent frá", "sendt frá", "lähetetty", "saadetud minu",
        "saadetud", "nosūtīts no", "išsiųsta iš", "wysłane z", "wysłano z", "odesláno z", "odoslané z",
        "poslano s", "poslano iz", "poslano z", "poslané z", "elküldve", "küldve", "küldve az", "trimis de pe",
        "trimis de pe al meu", "изпратено от", "στάλθηκε από", "εστάλη από", "seolta ó", "seolta ón",
        "mibgħut minn", "geschéckt vu mengem", "geschéckt vun mengem", "geschéckt vum", "gesendet vom",
    )
)  # fmt: skip
_SENT_FROM_FIRST: Final = frozenset(phrase[0] for phrase in SENT_FROM)
#: The closings, thanks and wishes as tuples of folded words; ``t`` and ``best`` alone are no cue.
CUES: Final = frozenset(tuple(WORD.findall(fold(phrase))) for phrase in (*CLOSINGS, *FORMAL_CLOSINGS, *WISHES)) - {
    ("t",),
    ("best",),
}
_LONGEST_CUE: Final = max(map(len, CUES))
#: Every word of the closings but the given names among them that are no common word (``léif`` of ``léif
#: gréiss``: Leif).
_CLOSING_WORDS: Final = frozenset(
    key for key in CLOSING_KEYS if key not in GIVEN_NAMES or key in COMMON_WORDS or key in NOT_NAMES
)
#: Every word of the wishes (``Näeme``, ``Viszlát``: see you; no name after a thanks).
_WISH_KEYS: Final = frozenset(word for phrase in (*WISHES, *FORMAL_CLOSINGS) for word in WORD.findall(fold(phrase)))
_CUE_FIRST: Final = frozenset(cue[0] for cue in CUES)
#: Words after a closing that are no name though rare: greetings, the group thanked, a team.
_GREETING_WORDS: Final = frozenset(fold(word) for phrase in GREETINGS for word in WORD.findall(phrase))
NO_NAME: Final = word_set("""
team all everyone alle allemaal tutti todos tous kaikki visiem wszystkim mille beaucoup much sehr schon bien mil
tante moltissimo muito mucho
""")
MAX_NAME_WORDS: Final = 3


def sent_from(line: str) -> bool:
    """Whether ``line`` is a mail app's ``Sent from my iPhone`` line."""
    keys = WORD.findall(fold(line))
    if not keys or keys[0] not in _SENT_FROM_FIRST:
        return False
    return any(tuple(keys[: len(phrase)]) == phrase for phrase in SENT_FROM)


def ends_with_cue(keys: list[str]) -> int:
    """How many of the folded ``keys`` at their end are a closing, thanks or wish (0 if none)."""
    for size in range(min(_LONGEST_CUE, len(keys)), 0, -1):
        if tuple(keys[-size:]) in CUES:
            return size
    return 0


def opens_with_cue(keys: list[str]) -> int:
    """How many of the folded ``keys`` at their start are a closing, thanks or wish (0 if none)."""
    if not keys or keys[0] not in _CUE_FIRST:
        return 0
    for size in range(min(_LONGEST_CUE, len(keys)), 0, -1):
        if tuple(keys[:size]) in CUES:
            return size
    return 0


def holds_cue(keys: list[str]) -> bool:
    """Whether the folded ``keys`` hold a closing, thanks or wish anywhere."""
    return any(
        tuple(keys[at : at + size]) in CUES
        for at in range(len(keys))
        if keys[at] in _CUE_FIRST
        for size in range(1, min(_LONGEST_CUE, len(keys) - at) + 1)
    )


def blocked(key: str) -> bool:
    """Whether a folded word is never part of a signed name: a closing's or wish's word, an endearment, a
    place's."""
    return (
        key in _CLOSING_WORDS
        or key in _WISH_KEYS
        or key in AFTER_THANKS
        or key in NO_NAME
        or key in PLACE_WORDS
        or key in DEPARTMENTS
    )


def _first(key: str) -> bool:
    """Whether a capitalized word may open a signed name: a listed given or family name (no word more often
    something else), or a word too rare to be a common one; no town's name unless a given name."""
    if blocked(key) or key in NOT_NAMES or key in _GREETING_WORDS or len(key) < 2:
        return False
    if key in ONE_WORD_TOWNS and key not in GIVEN_NAMES:
        return False
    if key in GIVEN_NAMES or key in FAMILY_NAMES:
        return key not in COMMON_WORDS or (key in GIVEN_NAMES and key not in FREQUENT_WORDS)
    return rare_name(key)


def _next(key: str) -> bool:
    """Whether a capitalized word may go on a signed name: a listed or surname-like name, or a rare word."""
    if blocked(key):
        return False
    return key in GIVEN_NAMES or key in FAMILY_NAMES or family_name(key) or (len(key) >= 3 and rare_name(key))


def capitalized_name(words: list[str]) -> bool:
    """Whether ``words`` (one to three, particles between them allowed) are a capitalized name signed after a
    closing, a wish or a signature's mark (see ``_first``, ``_next``)."""
    if not 1 <= len(words) <= MAX_NAME_WORDS + 1:
        return False
    keys = [fold(word) for word in words]
    for position, (word, key) in enumerate(zip(words, keys, strict=True)):
        particle = key in NAME_PARTICLES or word in ("Ó", "Ní", "Mac", "Nic", "Mc")
        if particle and position < len(words) - 1:
            continue
        if not WORD.fullmatch(word) or not word[:1].isupper() or (word.isupper() and len(word) > 1):
            return False
        if not (_first(key) if position == 0 else _next(key)):
            return False
    return True


def _surname(key: str) -> bool:
    """A listed family name or a word with a surname's ending that is no common word (``zupan``, ``gailius``)."""
    return key not in COMMON_WORDS and (key in FAMILY_NAMES or family_name(key))


def one_case(text: str) -> bool:
    """Whether ``text`` is typed in one letter case (all lower case or all capitals): no capital marks a name."""
    return not any(word[:1].isupper() and not word.isupper() for word in WORD.findall(text))


def one_case_name(words: list[str], closed: bool) -> bool:
    """Whether ``words``, typed all in lower case or all in capitals in a message typed so, are a name signed after
    a closing, a wish or a signature's mark: a listed given name that is no word more often something else first
    (or a listed family name before more words), then listed or surname-like names or a rare word; a word the
    lists lack first only before a listed or surname-like surname (``winni jessen``) or alone right after a closing
    (``closed``: ``gruß budig``)."""
    if not 1 <= len(words) <= MAX_NAME_WORDS + 1 or not words[-1].isalpha():
        return False
    same = str.isupper if words[0].isupper() and len(words[0]) > 1 else str.islower
    keys = [fold(word) for word in words]
    first = keys[0]
    if not all(
        WORD.fullmatch(word) and (same(word) or key in NAME_PARTICLES) for word, key in zip(words, keys, strict=True)
    ):
        return False
    # a given name that is a word too only right after a closing and before a surname (``tai tiek, greta kiskiene``)
    word_name = closed and len(keys) > 1 and first in GIVEN_NAMES and _surname(keys[1])
    if blocked(first) or first in NOT_NAMES or first in _GREETING_WORDS or len(first) < 3:
        return False
    if first in COMMON_WORDS and not word_name:
        return False
    listed = first in GIVEN_NAMES or (len(words) > 1 and first in FAMILY_NAMES and first not in FREQUENT_WORDS)
    unlisted = rare_name(first) and first not in ONE_WORD_TOWNS
    if not listed and not (unlisted and ((len(words) == 1 and closed) or (len(words) > 1 and _surname(keys[1])))):
        return False
    for position, key in enumerate(keys[1:], start=1):
        if key in NAME_PARTICLES and position < len(keys) - 1:
            continue
        if not _next(key) or key in COMMON_WORDS:
            return False
    return True


def lone_word(word: str) -> bool:
    """Whether one capitalized word standing where a signature stands (alone on the line under a thanks or a wish,
    after a signature's mark, right after a closing) is a name: a listed given name even when it is a word too
    (``Kara``, ``Zina``; not a closing's or wish's word, a greeting, a place's word), a listed family name that is
    no common word, a word too rare to be a common one, or a town's name that is no frequent word (``Amal``)."""
    if not WORD.fullmatch(word) or not word[:1].isupper() or (word.isupper() and len(word) > 1):
        return False
    key = fold(word)
    if len(key) < 2 or key in _GREETING_WORDS or key in _CLOSING_WORDS or key in _WISH_KEYS or key in NO_NAME:
        return False
    if key in PLACE_WORDS or key in DEPARTMENTS:
        return False
    if key in NOT_NAMES:
        return False
    if (key in GIVEN_NAMES and len(key) >= 3) or ("-" in key and all(part in GIVEN_NAMES for part in key.split("-"))):
        return True  # ``Kara``, ``Ann-Sofie``
    if key in AFTER_THANKS:
        return False
    if key in FAMILY_NAMES and key not in COMMON_WORDS:
        return True
    return rare_name(key) or (key in ONE_WORD_TOWNS and key not in FREQUENT_WORDS)


def _given_then_surnames(words: list[str]) -> bool:
    """Whether ``words`` are a capitalized listed given name (a word elsewhere too) and listed or surname-like
    surnames that are no common words."""
    if not all(WORD.fullmatch(word) and word.istitle() for word in words):
        return False
    first = fold(words[0])
    if first not in GIVEN_NAMES or first in NOT_NAMES or blocked(first) or len(first) < 3:
        return False
    return all(_surname(fold(word)) and not blocked(fold(word)) for word in words[1:])


def signed_words(words: list[str], lower: bool = False) -> bool:
    """Whether ``words`` (one to three, particles between them allowed) are a name signed where a signature
    stands: one word that ``lone_word`` takes, or a capitalized name (``capitalized_name``), its surname written in
    capitals too (``Julie LECOMTE``, as French and Italian signatures write it); ``lower``: the message is typed
    in one letter case, and ``one_case_name`` reads its words."""
    if lower:
        return one_case_name(words, closed=True)
    if len(words) == 1:
        return lone_word(words[0])
    if capitalized_name(words):
        return True
    if _given_then_surnames(words):
        return True  # ``Ola Brekke``: a given name that is a word elsewhere, before a listed surname
    if not (words[0].istitle() and all(word.isupper() and len(word) > 1 for word in words[1:])):
        return False
    first = fold(words[0])
    if first in GIVEN_NAMES and first not in NOT_NAMES and not blocked(first):  # ``Aimé MEYER``: the capitals mark it
        return all(_next(fold(word)) for word in words[1:])
    return capitalized_name([words[0], *(word.capitalize() for word in words[1:])])
