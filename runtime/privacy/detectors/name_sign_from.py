"""Names signed after a closing or a wish and a word for "from" (pure): ``Beste helsing frå Mathias på garden 🐑``,
``Schéine Gruss vum Metin Kroker a senger Fra``, ``Glædelig jul og godt nytår fra Cirkeline Klausen og familien
i nr. 7``, ``Liebe Grüße von Anna und den Kindern``.

A card or a chat message ends with greetings from its writer: a closing or a wish, "from", the name, then at most
the writer's family or the others (``and his wife``, ``og familien``, ``és gyermekei``) and where they live (``på
garden``, ``i nr. 7``, ``iš 12 buto``). The name is one to three capitalized words: a listed given name first (no
town's name: ``Grüße aus Wien``), or two words or more that ``name_sign_words.capitalized_name`` takes (``Metin
Kroker``), whose first is no town's.
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.name_sign_words import (
    MAX_NAME_WORDS,
    capitalized_name,
    ends_with_cue,
    one_case,
    one_case_name,
)
from runtime.privacy.detectors.name_text import WORD
from runtime.privacy.detectors.name_words import GIVEN_NAMES, NOT_NAMES, word_set
from runtime.privacy.detectors.town_names import ONE_WORD_TOWNS
from runtime.privacy.normalize import fold


def _folded(words: str) -> frozenset[str]:
    """The whitespace-separated ``words``, folded."""
    return frozenset(fold(word) for word in word_set(words))


#: "From" before the writer's name, in every language of the zone (folded).
FROM_WORDS: Final = _folded("""
from fra fraa frå från frá von vom vum vun van uit de da do du des dos das del della dalla dal di desde
z ze zo od iš is no από απ от ot ó ón minn mill din dela iz
""")
#: The writer's family or the others, after "and" (``og familien``, ``a senger Fra``, ``és gyermekei``,
#: ``un pārējie``), folded.
KIN_WORDS: Final = _folded("""
family familie familien famille familia familia famiglia gezin familj familjen familjer fjolskyldan fjölskylda
fjolskyldunni fjolskyldu perhe perheen perheineen pere perekond ģimene ģimenes šeima seima rodzina rodzinka
rodina rodinou obitelj
družina družino familja teaghlach οικογένεια οικογενεια семейство семейството csalad családja csaladja családom
kids children kinder kindern kinners børn børnene barn barna barnen borna lapset lasta vaikai bērni berni
dzieci děti deti djeca djecom otroci gyerekek gyermekei gyermekeivel copiii copii деца децата παιδιά paidia
páistí paisti tfal
wife husband frau mann fra mann kone mies fru kona konu sieva vyras žmona zmona żona mąż žena muž manžel manželka
muž soție sotie soț sot съпруга съпруг γυναίκα σύζυγος bean fear mara raġel ragel
others rest anderen andere autres demás demas altri anderen resten övriga ovriga muut teised pārējie parejie
kiti pozostali ostatní ostatni ostali drugi ostalimi mások masok ceilalți ceilalti останалите υπόλοιποι
hinir hin
senger sengem senge hans hennes hendes sin sina his her seiner seinen ihrer ihren
""")
#: Words that join the name to the family (``og``, ``und``, ``a``, ``és``, ``&``).
_AND: Final = _folded("and und og och en et e y i a ja és es un ir și si и και kai agus u in ar")
#: Where the writer lives after their name (``på garden``, ``i nr. 7``, ``iš 12 buto``, ``aus der 3b``).
_AT: Final = _folded("på pa i in im aus from fra frå från iš is z ze u à a au en no on ó at von vum vun vom")
_MAX_TAIL_WORDS: Final = 4
#: How many characters at the end of the line may hold the greetings and the name.
_TAIL: Final = 120
#: The longest last line read for a note signed with the writer's flat.
_MAX_NOTE_LINE: Final = 60
_TOKEN: Final = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*|&")


def _name_end(text: str, tokens: list[re.Match[str]], first: int, stop: int) -> int:
    """End (a token index) of the capitalized name from token ``first`` that the writer's family, home or the
    text's end follows, or ``first`` when none is there."""
    end = first
    lower = one_case(text)  # no capital marks the name: the lists' names only
    while end < len(tokens) and end - first < MAX_NAME_WORDS and (lower or tokens[end].group()[:1].isupper()):
        if fold(tokens[end].group()) in _AND and end > first:
            break
        end += 1
    while end > first:
        words = [token.group() for token in tokens[first:end]]
        tail = _tail(text, tokens, end, stop)
        if tail is not None and all(WORD.fullmatch(word) for word in words) and _writer(words, tail == "kin", lower):
            return end
        end -= 1
    return first


