"""Names right after a thanks or a greeting that opens a sentence, closed by a mark, in lower case too; and the
thanks and greetings that hold no name. The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dzieki melania! wysle skany jutro", "melania"),  # pl, a thanks then the name and a mark
        ("kiitos raija, laitan paperit huomenna", "raija"),  # fi
        ("paldies daina! pasi atsutisu rit", "daina"),  # lv
        ("köszi zsuzsanna! holnap küldöm", "zsuzsanna"),  # hu
        ("tack theodor! skickar legitimationen", "theodor"),  # sv
        ("hej asta, er betalingen kommet", "asta"),  # da: a greeting; a common word in Romanian only
        ("takk hilde! sender papirene i morgen", "hilde"),  # nb
        ("ευχαριστω ερμιονη! θα στειλω την ταυτοτητα", "ερμιονη"),  # el: a name the lists lack, after a thanks
        ("top dank je lisa, mijn nieuwe nummer volgt", "lisa"),  # nl: an interjection before the thanks
        ("Kiitos Marjukka! Laitan paperit huomenna.", "Marjukka"),  # capitalized, a name the lists lack
        ("mersi izabela! trimit buletinul maine", "izabela"),  # ro
    ],
)
def test_a_name_after_a_thanks_or_greeting(text: str, expected: str) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "dzieki serdeczne! wysle skany jutro",  # pl: heartfelt thanks
        "diky mockrat! poslu to zitra",  # cs: thanks a lot, typed without accents
        "aitah veelkord! saadan homme",  # et: thanks again
        "go raibh maith agat aris! seolfaidh me e",  # ga: thanks again
        "takk kaerlega! sendi thad a morgun",  # is: thank you kindly
        "tack igen! skickar i morgon",  # sv
        "hej alle, har filialen åbent på lørdag",  # da: hi all
        "dobrý den, platba nedorazila",  # cs: a greeting, a comma, then the message
        "kiitos paljon! laitan paperit huomenna",  # fi
        "thanks guys, see you tomorrow",  # en
        "merci villmools! ech schécken et muer",  # lb
    ],
)
def test_thanks_and_greetings_without_a_name(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("arve on diana luik nimel, aga maksan mina", "diana luik"),  # et: in Diana Luik's name
        ("a számla papp kinga nevén van, de én fizetem", "papp kinga"),  # hu: family name first, not ``számla``
        ("abonnementet står i henrik lauritsens navn", "henrik lauritsens"),  # da: the genitive before ``navn``
        ("avtalet står på stina karlssons namn", "stina karlssons"),  # sv
        ("Leping on Marina Müür nimel ja makse läks kaks korda", "Marina Müür"),  # et, capitalized
    ],
)
def test_a_name_before_the_word_for_in_the_name_of(text: str, expected: str) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["kontoen står i mit eget navn", "avtalet står på hans namn", "i hendes navn", "leping on minu nimel"],
)
def test_possessives_before_the_word_for_name(text: str) -> None:
    assert found(text) == []
