"""Bulgarian given names in the vocative (``Иване``, ``Николино``) after a greeting or a thanks; words that end
so stay words. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Здравей, Николино, как си?", ["Николино"]),
        ("Благодаря ти, Стефане, за помощта.", ["Стефане"]),
    ],
)
def test_a_bulgarian_vocative_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["Добре, утре ще дойда в клона.", "Мило ми е, че помогнахте."])
def test_words_in_e_and_o_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zvonimire, javi se čim stigneš kući.", ["Zvonimire"]),  # hr: -e of a masculine name
        ("Blanko, pošalji mi račun.", ["Blanko"]),  # hr: -o of a feminine name
        ("Bożeno, oddzwoń do mnie.", ["Bożeno"]),  # pl: -o of a feminine name
        ("Vasile, sună-mă diseară!", ["Vasile"]),  # ro: a given name that is its own vocative
        ("Florine, sună-mă diseară.", ["Florine"]),  # ro: -e of a masculine name
        ("Любомире, пиши ми утре.", ["Любомире"]),  # bg
        ("Νίκο, πάρε με τηλέφωνο.", ["Νίκο"]),  # el: -ο of a name in -ος
        ("A Shinéad, cuir glao orm.", ["Shinéad"]),  # ga: the particle, then the lenited name
        ("Good news. Bernadette, the card arrived!", ["Bernadette"]),  # a sentence's first word
        ("ZVONIMIRE, JAVI SE ČIM STIGNEŠ", ["ZVONIMIRE"]),  # hr: in a message all in capitals
        ("zvonimire, javi se čim stigneš", ["zvonimire"]),  # hr: typed all in lower case
    ],
)
def test_a_vocative_opening_a_sentence_with_a_comma_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Claro, te lo mando mañana.",  # es: a frequent word whose -o is no vocative of Clara
        "Dobro, vidimo se sutra.",  # hr: good
        "Příjemce: Albert, 450 Kč.",  # cs: a label's value, a shop
        "Zvonimire javi se čim stigneš.",  # no comma: a vocative is set apart
        "Dzemdības paredzētas 2027. gada 14. jūlijā, kā pieteikt?",  # lv: a month's case after a date's dot
        "CLARO, TE LO MANDO MAÑANA",  # es: in capitals too
        "madam, your app is broken",  # en: a title; in lower case no case ending is undone (no case of Mads)
    ],
)
def test_a_word_opening_a_sentence_with_a_comma_stays_a_word(text: str) -> None:
    assert found(text) == []
