"""Streets after what people write before their own address, in any letter case (pure regex scans).

After ``moro na``, ``I live at``, ``ich wohne``, ``bydlím v``, ``mieszkam przy``, ``asun``, ``Morada:``... (every
phrase of ``street_types.LIVE_AT``, on its line or with the street on the next one) a street is written as people
write it: all in lower case, without a street word (``moje adresa je jindřišská 16, Praha``), number first
without a street word (``i live at 22 rowan mead in york``). Its name is up to four words and ends before a
preposition or conjunction that leads on to the town or the rest of the sentence (``... 14 in Gouda``, ``... à
Lyon``, ``... i Bergen``), so the town stays outside. An article after the phrase stays outside too (``ik woon
op de tulpstraat 14``); a preposition the street's name begins with is kept when written capitalized (``bydlím
Na Slupi 12``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from runtime.privacy.detectors.address_numbers import COUNT_WORD, NOT_AGE, NUMBER, SINGLE, UNIT_WORD
from runtime.privacy.detectors.address_postal import FLOOR_AT, with_postal
from runtime.privacy.detectors.address_words import (
    ANY_WORD,
    GAP,
    NOW_WORDS,
    QUOTED,
    SEP,
    tree_regex,
    words,
)
from runtime.privacy.detectors.label_index import and_unaccented
from runtime.privacy.detectors.street_types import (
    AFTER,
    BEFORE,
    GLUED,
    GLUED_FAMILY_NAMES,
    IN_TOWN,
    LIVE_AT,
    NUMBER_FIRST,
)
from runtime.privacy.detectors.town_names import ONE_WORD_TOWNS, inflected_town
from runtime.privacy.normalize import fold
from runtime.privacy.types import PiiSpan

#: Words that end a street's name written in lower case: prepositions before a town and conjunctions, in the
# market languages (not the particles inside names: ``de``, ``da``, ``do``, ``la``, ``na``...); "is", "but",
# "please", "thanks" after the street (``36, triq tal-balal hija l-indirizz``, ``... ass d'Adress``, ``45 bd
# gambetta merci``); the participles that close a German, Luxembourgish or Dutch clause after it (``83, rue du
# fosse ageschriwwen``, ``... gespeichert``); words of now.
_STOP_WORDS: Final = (
    *"""
    à a au aux en em in im i u v ve w we ze zu te op at on and et und e y és ja og och ή και и в στην στη στο σε se
    în pe
    since seit desde depuis od from for but mais ma aber maar men mutta ale ali dar pero mas per para pour für voor
    with mit met com con avec med kanssa z s și si agus ir un ning ann az which where wo où onde donde dove waar
    där hvor kde gdzie gdje kjer unde όπου където is ist est es è é är er je jest ass hija huwa hu atá tá ach είναι
    е este ir please bitte por vun fir mat mee bei fejn għal minn biex imma jew awer wou aga kuid kus jossa missä
    bet kur ahol но αλλά όμως που από για με μαζί εδώ τώρα ampak toda þar no nos til till
    merci danke thanks cheers gracias obrigado obrigada takk tack tak kiitos aitäh paldies ačiū aciu köszönöm
    mulțumesc multumesc ευχαριστώ ευχαριστω благодаря hvala ďakujem dakujem děkuji dekuji dziękuję dziekuje
    bedankt grazzi prosím prosim proszę prosze molim palun lūdzu ludzu prašau prasau kérem kerem παρακαλώ
    παρακαλω моля alstublieft hos ved vid hjá naar nach
    gespeichert geschickt gesendet gezogen eingetragen registriert hinterlegt angemeldet gemeldet gegangen gaangen
    ageschriwwen geschéckt gespäichert ugemellt gemellt geliwwert gestuurd verstuurd gegaan verhuisd geregistreerd
    ingeschreven bezorgd geleverd par pro pre gælder gjelder gäller gjeld
    """.split(),  # noqa: SIM905
    *NOW_WORDS,
)
_BOUNDARY: Final = r"(?![\w\-'’])"
STOP: Final = "(?i:" + "|".join(_STOP_WORDS) + ")" + _BOUNDARY
# Inside a Slovenian, Croatian, Czech or Slovak street's name, a preposition (``cesta na loko``, ``pot na
# fužine``, ``ulica pod brezami``).
_INNER: Final = r"(?:(?i:v|u|na|pod|nad|pri|při|za|ob|pred|před|k|ke|do)[ \u00a0])"
# (A name may begin with its preposition too: ``bydlím u vlachovky 25``.)
# (Written with one copy of a word, a gap kept only before another word's letter: cheaper to build.)
# (Its words are any words here; that none is a word of ``STOP``, which ends a name, is checked in Python after
# the match, ``_stop_at``: the regex is a third as dear to build without two copies of them.)
_NAME: Final = rf"(?:{_INNER}?{ANY_WORD}(?:{GAP}(?=[^\W\d_]))?){{1,4}}(?<![ \u00a0])"
# Where a street written without a street word ends: the end of a clause (a dash between spaces too), or a
# preposition before its town.
_END: Final = rf"(?=[ \u00a0]*(?:[.,;:!?)\n]|$)|[ \u00a0][-–—][ \u00a0]|{GAP}{STOP})"
#: The same, compiled: where a street without a street word may end (its words as a tree of shared beginnings,
#: a little dearer to build and three times quicker to try, as it is tried at every word's end).
END_AT: Final = re.compile(
    rf"(?=[ \u00a0]*(?:[.,;:!?)\n]|$)|[ \u00a0][-–—][ \u00a0]"
    rf"|{GAP}(?i:{tree_regex(sorted(set(_STOP_WORDS)), bounded=False)}){_BOUNDARY})"
)
_AFTER_WORDS: Final = frozenset(word.lower() for word in and_unaccented(AFTER))
# An article after the phrase, left out of the address (``ik woon op de``, ``ich wohne in der``).
_ARTICLE: Final = r"(?:(?i:de|het|der|die|den|dem|the|el|la|le|o|a)[ \u00a0])"
# A flat, room or floor is not a street (``I live in flat 3``, ``vivo no 2º andar``, ``2 bedrooms``), in the
# market languages and the cases people write them in (``2 hoog``, ``3 våningen``, ``2 kerroksessa``, ``3. patře``).
_ROOM_WORDS: Final = """
room rooms bedroom bedrooms floor storey house building zone district number andar quarto casa habitación stanza
zimmer kamer pokój pokoj byt rum værelse huone szoba δωμάτιο стая distrito arrondissement bezirk sektor dzielnica
obvod okres nummer numero número hoog verdieping våning våningen etage etasje etasjen kerros kerroksessa kerroksella
emelet emeleten piętro piętrze patro patře poschodie poschodí stock stockwerk όροφος όροφο ορόφου етаж етажа sprat
spratu kat nadstropje nadstropju stāvs stāvā aukštas aukšte korrus korrusel hæð sal
"""
_ROOM: Final = rf"(?:{UNIT_WORD}(?![^\W\d_])|{words(tuple(_ROOM_WORDS.split()))})"
# A flat written before the street (``my address is flat 2, 14 high street``): part of the address.
_FLAT_FIRST: Final = rf"(?:{UNIT_WORD}[ \u00a0]?[0-9]{{1,4}}[A-Za-z]?,?[ \u00a0])"
# After the phrase: a space, or a line break (``Address:`` / ``14 Elm Grove``), and an article.
_SEPARATOR: Final = re.compile(rf"(?:{GAP}|[ \t]*\r?\n[ \t]*)")
_ARTICLE_AFTER: Final = re.compile(_ARTICLE)
# The street after the phrase, its number and flat factored out of the shapes that end in them (a word before
# the name, a street word if it is one, ``lead``; a name between quotes after it, ``quoted``; a name: ``bare``, a
# street without a street word unless ``lead`` is one or it is one word with a street's ending), then the
# number-first shapes (a French or Irish street word ``first`` before the name, or a word ``after`` it).
# (The street words are looked up in Python, not written into the regex: a tenth as dear to build.)
_LEAD: Final = rf"(?P<lead>(?>[^\W\d_]+(?:[./\-][^\W\d_]+)*[./]?))(?:{GAP}|(?<=[./]))"
_LIVING: Final = re.compile(
    rf"{_FLAT_FIRST}?(?:(?:{_LEAD})?(?:(?P<quoted>{QUOTED})|(?P<bare>{_NAME}\.?)){SEP}(?P<number>{NUMBER}){NOT_AGE}"
    rf"|{SINGLE}{SEP}(?:(?P<first>{words(NUMBER_FIRST)}){GAP})?(?P<named>{_NAME})(?:{GAP}(?P<after>[^\W\d_]+\.?))?)"
)
_BEFORE_WORDS: Final = frozenset(word.lower() for word in and_unaccented(BEFORE))
_GLUED_ENDINGS: Final = tuple(word.lower() for word in and_unaccented((*GLUED, *GLUED_FAMILY_NAMES)))
#: The words of ``STOP``, in lower case.
STOP_WORDS: Final = frozenset(word.lower() for word in _STOP_WORDS)
_STOP_SET: Final = STOP_WORDS
_INNER_WORDS: Final = frozenset("v u na pod nad pri při za ob pred před k ke do".split())  # noqa: SIM905
_NAME_WORD: Final = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
#: The most words of a name after the phrase (as ``_NAME``).
_MOST_WORDS: Final = 4
# A flat, room or floor, or a count, where a name without a street word would begin (checked after a match).
_ROOM_AT: Final = re.compile(_ROOM)
_COUNT_AT: Final = re.compile(COUNT_WORD)
_LETTER_RUN: Final = re.compile(r"[^\W\d_]+")


def _by_first_word(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``phrases`` grouped by their first word, longest first (in one pass over them)."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(_LETTER_RUN.findall(phrase)[0], []).append(phrase)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in groups.items()}


#: The phrases of ``LIVE_AT`` by their first word, longest first (``na`` -> ``na naslov``, ``na adresu``...).
_PHRASES: Final = _by_first_word(and_unaccented(LIVE_AT))


def _phrase_ends(text: str, start: int, end: int) -> Iterator[int]:
    """Where each phrase of ``LIVE_AT`` written at ``start`` ends with the space or line break after it (and an
    article), longest first, within ``end``."""
    word = _LETTER_RUN.match(text, start)
    if word is None or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")):
        return
    for phrase in _PHRASES.get(word.group().lower(), ()):
        stop = start + len(phrase)
        if text[start:stop].lower() != phrase or (phrase[-1].isalnum() and stop < len(text) and _word(text[stop])):
            continue
        separator = _SEPARATOR.match(text, stop, end)
        if separator is not None:
            article = _ARTICLE_AFTER.match(text, separator.end(), end)
            if article is not None:
                yield article.end()  # the street after the article, or else the article's (``de Dam 1``)
            yield separator.end()


def _word(char: str) -> bool:
    """Whether ``char`` continues a word."""
    return char.isalnum() or char == "_"


def living(text: str, found: frozenset[int]) -> list[PiiSpan]:
    """Streets after ``moro na``, ``I live at``... in any letter case (the phrase itself left out); not tried
    where a street found already starts right after the phrase (``found``: where those start)."""
    spans: list[PiiSpan] = []
    for word in _LETTER_RUN.finditer(text):
        start = word.start()
        if not any(
            text[start : start + len(phrase)].lower() == phrase and start + len(phrase) + 1 not in found
            for phrase in _PHRASES.get(word.group().lower(), ())
        ):
            continue
        street = _street_after(text, start)
        if street is not None and not _town_district(text, start, *street):
            span = with_postal(text, *street)
            if spans and spans[-1].start < span.start < spans[-1].end:
                spans[-1] = span  # the phrase nearest the street is the one that leads to it (``na adrese``)
            else:
                spans.append(span)
    return spans


def _street_after(text: str, start: int) -> tuple[int, int] | None:
    """Where the street after the phrase at ``start`` begins and ends (the longest phrase that a street follows),
    a preposition the street's name begins with kept (``street_start``)."""
    for body in _phrase_ends(text, start, len(text)):
        match = _LIVING.match(text, body)
        end = None if match is None else _living_end(text, match)
        if end is not None:
            return street_start(text, start, end), end
    return None


