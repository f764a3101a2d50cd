"""Names signed on a line of their own or after a signature's mark (pure):

- alone on the line under a short line of thanks, a wish or a closing that ends with a break (``!``, ``.``, ``,``,
  an emoji): ``Takk takk, heyrumst!`` / ``Kara``, ``mil gracias guapa!!`` / ``Emiliano 😘``, ``Gero vakaro!`` /
  ``Lėja``, two signers joined (``Θεμιστοκλής & Ζαφείρης``);
- after a signature's mark (``—``, ``-``, ``/``, ``~``) that opens the last line or follows a sentence's end on it:
  ``— Mohammed``, ``-Levente``, ``... au 01 55 99 96 11. — Julie LECOMTE``;
- after the signer's role: on the line under a closing (``Atentamente,`` / ``El administrador`` / ``Venceslás
  Avilés``), or with a comma at the last line's end (``... της πράξης. Ο αιτών, Ισαάκ Τσέγας``).

The name line is the message's last, or only contact lines (a phone, an e-mail), a remark in brackets or a mail
app's ``Sent from my iPhone`` line follow it; an emoji, a smiley, a kiss (``x``) or a ``!`` may end it. Its words
are a name as ``name_sign_words.signed_words`` reads one where a signature stands (a given name that is a word
too counts there: ``Kara``; a surname in capitals after a given name: ``Julie LECOMTE``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from runtime.privacy.detectors.name_sign_titles import after_titles
from runtime.privacy.detectors.name_sign_words import holds_cue, one_case, opens_with_cue, sent_from, signed_words
from runtime.privacy.detectors.name_text import WORD
from runtime.privacy.detectors.name_words import FAMILY_NAMES, GIVEN_NAMES
from runtime.privacy.normalize import fold

#: The most words of the line of thanks or wishes above a name alone.
_MAX_CUE_WORDS: Final = 10
#: How many lines (contacts, a remark, a mail app's line) may follow the name line.
_MAX_AFTER: Final = 3
_CONTACT_DIGITS: Final = 6
_MARKS: Final = "—–-~/"
#: Words that join two signers (``Anna & Tom``, ``Mia og Jens``, ``Θεμιστοκλής και Ζαφείρης``).
_JOINS: Final = frozenset(
    fold(word) for word in ("&", "+", "and", "und", "og", "och", "en", "et", "e", "y", "i", "a", "ja", "és", "un",
                            "ir", "și", "и", "και", "agus", "u", "in", "ar")
)  # fmt: skip
#: A name line: an optional mark, the words, then marks, emoji and smileys to its end.
_NAME_LINE: Final = re.compile(
    r"[ \t]*(?P<mark>[—–~/-]+)?[ \t]*(?P<words>[^\W\d_][^\n]*?)(?:[ \t]+(?:xoxo|xo|x{1,4}))?(?P<trail>[^\w\n]*)$"
)


def _symbolic(text: str) -> bool:
    """Whether ``text`` holds an emoji or another symbol (``😘``, ``🕊️``, ``:)``)."""
    return any(unicodedata.category(char).startswith("S") for char in text) or ":)" in text


def _broken(line: str) -> bool:
    """Whether ``line`` ends with a break: ``!``, ``.``, ``,``, ``…``, an emoji or a smiley."""
    stripped = line.rstrip(" \t\r\ufe0f")
    return stripped[-1:] in "!.,…;" or _symbolic(stripped[-3:])


def _cue_line(line: str) -> bool:
    """Whether ``line`` is a short line of thanks, wishes or a closing that ends with a break, or a closing
    alone."""
    keys = WORD.findall(fold(line))
    if not 0 < len(keys) <= _MAX_CUE_WORDS:
        return False
    return (_broken(line) and holds_cue(keys)) or opens_with_cue(keys) == len(keys)  # ``Mvh``: a closing alone


#: Articles and possessives that open the line of the signer's role (``El administrador``, ``Ihr Vermieter``).
_ROLE_OPENERS: Final = frozenset(
    fold(word)
    for word in (
        "el", "la", "los", "las", "the", "your", "le", "les", "il", "lo", "gli", "der", "die", "das", "ihr", "ihre",
        "euer", "eure", "o", "a", "os", "as", "ο", "η", "οι", "het", "uw", "jullie", "votre", "vos", "su", "sus",
        "seu", "sua", "vostro", "vostra", "vaš", "vaša", "váš", "vaše", "twój", "twoja", "wasz", "wasza", "jūsų",
        "jūsu", "teie", "ön", "az", "an",
    )
)  # fmt: skip
_MAX_ROLE_WORDS: Final = 4


def role_line(line: str) -> bool:
    """Whether ``line`` names the signer's role under a closing, not the signer: an article or a possessive, then a
    few words in lower case (``El administrador``, ``Ο αιτών``), or capitalized nouns that are no listed name after
    a German, Dutch or English one (``Ihr Vermieter``; not ``La Rosa``, ``Ó Dorchaigh``)."""
    words = line.strip().rstrip(",").split()
    if not 2 <= len(words) <= _MAX_ROLE_WORDS or fold(words[0]) not in _ROLE_OPENERS:
        return False
    nouns = fold(words[0]) in _NOUN_OPENERS
    return all(word.isalpha() and (word.islower() or (nouns and _noun(fold(word)))) for word in words[1:])


#: Openers of a role line in languages that capitalize its nouns (``Ihr Vermieter``, ``The Management``).
_NOUN_OPENERS: Final = frozenset({"der", "die", "das", "ihr", "ihre", "euer", "eure", "the", "your", "het", "uw"})


def _noun(key: str) -> bool:
    """A capitalized word that is no listed name (``Vermieter``, ``Hausverwaltung``)."""
    return key not in GIVEN_NAMES and key not in FAMILY_NAMES


def _closing_tail(line: str) -> bool:
    """Whether ``line`` may follow a signed name: a contact (an e-mail, a phone), a remark in brackets, a mail
    app's line."""
    stripped = line.strip()
    return (
        "@" in stripped
        or sum(char.isdigit() for char in stripped) >= _CONTACT_DIGITS
        or stripped.startswith("(")
        or sent_from(stripped)
    )


