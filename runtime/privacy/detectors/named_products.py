"""Shops, cars and cards whose names look like a person's (pure): ``Albert Korunní``, ``Škodu Octavii``, ``Visa
Gull``.

- A retail chain's branch is written as the chain and the street it stands in (``Albert Bělehradská``, ``Maxima
  Šv. Jono gatvė``, ``Rimi Kr. Barona iela``, ``Prisma Aleksis Kiven katu``, ``Lidl Milady Horákové``): after the
  chain's name a street named for someone, in the genitive, or an adjective; a person would be the chain's name
  (a given name: ``Albert``, ``Dino``) before a family name as it is listed (``Albert Novák``).
- A car is its maker and its model, in any case (``na Škodu Octavii``, ``o Dacia Logan``, ``en Seat León``): models
  carry given names (``Octavia``, ``Laura``, ``Logan``), makers family names (``Ford``).
- A payment card is its scheme and its tier (``Visa Gull``, ``Mastercard Gold``, ``Visa Oro``).
- A chain named like a man, in the Czech inanimate cases (``k Albertu``, ``v Albertu``), is the shop.

Written by hand from the market's supermarket, pharmacy and fuel chains, car makers and card schemes (no corpus
value).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_inflection import PERSON_ENDINGS, inflected_given
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import FAMILY_NAMES, GIVEN_NAMES
from runtime.privacy.normalize import fold


def _folded(words: str) -> frozenset[str]:
    """The folded whitespace-separated words of ``words``."""
    return frozenset(fold(word) for word in words.split())


#: Supermarket, discount, pharmacy and fuel chains of the EU/EEA markets (folded), written before a branch's street.
CHAINS: Final = _folded("""
albert billa penny tesco lidl aldi hofer kaufland globus spar interspar eurospar despar coop jednota terno
tamda hypernova biedronka żabka lewiatan dino stokrotka netto polomarket carrefour auchan leclerc intermarché
monoprix franprix casino cora match cactus delhaize colruyt jumbo dirk hoogvliet vomar plus rema kiwi meny joker
bunnpris føtex bilka irma ica hemköp willys citygross prisma alepa sale k-market s-market citymarket selver rimi
maxima iki norfa konzum plodine tommy studenac kerum mercator tuš eurospin esselunga conad pam mercadona eroski
alcampo dia continente pingo profi mega bónus krónan hagkaup nettó
dm rossmann teta benu shell omv mol orlen circle neste lukoil petrol ina
кауфланд билла лидл фантастико σκλαβενίτης μασούτης λιντλ
""")
#: Car makers (folded), with the Slavic cases of those that end in ``-a`` (``Škodu``, ``Dacii``, ``Škodą``).
CAR_MAKERS: Final = _folded("""
škoda škody škodě škodu škodou škodą škodo dacia dacii dacie dacią dacię dacio seat cupra ford opel
renault peugeot citroën fiat lancia alfa volkswagen vw audi bmw toyota honda mazda nissan hyundai kia suzuki
subaru mitsubishi volvo saab tesla skoda
""")
#: Card schemes (folded) and the tiers they sell, in the market languages (``Gull``, ``Guld``, ``Oro``, ``Zlatá``).
CARD_SCHEMES: Final = _folded("visa mastercard maestro amex diners")
CARD_TIERS: Final = _folded("""
gold gull guld kulta kuld zelta aukso oro or ouro złota zlatá zlatna zlata arany χρυσή златна aur silver sølv
silber argento argent prata plata srebrna stříbrná platinum platina platinová platine classic klassisk
business premium infinite black signature world electron
""")
#: Czech and Slovak endings of the adjectives that name streets (``Bělehradská``, ``Kounicova``, ``Dukelských``);
#: a surname listed as it is (``Novák``) makes a person.
_STREET_ADJECTIVE_ENDINGS: Final = ("ská", "cká", "ní", "ova", "ých", "ého", "ří")


def chain_branch(words: Words, start: int, end: int) -> bool:
    """Whether the run ``start:end`` is a chain's branch and its street (``Albert Bělehradská``, ``Maxima Šv.``), a
    chain alone that is no given name as written (``Willys``), or the street after a chain's name (``Lidl Milady
    Horákové``, ``prisma aleksis``)."""
    before = start - 1
    if before >= 0 and words.joined(before, start) and words.folded[before] in CHAINS:
        if words.folded[start] not in GIVEN_NAMES or words.folded[end - 1] not in FAMILY_NAMES:
            return True  # ``Lidl Milady Horákové``, ``Lidl Karla Čapka``: a street named for someone, in the genitive
        return start + 1 < end and _street_word(words, start + 1)
    if words.folded[start] not in CHAINS:
        return False
    if end - start == 1:
        return words.folded[start] not in GIVEN_NAMES  # ``på Willys``: a chain named in a name's genitive
    following = start + 1
    key = words.folded[following]
    patronymic = words.words[following].lower().endswith(PERSON_ENDINGS)  # ``maxima gautsdóttir`` signs a letter
    if words.folded[start] not in GIVEN_NAMES and not patronymic:
        return True  # ``Biedronka Marszałkowska``: a chain no person is named, and its street
    if _street_word(words, following) or words.text[words.spans[following][1] : words.spans[following][1] + 1] == ".":
        return True  # ``Albert Bělehradská``, ``Maxima Šv. Jono``, ``Rimi Kr. Barona``
    return key not in GIVEN_NAMES and key not in FAMILY_NAMES and inflected_given(key)  # ``Albert Milady Horákové``


def _street_word(words: Words, index: int) -> bool:
    """Whether word ``index`` is written as a Czech or Slovak street's adjective (``Bělehradská``, ``Kounicova``)."""
    return words.words[index].lower().endswith(_STREET_ADJECTIVE_ENDINGS)


#: Czech and Slovak prepositions after which a man is named in the locative as a shop is (``o Albertu``: about
#: Albert): a chain's ``-u`` tells the shop only after the others.
_ABOUT: Final = frozenset(("o",))


def chain_case(words: Words, index: int) -> bool:
    """Whether word ``index`` is a chain named like a man in the Czech or Slovak inanimate genitive, dative or
    locative (``do Albertu``, ``k Albertu``, ``v Albertu``): a man takes ``-a`` and ``-ovi`` there (``k
    Albertovi``)."""
    key = words.folded[index]
    if not key.endswith("u") or key[:-1] not in CHAINS:
        return False
    return index == 0 or words.folded[index - 1] not in _ABOUT


def product(words: Words, start: int, end: int) -> bool:
    """Whether the run ``start:end`` is a car (a maker before it or beginning it: ``Škodu Octavii``, ``Dacia
    Logan``) or a payment card (``Visa Gull``)."""
    before = start - 1
    if before >= 0 and words.joined(before, start):
        previous = words.folded[before]
        if previous in CAR_MAKERS or (previous in CARD_SCHEMES and words.folded[start] in CARD_TIERS):
            return True
    if end - start < 2:
        return False
    key = words.folded[start]
    return key in CAR_MAKERS or (key in CARD_SCHEMES and words.folded[start + 1] in CARD_TIERS)
