"""Speakers of a pasted chat (pure): ``Paula: moi voitko lainata 200e?``, ``12-03 14:02 - Suze: mijn
rekeningnummer is …``, ``[12.03.25, 14:02] Jonas Berg: ok``.

A chat copied from WhatsApp, Messenger, Viber or a group app writes each message as its sender's name, a colon
and the message, a time before them or not. A line is a chat line when one to three capitalized words, a colon
and a message in lower case make it (a form's field holds a value, mostly capitalized or a number: ``Name: Ana``,
``Telefon: 0151…``). Its sender is a name after a time, or when its first word is a known given name that is no
common word, or, in a message that names a chat app (``Úr Messenger:``), when its words are no frequent words (not
a label: ``Nota:``, ``Betreff:``).
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.name_words import COMMON_WORDS, FREQUENT_WORDS, GIVEN_NAMES, NOT_NAMES, word_set
from runtime.privacy.normalize import fold

_TIME: Final = r"(?:\[?[\d./\-]{3,10},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]?(?:[ \t]*[-–][ \t]*|[ \t]+))"
_SPEAKER_WORD: Final = r"[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)?"
_SPEAKER: Final = rf"{_SPEAKER_WORD}(?:[ \t]{_SPEAKER_WORD}){{0,2}}"
_CHAT_LINE: Final = re.compile(
    rf"^[ \t]*(?P<time>{_TIME})?(?P<speaker>{_SPEAKER}):[ \t]+",
    re.MULTILINE,
)
#: Chat apps a pasted chat is copied from (folded).
_APPS: Final = frozenset(
    fold(word) for word in word_set("whatsapp whatsappista messenger viber signal telegram imessage sms teams slack")
)
_APP_WORD: Final = re.compile(r"[^\W\d_]+")


def chat_speakers(text: str) -> list[tuple[int, int]]:
    """The senders' names of a pasted chat's lines (see the module)."""
    if ": " not in text or "\n" not in text:
        return []
    found: list[tuple[int, int]] = []
    app = any(fold(word) in _APPS for word in _APP_WORD.findall(text))
    for match in _CHAT_LINE.finditer(text):
        if match.end() >= len(text) or not text[match.end()].islower():
            continue  # a field's value: capitalized, a number (``Name: Ana``, ``Telefon: 0151…``)
        speaker = match.group("speaker")
        words = speaker.split()
        if not all(word[0].isupper() and not word.isupper() for word in words):
            continue  # (``SMS:``, a label in capitals)
        first = fold(words[0])
        known = first in GIVEN_NAMES and first not in COMMON_WORDS and first not in NOT_NAMES
        rare = not any(fold(word) in FREQUENT_WORDS for word in words)  # (not a label: ``Nota:``, ``Betreff:``)
        if known or match.group("time") or (rare and app):
            found.append(match.span("speaker"))
    return found