def _writer(words: list[str], kin: bool, lower: bool = False) -> bool:
    """Whether ``words`` may be the writer's name after "from" (see the module); ``kin``: the writer's family
    follows them, and one word the lists lack may be the name too (``Abraço de Crispim e família``); ``lower``:
    the message is typed in one letter case (``name_sign_words.one_case_name``)."""
    key = fold(words[0])
    if key in ONE_WORD_TOWNS and key not in GIVEN_NAMES:
        return False
    if lower:
        return one_case_name(words, closed=False)
    if len(words) == 1 and not kin:
        return key in GIVEN_NAMES and key not in NOT_NAMES and capitalized_name(words)
    return capitalized_name(words)


def _tail(text: str, tokens: list[re.Match[str]], end: int, stop: int) -> str | None:
    """What follows the name up to ``stop``: ``"kin"`` (the writer's family), ``"home"`` (where they live),
    ``"end"`` (marks at most), or None (more of a sentence)."""
    rest = [token for token in tokens[end:] if token.start() < stop]
    if not rest:
        return None if any(char.isalnum() for char in text[tokens[end - 1].end() : stop]) else "end"
    if len(rest) > 2 * _MAX_TAIL_WORDS:
        return None
    keys = [fold(token.group()) for token in rest]
    if keys[0] in _AND:
        return "kin" if any(key in KIN_WORDS for key in keys[1 : 1 + _MAX_TAIL_WORDS]) else None
    return "home" if keys[0] in _AT and len(keys) <= _MAX_TAIL_WORDS else None


def from_names(text: str, start: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
    """The spans of the names signed after a closing or a wish and "from" in ``text[start:stop]`` (see the
    module): the last line's, or the quotation's."""
    stop = len(text) if stop is None else stop
    line_start = text.rfind("\n", start, stop) + 1 or start
    begin = max(start, line_start)
    if stop - begin > _TAIL:  # the line's last characters only
        space = text.find(" ", stop - _TAIL, stop)
        begin = space + 1 if space != -1 else stop - _TAIL
    tokens = list(_TOKEN.finditer(text, begin, stop))
    keys = [fold(token.group()) for token in tokens]
    for index in range(1, len(tokens) - 1):
        if keys[index] not in FROM_WORDS or not ends_with_cue(keys[:index]):
            continue
        first = index + 2 if keys[index] == "de" and keys[index + 1] == "la" else index + 1  # ``de la Aurelia``
        end = _name_end(text, tokens, first, stop)
        if end > first:
            return [(tokens[first].start(), tokens[end - 1].end())]
    return []


def home_names(text: str) -> list[tuple[int, int]]:
    """The name that opens the message's last line before where the writer lives, a number in it (a note to the
    neighbours: ``Rugilė iš 12 buto``, ``Anna aus Wohnung 4``, ``Kari fra 3. etasje``): a listed given name first
    (no town's name), then at most two more name words."""
    body = text.rstrip()
    line_start = body.rfind("\n") + 1
    if len(body) - line_start > _MAX_NOTE_LINE:
        return []
    tokens = list(_TOKEN.finditer(body, line_start))
    keys = [fold(token.group()) for token in tokens]
    for at in range(1, min(MAX_NAME_WORDS, len(tokens) - 1) + 1):
        if keys[at] not in _AT:
            continue
        rest = tokens[at + 1 :]
        if (
            not rest
            or len(rest) > _MAX_TAIL_WORDS - 1
            or not any(char.isdigit() for token in rest for char in token.group())
        ):
            return []
        words = [token.group() for token in tokens[:at]]
        first = keys[0]
        if first not in GIVEN_NAMES or first in NOT_NAMES or first in ONE_WORD_TOWNS or not capitalized_name(words):
            return []
        if any(char.isalnum() for char in body[line_start : tokens[0].start()]):
            return []
        return [(tokens[0].start(), tokens[at - 1].end())]
    return []
