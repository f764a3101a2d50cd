"""Ordinary words in the shapes of a name (pure): a frequent word after a word that is also a title, a common word
after an elided article.

``don``, ``dom`` and ``ur`` are titles in some languages and ordinary words in others (the Irish ``don``, to the;
``dom``, to me): a capitalized word after them that is a frequent word and no known name is no surname (``don
Saoire Bainc``: for the bank holiday). Luxembourgish and French write an elided article before nouns (``d'Par``,
the parish; ``l'Ange``) and Luxembourgish before given names too (``d'Anna``): a given name that is a common word
is the noun there. A currency's or a unit's abbreviation ends with a dot that ends no sentence (``50.000 kr. til
hliðar``: aside): the lower-case word after it begins no name as a sentence's first word might. A payee field
holds a company as often as a person: a value with a legal form or a company's noun is a company's (``Empfänger:
Deutsche Telekom``, ``Payee: Thames Water``, ``Stadtwerke München``), a retail chain a shop's (``Příjemce:
Albert``), a kind of place with no person's given name a place's (``kedvezményezett: Pécsi székesegyház``).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.feast_days import month_in_date
from runtime.privacy.detectors.name_inflection import family_name
from runtime.privacy.detectors.name_places import SAINT_FORMS
from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words, capitalized
from runtime.privacy.detectors.name_words import COMMON_WORDS, FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES, word_set
from runtime.privacy.detectors.named_products import CHAINS
from runtime.privacy.detectors.place_words import kind_of_place, place_type_before
from runtime.privacy.detectors.town_names import ONE_WORD_TOWNS
from runtime.privacy.normalize import fold

#: Elided articles, as written (``d'``, ``l'``, with a straight or a curly apostrophe).
_ELIDED_ARTICLES: Final = ("d'", "d’", "l'", "l’")


def ordinary_after_title(words: Words, index: int) -> bool:
    """Whether word ``index``, after a title, is a frequent word of a market language and no known given or family
    name, and no family name follows it (``don Saoire``; not ``pan Nowak``, ``Herr Müller``, ``Dr. Silva``, ``κα
    Καλή Νικολοπούλου``)."""
    key = words.folded[index]
    if key not in FREQUENT_WORDS or key in GIVEN_NAMES or key in FAMILY_NAMES:
        return False
    following = index + 1
    return not (
        following < len(words.words)
        and words.joined(index, following)
        and capitalized(words.words[following])
        and family_name(words.folded[following])
    )


def elided_common_word(words: Words, index: int) -> bool:
    """Whether word ``index`` is a common word of a market language written after an elided article (``d'Par``;
    not ``d'Anna``)."""
    return words.words[index][:2].lower() in _ELIDED_ARTICLES and words.folded[index] in COMMON_WORDS


#: Abbreviations of currencies, amounts and times written with a dot mid-sentence (folded): ``kr.`` (krona, krone),
#: ``kn.``, ``zł.``, ``Kč.``, ``Ft.``, ``лв.``, ``mln.``, ``tys.``, ``kl.`` (Icelandic, Nordic: o'clock), ``ca.``
_MID_SENTENCE_ABBREVIATIONS: Final = frozenset(
    fold(word)
    for word in ("kr", "kn", "zł", "kč", "ft", "lv", "лв", "eur", "mil", "mln", "mld", "tys", "tis", "ths", "kl", "ca")
)


def abbreviation_before(words: Words, index: int) -> bool:
    """Whether word ``index``, in lower case or in capitals like the abbreviation, follows the dot of a currency's or
    a unit's abbreviation (``kr. til``, ``KR. TIL``): the sentence goes on."""
    previous = index - 1
    if index == 0:
        return False
    word = words.words[index]
    if not (word.islower() or (word.isupper() and words.words[previous].isupper())):
        return False
    gap = words.text[words.spans[previous][1] : words.spans[index][0]]
    return gap.startswith(".") and not gap[1:].strip() and words.folded[previous] in _MID_SENTENCE_ABBREVIATIONS


#: Legal forms and the nouns of companies and institutions that pay or are paid, in the market languages (folded):
#: a payee field that holds one names a company (``Deutsche Telekom``, ``Thames Water``, ``Stadtwerke München``,
#: ``Électricité de France``, ``Allianz Versicherung``).
_ORGANISATION_WORDS: Final = frozenset(
    fold(word)
    for word in word_set("""
gmbh ag kg ohg ug se sa sas sarl sl slu spa srl snc bv nv vof ltd plc llc inc corp oy oyj ab asa aps sro kft zrt
nyrt doo dd ood eood ад оод еоод ae ike epe uab sia ehf hf lda limited
bank banka banca banco banque banken bankas banki sparkasse volksbank raiffeisenbank kreditbank
versicherung versicherungen assurance assurances seguros assicurazioni insurance verzekeringen försäkring
forsikring vakuutus ubezpieczenia pojišťovna biztosító asigurări
telekom telecom telefónica telefonica mobile mobil energie energy energia énergie electricity electric
électricité elektrizität electricidade elettricità strom gas gaz water wasser eau agua acqua stadtwerke werke
netze services service group gruppe groupe grupo gruppo holding company compagnie compañía compagnia companhia
immobilien immobilier stiftung foundation fondation fundação fundación fondazione verein association
asociación associazione associação finanzamt hmrc revenue
""")
)


#: The word for a saint before the saint's name (folded), in a place's name: the name after it is no person's.
_SAINTS: Final = SAINT_FORMS | word_set("são sao san santa santo saint sainte sant st sv sveti sveta sankt")


def _shop_word(key: str) -> bool:
    """Whether a folded word after a chain's name is part of the shop's name: a number (``Rema 1000``) or a frequent
    word that is no family name (``Aldi Süd``, ``Tesco Express``; not ``Ica Nemeș``, ``Ina Meister``)."""
    return not key.isalpha() or (key in FREQUENT_WORDS and key not in FAMILY_NAMES)


def organisation(words: Words, first: int, last: int) -> bool:
    """Whether the words ``first:last`` (a payee field's value) are a company's, a shop's or a place's name: a legal
    form or a company's noun beside another word (``Deutsche Telekom``; not ``Anna Weber``, nor ``Sá`` alone), a
    retail chain (``Tesco``, ``Aldi Süd``; not ``Albert Novák``, ``Irma Rismondo``) or a kind of place with no given
    name beside it but a town's (``Pécsi székesegyház``, ``Arena di Verona``; not ``Anna Castle``)."""
    keys = words.folded[first:last]
    if not keys:
        return False
    if len(keys) > 1 and any(key in _ORGANISATION_WORDS for key in keys):
        return True  # a legal form alone is a surname (``Sá``, the ``SA`` of a company)
    if keys[0] in CHAINS and all(_shop_word(key) for key in keys[1:]):
        return True  # ``Tesco``, ``Rema 1000``, ``Aldi Süd``; not ``Irma Rismondo``, ``Ica Nemeș``
    places = [key for key in keys if kind_of_place(key) and key not in GIVEN_NAMES]  # not ``Tor`` (a gate)
    saints = {index + 1 for index, key in enumerate(keys) if key in _SAINTS}  # ``Castelo de São Jorge``
    others = (key for index, key in enumerate(keys) if key not in places and index not in saints)
    return bool(places) and not any(
        key in GIVEN_NAMES and key not in COMMON_WORDS and key not in ONE_WORD_TOWNS for key in others
    )


#: Prepositions, articles and conjunctions of the market languages that a name list also holds (``til``, ``nel``,
#: ``med``, folded): in a message in capitals, one of them begins no name (``TIL HELGA``: for the weekend, ``NEL
#: PONTE``: over the long weekend, ``I FORHOLD TIL ANDRE``: to others); a name after it begins after it. Not the
#: particles of names (``van``, ``de``, ``del``) nor ``per`` and ``ed``, given names too (``PER HANSEN``).
_FUNCTION_WORDS: Final = (
    frozenset(
        fold(word)
        for word in word_set("""
to from for with at on in by of and or an am im bei mit nach aus für auf um und oder vom met naar voor bij uit op
aan en of het til till fra från med på om og och eller ved vid hos frá með á í um eða við hjá au aux avec pour par
sur sous dans chez et ou al alla nel nella nei col con su sul sulla tra fra para por sin sobre hacia ao com em no
na nos nas sem cu pe în din pentru și sau spre od po za przy ze we lub dla pri při ve nebo pro iz ili до от на по
за при с в и или σε στο στη στην από με για και ή az és vagy ja tai või uz ar un vai no į su ir iš ag le chuig
agus nó fi għal minn lil jew ta
""")
    )
    - NAME_PARTICLES
)


#: "How much" and "how many" (folded): the frequent word right after them is a verb (``KOLIKO STANE``: how much does
#: it cost, ``QUANTO COSTA``), though it is a given or family name elsewhere.
_HOW_MUCH: Final = frozenset(
    fold(word)
    for word in word_set("""
koliko kolik kolko ile quanto quanta cuánto cuánta combien hoeveel wieviel kiek cik kui mennyi paljonko πόσο πόσα
колко cât câte
""")
)


def ordinary_first_word(words: Words, start: int, end: int) -> bool:
    """Whether the run ``start:end`` of words in capitals begins with a preposition, an article or a conjunction of
    ``_FUNCTION_WORDS`` (``TIL HELGA``, ``NEL PONTE``), with a frequent word after "how much" (``KOLIKO STANE
    NAKAZILO``: how much does a transfer cost), or a run in one letter case begins with a kind of place written
    before a place's name (``salina ocnele mari``) or with a month in a date (``MINN ĠUNJU QED``): the run is no
    name from that word."""
    if end - start < 2:
        return False
    key = words.folded[start]
    run = words.words[start:end]
    one_case = all(word.islower() for word in run) or all(word.isupper() for word in run)
    place = place_type_before(key) and key not in FAMILY_NAMES  # not ``CASTILLO MARÍA``: a surname first
    if one_case and (place or month_in_date(words, start, start + 1)):
        return True
    verb = (
        start > 0 and words.folded[start - 1] in _HOW_MUCH and key in FREQUENT_WORDS and words.joined(start - 1, start)
    )
    capitals = all(len(word) > 1 and word.isupper() for word in run)
    return capitals and (key in _FUNCTION_WORDS or verb)
