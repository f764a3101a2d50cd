"""Companies, shops and products named after people (pure): ``Albert Heijn``, ``Clas Ohlson``, ``Marks and
Spencer``, ``Mercedes-Benz``, ``Philips``, ``Maxima``. Customers write them after a payment, a refund or a debit;
they are no person there. Written by hand from the brands of the market's shops, makers and banks' payees (no
corpus value); a name the lists also hold alone (``Albert``, ``Mercedes``) counts only with the rest of its brand.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_inflection import base_forms
from runtime.privacy.detectors.name_phrases import after_phrase
from runtime.privacy.detectors.name_run import TITLE_WORDS
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.normalize import fold

#: Brands of two words or more, as written (folded; ``&`` is no word: ``Marks & Spencer`` is ``marks spencer``).
_BRAND_PHRASES: Final = """
albert heijn; clas ohlson; marks and spencer; marks spencer; mercedes benz; hennes and mauritz; hennes mauritz;
johnson and johnson; johnson johnson; procter and gamble; procter gamble; louis vuitton; yves saint laurent;
hugo boss; calvin klein; tommy hilfiger; ralph lauren; giorgio armani; christian dior; coco chanel; estée lauder;
ben and jerry's; ben jerry's; jack daniel's; johnnie walker; john lewis; ted baker; marc o'polo; tom tailor;
peek und cloppenburg; peek cloppenburg; massimo dutti; jerónimo martins; dr oetker; søstrene grene;
bang and olufsen; bang olufsen; jan linders; dirk van den broek; alfa romeo; aston martin; rolls royce;
harley davidson; hans im glück; ole lynggaard; georg jensen; anton berg; ronald mcdonald; wilhelm busch;
carl zeiss; robert bosch; oscar mayer; john deere; arnold busck; max mara; salvatore ferragamo; lidl plus;
harvey norman; brown thomas; giovanni rana; thomas cook; harvey nichols; dorothy perkins; laura ashley;
paul smith; fred perry; ben sherman; holland and barrett; holland barrett; sue ryder; jack wills; luisa spagnoli;
jo malone; ann summers; molly maid; victoria plum; marie curie; oliver bonas; harry ramsden's; karen millen;
charles tyrwhitt; stella mccartney; vivienne westwood; alexander mcqueen; william hill; paddy power; ernest jones;
h samuel; warren james; frankie and benny's; frankie benny's; papa john's; victoria's secret; eddie rockets;
jamie oliver; gordon ramsay
"""
#: Brands of one word that no given name is as written (``philips``) or that a market's customers name far more
#: often than a person (``maxima``, ``eir``); found in their cases too (``iš Maximos``, ``Maximā``).
_BRAND_WORDS: Final = """
philips ericsson siemens bosch porsche ferrari lamborghini maserati bugatti renault peugeot citroën opel dell
disney nestlé michelin heineken carlsberg tuborg guinness jameson ferrero barilla lavazza benetton versace gucci
prada fendi rossmann fielmann tchibo miele haribo harrods sainsbury's morrisons penneys dunnes eir maxima
stockmann fazer hesburger kellogg's mcdonald's chanel dior zeiss bulgari bvlgari swarovski decathlon
mercedes-benz rolls-royce harley-davidson βενέτης matas
"""


def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The brand phrases keyed by their first folded word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _BRAND_PHRASES.split(";"):
        words = tuple(fold(word) for word in phrase.split())
        if words:
            index.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in index.items()}


_PHRASES: Final = _phrases()
#: The most words of a brand's name (``dirk van den broek``).
_LONGEST_PHRASE: Final = max(len(phrase) for phrases in _PHRASES.values() for phrase in phrases)
_WORDS: Final = frozenset(fold(word) for word in _BRAND_WORDS.split())


#: The first letters of the one-word brands: an inflected form keeps them (``Maximos``).
_PREFIXES: Final = frozenset(word[:3] for word in _WORDS)


def brand_end(words: Words, start: int, end: int) -> int:
    """End of the brand that the name run ``start:end`` begins (``Albert Heijn``, ``Marks`` of ``Marks and
    Spencer``), or ``start`` if it begins none; a title or a phrase before the run names a person (``signor
    Ferrari``, ``Frau Porsche``)."""
    if start > 0 and (words.folded[start - 1] in TITLE_WORDS or after_phrase(words, start)):
        return start
    key = words.folded[start]
    for phrase in _PHRASES.get(key, ()):
        stop = start + len(phrase)
        if stop <= len(words.words) and tuple(words.folded[start:stop]) == phrase:
            return max(stop, end)
    if end - start == 1 and (key in _WORDS or (key[:3] in _PREFIXES and any(f in _WORDS for f in base_forms(key)))):
        return end
    return start


def inside_brand(words: Words, index: int) -> bool:
    """Whether word ``index`` continues a brand's name begun before it (``Spencer`` of ``Marks and Spencer``): a
    reader that starts there, not at the brand's first word, finds no brand with `brand_end`."""
    first = max(0, index - _LONGEST_PHRASE + 1)
    return any(brand_end(words, before, index + 1) > index for before in range(first, index))
