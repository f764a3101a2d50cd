"""Names signed at the end of a message in lower case or in capitals, in every language of the zone, and the
ordinary endings left alone. The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_signoff import signed_name, signoff
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("obrigada pela ajuda\njoana", "joana"),  # pt: a last line of its own
        ("vielen dank\nthomas müller", "thomas müller"),  # de
        ("merci beaucoup, sophie", "sophie"),  # fr: thanks, a comma, the name
        ("grazie mille\nfrancesca", "francesca"),  # it
        ("met vriendelijke groet,\npieter", "pieter"),  # nl: after a closing's line
        ("köszönöm, gergely", "gergely"),  # hu
        ("ďakujem, zuzana", "zuzana"),  # sk
        ("mulțumesc, andreea", "andreea"),  # ro
        ("paldies, jānis", "jānis"),  # lv
        ("ačiū, rasa", "rasa"),  # lt
        ("takk, ingrid", "ingrid"),  # nb: a given name that is a frequent word too
        ("tak for hjælpen, jytte", "jytte"),  # da: a longer thanks before the comma
        ("hvala lepa, branka", "branka"),  # sl
        ("grazzi, joseph", "joseph"),  # mt
        ("best regards, jonathan", "jonathan"),  # en
        ("cheers, georgia mitchell", "georgia mitchell"),  # en: a name that is a word, after a closing
        ("gruß, karl-peter", "karl-peter"),  # de: a double given name
        ("lg henri", "henri"),  # lb/de: the closing and the name on one line
        ("KIITOS, AKSELI", "AKSELI"),  # fi, in capitals
        ("OBRIGADO\nRUI NEVES", "RUI NEVES"),  # pt, in capitals
    ],
)
def test_a_name_signed_in_lower_case_or_capitals_is_found(text: str, expected: str) -> None:
    span = signoff(text)
    assert span is not None and text[span[0] : span[1]] == expected
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "obrigado pela ajuda\nbom dia",  # pt: a greeting, no name
        "thanks, have a nice day",  # en
        "danke, alles gut",  # de
        "merci, bonne journée",  # fr
        "tack för hjälpen\nstockholm",  # sv: a town
        "quero saber o saldo\nobrigado",  # a closing alone
        "grazie, ci sentiamo domani",  # it: more words than a name
        "kiitos\nmark",  # a given name that is more often a word (a mark)
        "hola, quiero saber el saldo de la cuenta",  # the comma after a greeting, not a closing
    ],
)
def test_ordinary_endings_are_no_signature(text: str) -> None:
    assert signoff(text) is None
    assert found(text) == []


def test_a_signed_name_needs_a_known_given_name_first() -> None:
    assert signed_name(["joana", "kranjc"])  # a rare word as the surname, last
    assert signed_name(["nagy", "dorina"])  # hu: the family name first
    assert not signed_name(["kranjc", "joana", "silva", "neves"])  # too many words
    assert not signed_name(["bom", "dia"])
    assert not signed_name(["Joana"])  # capitalized: the signature rules of name_fields read it
    assert not signed_name(["georgia"])  # a word too, with no closing before it
    assert signed_name(["georgia"], closed=True)
