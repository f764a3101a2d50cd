"""Names in lower case after the words that ask or let someone call, that say who called, and that name whom an
account is in, in every language of the zone; a relative pronoun ends such a name. The messages are this file's
own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("niech bartosz do mnie oddzwoni", "bartosz"),  # pl: let
        ("tegul rimantas man parašo", "rimantas"),  # lt
        ("нека благовест ми пише", "благовест"),  # bg
        ("bed karoline om at ringe til mig", "karoline"),  # da: ask
        ("be torstein ringje meg i morgon", "torstein"),  # nn: a call's verb after the name
        ("għidu lil kurt, għandu l-karti", "kurt"),  # mt: tell
        ("tá an cuntas in ainm sorcha", "sorcha"),  # ga: in the name of
        ("podem ligar ao rodrigo? ele sabe a senha", "rodrigo"),  # pt
        ("c'est maxime qui gère le compte", "maxime"),  # fr: a relative pronoun after the name
        ("eile helistas tiina ja küsis laenu kohta", "tiina"),  # et: called
        ("contul este pe numele sorin", "sorin"),  # ro: in the name of
        ("leping on sõlmitud nimele tiina", "tiina"),  # et
    ],
)
def test_a_lower_case_name_after_an_ask_a_call_or_a_name_phrase_is_found(text: str, expected: str) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "janvārī procentu likme bija zemāka nekā martā",  # lv: ``nekā`` (than) is no ``let``
        "paid for a coffee at george best airport twice",  # en: ``at`` is no ``let``
        "niech to będzie szybko",  # pl: let, then no name
        "c'est bien qui compte",  # fr
    ],
)
def test_ordinary_words_after_those_phrases_hold_no_name(text: str) -> None:
    assert found(text) == []