def _living_end(text: str, match: re.Match[str]) -> int | None:
    """Where a street found by ``match`` ends: number first, after its name or its street word; a name without a
    street word ends the clause after its number and flat (or its number); a name with one ends anywhere (``ich
    wohne kastanien allee 3 seit...``); none where the name is a flat, room or count."""
    if match.start("number") < 0:
        return _number_first_end(text, match)
    bare = _bare_start(match)
    if bare == _NOT_A_STREET:
        return None
    if bare < 0:
        return match.end()
    if _ROOM_AT.match(text, bare) is not None:
        return None
    floor = FLOOR_AT.match(text, match.end())  # (read here, not in the regex: cheaper to build)
    end = match.end() if floor is None else floor.end()
    if END_AT.match(text, end) is not None:
        return end
    name = match.group("bare").rsplit(None, 1)[-1].lower()
    if name in _AFTER_WORDS:
        return match.end("number")
    return match.end("number") if END_AT.match(text, match.end("number")) is not None else None


_NOT_A_STREET: Final = -2


def _bare_start(match: re.Match[str]) -> int:
    """Where a name without a street word begins in ``match`` (its street word before it, ``lead``, is none), -1
    where it has one (before it, or glued to a name of one word: ``lindenstraße``), ``_NOT_A_STREET`` where the
    word before it is a conjunction or an abbreviation of no street, or a name between quotes has no street word."""
    lead = match.group("lead")
    bare = match.group("bare")
    if bare is not None and _stop_at(_NAME_WORD.findall(bare)) >= 0:
        return _NOT_A_STREET  # (a word that ends a name inside it)
    if lead is not None and lead.lower() in _BEFORE_WORDS:
        return -1
    if lead is None:
        if bare is None:
            return _NOT_A_STREET
        one = bare.rstrip(".")
        glued = _NAME_WORD.fullmatch(one) is not None and any(
            one.lower().endswith(ending) and len(one) > len(ending) + 1 for ending in _GLUED_ENDINGS
        )
        return -1 if glued else match.start("bare")
    lower = lead.lower()
    inner = lower in _INNER_WORDS
    if bare is None or _NAME_WORD.fullmatch(lead) is None or (lower in _STOP_SET and not inner):
        return _NOT_A_STREET
    return match.start("lead") if len(bare.split()) + (not inner) <= _MOST_WORDS else _NOT_A_STREET