def _names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the one or two names (joined by ``&``, ``og``, ``και``...) of ``text[start:end]``, or none
    when a part is no name."""
    matches = [match for match in re.finditer(r"\S+", text[start:end])]
    parts: list[list[re.Match[str]]] = [[]]
    for match in matches:
        if fold(match.group()) in _JOINS and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(match)
    lower = one_case(text)
    if len(parts) > 2 or not all(parts) or not all(_signed(part, lower) for part in parts):
        return []
    return [(start + part[0].start(), start + part[-1].end()) for part in parts]


#: A remark in brackets that ends a name line (``Ola Brekke (nabo)``).
_REMARK: Final = re.compile(r"[ \t]+\([^()\n]{1,40}\)[ \t\r]*$")
#: An initial after a signed name (``Lucía G.``).
_INITIAL: Final = re.compile(r"[^\W\d_]\.")


def _signed(part: list[re.Match[str]], lower: bool) -> bool:
    """Whether the words of ``part`` are a signed name, an initial after it allowed (``Lucía G.``)."""
    words = [match.group() for match in part]
    if len(words) > 1 and _INITIAL.fullmatch(words[-1]):
        words.pop()
    return signed_words(words, lower)


def _line_names(text: str, start: int, line: str, marked: bool) -> list[tuple[int, int]]:
    """The names of a name line at ``start`` (``marked``: a signature's mark must open it), a remark in brackets
    after them allowed (``Ola Brekke (nabo)``)."""
    remark = _REMARK.search(line)
    match = _NAME_LINE.match(line[: remark.start()] if remark is not None else line)
    if match is None or (marked and not match.group("mark")):
        return []
    trail = match.group("trail").strip()
    if trail and not (_symbolic(trail) or set(trail) <= set("!.")):
        return []
    first, end = start + match.start("words"), start + match.end("words")
    if trail.startswith(".") and _INITIAL.fullmatch(text[end - 1 : end + 1]) and text[end - 2 : end - 1] == " ":
        end += 1  # ``Lucía G.``: the initial's full stop
    return _names(text, after_titles(text, first, end), end)


def _inline_mark(text: str, start: int, line: str) -> list[tuple[int, int]]:
    """The name after a signature's mark that follows a sentence's end on the last line (``... 11. — Julie
    LECOMTE``, ``Vi ses på måndag! /Per``)."""
    for at in range(len(line) - 2, 0, -1):
        if line[at] in _MARKS and line[at - 1] == " ":
            before = line[:at].rstrip()
            if before[-1:] in ".!?…)" or _symbolic(before[-2:]):
                return _line_names(text, start + at, line[at:], marked=True)
            return []
    return []


_SENTENCE_BREAKS: Final = (". ", "! ", "? ", ": ", "; ")


def _inline_role(text: str, start: int, line: str) -> list[tuple[int, int]]:
    """The name after the signer's role and a comma that end the last line (``... της πράξης. Ο αιτών, Ισαάκ
    Τσέγας``, ``Ihr Vermieter, Gottfried Brandl``): two words at least, or a listed given name."""
    comma = line.rfind(", ")
    if comma < 0:
        return []
    head = line[:comma]
    role = head[max(head.rfind(mark) + len(mark) if mark in head else 0 for mark in _SENTENCE_BREAKS) :]
    if not role_line(role):
        return []
    found = _line_names(text, start + comma + 2, line[comma + 2 :], marked=False)
    if len(found) != 1:
        return []
    name = text[found[0][0] : found[0][1]]
    return found if " " in name or fold(name) in GIVEN_NAMES else []


def alone_names(text: str) -> list[tuple[int, int]]:
    """The spans of names signed on a line of their own or after a signature's mark (see the module)."""
    lines: list[tuple[int, str]] = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((position, line))
        position += len(line) + 1
    last = len(lines) - 1
    while last > 0 and len(lines) - last <= _MAX_AFTER and _closing_tail(lines[last][1]):
        last -= 1
    if last < 0:
        return []
    start, line = lines[last]
    previous = lines[last - 1][1] if last > 0 else ""
    if last > 0 and line.lstrip()[:1] in _MARKS and previous.lstrip()[:1] not in _MARKS:
        found = _line_names(text, start, line, marked=True)  # ``— Mohammed``, ``-Levente``
        if found:
            return found
    role = last > 1 and role_line(previous) and _cue_line(lines[last - 2][1])  # ``El administrador``
    if last > 0 and (_cue_line(previous) or role):
        found = _line_names(text, start, line, marked=False)  # ``Gero vakaro!`` / ``Lėja``
        if found:
            return found
    return _inline_mark(text, start, line) or _inline_role(text, start, line)
