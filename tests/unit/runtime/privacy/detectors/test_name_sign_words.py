"""The words that mark a signature: the mail apps' lines, the closings, thanks and wishes, the capitalized names
signed after them."""

import pytest

from runtime.privacy.detectors.name_sign_words import capitalized_name, holds_cue, one_case_name, sent_from
from runtime.privacy.detectors.name_text import WORD
from runtime.privacy.normalize import fold


@pytest.mark.parametrize(
    "line",
    [
        "Sent from my iPhone",
        "Von meinem iPhone gesendet",
        "Enviado desde mi móvil",
        "Išsiųsta iš „Android“",
        "Στάλθηκε από το iPhone μου",
        "Lähetetty Outlookista",
        "Wysłane z iPhone'a",
    ],
)
def test_a_mail_apps_line(line: str) -> None:
    assert sent_from(line)


@pytest.mark.parametrize("line", ["Sent you the file", "Von Anna Berg", "Enviado el lunes"])
def test_no_mail_apps_line(line: str) -> None:
    assert not sent_from(line)


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("super, schönes Wochenende", True),
        ("να 'σαι καλά ρε", True),
        ("vidimo se sutra", True),
        ("das Wochenende war schön", False),
        ("the best price", False),
    ],
)
def test_a_thanks_a_closing_or_a_wish(line: str, cue: bool) -> None:
    assert holds_cue(WORD.findall(fold(line))) is cue


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["Gunnar"], True),
        (["Ailbhe", "Ní", "Bhriain"], True),
        (["Marieke", "Dijkhuizen"], True),
        (["Cheers"], False),
        (["Customer", "Service"], False),
        (["Köln"], False),
        (["Paris"], False),
    ],
)
def test_capitalized_names(words: list[str], name: bool) -> None:
    assert capitalized_name(words) is name


def test_a_given_name_that_is_a_word_too_signs_in_lower_case_before_a_surname_after_a_closing() -> None:
    assert one_case_name(["greta", "kiskiene"], closed=True)  # Lithuanian greta is a word (near) too
    assert not one_case_name(["greta", "kiskiene"], closed=False)
    assert not one_case_name(["greta"], closed=True)