def _stop_at(words: list[str]) -> int:
    """The index of the first of ``words`` that ends a street's name (a word of ``STOP``, but for a preposition a
    Central European name holds before another word: ``u vlachovky``), or -1."""
    for i, word in enumerate(words):
        lower = word.lower()
        if lower in STOP_WORDS and not (
            lower in _INNER_WORDS and i + 1 < len(words) and words[i + 1].lower() not in STOP_WORDS
        ):
            return i
    return -1


def _number_first_end(text: str, match: re.Match[str]) -> int | None:
    """Where a street written number first ends: its name after a French or Irish street word, or the street word
    after its name, or the clause's end after it (the longest name first); none where it is a flat or a count."""
    named = match.start("named")
    if _ROOM_AT.match(text, named) or _COUNT_AT.match(text, named):
        return None
    names = list(_NAME_WORD.finditer(text, named, match.end("named")))
    stop = _stop_at([name.group() for name in names])
    if stop == 0:
        return None
    if stop > 0:
        names = names[:stop]  # (the name ends before a word that ends it)
    if match.start("first") >= 0:
        return names[-1].end()
    for i in range(len(names) - 1, -1, -1):
        following = names[i + 1] if i + 1 < len(names) else None
        word, end = (following.group(), following.end()) if following else (match.group("after"), match.end("after"))
        if word is not None and word.lower() in _AFTER_WORDS:
            return end
        if END_AT.match(text, names[i].end()) is not None:
            return names[i].end()
    return None


