"""Names signed at the end of a message in lower case or in capitals (pure), where no capital marks them:
``obrigada pela ajuda`` / ``joana``, ``takk, ingrid``, ``merci beaucoup, sophie``, ``lg henri``, ``NAGY DORINA``.

A line that opens with a closing or a thanks (``intro_phrases.CLOSINGS``) and ends with a comma and a name, a
closing and a name on one line, or a last line of its own after other lines: the name is one to three words, the
first a known given name that is no common word (a known family name before a given name too, Hungarian order),
the others known names or one word too rare to be a common one at the end (``joana kranjc``).

The name may also end a line of prose: after a closing inline (``... foi pirateado obg rita``, ``... hacket.
tak anders``, ``... t. oliver``), after a signature's mark (``... blev hackad. /anna``), or, in a message typed all
in lower case, after a full stop or a comma (``... bo stary nie dziala, anita``); there the given name must be no
common word (``mersi draga``: thanks, dear; ``grazie mille``) and no closing's word begins the name.
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.intro_phrases import CLOSINGS
from runtime.privacy.detectors.name_inflection import family_name
from runtime.privacy.detectors.name_phrases import PHRASE_ENDS
from runtime.privacy.detectors.name_text import NAME_PARTICLES, WORD
from runtime.privacy.detectors.name_words import (
    COMMON_LANGUAGES,
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    word_set,
)
from runtime.privacy.detectors.town_names import ONE_WORD_TOWNS
from runtime.privacy.normalize import fold

#: The closings as tuples of folded words (``("mit", "freundlichen", "grusse")``).
_CLOSINGS: Final = frozenset(tuple(WORD.findall(fold(closing))) for closing in CLOSINGS)
_LONGEST_CLOSING: Final = max(map(len, _CLOSINGS))
#: The first words of the closings: a line that opens with none of them opens with no closing (the common case).
_FIRST_WORDS: Final = frozenset(closing[0] for closing in _CLOSINGS)
#: Words a closing line may hold before its comma (``tak for hjælpen``, ``thanks for your help``).
_MAX_HEAD_WORDS: Final = 6
_MAX_NAME_WORDS: Final = 3


def _given(key: str, closed: bool) -> bool:
    """A known given name (``joana``, ``karl-peter``; not ``mark``, ``will``), no common word unless a closing came
    before it (``cheers, georgia``)."""
    if key in NOT_NAMES or (key in COMMON_WORDS and not closed) or len(key) < 3:
        return False
    return key in GIVEN_NAMES or ("-" in key and all(part in GIVEN_NAMES for part in key.split("-")))


def _family(key: str) -> bool:
    return key not in NOT_NAMES and (key in FAMILY_NAMES or family_name(key))


def _rare(key: str) -> bool:
    return len(key) >= 3 and key not in FREQUENT_WORDS and key not in COMMON_WORDS and key not in NOT_NAMES


def signed_name(words: list[str], closed: bool = False) -> bool:
    """Whether ``words``, in one letter case, are a name signed alone: a given name (or a family name then a given
    name), then known names or particles, a rare word allowed last; ``closed``: a closing came before them."""
    if not 1 <= len(words) <= _MAX_NAME_WORDS or not all(word.islower() or word.isupper() for word in words):
        return False
    keys = [fold(word) for word in words]
    if not _given(keys[0], closed) and not (len(keys) == 2 and _family(keys[0]) and _given(keys[1], closed)):
        return False
    for position, key in enumerate(keys[1:], start=1):
        last = position == len(keys) - 1
        if key in NAME_PARTICLES and not last:
            continue
        if not (key in GIVEN_NAMES and key not in NOT_NAMES) and not _family(key) and not (last and _rare(key)):
            return False
    return True


def _opens_with_closing(keys: list[str]) -> int:
    """How many of ``keys`` (a line's first words) are a closing's or thanks' words (0 if none)."""
    for size in range(min(_LONGEST_CLOSING, len(keys)), 0, -1):
        if tuple(keys[:size]) in _CLOSINGS:
            return size
    return 0


def signoff(text: str) -> tuple[int, int] | None:
    """The span of a name signed in lower case or in capitals at the end of ``text`` (see the module), or None."""
    body = text.rstrip()
    line_start = body.rfind("\n") + 1
    line = body[line_start:]
    if not line or line.strip() == "":
        return None
    first = WORD.search(line)
    if first is None:
        return None
    if line_start and line.rstrip(" .!").rpartition(" ")[2].istitle():
        return _titled(body, line_start, line)
    span = _opening_closing(body, line_start, line, first) or _line_end(body, line_start)
    return None if span is not None and hungarian_from(body[span[0] : span[1]]) else span


#: Hungarian endings of "from", "at" and "to" a place (``debrecenből``, ``szegedről``), with their accents.
_HUNGARIAN_FROM: Final = ("ból", "ből", "ról", "ről", "tól", "től", "nál", "nél", "hoz", "hez", "höz")


def hungarian_from(name: str) -> bool:
    """Whether ``name`` is one word in a Hungarian case of places (``Üdvözlet Debrecenből``: from Debrecen), no
    given name."""
    word = name.lower()
    return " " not in word and word.endswith(_HUNGARIAN_FROM) and fold(word) not in GIVEN_NAMES


def _opening_closing(body: str, line_start: int, line: str, first: re.Match[str]) -> tuple[int, int] | None:
    """The name of a last line that opens with a closing (``takk, ingrid``, ``lg henri``), or of a last line of
    its own; None otherwise."""
    if fold(first.group()) not in _FIRST_WORDS:  # no closing opens the line: a last line of its own at most
        return _own_line(body, line_start) if line_start and "," not in line else None
    head, comma, _ = line.rpartition(",")
    if comma:
        keys = [fold(word) for word in WORD.findall(head)]
        if keys and len(keys) <= _MAX_HEAD_WORDS and _opens_with_closing(keys):
            return _name_at(body, line_start + len(head) + 1, closed=True)
        return None
    keys = [fold(word) for word in WORD.findall(line)]
    size = _opens_with_closing(keys)
    if size and len(keys) > size:  # ``lg henri``: the closing and the name on one line
        closing_end = [match.end() for match in WORD.finditer(line)][size - 1]
        name = _name_at(body, line_start + closing_end, closed=False)  # not ``grazie mille``, ``mersi draga``
        if name is None and len(keys) == size + 1 and _word_elsewhere(keys[-1], keys[size - 1]):
            name = _name_at(body, line_start + closing_end, closed=True)  # ``lg harm``, ``mvh malin``
        return name
    return _own_line(body, line_start) if line_start and not size else None


#: Marks written right before a signed name (``/anna``, ``- piotr``, ``~ sara``).
_SIGN_MARKS: Final = frozenset("/-–—~")
#: What may stand between an inline closing and the name (``tak anders``, ``thanks, anna``, ``t. oliver``).
_AFTER_CLOSING: Final = frozenset({"", ",", ".", ":", "!", "-"})
#: What ends a sentence or a clause before a name that ends a message typed all in lower case.
_BREAKS: Final = frozenset({".", ",", "!", "?", "...", "!!"})


#: How many characters at the end of a line may hold a closing and a name.
_TAIL: Final = 100


def _may_end_name(token: str) -> bool:
    """Whether the last word of ``token`` (a text's last characters after a space: ``anna``, ``/anna``), written in
    one case, may end a signed name: a known name or a word too rare to be a common one."""
    if not (token.islower() or token.isupper()):
        return False
    words = WORD.findall(token)
    if not words or not token.endswith(words[-1]):
        return False
    key = fold(words[-1])
    return key in GIVEN_NAMES or key in FAMILY_NAMES or _rare(key)


def _line_end(body: str, line_start: int) -> tuple[int, int] | None:
    """The name that ends the last line of ``body`` after an inline closing, a signature's mark or (in a message
    all in lower case or all in capitals) a full stop or a comma (see the module), or None."""
    tail = body.rstrip(" .!")
    if not _may_end_name(tail[tail.rfind(" ") + 1 :]):
        return None  # most messages end with a word that ends no name: decided at once
    start = line_start
    if len(body) - start > _TAIL:  # the name and a closing before it: the line's last words only
        start = body.find(" ", len(body) - _TAIL) + 1
    matches = list(WORD.finditer(body, start))
    if len(matches) < 2 or body[matches[-1].end() :].strip(" .!") != "":
        return None
    keys = [fold(match.group()) for match in matches]
    for count in range(1, min(_MAX_NAME_WORDS, len(matches) - 1) + 1):  # the shortest name after a closing first
        split = len(matches) - count
        gap = body[matches[split - 1].end() : matches[split].start()]
        signed = _signed_at(body, matches, split) or (
            count == 1 and (_unlisted_given(keys[split]) or _word_elsewhere(keys[split], keys[split - 1]))
        )
        if signed and gap.strip() in _AFTER_CLOSING and _closes(keys[:split]):
            return matches[split].start(), matches[-1].end()
    lower = body.islower() or body.isupper()  # one letter case throughout: no capital marks the name
    for count in range(min(_MAX_NAME_WORDS, len(matches) - 1), 0, -1):
        split = len(matches) - count
        gap = body[matches[split - 1].end() : matches[split].start()]
        mark = gap.strip()
        signed = mark[-1:] in _SIGN_MARKS and (len(mark) > 1 or gap[:1].isspace())  # `` /anna``, not ``eur/usd``
        if (signed or (lower and mark in _BREAKS)) and not CLOSING_KEYS.intersection(keys[split:]):
            if keys[split] in PHRASE_ENDS:
                continue  # ``dober dan, sem matej``: an introduction, whose name the prose detector reads
            if _signed_at(body, matches, split):
                return matches[split].start(), matches[-1].end()
    return None


#: The closings of one word (``tak``, ``dik``, ``thx``): in lower case or capitals such a word begins no name, the
#: name after it is read on its own (``tak anders``).
ONE_WORD_CLOSINGS: Final = frozenset(closing[0] for closing in _CLOSINGS if len(closing) == 1)
#: Every word of the closings (a name that holds one is no name: ``tak anders`` is thanks, Anders).
CLOSING_KEYS: Final = frozenset(word for closing in _CLOSINGS for word in closing)


def _closes(keys: list[str]) -> bool:
    """Whether ``keys`` end with a closing's words."""
    return any(tuple(keys[-size:]) in _CLOSINGS for size in range(1, min(_LONGEST_CLOSING, len(keys)) + 1))


def _signed_at(body: str, matches: list[re.Match[str]], split: int) -> bool:
    """Whether the words from ``matches[split]`` to the end, single spaces apart, are a signed name that is no
    common word (``signed_name``)."""
    parts = [match.group() for match in matches[split:]]
    if any(body[matches[at - 1].end() : matches[at].start()] != " " for at in range(split + 1, len(matches))):
        return False
    return signed_name(parts)


def _titled(body: str, line_start: int, line: str) -> tuple[int, int] | None:
    """A capitalized name signed on the last line after a line that opens with a thanks or a closing
    (``Thanks for the quick help`` / ``Edita``), or after a closing on its own line (``t. Lasse``, ``gr
    Elif``): a given name first, or one word too rare to be a common one (a name the lists lack)."""
    keys = [fold(word) for word in WORD.findall(line)]
    size = _opens_with_closing(keys)
    if size:
        start = line_start + [match.end() for match in WORD.finditer(line)][size - 1]
    else:
        previous = body[: line_start - 1].rstrip().rpartition("\n")[2] if line_start else ""
        previous_keys = [fold(word) for word in WORD.findall(previous)]
        if not previous_keys or not _opens_with_closing(previous_keys[:_MAX_HEAD_WORDS]):
            return None
        start = line_start
    segment = body[start:]
    name = segment.strip(" \t.,:-").rstrip(".!").rstrip()
    parts = name.split(" ")
    if not 1 <= len(parts) <= _MAX_NAME_WORDS or not all(WORD.fullmatch(part) and part.istitle() for part in parts):
        return None
    lowered = [part.lower() for part in parts]
    if not signed_name(lowered) and not (len(parts) == 1 and rare_name(fold(parts[0]))):
        return None
    offset = body.index(name, start)
    return offset, offset + len(name)


#: Words written after a thanks that are no name though rare: adverbs, endearments, kisses and hugs.
AFTER_THANKS: Final = frozenset(
    fold(word)
    for word in word_set("""
    vielmals infinite infiniment infinitamente kindly heaps muchly alot totales ennakkoon unaprijed vnaprej lijepa
    hugs kisses beijos beijinhos besos bisous bisou bises baci bacioni abbracci abrazos abracos xoxo tschuss tschau
    adieu cheerio bless babe hunny dearie sweetie ducks duck chick doll lads liebling cheri signorina froken kisu
    draha bruv bestie homie mate pal bro bud buddy hun hon dear luv dude man guys folks
    draga drag dragule scumpo cara caro querida querido carino amor amore tesoro schatz
    cherie liebes mila zlato srce duso kochanie skarbie szivem dragam kulta rakas kara kaere skat elskling alskling
    anticipat anticipado anticipadamente antecipadamente vorab iepriekš anksto fyrirfram
    serdeczne serdecznie wielkie ogromne stokrotne pieknie uprzejmie mockrat mockrát mnohokrat mnohokrát predem
    předem pekne pekně krasne uprimne srdecne srdečne vopred lepo najlepsa najlepša iskrena puno najljepsa
    najljepša veliko velika veelkord veelkordselt suured ette etukateen etukäteen kovasti kauheasti tosi hirveasti
    liels milzigs milzīgs ieprieks dideles didelis labai szepen szépen nagyon elore előre frumos tare mult
    πολυ πολύ παρα πάρα много предварително отново hartelijk nogmaals alvast weer jattemycket jättemycket
    igen igjen mange masse tusen tusind kaerlega kærlega kaerar kærar aftur aris arís hafna ħafna villmools
    again lots loads very heaps
    """)
)


#: The languages of a thanks, by its last word as typed in a hurry (folded): a given name that is a common word
#: of other languages only is a name after it (``hvala nada``: Croatian thanks, Spanish nothing).
THANKS_LANGUAGES: Final = {
    fold(word): languages
    for words, languages in (
        ("thanks thx thnx thanx tnx tks cheers regards", "en"),
        ("lg vg mfg gruß grüße", "de,lb"),
        ("mvh hilsen hälsningar helsing", "nb,nn,da,sv"),
        ("groetjes groet gr", "nl"),
        ("pozdrawiam", "pl"),
        ("terveisin", "fi"),
        ("kveðja", "is"),
        ("cumprimentos", "pt"),
        ("saludos", "es"),
        ("saluti", "it"),
        ("cordialement", "fr"),
        ("obrigado obrigada obg obgd valeu", "pt"),
        ("gracias", "es"),
        ("merci", "fr,lb"),
        ("danke", "de,lb"),
        ("grazie", "it"),
        ("bedankt groetjes dank je", "nl"),
        ("dziękuję dzięki dzieki dziekuje", "pl"),
        ("děkuji díky dik děkuju dekuju", "cs"),
        ("ďakujem dakujem vďaka", "sk"),
        ("mersi mulțumesc multumesc", "ro"),
        ("ευχαριστώ ευχαριστω", "el"),
        ("hvala", "hr,sl"),
        ("благодаря мерси", "bg"),
        ("tack", "sv"),
        ("tak", "da"),
        ("takk", "nb,nn,is"),
        ("kiitos kiitti", "fi"),
        ("aitäh tänan", "et"),
        ("paldies", "lv"),
        ("ačiū dėkui", "lt"),
        ("köszönöm köszi kösz", "hu"),
        ("grazzi", "mt"),
        ("agat", "ga"),
    )
    for word in words.split()
}


def _word_elsewhere(key: str, thanks: str) -> bool:
    """A given name alone after a thanks of a known language that is a common word only in other languages
    (``takk sara``: Italian, she would be; not ``gracias nada``), no endearment (``mersi draga``)."""
    languages = THANKS_LANGUAGES.get(thanks)
    if languages is None or key not in GIVEN_NAMES or key in NOT_NAMES or key in AFTER_THANKS:
        return False
    common = COMMON_LANGUAGES.get(key)
    return common is not None and not set(common.split(",")).intersection(languages.split(","))


def _unlisted_given(key: str) -> bool:
    """A word alone after a thanks that ends the message, which may be a given name the lists lack (``merci
    zenaida``): rare (``rare_name``), no closing's word (``hvala unaprijed``), no endearment (``AFTER_THANKS``),
    no letter typed three times (``grazieee``)."""
    if key in AFTER_THANKS or key in CLOSING_KEYS or not rare_name(key):
        return False
    return not any(key[at] == key[at + 1] == key[at + 2] for at in range(len(key) - 2))


def rare_name(key: str) -> bool:
    """A word that may be a given name the lists lack: letters only, four or more, too rare to be a common one,
    no town's name (``Coimbra``)."""
    return len(key) >= 4 and key.isalpha() and _rare(key) and key not in ONE_WORD_TOWNS


def _own_line(body: str, line_start: int) -> tuple[int, int] | None:
    """The name on the last line of ``body`` (from ``line_start``), a line of its own after a closing's or not."""
    previous = body[: line_start - 1].rstrip(" \t,.!").rpartition("\n")[2]
    previous_keys = WORD.findall(fold(previous))
    # a line of thanks before it signs as a closing does (``DZIEKI ZA SZYBKA POMOC`` / ``MIKOŁAJ``), as in ``_titled``
    thanked = _opens_with_closing(previous_keys[:_MAX_HEAD_WORDS]) > 0 or _holds_closing(previous_keys)
    line = body[line_start:]
    line_start += len(line) - len(line.lstrip(" \t/-–—~"))  # a signature's mark before the name (``/isabella``)
    name = _name_at(body, line_start, tuple(previous_keys) in _CLOSINGS or thanked)
    word = body[line_start:].strip().rstrip(".!").rstrip()
    if name is None and thanked and (word.isupper() or word.islower()) and rare_name(fold(word)):
        offset = body.index(word, line_start)
        return offset, offset + len(word)  # one word too rare to be a common one: a name the lists lack
    return name


#: The most words of a short line of thanks read for a closing anywhere in it (``suur aitäh 🙏``).
_MAX_THANKS_LINE: Final = 8


def _holds_closing(keys: list[str]) -> bool:
    """Whether a short line's folded ``keys`` hold a closing or thanks anywhere (``suur aitäh``, ``tack igen för
    hjälpen``)."""
    if len(keys) > _MAX_THANKS_LINE:
        return False
    return any(
        tuple(keys[at : at + size]) in _CLOSINGS
        for at in range(len(keys))
        if keys[at] in _FIRST_WORDS
        for size in range(1, min(_LONGEST_CLOSING, len(keys) - at) + 1)
    )


def _name_at(body: str, start: int, closed: bool) -> tuple[int, int] | None:
    """The name that runs from ``start`` to the end of ``body`` (words single spaces apart, a full stop or a mark
    after them), when it is one (``signed_name``)."""
    segment = body[start:]
    name = segment.strip().rstrip(".!").rstrip()
    parts = name.split(" ")
    if not name or not all(WORD.fullmatch(part) for part in parts) or not signed_name(parts, closed):
        return None
    offset = start + len(segment) - len(segment.lstrip())
    return offset, offset + len(name)
