"""E-mail addresses, found from each ``@`` outwards (linear: no regex scan of every word), and in disguise.

Disguised addresses replace the ``@`` by a word (``ana (at) gmail (dot) com``, ``ana[at]sapo[dot]pt``,
``jan.kowalski małpa wp punkt pl``, ``ana arroba gmail ponto com``, ``ana(a)gmail.com``, ``{at}``), write it
URL-encoded (``?email=ana.silva%40gmail.com``) or set it apart with spaces (``ana @ gmail.com``); the dots may be
words too, in any market language (``dot``, ``ponto``, ``punkt``, ``punto``, ``point``, ``kropka``...). The domain
must end with a top-level domain. A bare ``at`` between words is a sentence more often than an address (``I
bought it at amazon dot com``): it counts only before a known mail provider's domain, after a local part that
is more than one word of letters (``joana.silva at empresa dot pt``, ``jan punkt kowalski at wp punkt pl``), or
after a word that is no frequent word of a market language before a domain with its dots as words (``leeball at
sullivan dot com``), or after any word that a mail, reach, contact or write word introduces in its clause (``reach
me on trees at conway dot info``). Words for "at" that are ordinary words (``et``, ``eta``, ``ag``, ``hjá``) count
between spaces only before a domain with its dots as words (``ivan77 et kovac točka hr``).
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.name_words import FREQUENT_WORDS
from runtime.privacy.normalize import fold
from runtime.privacy.types import EMAIL, SOURCE_BUILTIN, PiiSpan

_LOCAL_SPECIALS: Final = frozenset(".!#$%&'*+/=?^_`{|}~-")
_URL_LOCAL: Final = frozenset("._+-")  # what a local part holds unencoded in a URL
_MAX_LOCAL: Final = 64
# Domain labels (letters of any script, digits, inner hyphens) and a alphabetic top-level label; a case ending
# may be glued to it by a hyphen (Finnish ``…@kolumbus.fi-osoitteeseen``, Hungarian ``…@gmail.com-ra``).
_DOMAIN: Final = re.compile(r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}(?!\w|-(?![^\W\d_]{1,15}(?![\w.@-])))")

#: Words that name the "@" itself (unambiguous even without brackets).
_AT_NAMES: Final = (
    r"arroba|arobase|arobas|ätt|ät|małpa|malpa|chiocciola|kukac|zavináč|zavinac|snabel-a|krøllalfa|klammeraffe"
    r"|apenstaartje|apestaart|παπάκι|маймунка|кльомба|arond|a rond|afna|miukumauku|kissanhäntä|grisehale|alfakrøll"
    r"|snabela|affenschwanz|małpka|malpka"
)
#: Words for "at" that are also ordinary words (en; hr/lv, lt, ga, is): a mark of an address only in brackets,
#: except the English "at", which is a weak one between spaces too ("et" and "eta" are "and" in fr and eu).
_BRACKETED_AT: Final = r"at|et|eta|ag|hjá|a|chez|bei"
_AT_WORDS: Final = rf"{_BRACKETED_AT}|{_AT_NAMES}"
_DOT_WORDS: Final = (
    r"dot|punto|ponto|punkt|punktum|punktur|point|punt|ponc|kropka|tečka|tecka|točka|tocka|bodka|piste|pont|prikk"
    r"|punkts|taškas|taskas|pika|punct|τελεία|точка"
)
_OPEN, _CLOSE = r"[(\[{<]", r"[)\]}>]"
# The core of a disguised "@" (spaces around it are taken after): a bracketed word, "%40", an "@" set apart by
# spaces, a name of the "@" between spaces, or a bare "at" between spaces (group "bare", weak).
_AT: Final = re.compile(
    rf"{_OPEN}[ \t]*(?:{_AT_WORDS}|@)[ \t]*{_CLOSE}|%40|(?<=[ \t])@|@(?=[ \t])"
    rf"|(?<=[ \t])(?:(?P<bare>at)|(?P<word>et|eta|ag|hjá)|{_AT_NAMES})(?=[ \t])",
    re.IGNORECASE,
)
#: Strings a text holds when ``_AT`` can match in it (looked for at C speed, before ``_AT`` is).
_AT_HINTS: Final = (
    "(", "[", "{", "<", "%40", "@", " at ", "\tat", "at\t", " et ", " eta ", " ag ", " hjá ", *_AT_NAMES.split("|")
)  # fmt: skip
_DOT_WORD: Final = rf"(?:[ \t]*{_OPEN}[ \t]*(?:{_DOT_WORDS}|\.)[ \t]*{_CLOSE}[ \t]*|[ \t]+(?:{_DOT_WORDS})[ \t]+)"
_LABEL: Final = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_SPACED_DOT: Final = r"[ \t]+\.[ \t]+"  # "gmail . com": a dot set apart on both sides
_DISGUISED_DOMAIN: Final = re.compile(rf"{_LABEL}(?:(?:{_DOT_WORD}|{_SPACED_DOT}|\.){_LABEL})+", re.IGNORECASE)
_DOT_SPLIT: Final = re.compile(rf"{_DOT_WORD}|{_SPACED_DOT}|\.", re.IGNORECASE)
_SPELLED_DOT: Final = re.compile(_DOT_WORD, re.IGNORECASE)
# Words and dot words before a local part's last word: "jan punkt kowalski", "ana (dot) silva"; before a marker
# that is not a bare "at", dots set apart too ("ana . silva @ gmail . com"; "home . Then at lunch" is prose).
_LOCAL_WORDS: Final = re.compile(rf"(?:[\w+-]+{_DOT_WORD})+\Z", re.IGNORECASE)
_LOCAL_WORDS_SPACED: Final = re.compile(rf"(?:[\w+-]+(?:{_DOT_WORD}|{_SPACED_DOT}))+\Z", re.IGNORECASE)
_GENERIC_TLD_WORDS: Final = """
com net org info biz edu gov int eu mil name pro mobi asia tel travel jobs cat io co me tv app dev online site shop
store tech xyz email club blog cloud art museum coop aero
"""
#: Top-level domains besides the two-letter country codes.
_GENERIC_TLDS: Final = frozenset(_GENERIC_TLD_WORDS.split())
#: Mail providers' domains (first label): a bare "at" before them introduces an address.
_PROVIDER_WORDS: Final = """
gmail googlemail hotmail outlook live msn yahoo ymail aol icloud me mac protonmail proton pm gmx web t-online freenet
posteo mailbox sapo iol clix netcabo telefonica movistar terra orange wanadoo free laposte sfr libero virgilio
tiscali alice tin wp onet interia o2 op seznam centrum azet zoznam post atlas citromail freemail abv mail yandex
inbox tutanota tuta fastmail zoho telenet skynet ziggo kpn hetnet xs4all bluewin eircom telia online hot windowslive
"""
_PROVIDERS: Final = frozenset(_PROVIDER_WORDS.split())


def _local_start(text: str, at: int, allowed: frozenset[str] = _LOCAL_SPECIALS) -> int:
    """Index where the local part before the ``@`` at ``at`` begins (``at`` when there is none)."""
    start = at
    limit = max(0, at - _MAX_LOCAL)
    while start > limit:
        char = text[start - 1]
        if char.isalnum() or char in allowed:
            start -= 1
        else:
            break
    while start < at and text[start] in ".'":
        start += 1
    return start


def _plain(text: str) -> list[PiiSpan]:
    """Spans of the addresses written with an ``@`` and no space around it."""
    spans: list[PiiSpan] = []
    at = text.find("@")
    while at != -1:
        start = _local_start(text, at)
        domain = _DOMAIN.match(text, at + 1) if start < at else None
        if domain is not None:
            spans.append(PiiSpan(start, domain.end(), EMAIL, SOURCE_BUILTIN))
            at = text.find("@", domain.end())
        else:
            at = text.find("@", at + 1)
    return spans


def _label_bounds(domain: str) -> list[tuple[int, int]]:
    """Where each label of a disguised domain starts and ends (its dots may be words)."""
    bounds: list[tuple[int, int]] = []
    position = 0
    for separator in _DOT_SPLIT.finditer(domain):
        bounds.append((position, separator.start()))
        position = separator.end()
    bounds.append((position, len(domain)))
    return bounds


def _domain_end(text: str, start: int, bare: bool) -> tuple[int, str] | None:
    """``(end, first label)`` of the longest domain from ``start`` that ends with a top-level domain."""
    match = _DISGUISED_DOMAIN.match(text, start)
    if match is None:
        return None
    domain = match.group()
    bounds = _label_bounds(domain)
    for label_start, label_end in reversed(bounds[1:]):
        tld, end = domain[label_start:label_end], start + label_end
        if end < len(text) and (text[end].isalnum() or text[end] in "_-"):
            continue
        if not tld.isalpha() or not (len(tld) == 2 or tld.lower() in _GENERIC_TLDS):
            continue
        if bare and not (tld.islower() or domain[:label_end].isupper()):
            continue  # "at lunch.It was": a sentence, not "lunch.it"
        return end, domain[: bounds[0][1]].lower()
    return None


def _disguised_local_start(text: str, marker_start: int, url: bool, bare: bool) -> int:
    """Where the local part before a disguised ``@`` begins (``marker_start`` when there is none)."""
    start = _local_start(text, marker_start, _URL_LOCAL if url else _LOCAL_SPECIALS)
    if start == marker_start or url:
        return start
    words = (_LOCAL_WORDS if bare else _LOCAL_WORDS_SPACED).search(text, max(0, start - _MAX_LOCAL), start)
    return words.start() if words is not None else start


def _disguised(text: str, taken: list[PiiSpan]) -> list[PiiSpan]:
    """Spans of the disguised addresses, outside the ``taken`` ones."""
    spans: list[PiiSpan] = []
    lowered = text.lower()
    if not any(hint in lowered for hint in _AT_HINTS):
        return spans
    for marker in _AT.finditer(text):
        before, after = marker.start(), marker.end()
        if any(s.start <= before < s.end for s in (*taken, *spans)):
            continue
        url = marker.group() == "%40"
        while not url and before > 0 and text[before - 1] in " \t":
            before -= 1
        while not url and after < len(text) and text[after] in " \t":
            after += 1
        word = marker.group("word") is not None
        bare = word or marker.group("bare") is not None
        start = _disguised_local_start(text, before, url, bare)
        domain = _domain_end(text, after, bare) if start < before else None
        if domain is None:
            continue
        end, provider = domain
        if bare and not _bare_at_address(text[start:before], provider, text[after:end], word, _cued(text, start)):
            continue
        spans.append(PiiSpan(start, end, EMAIL, SOURCE_BUILTIN))
    return spans


def _bare_at_address(local: str, provider: str, domain: str, ordinary_word: bool, cued: bool = False) -> bool:
    """Whether an unbracketed word for "at" joins an address, not two words of a sentence.

    The English ``at``: before a mail provider, or after a local part that is not one plain word. A word that is
    "and" or "at" in a market language (``et``, ``eta``, ``ag``, ``hjá``): before a domain whose dots are words
    (``ivan77 et kovac točka hr``), or before a mail provider after a local part that is no frequent word
    (``jan77 et gmail.com``; ``orange et free.fr`` stays). Either way, when the domain's dots are words, after a
    local part that is no frequent word of any market language (``jdoakes at crowther dot com``; ``it at amazon
    dot com`` stays a sentence), or after any local part that words asking to be written to or reached introduce
    (``cued``: ``reach me on trees at conway dot info``).
    """
    spelled = _SPELLED_DOT.search(domain) is not None
    plain_word = local.isalpha() and fold(local) in FREQUENT_WORDS
    if ordinary_word and not spelled:
        return provider in _PROVIDERS and not plain_word  # "jan77 et gmail.com"; "orange et free.fr" stays
    if provider in _PROVIDERS or not local.isalpha():
        return True
    return spelled and (not plain_word or cued)


#: The beginnings of words that announce an address to write to, in every market language (folded): e-mail and
#: mail words, "reach", "contact" and "write" verbs (``reach me on``, ``escreva para``, ``napisz na``).
_ADDRESS_CUES: Final = tuple(
    fold(
        "mail email e-mail correo courriel posta poczta sähköposti meil netfang ríomhphost имейл поща ηλεκτρονικ "
        "reach contact kontakt contatt write écri escrev escrib scriv schreib napisz napiš napis írj scrie пиш "
        "γράψ kirjoit kirjut rakst parašyk skriv skrif scríobh ikteb"
    ).split()
)
_CUE_WINDOW: Final = 32
_CUE_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _cued(text: str, start: int) -> bool:
    """Whether a word announcing an address to write to stands a few words before ``start`` (``reach me on``,
    ``my email is``), in the same clause (``contact us, we shop at amazon dot com`` stays a sentence)."""
    words = list(_CUE_WORD.finditer(text, max(0, start - _CUE_WINDOW), start))
    for index in range(len(words) - 1, max(-1, len(words) - 2 - _MAX_CUE_GAP), -1):
        if _CLAUSE_BREAK.search(text, words[index].end(), start) is not None:
            return False
        if fold(words[index].group()).startswith(_ADDRESS_CUES):
            return True
    return False


_MAX_CUE_GAP: Final = 3
_CLAUSE_BREAK: Final = re.compile(r"[,;.!?()\n]")


def detect(text: str) -> list[PiiSpan]:
    """Spans of the e-mail addresses in ``text``, plain and disguised."""
    spans = _plain(text)
    return [*spans, *_disguised(text, spans)]
