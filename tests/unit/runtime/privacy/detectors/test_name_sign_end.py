"""A capitalized name that ends a chat message after a thanks, a closing or a wish on the same line, and the
surnames of the remark in brackets after it. The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_sign_end import remark_surnames, sign_end
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danke für die Hilfe, schönen Abend noch! Eckhard", "Eckhard"),  # a wish, a break, the name
        ("Sve radi, hvala!! Vesna 😊", "Vesna"),  # an emoji after the name
        ("Det virker igen. Mvh Per", "Per"),  # right after a closing: a given name that is a word too
        ("Tack så mycket, trevlig helg! Margareta", "Margareta"),
        ("Ευχαριστώ πολύ, καλό σαββατοκύριακο! Ευανθία", "Ευανθία"),
        ("gruß Wendelin (Büro 12, 3. Stock)", "Wendelin"),  # a remark in brackets after the name
        ("Tusen takk! Helsing Torgeir på Nedre Voll", "Torgeir"),  # where the writer signs from
    ],
)
def test_a_name_after_a_thanks_a_closing_or_a_wish(text: str, expected: str) -> None:
    spans = sign_end(text)
    assert spans
    assert text[slice(*spans[0])] == expected
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Welche Karte ist besser? Mastercard",  # no thanks, closing or wish before the capitalized word
        "Vielen Dank! Tschüss",  # a farewell
        "Aitäh! Näeme",  # a wish's word (see you)
        "Danke! Grazie Mille",  # words after a thanks
        "Thanks a lot! Cheers",
        "Merci beaucoup, à bientôt à Paris",  # lower case before the town
        "Thank you. Customer Service",  # frequent words, no name
    ],
)
def test_no_name_after_a_thanks(text: str) -> None:
    assert sign_end(text) == []


def test_the_surnames_of_a_company_in_the_remark() -> None:
    text = "Un abrazo, Leocadia (Carpintería Etxeberria)"
    spans = sign_end(text)
    assert [text[slice(*span)] for span in spans] == ["Leocadia", "Etxeberria"]


def test_irish_particles_in_a_remark_keep_their_surname() -> None:
    text = "(iníon Ó Súilleabháin ón siopa)"
    assert [text[slice(*span)] for span in remark_surnames(text, 0, len(text))] == ["Ó Súilleabháin"]


def test_a_town_in_a_remark_is_no_surname() -> None:
    text = "(Bäckerei, Wien)"
    assert remark_surnames(text, 0, len(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hvala na pomoći!! vesna 😊", "vesna"),  # a listed given name, in a message typed in lower case
        ("gruß wendelin (büro 12)", "wendelin"),  # right after a closing: a word the lists lack too
        ("KÖSZI A SEGÍTSÉGET!! ERZSÉBET", "ERZSÉBET"),  # in capitals
    ],
)
def test_a_name_signed_in_one_letter_case(text: str, expected: str) -> None:
    assert [text[slice(*span)] for span in sign_end(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "danke! bis morgen",  # a wish in lower case
        "Das Paket kam an. Danke! ok",  # a capital elsewhere: a lower-case word is a word
        "thanks!! great",  # a word, no name
    ],
)
def test_no_name_signed_in_one_letter_case(text: str) -> None:
    assert sign_end(text) == []


@pytest.mark.parametrize("text", ["Tanti saluti da Roma!", "Üdvözlet Debrecenből", "Viele Grüße von Wien"])
def test_where_the_greetings_come_from_is_no_name(text: str) -> None:
    assert sign_end(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hvernig svara ég? Takk fyrir, ég hef samband í vikunni. Kv. Amal", "Amal"),  # a town's name too
        ('Voitko korjata: "Laskussa on virhe." t. Kalervo', "Kalervo"),  # the Finnish t. after a sentence
        ("Ďakujem, dokumenty pošlem do piatku. Zina", "Zina"),  # a given name that is a word elsewhere
    ],
)
def test_one_name_right_after_a_closing_or_a_thanks(text: str, expected: str) -> None:
    assert [text[start:end] for start, end in sign_end(text)] == [expected]
