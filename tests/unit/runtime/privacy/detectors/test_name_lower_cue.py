"""Given names typed in lower case where a person stands: after a person's preposition or verb, after "who is",
after a Greek article, opening a sentence before a verb of saying. The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_lower_cue import cued_names
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.types import NAME


def cued(text: str) -> list[str]:
    return [text[start:end] for start, end in cued_names(Words(text))]


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("could you text rosalind that the rent is paid", "rosalind"),  # a verb whose object is a person
        ("i sent 20 euro to philippa for the tickets", "philippa"),  # a preposition, a name no frequent word
        ("jeg har overført 300 kr til gunhild i går", "gunhild"),
        ("cum trimit bani la florentina in spania", "florentina"),
        ("hun hedder ragnhild og bor ved siden af", "ragnhild"),  # "called": a frequent name too
        ("wer ist eigentlich ottokar wendtland, der schreibt", "ottokar wendtland"),  # "who is" and a pair
        ("kas ir vilnis krastiņš? viņš raksta", "vilnis krastiņš"),
        ("χθες μίλησα με την κατερίνα για το δάνειο", "κατερίνα"),  # a Greek article
        ("αύριο γιορτάζει η σταματία, γράψε μου", "σταματία"),
        ("ebba säger att kortet är spärrat", "ebba"),  # a sentence's subject before "says"
        ("a clodagh, cá bhfuil an cárta nua?", "clodagh"),  # the Irish vocative particle
        ("przelałam pieniądze dla zbigniew kołodziejczyk wczoraj", "zbigniew kołodziejczyk"),  # with a surname
    ],
)
def test_a_name_where_a_person_stands(text: str, expected: str) -> None:
    assert cued(text) == [expected]
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "i sent the money to victoria station",  # a place's name (not a given name alone)
        "is there a branch in rome with rose gold cards",  # after "with": a frequent word, and a colour
        "what time does the ferry leave for douglas",  # a town named like a person
        "blir det sol i tromsø til helga?",  # "for the weekend": a frequent word after a preposition
        "recibo de la luz del mes pasado",  # light, after an article
        "bancomatul de pe mihai eminescu nu merge",  # a street named for a person after "on"
        "η μιχαήλ κυρίου έγινε πεζόδρομος",  # a feminine article before a man's name: the street
        "πόσο κοστίζει η χρυσή κάρτα;",  # golden, not Chrysi
        "who is the cheapest bank for students?",
        "Can you text Rosalind that the rent is paid",  # capitals given: a name without one is a word
        "vesna je prišla zgodaj letos",  # spring, not a subject before a verb of saying
    ],
)
def test_ordinary_words_stay(text: str) -> None:
    assert cued(text) == []
