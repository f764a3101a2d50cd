"""A message that mixes a marked language with one Comprehend reads: unsure, so it makes every candidate's calls.

The second stage (`runtime.privacy.language_id_evidence`) names Maltese, Irish, Estonian or Luxembourgish from
two or three marked words, whatever the rest of the message says. People in Malta and Ireland often switch to
English inside a message (``Hi, nixtieq inbiddel il-PIN tal-card, my name is John Smith...``): named Maltese and
trusted, it would make no Comprehend call, and the English part would be read by the built-in detectors alone.
So when the guess is a marked language, the identifier reads the rest of the message (the words bearing no mark,
names left out) with the model again: when at least `MIN_WORDS` such words read as languages Comprehend reads,
with `MIN_SHARE` of the probability or more, the guess is `mixed` (`runtime.privacy.language_id.LanguageGuess`).
Its scores, and so the language it names, are unchanged; it is not trusted (`runtime.privacy.comprehend_plan`),
so the message makes the calls of every configured language and of the most probable one: more calls, never
fewer.
"""

from __future__ import annotations

from collections.abc import Sequence

from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES

__all__ = ["MIN_SHARE", "MIN_WORDS", "reads_comprehend"]

#: How many unmarked words it takes to call a message mixed...
MIN_WORDS = 4
#: ...and how much of their probability the languages Comprehend reads must hold.
MIN_SHARE = 0.6

Scores = Sequence[tuple[str, float]]


def reads_comprehend(rest: Scores) -> bool:
    """Whether the model reads the unmarked words (`rest`'s scores) as languages Comprehend reads."""
    return sum(score for language, score in rest if language in ENTITY_LANGUAGES) >= MIN_SHARE