# A town and its district after "I live in" (``Dublin 4``, ``v Praze 5``, ``in Wien 3``): not a street.
_DISTRICT: Final = re.compile(r"([^\W\d_]+)[ \u00a0][0-9]{1,2}")
_IN: Final = frozenset(IN_TOWN)


def _town_district(text: str, phrase: int, start: int, end: int) -> bool:
    """Whether the street ``text[start:end]``, after a phrase (at ``phrase``) ending in "in", or with the case of
    "in" on its number (``Hän asuu Helsinki 10:ssä``), is a town of one word and its district number."""
    district = _DISTRICT.fullmatch(text, start, end)
    head = text[phrase:start].split()
    if district is None or not head or (head[-1].lower() not in _IN and not text.startswith(":", end)):
        return False
    town = fold(district.group(1))
    return town in ONE_WORD_TOWNS or inflected_town(town)


def street_start(text: str, start: int, end: int) -> int:
    """Where the street of ``text[start:end]`` begins: after the phrase before it (``Gyvenu`` Gedimino prospekte
    9), unless the phrase ends in a preposition written capitalized, the street's own (``bydlím Na Slupi 12``)."""
    head = next(_phrase_ends(text, start, end), None)
    if head is None:
        return start
    phrase = text[start:head].rstrip()
    last = phrase.rsplit(None, 1)
    if len(last) == 2 and len(last[1]) <= 3 and last[1][:1].isupper() and last[1].isalpha():
        return start + len(phrase) - len(last[1])
    return head
