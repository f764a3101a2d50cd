"""Names after a letter's salutation, an in-law, a Greek relation and its article, a relation of one word, and a
capitalized name signed under a thanks line; the salutation, the relation and the thanks stay out of the name.
The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_signoff import signoff
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Szanowny Panie Tomasz Wójcik,\ndziękujemy za wiadomość.", "Tomasz Wójcik"),  # pl: salutation, title
        ("Stimată Ioana Munteanu,\nvă mulțumim.", "Ioana Munteanu"),  # ro
        ("mein Schwager Henrik Bauer ruft morgen an", "Henrik Bauer"),  # de: an in-law
        ("min svigerinde Birthe Holm har fuldmagten", "Birthe Holm"),  # da
        ("my sister-in-law Chloe Hart will sign", "Chloe Hart"),  # en
        ("mäi schwoer pol hoffmann huet d'vollmacht", "pol hoffmann"),  # lb: in lower case, a verb after it
        ("ο γιος μου ο Στέλιος θέλει κάρτα", "Στέλιος"),  # el: the article after the relation
        ("η κόρη μου η Δέσποινα είναι 17", "Δέσποινα"),  # el
        ("Marti Karl Galea se jċempel għada", "Karl Galea"),  # mt: a relation of one word opening the message
        ("Mieheni Juha Korhonen soittaa huomenna", "Juha Korhonen"),  # fi
    ],
)
def test_the_name_after_a_salutation_or_relation_is_found_without_it(text: str, expected: str) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("благодаря за търпението\nРадослава", "Радослава"),  # bg: a name the lists may lack, under a thanks
        ("dziękuję za pomoc\nBogumiła", "Bogumiła"),  # pl
        ("kiitos avusta\nt. Kalevi", "Kalevi"),  # fi: ``t.`` before the name on its line
        ("bedankt voor het snelle antwoord\ngr Femke", "Femke"),  # nl: ``gr`` for groeten
        ("takk fyrir hjálpina\nSigurrós", "Sigurrós"),  # is
    ],
)
def test_a_capitalized_name_signed_under_a_thanks_line_is_found(text: str, expected: str) -> None:
    span = signoff(text)
    assert span is not None and text[span[0] : span[1]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Obrigado pela ajuda\nCoimbra",  # pt: a town under the thanks
        "Danke für die Hilfe\nBerlin",  # de
        "Thanks for your help\nBest Regards",  # en: a closing
        "Grazie\nMilano",  # it
        "Muito obrigado\nBoa Tarde",  # pt: a greeting
        "Kontoauszug vom März\nAnna",  # de: no thanks before the line
    ],
)
def test_a_capitalized_last_line_that_is_no_signed_name_is_left(text: str) -> None:
    assert signoff(text) is None
