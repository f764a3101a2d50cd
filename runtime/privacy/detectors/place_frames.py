"""Places told by the words around a name (pure): the town of a landmark, a journey's ends, where a bus goes, a
street after Romanian ``de pe``, an Irish place's name, a town before the word for a town.

``l'Arena di Verona``, ``minn Lija għal Mosta``, ``from Stanley to Douglas``, ``Автобусът до Васил Левски``, ``от
гарата до Александър Невски``, ``poșta de pe Ion Creangă``, ``Cionn tSáile``, ``Ard an Rátha``, ``Gyula városban``:
the name detectors take no person there (``name_places.place_name`` asks). Also the elided article a word may carry
(``all'aeroporto``, ``il-knisja``) and the articles before a place's name, which ``name_places`` shares.
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words, capitalized
from runtime.privacy.detectors.name_words import GIVEN_NAMES, word_set
from runtime.privacy.detectors.place_words import PLACE_TYPES_BEFORE, place_type_after
from runtime.privacy.detectors.town_names import ONE_WORD_TOWNS, town_word_after
from runtime.privacy.normalize import fold

#: Maltese articles, alone or joined to a preposition, before their noun and a hyphen (``il-Knisja``, ``ix-Xatt``,
#: ``fil-Kappella``, ``tal-Mużew``).
MALTESE_ARTICLES: Final = word_set("il l is ix it id in ir iz ic ik fil fl mill lill bil tal sal ghall mal")


def elided(key: str) -> str:
    """A folded word without the elided article before its apostrophe or hyphen (``all'aeroporto`` ->
    ``aeroporto``, ``il-knisja`` -> ``knisja``)."""
    key = key.replace("’", "'").rsplit("'", 1)[-1]
    article, _, rest = key.partition("-")
    return rest if rest and article in MALTESE_ARTICLES else key


#: Articles before a place's name (``abre o Vasco da Gama``).
ARTICLES: Final = word_set("o a os as el la los las le les il lo the der die das den")


#: An Irish word with the ``t`` prefixed to ``s`` or a vowel (``tSáile``, ``t-Oileán``): a noun after the article or
#: inside a place's name (``Cionn tSáile``), never a given name.
_T_PREFIXED: Final = re.compile(r"t(?:S[aeiouáéíóúlnr]|-[AEIOUÁÉÍÓÚaeiouáéíóú])")
#: The first words of Irish place names (folded): height, town, mouth, church, head, fort, island, glen, rock,
#: meadow, monastery, port, wood, ford... (``Ard an Rátha``, ``Baile na hInse``, ``Dún na nGall``).
_IRISH_PLACE_HEADS: Final = frozenset(
    fold(word)
    for word in word_set("""
ard baile béal cill cionn ceann dún inis gleann carraig cluain droichead leitir lios mainistir port ros tulach
achadh bun caisleán cathair druim muine ráth sliabh tobar teach poll áth machaire
cúil daingean cnoc gort tír mullach loch oileán inse clochán ceathrú coill cuan eanach lios móin
""")
)
_IRISH_ARTICLES: Final = word_set("an na")
#: The Irish genitive of ``Ó`` in a place's name (``Daingean Uí Chúis``, ``Baile Uí Fhiacháin``).
_IRISH_GENITIVE_PARTICLES: Final = frozenset(("ui", "i"))


def irish_place_head(words: Words, start: int, end: int) -> bool:
    """Whether the run ``start:end`` begins with an Irish place's first word before a capitalized word that is no
    given name, or before ``Uí`` (``Ros Muc``, ``Lios Tuathail``, ``Daingean Uí Chúis``): people's names do not
    begin with these nouns."""
    if end - start < 2 or words.folded[start] not in _IRISH_PLACE_HEADS or not words.words[start][:1].isupper():
        return False
    following = words.folded[start + 1]
    if following in GIVEN_NAMES and following not in _IRISH_GENITIVE_PARTICLES:
        return False
    return words.words[start + 1][:1].isupper() and words.joined(start, start + 1)


#: Irish adjectives after a place's first word, plain and lenited (``Lios Mór``, ``Baile Beag``, ``Cill Dhubh``).
_IRISH_PLACE_ADJECTIVES: Final = frozenset(
    fold(word)
    for word in word_set("""
