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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("o cartão ficou bloqueado no multibanco, obg joana", "joana"),  # pt: an abbreviated thanks inline
        ("the card got declined twice today thx oliver", "oliver"),  # en: no full stop before the thanks
        ("bitte die karte sperren. danke jürgen", "jürgen"),  # de
        ("pouvez-vous bloquer la carte. merci hélène", "hélène"),  # fr
        ("kan ni spärra kortet. tack linnea", "linnea"),  # sv
        ("kortet virker ikke. tak søren", "søren"),  # da: ``tak`` is a family name too, not one here
        ("kortti ei toimi. t. pekka", "pekka"),  # fi: ``t.`` for terveisin
        ("karta nefunguje, dik ondřej", "ondřej"),  # cs: ``dik`` is a given name too
        ("karta ne dela. hvala matevž", "matevž"),  # sl
        ("картата не работи. мерси цветелина", "цветелина"),  # bg
        ("η κάρτα δεν δουλεύει. ευχαριστω γιωργος", "γιωργος"),  # el, without accents
        ("kortet mitt er sperret. takk kari nordmann", "kari nordmann"),  # nb: a given name and a surname
        ("kortet är spärrat. /linnea", "linnea"),  # sv: a signature's slash
        ("karta nie działa - bartosz", "bartosz"),  # pl: a dash
        ("karta nie działa od wczoraj, bartosz", "bartosz"),  # pl: all in lower case, a comma
        ("la carta non funziona da ieri. giacomo", "giacomo"),  # it: all in lower case, a full stop
    ],
)
def test_a_name_ending_a_line_after_a_closing_or_a_break_is_found(text: str, expected: str) -> None:
    span = signoff(text)
    assert span is not None and text[span[0] : span[1]] == expected
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "ok, grazie mille",  # it: ``mille`` is a given name and a word
        "am primit banii, mersi draga",  # ro: thanks, dear
        "got it, cheers mate",  # en
        "danke schön",  # de
        "tudo certo, obrigado amigo",  # pt
        "the card works again. thanks",  # a closing alone
        "dober dan, sem matej",  # sl: an introduction, read by the prose detector (``matej`` once)
        "The card works again. Thanks, Anna",  # capitalized: the prose detector's
        "kortet fungerar igen. tack så mycket",  # sv
        "la carta funziona. A presto",  # not all in lower case: a full stop and a word are no signature
        "il cambio eur/usd",  # a slash inside a word's pair, not before a name
    ],
)
def test_ordinary_line_endings_are_no_signature(text: str) -> None:
    assert signoff(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ma carte est bloquée. merci zénaïde", "zénaïde"),  # fr: a given name the lists may lack
        ("картата ми е блокирана. мерси радослава", "радослава"),  # bg
        ("kortelė užblokuota. aciu gedvile", "gedvile"),  # lt, without accents
    ],
)
def test_an_unlisted_name_alone_after_an_inline_thanks_is_found(text: str, expected: str) -> None:
    span = signoff(text)
    assert span is not None and text[span[0] : span[1]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "danke vielmals",  # de: an adverb
        "vă mulțumesc anticipat",  # ro: in advance
        "saludos cordiales",  # es: a closing's adjective
        "hvala unaprijed",  # hr: a closing of two words
        "thanks sweetie",  # en: an endearment
        "grazie grazieee",  # it: a word typed with a letter three times
        "merci d'avance",  # fr: an elided word
    ],
)
def test_a_rare_word_after_a_thanks_that_is_no_name_is_left(text: str) -> None:
    assert signoff(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kartica ne radi. hvala nada", "nada"),  # hr: Spanish and Portuguese ``nothing``, a name after ``hvala``
        ("kortet virker ikke. takk sara", "sara"),  # nb: an Italian word, a name after ``takk``
        ("karta nefunguje. vďaka ales", "ales"),  # sk: a Romanian word
        ("danke für die hilfe\nlg harm", "harm"),  # de: an English word, after a closing on the name's line
        ("tack för hjälpen\nmvh malin", "malin"),  # sv: an Icelandic word
    ],
)
def test_a_given_name_that_is_a_word_of_other_languages_only_is_found_after_their_thanks(
    text: str, expected: str
) -> None:
    span = signoff(text)
    assert span is not None and text[span[0] : span[1]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "la tarjeta ya funciona. gracias nada",  # es: a word of the thanks's own language
        "am primit banii. mersi draga",  # ro: an endearment
        "grazie mille",  # it
    ],
)
def test_a_given_name_that_is_a_word_of_the_thanks_language_is_left(text: str) -> None:
    assert signoff(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tack igen för hjälpen med kortet 🙏\n/ingegerd", "ingegerd"),  # a signature's mark before the name
        ("takk fyrir hjálpina 👍\n-baldvin", "baldvin"),
        ("suur aitäh 🙏\ntoomas", "toomas"),  # a thanks inside the line before, not opening it
    ],
)
def test_a_lower_case_name_on_its_own_line_after_a_thanks_line(text: str, expected: str) -> None:
    span = signoff(text)
    assert span is not None
    assert text[slice(*span)] == expected


@pytest.mark.parametrize("text", ["üdvözlet debrecenből", "ÜDVÖZLET SZEGEDRŐL"])
def test_a_town_in_a_hungarian_case_after_a_closing_is_no_name(text: str) -> None:
    assert signoff(text) is None
