"""Names signed after a closing or a wish and "from", and notes signed with the writer's flat. The messages are
this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_sign_from import from_names, home_names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beste helsing frå Gudrun på fjellet 🐑", "Gudrun"),  # where the writer lives after the name
        ("Schéi Chrëschtdeeg vum Nathalie a senger Famill", "Nathalie"),  # and her family
        ("God jul från Astrid och familjen", "Astrid"),
        ("Crăciun fericit de la Aurelia și familia", "Aurelia"),
        ("Abraço de Crispim e família", "Crispim"),  # a name the lists lack, before the family
        ("Liebe Grüße von Hiltrud Zeisberger", "Hiltrud Zeisberger"),
    ],
)
def test_greetings_from_the_writer(text: str, expected: str) -> None:
    assert [text[start:end] for start, end in from_names(text)] == [expected]
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Viele Grüße aus Wien",  # a town
        "Liebe Grüße von der ganzen Familie",
        "Grüße vom Bodensee, das Wetter ist herrlich und wir bleiben noch eine Woche",
        "Hilsen fra Bergen",
    ],
)
def test_greetings_from_a_place_hold_no_name(text: str) -> None:
    assert from_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Gintarė iš 14 buto", "Gintarė"), ("Anna aus Wohnung 4", "Anna"), ("Kari fra 3. etasje", "Kari")],
)
def test_a_note_signed_with_the_writer_s_flat(text: str, expected: str) -> None:
    assert [text[start:end] for start, end in home_names(text)] == [expected]


@pytest.mark.parametrize("text", ["Berlin in 3 Tagen", "Paris in 3 days", "Ich wohne in Wohnung 4"])
def test_no_note_signature(text: str) -> None:
    assert home_names(text) == []