mór mhór beag bheag bán bhán dubh dhubh rua ruadh nua nuadh fada fhada glas ghlas buí bhuí caol chaol ard geal
gheal
""")
)


def irish_place(words: Words, start: int, end: int) -> bool:
    """Whether the run ``start:end`` is an Irish place's name: a word with a prefixed ``t`` after a capitalized
    word (``Cionn tSáile``; not ``Mac an tSaoi``, a surname after the article), or a place's first word before the
    article and a capitalized word (``Ard an Rátha``, ``Dún na nGall``) or before an adjective (``Lios Mór``)."""
    last = min(end + 1, len(words.words))
    for index in range(max(start, 1), last):
        if _T_PREFIXED.match(words.words[index]) and words.folded[index - 1] not in _IRISH_ARTICLES:
            return capitalized(words.words[index - 1]) and words.joined(index - 1, index)
    following = start + 2
    if (
        end - start == 2
        and words.folded[start] in _IRISH_PLACE_HEADS
        and words.folded[start + 1] in _IRISH_PLACE_ADJECTIVES
    ):
        return True  # ``Lios Mór``: a place's first word and an adjective
    return (
        words.folded[start] in _IRISH_PLACE_HEADS
        and following < len(words.words)
        and words.folded[start + 1] in _IRISH_ARTICLES
        and words.joined(start, start + 1)
        and words.joined(start + 1, following)
        and not words.words[following].islower()
    )


#: Links between a kind of place and the town it stands in (``Arena di Verona``, ``aeroporto di Palma``, ``gare de
#: Martin``, ``Castle of Alba``).
_TOWN_OF_PLACE_LINKS: Final = word_set("di de da do du del della of von van")
#: Kinds of place that are someone's home or shop as often as a landmark (``a casa di Martina``, at Martina's).
_HOMES: Final = word_set("casa villa quinta solar paço shopping centro centre center")


def town_of_place(words: Words, start: int) -> bool:
    """Whether word ``start`` is a town after a kind of place and its link, elided article and all (``vicino
    all'Arena di Verona``, ``STAZIONE DI VERONA``): the place's town, even named like a person."""
    link, place = start - 1, start - 2
    if place < 0 or words.folded[link] not in _TOWN_OF_PLACE_LINKS or words.folded[start] not in ONE_WORD_TOWNS:
        return False
    if not (words.joined(place, link) and words.joined(link, start)):
        return False
    key = elided(words.folded[place])
    return key not in _HOMES and (key in PLACE_TYPES_BEFORE or place_type_after(key, capitalized=True))


#: Romanian ``de pe`` (from on, off): a street's or a square's name follows it (``bancomatul de pe Mihai Eminescu``),
#: the street word left out as ``pe`` alone leaves it out (``pe Ion Creangă``), which also marks a person.
_FROM_ON: Final = ("de", "pe")


def from_on(words: Words, start: int) -> bool:
    """Whether the run at word ``start`` follows Romanian ``de pe`` (``poșta de pe ion creangă``): a street's name."""
    first = start - 2
    return (
        first >= 0
        and (words.folded[first], words.folded[first + 1]) == _FROM_ON
        and words.joined(first, first + 1)
        and words.joined(first + 1, start)
    )


#: Prepositions of where a journey or a move starts and where it ends (folded), in the market languages: ``from
#: Lija to Mosta``, ``da Alba a Torino``, ``minn Lija għal Mosta``, ``von Martin nach Wien``.
_JOURNEY_FROM: Final = frozenset(
    fold(word)
    for word in word_set("""
from von vom van vanaf da dal de du desde din z ze zo od iz от από fra från frá minn
""")
)
_JOURNEY_TO: Final = frozenset(
    fold(word)
    for word in word_set("""
to nach naar a à al alla au en in na do til till go għal għall lejn în la до към σε
until bis tot hasta até para per hacia jusqu'à jusqu’à fino kuni līdz iki uz į u v spre către sa μέχρι ως έως
για προς στη στην στο за
""")
)
#: Romanian ``de la`` (from), whose ``la`` alone is ``to``.
_FROM_AT: Final = ["de", "la"]
#: Articles between a journey's preposition and its town (``από την Αθήνα στη Λάρισα``, ``from the Hague to``), and
#: the Maltese village word (``minn Ħal Safi għal Lija``).
_JOURNEY_ARTICLES: Final = frozenset(fold(word) for word in word_set("την τη το τον the ħal"))


def _journey_word(words: Words, index: int, kinds: frozenset[str]) -> bool:
    """Whether word ``index`` is one of ``kinds``, or a Maltese preposition joined to its article (``għall-Imdina``)."""
    key = words.folded[index]
    return key in kinds or ("-" in key and key.split("-", 1)[0] in kinds)


def _journey_end(words: Words, index: int) -> bool:
    """Whether word ``index`` may be where a journey starts or ends: a town (``Mosta``, ``Douglas``) or a word that is
    no given name (``il-Belt``, ``Kings Cross``), perhaps after its article (``στη Λάρισα``); in a message with
    capitals, a capitalized one or one after its article (``the station``; not ``40 de lei către Elena``: an amount)."""
    article = words.folded[index] in _JOURNEY_ARTICLES
    if article and index + 1 < len(words.words) and words.joined(index, index + 1):
        index += 1
    key = elided(words.folded[index])
    word = elided(words.words[index])
    if not article and word.islower() and not words.all_lower:
        return False  # a bare lower-case word in a message with capitals names no place (``lei``: the currency)
    if not article and len(word) > 1 and word.isupper():
        return key in ONE_WORD_TOWNS  # in capitals any word looks like a name: ``DE LEI CĂTRE NORA`` (an amount)
    return key in ONE_WORD_TOWNS or key not in GIVEN_NAMES


def _journey_preposition(words: Words, index: int, kinds: frozenset[str]) -> int:
    """The word of ``kinds`` right before word ``index``, or before its article (``από την Αθήνα``), or -1."""
    probe = index - 1
    if probe > 0 and words.folded[probe] in _JOURNEY_ARTICLES and words.joined(probe, index):
        index, probe = probe, probe - 1
    if probe < 0 or not words.joined(probe, index):
        return -1
    if kinds is _JOURNEY_FROM and probe > 0 and words.folded[probe - 1 : probe + 1] == _FROM_AT:
        return probe - 1 if words.joined(probe - 1, probe) else -1  # Romanian ``de la Sibiu la Brașov``
    if kinds is _JOURNEY_FROM and words.text[: words.spans[probe][0]].rstrip()[-1:].isdigit():
        return -1  # ``40 de lei către Nora``: an amount's ``de``, no journey's start
    return probe if _journey_word(words, probe, kinds) else -1


def journey(words: Words, start: int, end: int) -> bool:
    """Whether a town named like a person in the run ``start:end`` is where a journey or a move starts or ends, the
    other end a town or a place (``from Stanley to Douglas``, ``minn Lija għal Mosta``, ``da Mosta a Lija``); not
    ``from Anna to Maria``."""
    count = len(words.words)
    for index in range(start, end):
        if words.folded[index] not in ONE_WORD_TOWNS or index == 0 or not words.joined(index - 1, index):
            continue
        if index - 1 > start and words.folded[index - 1] in NAME_PARTICLES:
            continue  # ``Merle Van Verdun``: a particle inside the name, not a journey's start
        following = index + 1
        if (
            _journey_preposition(words, index, _JOURNEY_FROM) >= 0
            and following < count
            and words.joined(index, following)
            and _journey_word(words, following, _JOURNEY_TO)
        ):
            if "-" in words.folded[following]:
                return True  # ``minn Lija għall-Imdina``
            if following + 1 < count:
                return words.joined(following, following + 1) and _journey_end(words, following + 1)
        to = _journey_preposition(words, index, _JOURNEY_TO)
        if to >= 2:
            source = to - 1
            return (
                words.joined(source, to)
                and words.joined(source - 1, source)
                and _journey_preposition(words, source, _JOURNEY_FROM) >= 0
                and _journey_end(words, source)
            )
    return False


#: Buses, trams, trains and the like in the market languages, as written before where they go (folded, with the
#: Bulgarian definite forms): ``the bus to John Lewis``, ``Автобусът до Васил Левски``, ``autobus do Adama
#: Mickiewicza`` (a street, a square or a landmark named for someone; a person takes no bus).
_VEHICLES: Final = frozenset(
    fold(word)
    for word in word_set("""
bus buses coach tram train metro autobus autobusy autobuz autobuzul autobús autocarro busz buss bussen bussi
tramvaj tramvaje tramwaj tramvai tramvaiul tranvía tramm straßenbahn trikk trikken spårvagn villamos raitiovaunu
vlak vlaky pociąg treno tren trenul comboio trein tog toget tåg tåget zug juna rong vonat vilciens traukinys
autobuss autobusas tramvajs troleibusas trolejbus troli navetta navette pullman xarabank traein
автобус автобусът автобуса тролей тролеят трамвай трамваят влак влакът метрото маршрутка маршрутката
λεωφορείο τρένο τραμ μετρό
""")
)
#: Stations and airports one travels from, in the cases a ``from`` word gives them (folded): ``z nádraží``, ``z
#: dworca``, ``от гарата``, ``dalla stazione``, ``from the station``.
_STATIONS_FROM: Final = frozenset(
    fold(word)
    for word in word_set("""
station stazione estación estação gare bahnhof hauptbahnhof station stasjonen stationen nádraží nádražia stanice
dworca dworcu lotniska letiště letiska aeroporto aeropuerto aéroport airport flughafen gara gării гарата
автогарата летището σταθμό αεροδρόμιο pályaudvarról kolodvora postaje rautatieasemalta jaamast stoties stacijas
""")
)
#: Words of going to a place (folded): the journey's prepositions and ``k``, ``ke``, ``per``, ``zum``, ``προς``.
_TRAVEL_TO: Final = _JOURNEY_TO | frozenset(fold(word) for word in word_set("k ke ku per zum zur mot för προς για"))


def travel_to(words: Words, start: int) -> bool:
    """Whether the run at word ``start`` is where a bus, a tram or a train goes (``Автобусът до Васил Левски``,
    ``autobus do Adama Mickiewicza``) or where one goes from a station (``от гарата до Александър Невски``, ``z
    nádraží k Jiřímu z Poděbrad``, ``dalla stazione a Vittorio Emanuele``): a place named for someone."""
    to = start - 1
    if to < 1 or not words.joined(to, start) or words.folded[to] not in _TRAVEL_TO:
        return False
    before = to - 1
    if not words.joined(before, to):
        return False
    if words.folded[before] in _VEHICLES:
        owner = before - 1  # ``il biglietto del treno a Paolo Rossi``: the ticket's, given to someone
        if owner > 0 and words.folded[owner] in ARTICLES:
            owner -= 1  # ``the ticket of the bus to John Smith``
        return owner < 0 or words.folded[owner] not in _OWNER_LINKS
    station = elided(words.folded[before])
    source = before - 1
    if station in _STATIONS_FROM and source >= 0 and words.joined(source, before):
        return elided(words.folded[source]) in _JOURNEY_FROM or words.folded[source] in _CONTRACTED_FROM
    return False


#: Roads and ways (folded, with their articles and cases) before the word of going to a place: ``the road to``,
#: ``по пътя за Елена``, ``die Straße nach``, ``cesta do``, ``ο δρόμος για``, ``drumul spre``: a road leads to a
#: place, not to a person.
_ROADS: Final = frozenset(
    fold(word)
    for word in word_set("""
road roads way route motorway highway straße strasse weg autobahn snelweg vej vejen vei veien veg vegen väg vägen
vegur veginn veginum vegurinn bóthar triq it-triq tie tien tiellä tee teel ceļš ceļu ceļā kelias kelią kelyje
droga drogę drodze drogi cesta cestě cestu cesty put puta putu drum drumul drumului út útja carretera camino
estrada caminho strada autostrada chemin δρόμος δρόμο δρόμου път пътя пътят пътищата магистрала магистралата
""")
)
#: Words of going to a place after a road (folded): the journey's and ``за``, ``για``, ``spre``, ``uz``.
_ROAD_TO: Final = _TRAVEL_TO | frozenset(fold(word) for word in word_set("за για προς spre către catre uz į"))


def road_to(words: Words, start: int) -> bool:
    """Whether the run at word ``start`` is where a road leads (``по пътя за Елена``, ``the road to Stanley``,
    ``cesta do Martina``): a town or a place named like a person."""
    to, road = start - 1, start - 2
    return (
        road >= 0
        and words.joined(road, to)
        and words.joined(to, start)
        and words.folded[to] in _ROAD_TO
        and elided(words.folded[road]) in _ROADS
    )


#: Links that make a vehicle another noun's (``biglietto del treno``, ``ticket of the bus``, ``билет за влака``).
_OWNER_LINKS: Final = frozenset(
    fold(word) for word in word_set("of del dello della de do da du des der na за για του της für pro")
)
#: Italian, Spanish, Portuguese and French ``from`` joined to the article (``dalla stazione``, ``desde la``).
_CONTRACTED_FROM: Final = word_set("dalla dal dallo dai dalle del do da dos das du des")


def before_town_word(words: Words, start: int, end: int) -> bool:
    """Whether the run ``start:end`` ends with a word for a town, or comes right before one, in one of its cases
    (``GYULA VÁROSBÓL``, ``Gyula városban``, ``Kaarina kaupungissa``)."""
    if end - start > 1 and town_word_after(words.folded[end - 1]):
        return True
    return end < len(words.words) and words.joined(end - 1, end) and town_word_after(words.folded[end])
